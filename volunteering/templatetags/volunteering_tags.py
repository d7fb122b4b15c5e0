"""Template tags of the meeting place: the way back to the municipal site, the manage link."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home import chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def municipal_site_url(context):
    """The municipal site's home page in the reader's language (Danish if not translated), as
    an absolute address: it is another Site, usually on another host."""
    request = context.get("request")
    language = get_language() or settings.LANGUAGE_CODE

    def compute():
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            return ""
        root = site.root_page
        home = (
            Page.objects.filter(translation_key=root.translation_key, live=True)
            .filter(locale__language_code=language)
            .first()
        ) or root
        return home.get_full_url(request) or ""

    return chrome.cached(request, "volunteering-municipal-url", [language], compute)
