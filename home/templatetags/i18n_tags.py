"""Template tags for the page's language: `<html lang>`, hreflang links and translations.

The language switcher's entries come from `frontend_tags.page_languages`."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from home.i18n import active_locale, is_foreign_alias, live_translations

register = template.Library()


def _page(value):
    return value if isinstance(value, Page) else None


@register.simple_tag(takes_context=True)
def page_language(context, page=None):
    """The language of the page's locale (its tree), else the active language."""
    page = _page(page)
    if page is None:
        return get_language() or settings.LANGUAGE_CODE
    active = active_locale(context.get("request"))  # cached on the request by the view
    if page.locale_id == active.id:
        return active.language_code
    return page.locale.language_code


@register.simple_tag
def content_language(page=None):
    """For an alias showing another language's content: that language's code, else ""."""
    page = _page(page)
    if page is not None and page.id and is_foreign_alias(page):
        return page.alias_of.locale.language_code
    return ""


@register.inclusion_tag("home/includes/alternate_links.html", takes_context=True)
def alternate_links(context, page=None):
    """`<link rel="alternate" hreflang>` for each live translation, plus x-default (Danish).

    A stand-in page (an alias showing Danish content) is not a translation: it gets `noindex`
    and a canonical link to its original instead.
    """
    request = context.get("request")
    page = _page(page)
    result = {"alternates": [], "x_default": None, "canonical": None, "noindex": False}
    if page is None or not page.id or not page.live:
        return result
    if is_foreign_alias(page):
        original = page.alias_of
        result.update(noindex=True, canonical=original.get_full_url(request))
        return result
    alternates = live_translations(page, request)
    result["alternates"] = alternates
    result["x_default"] = next(
        (entry for entry in alternates if entry["language_code"] == settings.LANGUAGE_CODE), None
    )
    return result
