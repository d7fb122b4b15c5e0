from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls
from .models import ExternalService


class ExternalServiceViewSet(SnippetViewSet):
    model = ExternalService
    icon = "link-external"
    menu_label = _("Eksterne tjenester")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "url", "operator", "url_confirmed"]
    list_filter = ["url_confirmed"]
    search_fields = ["name", "action"]


register_snippet(ExternalServiceViewSet)


@hooks.register("register_admin_urls")
def register_link_report_urls():
    return [path("link-reports/", include(admin_urls, namespace="link_reports"))]


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return MenuItem(
        _("Brudte links"),
        reverse("link_reports:broken"),
        name="broken-links",
        icon_name="link",
        order=1330,
    )
