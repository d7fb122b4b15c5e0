"""Translations are reviewed before they go live, and no Danish text is published as a translation.

wagtail-localize on its own publishes eagerly: "Translate this page" publishes a copy of a live
page at once (untranslated, so in Danish), "Sync translated pages" offers "Publish immediately",
and saving a translation of a live page as a "draft" (`save_target(publish=False)`) writes the new
content into the page row that readers are served. Here:

- "Translate this page" creates a draft (`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`).
- `save_translation_draft` saves a translation as a new draft revision; a live translation's
  live content stays as it is until the draft is published (see `_draft_revision_of_live_page`).
- The translator sends the translation to the moderators ("Send til godkendelse", the view
  `submit_translation_for_review`): it goes through the page's workflow like any other page, and
  only when every text segment is translated.
- Publishing a translation directly (the translation editor's "Udgiv", a bulk "Udgiv") is refused
  while text segments are untranslated; "Sync translated pages" has no "Publish immediately".
- When the Danish page changes (`home.localisation.resync_translations`), its translations get a
  new draft and are marked out of date; a review in progress on a now incomplete draft is cancelled.

Snippets without drafts (contact persons) cannot wait for a review: they only take the
synchronised facts (phone, e-mail) until every text field is translated (see home.localisation).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

# --- How far a translation is -----------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """The text segments of a translation, and the related objects (snippets) it uses."""

    segments: int
    translated: int
    missing_related: int

    @property
    def untranslated(self) -> int:
        return self.segments - self.translated

    @property
    def complete(self) -> bool:
        return self.untranslated == 0 and self.missing_related == 0


def translation_progress(translation: Translation) -> Progress:
    """Every text segment translated, and every snippet the page uses exists in the language?

    A missing related object would fall back to the Danish one (a Danish contact's role, say).
    """
    segments, translated = translation.get_progress()
    missing = 0
    for segment in translation.source.relatedobjectsegment_set.select_related("object"):
        try:
            segment.object.get_instance(translation.target_locale)
        except ObjectDoesNotExist:
            missing += 1
    return Progress(segments, translated, missing)


def synced_translation_of(obj) -> Translation | None:
    """The enabled (synchronised) translation whose target is `obj`, if it is one."""
    return (
        Translation.objects.filter(
            source__object_id=obj.translation_key,
            target_locale_id=obj.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


# --- Saving a translation as a draft ------------------------------------------------------------


def _draft_revision_of_live_page(translation: Translation, target: Page, user=None):
    """A new draft revision of a live translated page, its live content untouched.

    wagtail-localize writes the translated content into the page row (what readers see) before
    it saves a revision. That write happens in a savepoint that is rolled back; the content it
    produced becomes a revision of the unchanged live page.
    """
    with transaction.atomic():
        savepoint = transaction.savepoint()
        try:
            translation.source.create_or_update_translation(
                translation.target_locale,
                user=user,
                publish=False,
                fallback=True,
                copy_parent_pages=True,
            )
            # The revision wagtail-localize just saved.
            content = Page.objects.get(pk=target.pk).specific.get_latest_revision().content
        finally:
            transaction.savepoint_rollback(savepoint)
    live = Page.objects.get(pk=target.pk).specific
    draft = live.with_content_json(content)
    # Page.save_revision only writes the revision bookkeeping to the page row, not its content.
    return draft.save_revision(user=user, clean=False, log_action=True)


def save_translation_draft(translation: Translation, user=None):
    """Bring the translation's target up to date with the source and the translated strings, as
    a draft. Returns the target page's new revision (None for objects without revisions)."""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None  # created now, as a draft
    if isinstance(target, Page) and target.live and target.alias_of_id is None:
        return _draft_revision_of_live_page(translation, target.specific, user=user)
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    return target.get_latest_revision() if isinstance(target, Page) else None


def cancel_review_of_incomplete_draft(translation: Translation, page: Page, user=None) -> bool:
    """A review in progress would publish the page's latest revision: if that draft now has
    untranslated text (the Danish page changed), the review is cancelled. Returns whether."""
    state = WorkflowState.objects.active().for_instance(page).first()
    if state is None or translation_progress(translation).complete:
        return False
    state.cancel(user=user)
    return True


# --- The translator sends the translation for review --------------------------------------------


def _edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.id])


@require_POST
def submit_translation_for_review(request, translation_id):
    """ "Send til godkendelse" in the translation editor: save the translated page as a draft and
    start its workflow, as the page editor's button of that name does for a Danish page."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"),
        id=translation_id,
        enabled=True,
    )
    try:
        page = translation.get_target_instance()
    except ObjectDoesNotExist:
        page = None
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied

    progress = translation_progress(translation)
    if not progress.complete:
        messages.error(request, incomplete_message(progress))
        return redirect(_edit_url(page))

    workflow = page.get_workflow()
    if workflow is None:
        messages.error(
            request,
            _("Siden har ingen arbejdsgang. Bed en godkender om at udgive oversættelsen."),
        )
        return redirect(_edit_url(page))

    state = WorkflowState.objects.active().for_instance(page).first()
    with transaction.atomic():
        save_translation_draft(translation, user=request.user)
        page = Page.objects.get(pk=page.pk).specific
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user=request.user)
        elif state is not None:
            # Already waiting for review: the review now sees the new draft.
            messages.success(
                request,
                _("Oversættelsen er gemt. Den afventer allerede godkendelse."),
            )
            return redirect(_edit_url(page))
        else:
            workflow.start(page, request.user)
    messages.success(
        request,
        _("Oversættelsen “%(title)s” er sendt til godkendelse.") % {"title": page.title},
    )
    return redirect(_edit_url(page))


def incomplete_message(progress: Progress) -> str:
    parts = []
    if progress.untranslated:
        parts.append(
            ngettext(
                "%(count)d tekststykke er ikke oversat endnu.",
                "%(count)d tekststykker er ikke oversat endnu.",
                progress.untranslated,
            )
            % {"count": progress.untranslated}
        )
    if progress.missing_related:
        parts.append(
            ngettext(
                "%(count)d uddrag, siden bruger, findes ikke på dette sprog endnu.",
                "%(count)d uddrag, siden bruger, findes ikke på dette sprog endnu.",
                progress.missing_related,
            )
            % {"count": progress.missing_related}
        )
    parts.append(_("Dansk tekst udgives aldrig som oversættelse."))
    return " ".join(parts)


# --- Direct publishing of incomplete translations is refused ------------------------------------


def refuse_publishing_incomplete_translation(request, page):
    """before_edit_page (before wagtail-localize's): the translation editor's "Udgiv"."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not page.permissions_for_user(request.user).can_publish():
        return None  # wagtail-localize refuses it (403)
    translation = synced_translation_of(page)
    if translation is None:
        return None
    progress = translation_progress(translation)
    if progress.complete:
        return None
    messages.error(request, incomplete_message(progress))
    return redirect(request.path)


def refuse_bulk_publishing_incomplete_translations(objects) -> None:
    for obj in objects:
        if not isinstance(obj, Page):
            continue
        translation = synced_translation_of(obj)
        if translation is not None and not translation_progress(translation).complete:
            raise PermissionDenied(
                _("“%(title)s” er ikke færdigoversat og kan ikke udgives.") % {"title": obj.title}
            )


# --- "Sync translated pages" without "Publish immediately" --------------------------------------


class DraftOnlyUpdateTranslationsForm(UpdateTranslationsForm):
    """wagtail-localize's form, its "Publish immediately" always off (a disabled hidden field
    keeps its initial value, whatever is posted)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["publish_translations"]
        field.disabled = True
        field.initial = False
        field.widget = field.hidden_widget()


class DraftOnlyUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages": the source is refreshed (wagtail-localize), then every
    synchronised translated page gets a draft with the new content, as when the Danish page is
    published (home.localisation.resync_translations). Nothing is published."""

    def get_form(self):
        if self.request.method == "POST":
            return DraftOnlyUpdateTranslationsForm(self.request.POST)
        return DraftOnlyUpdateTranslationsForm()

    @transaction.atomic
    def form_valid(self, form):
        response = super().form_valid(form)
        for translation in self.object.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        ):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue
            if not isinstance(target, Page):
                continue  # snippets are re-synced when saved (home.wagtail_hooks)
            save_translation_draft(translation, user=self.request.user)
            cancel_review_of_incomplete_draft(translation, target, user=self.request.user)
        return response
