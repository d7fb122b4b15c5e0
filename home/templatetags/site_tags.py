"""Template tags for the site chrome: main navigation and breadcrumbs."""

from django import template
from wagtail.models import Page

from home import chrome

register = template.Library()


def _locale_home(request):
    """The home page in the language of the current request (falls back to the site root).
    Cached per page-cache generation for readers (home.chrome)."""
    return chrome.locale_home(request)


@register.inclusion_tag("home/includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    home = _locale_home(request)
    items = chrome.menu_items(request, home) if home is not None else []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    links = [
        {
            "page": item,
            "is_current": item.path == current_path,
            "in_section": bool(current_path) and current_path.startswith(item.path),
        }
        for item in items
    ]
    return {"home": home, "links": links, "request": request}


@register.inclusion_tag("home/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = chrome.ancestors(context.get("request"), page)
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
