"""The admin report "Brudte links": external addresses that failed their last check, with the
services and pages that use them, so an editor can correct the address in one place."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .models import ExternalService, LinkCheck


class UsedOnColumn(Column):
    cell_template_name = "links/reports/used_on_cell.html"


class BrokenLinksReportView(ReportView):
    page_title = _("Brudte links")
    header_icon = "link"
    index_url_name = "link_reports:broken"
    index_results_url_name = "link_reports:broken_results"
    model = LinkCheck
    is_searchable = True
    search_fields = ["url"]
    default_ordering = "url"
    columns = [
        Column("url", label=_("Adresse"), sort_key="url"),
        Column("outcome", label=_("Svar")),
        UsedOnColumn("used_on", label=_("Bruges af")),
        DateColumn("checked_at", label=_("Tjekket"), sort_key="checked_at"),
    ]
    list_export = ["url", "status_code", "error", "checked_at"]
    export_headings = {
        "url": _("Adresse"),
        "status_code": _("Svarkode"),
        "error": _("Fejl"),
        "checked_at": _("Tjekket"),
    }
    export_filename = "brudte-links"

    def get_queryset(self):
        return (
            LinkCheck.objects.broken()
            .prefetch_related(
                Prefetch("services", queryset=ExternalService.objects.select_related("locale")),
                Prefetch("pages", queryset=Page.objects.only("id", "title")),
            )
            .order_by(self.get_ordering() or "url")
        )
