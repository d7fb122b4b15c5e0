"""The editors' report "Læsbarhed (LIX)": published pages by the LIX of their text, hardest first.

Scores are computed by `home.readability.refresh` for pages published since their last score,
each time the report is opened, so the list always reflects the published text.
"""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .readability import BANDS, LIX_LANGUAGES, PageReadability, refresh
from .reports import LanguageFilterSet

BAND_CHOICES = [(key, label) for _upper, key, label, _advice in BANDS]


def _band_bounds(key):
    lower = 0
    for upper, band_key, _label, _advice in BANDS:
        if band_key == key:
            return lower, upper
        lower = upper
    return None


class ReadabilityFilterSet(LanguageFilterSet):
    # Only the languages LIX is computed for (see home.readability).
    locale_field = "page__locale"
    languages = LIX_LANGUAGES

    band = django_filters.ChoiceFilter(
        label=_("Niveau"), choices=BAND_CHOICES, method="filter_band", empty_label=_("Alle")
    )

    class Meta:
        model = PageReadability
        fields = []

    def filter_band(self, queryset, name, value):
        bounds = _band_bounds(value)
        if bounds is None:
            return queryset
        lower, upper = bounds
        queryset = queryset.filter(lix__gte=lower)
        return queryset if upper is None else queryset.filter(lix__lt=upper)


class BandColumn(Column):
    def get_value(self, instance):
        band = instance.band
        return band[1] if band else ""


class ReadabilityReportView(ReportView):
    page_title = _("Læsbarhed (LIX)")
    header_icon = "doc-full"
    index_url_name = "readability_report:index"
    index_results_url_name = "readability_report:results"
    filterset_class = ReadabilityFilterSet
    default_ordering = "-lix"
    is_searchable = True
    search_fields = ["page__title"]
    export_filename = "laesbarhed-lix"
    columns = [
        TitleColumn(
            "page",
            label=_("Side"),
            accessor="page.title",
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page_id]),
            sort_key="page__title",
        ),
        Column("language", label=_("Sprog"), accessor="page.locale.get_display_name"),
        NumberColumn("lix_rounded", label=_("LIX"), sort_key="lix"),
        BandColumn("band", label=_("Niveau")),
        NumberColumn("words", label=_("Ord"), sort_key="words"),
    ]
    list_export = ["page.title", "page.locale.language_code", "lix_rounded", "band_label", "words"]
    export_headings = {
        "page.title": _("Side"),
        "page.locale.language_code": _("Sprog"),
        "lix_rounded": _("LIX"),
        "band_label": _("Niveau"),
        "words": _("Ord"),
    }

    def get_base_queryset(self):
        refresh()
        return PageReadability.objects.filter(lix__isnull=False, page__live=True).select_related(
            "page", "page__locale"
        )

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs


urlpatterns = [
    path("", ReadabilityReportView.as_view(), name="index"),
    path("results/", ReadabilityReportView.as_view(results_only=True), name="results"),
]
