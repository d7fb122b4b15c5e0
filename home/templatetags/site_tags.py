"""Template tags for the site chrome: main navigation and breadcrumbs."""

from django import template
from django.conf import settings
from wagtail.models import Page

from home import chrome, navigation

register = template.Library()


def _locale_home(request):
    """The home page in the language of the current request (falls back to the site root).
    Cached per page-cache generation for readers (home.chrome)."""
    return chrome.locale_home(request)


def _marked(page_path: str, current_path: str) -> dict:
    return {
        "is_current": bool(page_path) and page_path == current_path,
        "in_section": bool(page_path) and bool(current_path) and current_path.startswith(page_path),
    }


@register.inclusion_tag("home/includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The header navigation (home.navigation): `tools` (the citizens' tools, then the home
    page's other menu pages) and `petals` (the policy's themes), each link a dict with `label`,
    `url`, `lang` (when not the reader's language), `is_current` and `in_section`."""
    request = context.get("request")
    home = _locale_home(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""

    items = chrome.menu_items(request, home) if home is not None else []
    petal_pages = navigation.petal_links(request, items) if home is not None else []
    # Petals not translated into the reader's language are the Danish ones (petal_links).
    reader_locale_id = chrome.active_locale(request).pk if petal_pages else None
    petals = [
        {
            "label": petal.title,
            "url": petal.get_url(request),
            "lang": "" if petal.locale_id == reader_locale_id else settings.LANGUAGE_CODE,
            "page_id": petal.pk,
            **_marked(petal.path, current_path),
        }
        for petal in petal_pages
    ]
    tools = [
        {**link, **_marked(link["path"], current_path)} for link in navigation.tool_links(request)
    ]
    tool_paths = {link["path"] for link in tools if link["path"]}
    petal_ids = {petal.pk for petal in petal_pages}
    tools += [
        {
            "label": item.title,
            "url": item.get_url(request),
            "path": item.path,
            "lang": "",
            "external": False,
            **_marked(item.path, current_path),
        }
        for item in items
        if item.pk not in petal_ids and item.path not in tool_paths
    ]
    return {"home": home, "tools": tools, "petals": petals, "request": request}


@register.inclusion_tag("home/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = chrome.ancestors(context.get("request"), page)
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
