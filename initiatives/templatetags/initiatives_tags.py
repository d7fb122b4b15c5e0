"""Template tags for the citizens' tools: JSON-LD, calendar links, the home-page section."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from home import chrome
from home.i18n import fallback_notices, reader_versions, source_locale
from initiatives.models import (
    EventIndexPage,
    FundingGuidePage,
    FundingPoolIndexPage,
    LocalCouncilIndexPage,
    PartnershipStatus,
)

register = template.Library()

# The characters that could end a <script> element or start markup are written as JSON escapes,
# as Django's json_script does; the JSON data stays the same.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """Render `data` as a schema.org JSON-LD block: data for search engines, not a script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        _JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.inclusion_tag("initiatives/includes/calendar_links.html", takes_context=True)
def calendar_links(context, page, label, download=False):
    """Links to a page's iCalendar route: subscribe (webcal://) or download, with the plain URL."""
    request = context.get("request")
    url = request.build_absolute_uri(page.get_url(request) + page.reverse_subpage("calendar"))
    webcal_url = "webcal://" + url.split("://", 1)[1] if "://" in url else url
    return {"url": url, "webcal_url": webcal_url, "label": label, "download": download}


@register.inclusion_tag("initiatives/includes/citizen_tools.html", takes_context=True)
def citizen_tools(context):
    """The home page's links to the local councils, funding pools, guide and calendar.

    The tools are the Danish home page's; each is linked in the reader's language where it is
    translated, else in English (or Danish), marked so (home.i18n.reader_versions)."""
    home = context.get("page")
    if home is None:
        return {"tools": []}
    request = context.get("request")

    locale = chrome.active_locale(request)

    def compute():
        source_home = home
        if home.pk and locale.language_code != settings.LANGUAGE_CODE:
            source_home = home.get_translation_or_none(source_locale(request)) or home
        tools = []
        for model in (FundingPoolIndexPage, EventIndexPage, LocalCouncilIndexPage):
            page = model.objects.child_of(source_home).live().defer_streamfields().first()
            if page is not None:
                tools.append(page)
                if model is FundingPoolIndexPage:
                    guide = (
                        FundingGuidePage.objects.child_of(page).live().defer_streamfields().first()
                    )
                    if guide is not None:
                        tools.append(guide)
        return reader_versions(tools, locale)

    if not home.pk:
        tools = compute()
    else:
        # For readers, cached per page-cache generation like the site chrome (home.chrome).
        tools = chrome.cached(request, "citizen-tools", [home.pk], compute)
    return {"tools": tools, "notices": fallback_notices(tools), "request": request}


# A council's partnership agreement -> the DKFDS badge variant ("" = the neutral badge).
PARTNERSHIP_BADGE_VARIANTS = {
    PartnershipStatus.SIGNED: "success",
    PartnershipStatus.IN_DIALOGUE: "info",
    PartnershipStatus.NONE: "",
}


@register.filter
def partnership_variant(status) -> str:
    return PARTNERSHIP_BADGE_VARIANTS.get(status, "")


@register.simple_tag
def other_tools(page) -> list[Page]:
    """The other citizens' tools beside an index page (pools, calendar, local councils), live,
    in the menu's order: one query, for a "related content" box."""
    if not isinstance(page, Page):
        return []

    def compute():
        return list(
            Page.objects.sibling_of(page, inclusive=False)
            .live()
            .type(FundingPoolIndexPage, EventIndexPage, LocalCouncilIndexPage)
            .order_by("path")
        )

    if not page.pk:
        return compute()
    # For readers, cached per page-cache generation like the site chrome (home.chrome).
    return chrome.cached(chrome.current_request.get(), "other-tools", [page.pk], compute)
