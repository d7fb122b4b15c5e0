"""Helpers for tests that drive the admin's own page forms, as an editor's browser would."""

from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def stream_form_data(block, value, prefix):
    """The POST data the admin's StreamField editor (JavaScript) would send for `value`."""
    data = {}
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            child_prefix = f"{prefix}-{index}"
            data[f"{child_prefix}-type"] = child.block_type
            data[f"{child_prefix}-id"] = child.id or ""
            data[f"{child_prefix}-order"] = str(index)
            data[f"{child_prefix}-deleted"] = ""
            data.update(stream_form_data(child.block, child.value, f"{child_prefix}-value"))
    elif isinstance(block, blocks.ListBlock):
        children = list(value.bound_blocks) if value is not None else []
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            child_prefix = f"{prefix}-{index}"
            data[f"{child_prefix}-id"] = child.id or ""
            data[f"{child_prefix}-order"] = str(index)
            data[f"{child_prefix}-deleted"] = ""
            data.update(stream_form_data(block.child_block, child.value, f"{child_prefix}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            child_value = value.get(name) if value is not None else None
            data.update(stream_form_data(child_block, child_value, f"{prefix}-{name}"))
    elif isinstance(block, blocks.ChooserBlock):
        data[prefix] = str(value.pk) if value is not None else ""
    else:
        state = block.get_form_state(value)
        data[prefix] = "" if state is None else state
    return data


def edit_form_data(client, page, **changes):
    """The page's edit form as the admin renders it (GET), ready to POST back with `changes`."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    current = page.get_latest_revision_as_object()
    for field in type(current)._meta.get_fields():
        if isinstance(field, StreamField):
            data.update(
                stream_form_data(field.stream_block, getattr(current, field.name), field.name)
            )
    data.update(changes)
    return data


def as_post_data(data):
    """POST data from a QueryDict: every value of multi-value fields (a many-to-many field's
    checkboxes), with values that are themselves lists (a select's choices) flattened."""
    return {
        key: [item for value in values for item in (value if isinstance(value, list) else [value])]
        for key, values in data.lists()
    }


def post_edit(client, page, action=None, **changes):
    """POST the edit form; `action` is the button: "publish", "submit", or None to save a draft."""
    data = edit_form_data(client, page, **changes)
    if action:
        data[f"action-{action}"] = action
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.id]), as_post_data(data))


def page_form_data(html):
    """The page editor's form in `html` as a browser would send it (Wagtail's own parser);
    StreamFields are drawn by the editor's script and are the caller's to add."""
    return querydict_from_html(html, form_id="page-edit-form").dict()
