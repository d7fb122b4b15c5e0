from django.urls import path

from .reports import PopularSearchesReportView, SearchesWithoutResultsReportView

app_name = "search_reports"

urlpatterns = [
    path("popular/", PopularSearchesReportView.as_view(), name="popular"),
    path(
        "popular/results/",
        PopularSearchesReportView.as_view(results_only=True),
        name="popular_results",
    ),
    path("without-results/", SearchesWithoutResultsReportView.as_view(), name="without_results"),
    path(
        "without-results/results/",
        SearchesWithoutResultsReportView.as_view(results_only=True),
        name="without_results_results",
    ),
]
