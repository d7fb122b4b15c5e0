from django.urls import path

from .reports import BrokenLinksReportView

app_name = "link_reports"

urlpatterns = [
    path("broken/", BrokenLinksReportView.as_view(), name="broken"),
    path(
        "broken/results/", BrokenLinksReportView.as_view(results_only=True), name="broken_results"
    ),
]
