"""The admin report "Eksempelindhold", and the language filter every report with one shares.

"Eksempelindhold" (Reports menu): everything still marked as example content.

Every page and snippet whose model has home.models.ExampleContentMixin and whose `is_example` is
ticked is listed, in every language, with a link to edit it, so editors can confirm or replace
each invented detail before the site goes live. The models are found through the mixin, so `home`
names no other app's models and a new page type with the mixin appears here without a change.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page

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


# --- The reports' language filter (the search log's reports, the readability report) ----------
# Wagtail's own `LocaleFilter` filters on a `locale_id` of the report's model itself, so a report
# of rows that reach their locale through a relation (the readability report's `page__locale`)
# failed with a FieldError, a 500. This filter follows `locale_field` to the locale's language
# code, and offers only the languages the site has (and, where a report measures only some, those).


class LanguageFilter(django_filters.ChoiceFilter):
    """Rows whose locale (at `field_name`, a foreign key to Locale, across relations if need be)
    has the chosen language code; an empty choice is "all languages"."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__language_code": value})


def language_choices(languages=None):
    """(code, name) of the content languages that have a locale, limited to `languages` if given."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    return [
        (code, name)
        for code, name in get_content_languages().items()
        if code in existing and (languages is None or code in languages)
    ]


class LanguageFilterSet(WagtailFilterSet):
    """A report's filters, with `?locale=<language code>` when the site has more than one language.

    Subclasses name the path to the locale (`locale_field`) and may limit the languages offered
    (`languages`)."""

    locale_field = "locale"
    languages = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = language_choices(self.languages)
        if len(choices) > 1:
            self.filters["locale"] = LanguageFilter(
                field_name=self.locale_field,
                label=_("Sprog"),
                choices=choices,
                empty_label=None,
                null_label=_("Alle"),
                null_value=None,
                widget=forms.RadioSelect,
            )
