"""Serializer fields for the page models' `api_fields` (the partner API at /api/v2/).

Kept apart from `home/api.py` so page models can import them while the app registry is still
loading (the API's viewsets need the registry ready).
"""

from rest_framework import serializers
from wagtail.rich_text import expand_db_html

_INTERNAL_MARKUP = ("linktype=", "<embed")


def _expand(value):
    """Rich text in Wagtail's database format has internal links (`<a linktype="page" id="3">`)
    that only Wagtail understands: turn them into real URLs, recursively through a stream."""
    if isinstance(value, str):
        return expand_db_html(value) if any(m in value for m in _INTERNAL_MARKUP) else value
    if isinstance(value, dict):
        return {key: _expand(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_expand(item) for item in value]
    return value


class RichTextHTMLField(serializers.Field):
    """A RichTextField as HTML with working links."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return _expand(str(value.source if hasattr(value, "source") else value))


class StreamHTMLField(serializers.Field):
    """A StreamField as Wagtail's list of blocks (`type`, `value`, `id`), with the rich text
    inside expanded to HTML with working links."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return _expand(value.stream_block.get_api_representation(value, self.context))


class PublicContactField(serializers.Field):
    """A contact person, or null unless they have consented to publication (`may_publish`)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        contact = super().get_attribute(instance)
        if contact is None or not getattr(contact, "may_publish", False):
            return None
        return contact

    def to_representation(self, contact):
        return {
            "name": contact.name,
            "role": contact.role,
            "organisation": contact.organisation,
            "email": contact.email,
            "phone": contact.phone,
        }


class PublicPagesField(serializers.Field):
    """Pages linked through an inline (e.g. `related_links`, each with a `related` page), reduced
    to the live ones that are not behind a login or password. Reads the inline's prefetched rows,
    so a listing does not query per page (see the page type's `api_prefetch_related`)."""

    def __init__(self, page_attribute="related", order_by="title", **kwargs):
        self.page_attribute = page_attribute
        self.order_by = order_by
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        links = super().get_attribute(instance)
        pages = [getattr(link, self.page_attribute) for link in links.all()]
        return sorted(
            (page for page in pages if page is not None and page.live),
            key=lambda page: getattr(page, self.order_by),
        )

    def to_representation(self, pages):
        restricted_paths = self.context.get("restricted_paths", ())
        request = self.context.get("request")
        return [
            {
                "id": page.id,
                "title": page.title,
                "html_url": page.get_full_url(request),
            }
            for page in pages
            if not any(page.path.startswith(path) for path in restricted_paths)
        ]
