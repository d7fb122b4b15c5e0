"""The review bar in wagtail-localize's translation editor (see home/translation_review.py)."""

from django import template
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from home.translation_review import translation_progress

register = template.Library()


@register.simple_tag
def translation_review(translation, instance, user):
    """What the review bar shows: progress, the page's review state, and whether this user may
    send it for review. None for snippets (they have no review)."""
    if not isinstance(instance, Page):
        return None
    progress = translation_progress(translation)
    state = WorkflowState.objects.active().for_instance(instance).first()
    return {
        "progress": progress,
        "percent": 100 * progress.translated // progress.segments if progress.segments else 100,
        "awaiting_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "live": instance.live,
        "out_of_date": instance.live and instance.has_unpublished_changes,
        "has_workflow": instance.get_workflow() is not None,
        "may_submit": instance.permissions_for_user(user).can_edit(),
        "submit_url": reverse("translation_review_submit", args=[translation.id]),
    }
