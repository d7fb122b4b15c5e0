"""Template tags for the site chrome: main navigation and breadcrumbs."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _locale_home(request):
    """The home page in the language of the current request (falls back to the site root)."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root = site.root_page
    return root.localized


@register.inclusion_tag("home/includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    home = _locale_home(request)
    items = []
    if home is not None:
        items = list(
            Page.objects.child_of(home)
            .live()
            .in_menu()
            .order_by("path")
            .only("id", "title", "url_path", "path", "depth", "locale_id")
        )
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
        ancestors = list(page.get_ancestors().filter(depth__gte=2))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
