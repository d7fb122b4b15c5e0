"""Editors' reports on the search log: popular searches, and searches that found nothing.

Both read the counts kept per query, language and day (`DailySearchOutcome`, tied to Wagtail's
`Query`). They show query words and numbers only: the log holds no personal data.
"""

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from django_filters import DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from home.reports import LanguageFilterSet

from .models import DailySearchOutcome


class SearchLogFilterSet(LanguageFilterSet):
    date = DateFromToRangeFilter(label=_("Dato"), widget=DateRangePickerWidget)

    class Meta:
        model = DailySearchOutcome
        fields = []


class BaseSearchLogReportView(ReportView):
    header_icon = "search"
    filterset_class = SearchLogFilterSet
    is_searchable = True
    search_fields = ["query__query_string"]
    columns = [
        Column("query__query_string", label=_("Søgning"), sort_key="query__query_string"),
        NumberColumn("total_searches", label=_("Søgninger"), sort_key="total_searches"),
        NumberColumn(
            "total_without_results",
            label=_("Heraf uden resultater"),
            sort_key="total_without_results",
        ),
    ]
    list_export = ["query__query_string", "total_searches", "total_without_results"]
    export_headings = {
        "query__query_string": _("Søgning"),
        "total_searches": _("Søgninger"),
        "total_without_results": _("Heraf uden resultater"),
    }

    def get_base_queryset(self):
        return DailySearchOutcome.objects.values("query__query_string").annotate(
            total_searches=Sum("searches"),
            total_without_results=Sum("searches_without_results"),
        )

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs


class PopularSearchesReportView(BaseSearchLogReportView):
    page_title = _("Populære søgninger")
    index_url_name = "search_reports:popular"
    index_results_url_name = "search_reports:popular_results"
    default_ordering = "-total_searches"
    export_filename = "populaere-soegninger"


class SearchesWithoutResultsReportView(BaseSearchLogReportView):
    page_title = _("Søgninger uden resultater")
    index_url_name = "search_reports:without_results"
    index_results_url_name = "search_reports:without_results_results"
    default_ordering = "-total_without_results"
    export_filename = "soegninger-uden-resultater"

    def get_base_queryset(self):
        return super().get_base_queryset().filter(total_without_results__gt=0)
