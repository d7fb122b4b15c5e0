from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.db.models import F, Min, OuterRef, Q, Subquery
from django.templatetags.static import static
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import translation_review
from .forms import TranslatedSnippetChooserViewSet
from .localisation import resync_translations
from .models import Contact


class ContactViewSet(SnippetViewSet):
    model = Contact
    chooser_viewset_class = TranslatedSnippetChooserViewSet
    icon = "user"
    menu_label = _("Kontaktpersoner")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "may_publish"]
    list_filter = ["may_publish"]
    search_fields = ["name", "role", "organisation"]


register_snippet(ContactViewSet)


@hooks.register("after_edit_snippet")
def resync_snippet_translations(request, instance):
    """A saved source snippet re-syncs its translations (publishable ones do so on publish)."""
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, DraftStateMixin):
        resync_translations(instance, user=request.user)


# --- Translations go live through review (home/translation_review.py) -----------------------------


@hooks.register("register_admin_urls", order=-1)
def register_translation_review_urls():
    """The translation editor's "Send til godkendelse", and wagtail-localize's "Sync translated
    pages" without "Publish immediately" (registered before wagtail-localize's own URL of the
    same path, so it answers)."""
    return [
        path(
            "translation-review/<int:translation_id>/submit/",
            translation_review.submit_translation_for_review,
            name="translation_review_submit",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            translation_review.DraftOnlyUpdateTranslationsView.as_view(),
            name="translation_review_update_translations",
        ),
    ]


@hooks.register("before_edit_page", order=-1)
def refuse_publishing_incomplete_translation(request, page):
    return translation_review.refuse_publishing_incomplete_translation(request, page)


@hooks.register("insert_global_admin_css")
def translation_editor_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("home/admin/translation-editor.css")
    )


# --- Translators translate; they do not remove pages ----------------------------------------------
# Wagtail's `publish` page permission also allows unpublishing, and `change` + `publish` allow
# deleting leaf pages. Translators do not publish (their work goes through the moderators'
# review), and removing pages is not translating: deleting or unpublishing needs the right to add
# pages there too, which editors and moderators have and translator groups do not.


def _may_remove(user, page) -> bool:
    return user.is_superuser or "add" in page.permissions_for_user(user).permissions


def _refuse_removal(user, pages):
    if not all(_may_remove(user, page) for page in pages):
        raise PermissionDenied(_("Oversættere kan ikke slette eller afpublicere sider."))


@hooks.register("before_delete_page")
def refuse_delete_without_add_permission(request, page):
    _refuse_removal(request.user, [page])


@hooks.register("before_unpublish_page")
def refuse_unpublish_without_add_permission(request, page):
    _refuse_removal(request.user, [page])


@hooks.register("before_bulk_action")
def refuse_bulk_removal_without_add_permission(
    request, action_type, objects, action_class_instance
):
    if action_type in {"delete", "unpublish"}:
        _refuse_removal(request.user, [obj for obj in objects if isinstance(obj, Page)])
    if action_type == "publish":
        translation_review.refuse_bulk_publishing_incomplete_translations(objects)


# --- Explorer ordering -------------------------------------------------------------------------
# Petals, initiatives and standard pages are listed in tree order ("ord"), set on their parents'
# `admin_default_ordering`. Dated content is listed by its date instead, through this table:
# parent page type -> (child page type, field path, only upcoming dates count). A type that is
# not installed leaves Wagtail's ordering alone; a field path that does not exist is an error of
# `manage.py check` (home.checks), so a misspelt rule cannot silently do nothing.
ADMIN_CHILD_ORDERING = {
    "initiatives.EventIndexPage": ("initiatives.EventPage", "start", False),
    "initiatives.FundingPoolIndexPage": (
        "initiatives.FundingPoolPage",
        "deadlines__deadline",
        True,
    ),
}


def _final_field(model, path):
    field = None
    for name in path.split("__"):
        field = model._meta.get_field(name)
        model = field.related_model or model
    return field


@hooks.register("construct_explorer_page_queryset")
def order_dated_children(parent_page, pages, request):
    """Events by date, funding pools by their next deadline (none last), unless the editor
    picked another ordering or is searching."""
    if request.GET.get("ordering") or request.GET.get("q"):
        return pages
    rule = ADMIN_CHILD_ORDERING.get(parent_page._meta.label)
    if rule is None:
        return pages
    child_label, field_path, upcoming_only = rule
    try:
        child_model = apps.get_model(child_label)
        field = _final_field(child_model, field_path)
    except (LookupError, FieldDoesNotExist):
        return pages
    condition = Q()
    if upcoming_only:
        now = timezone.now() if isinstance(field, models.DateTimeField) else timezone.localdate()
        condition = Q(**{f"{field_path}__gte": now})
    sort_key = (
        child_model.objects.filter(pk=OuterRef("pk"))
        .annotate(sort_key=Min(field_path, filter=condition))
        .values("sort_key")[:1]
    )
    return pages.annotate(admin_sort_key=Subquery(sort_key)).order_by(
        F("admin_sort_key").asc(nulls_last=True), "path"
    )


# --- Readability (LIX): the editor's Checks panel and a report -----------------------------------


@hooks.register("insert_editor_js")
def readability_in_checks_panel():
    from django.templatetags.static import static
    from django.utils.html import format_html, json_script

    from .readability import BANDS, LIX_LANGUAGES

    config = {
        "languages": sorted(LIX_LANGUAGES),
        "defaultLanguage": "da",
        "bands": [
            {"upper": upper, "label": str(label), "advice": str(advice)}
            for upper, _key, label, advice in BANDS
        ],
        "notMeasured": str(_("Måles ikke")),
        "notMeasuredHelp": str(
            _(
                "LIX passer ikke til dette sprog (fx finsk, hvor lange ord er almindelige), så "
                "teksten får ingen læsbarhedsmåling."
            )
        ),
        "tooShort": str(_("For kort tekst")),
        "tooShortHelp": str(_("LIX beregnes, når siden har mindst 10 ord.")),
    }
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(config, "readability-config"),
        static("home/js/readability.js"),
    )


@hooks.register("register_admin_urls")
def register_readability_report_urls():
    from django.urls import include, path

    from . import readability_report

    return [
        path(
            "readability-report/",
            include((readability_report.urlpatterns, "readability_report")),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_readability_report_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Læsbarhed (LIX)"),
        reverse("readability_report:index"),
        name="readability",
        icon_name="doc-full",
        order=700,
    )


# --- Example content report ----------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_example_content_report_urls():
    from django.urls import path

    from .reports import ExampleContentReportView

    return [
        path(
            "reports/example-content/",
            ExampleContentReportView.as_view(),
            name="example_content_report",
        ),
        path(
            "reports/example-content/results/",
            ExampleContentReportView.as_view(results_only=True),
            name="example_content_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_example_content_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Eksempelindhold"),
        reverse("example_content_report"),
        name="example-content",
        icon_name="warning",
        order=1300,
    )
