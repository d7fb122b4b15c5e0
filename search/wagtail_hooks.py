"""The search log's reports in the admin (Reports menu), for every editor with admin access."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls
from .models import SearchSynonym


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [path("search-reports/", include(admin_urls, namespace="search_reports"))]


@hooks.register("register_reports_menu_item")
def register_popular_searches_menu_item():
    return MenuItem(
        _("Populære søgninger"),
        reverse("search_reports:popular"),
        name="popular-searches",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_searches_without_results_menu_item():
    return MenuItem(
        _("Søgninger uden resultater"),
        reverse("search_reports:without_results"),
        name="searches-without-results",
        icon_name="search",
        order=1320,
    )


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Synonymer i søgningen")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["term", "expansions", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "expansions"]


register_snippet(SearchSynonymViewSet)
