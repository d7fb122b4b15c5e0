"""System checks (`manage.py check`, run by CI and at every test run's start)."""

from django.apps import apps
from django.core import checks
from django.core.exceptions import FieldDoesNotExist


@checks.register()
def check_admin_child_ordering(app_configs=None, **kwargs):
    """Every explorer ordering rule (home.wagtail_hooks.ADMIN_CHILD_ORDERING) of an installed
    page type names a date field that exists: a wrong path would otherwise leave the explorer in
    Wagtail's order without a word (as `deadlines__date` did)."""
    from .wagtail_hooks import ADMIN_CHILD_ORDERING, _final_field

    errors = []
    for parent_label, (child_label, field_path, _upcoming) in ADMIN_CHILD_ORDERING.items():
        try:
            apps.get_model(parent_label)
            child_model = apps.get_model(child_label)
        except LookupError:
            continue  # the app is not installed: nothing to order
        try:
            field = _final_field(child_model, field_path)
        except FieldDoesNotExist:
            errors.append(
                checks.Error(
                    f"The explorer ordering of {parent_label} names {child_label}.{field_path}, "
                    "which does not exist.",
                    hint="Fix the field path in home.wagtail_hooks.ADMIN_CHILD_ORDERING.",
                    id="home.E001",
                )
            )
            continue
        if field.get_internal_type() not in {"DateField", "DateTimeField"}:
            errors.append(
                checks.Error(
                    f"The explorer ordering of {parent_label} names {child_label}.{field_path}, "
                    "which is not a date.",
                    id="home.E002",
                )
            )
    return errors
