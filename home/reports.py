"""The admin report "Eksempelindhold" (Reports menu): everything still marked as example content.

Every page and snippet whose model has home.models.ExampleContentMixin and whose `is_example` is
ticked is listed, in every language, with a link to edit it, so editors can confirm or replace
each invented detail before the site goes live. The models are found through the mixin, so `home`
names no other app's models and a new page type with the mixin appears here without a change.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .models import ExampleContentMixin


@dataclass(frozen=True)
class ExampleContentRow:
    title: str
    kind: str
    language: str
    status: str
    is_live: bool
    edit_url: str


def example_content_models() -> list:
    """The concrete models whose details can be example content, in INSTALLED_APPS order."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ExampleContentMixin) and not model._meta.abstract
    ]


def example_content_rows(user) -> list[ExampleContentRow]:
    """Every object still marked as example content, pages first (in tree order), then snippets
    (by name), in every language."""
    languages = dict(settings.LANGUAGES)
    finder = AdminURLFinder(user)
    rows = []
    models = sorted(example_content_models(), key=lambda model: not issubclass(model, Page))
    for model in models:
        objects = model._default_manager.filter(is_example=True).select_related("locale")
        is_page = issubclass(model, Page)
        objects = objects.order_by("path") if is_page else objects.order_by("pk")
        for obj in objects:
            live = obj.live if is_page else True
            rows.append(
                ExampleContentRow(
                    title=str(obj.title if is_page else obj),
                    kind=str(model._meta.verbose_name),
                    language=languages.get(obj.locale.language_code, obj.locale.language_code),
                    status=str(_("offentliggjort") if live else _("kladde")),
                    is_live=live,
                    edit_url=finder.get_edit_url(obj) or "",
                )
            )
    return rows


class ExampleContentReportView(ReportView):
    page_title = _("Eksempelindhold")
    header_icon = "warning"
    index_url_name = "example_content_report"
    index_results_url_name = "example_content_report_results"
    export_filename = "eksempelindhold"
    default_ordering = None
    columns = [
        TitleColumn("title", label=_("Titel"), get_url=lambda row: row.edit_url or None),
        Column("kind", label=_("Type")),
        Column("language", label=_("Sprog")),
        StatusTagColumn("status", label=_("Status"), primary=lambda row: row.is_live),
    ]
    list_export = ["title", "kind", "language", "status"]
    export_headings = {
        "title": _("Titel"),
        "kind": _("Type"),
        "language": _("Sprog"),
        "status": _("Status"),
    }

    def get_queryset(self):
        return example_content_rows(self.request.user)
