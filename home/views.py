"""Language-aware entry points of the public site.

- `root_redirect`: `/` sends the reader to the language they ask for (Accept-Language) if the
  site exists in it, else to Danish.
- `serve`: Wagtail's page view, plus the "not translated" page: a reader who asks for a page in
  a language it does not exist in (`/sv/synlighed/` with no Swedish translation) gets, in their
  language, a page that says so and links to the Danish original and any other translations.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from . import chrome
from .i18n import active_locale, live_translations

# Browsers send "no" (Norwegian) and "nn" (Nynorsk); the site's Norwegian is Bokmål, which every
# Norwegian reader reads.
LANGUAGE_ALIASES = {"no": "nb", "nn": "nb"}


def site_languages(request) -> set[str]:
    """Languages the site exists in: live, real (not alias) translations of the site's root."""
    site = Site.find_for_request(request)
    if site is None:
        return set()
    return set(
        Page.objects.filter(
            translation_key__in=Page.objects.filter(id=site.root_page_id).values("translation_key"),
            live=True,
            alias_of__isnull=True,
        ).values_list("locale__language_code", flat=True)
    )


def requested_languages(request):
    """Supported language codes the reader asks for, most preferred first."""
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    codes = [cookie] if cookie else []
    header = request.headers.get("Accept-Language", "")
    codes += [code for code, _quality in parse_accept_lang_header(header) if code != "*"]
    for code in codes:
        code = code.lower()
        code = LANGUAGE_ALIASES.get(code.split("-")[0], code)
        try:
            yield translation.get_supported_language_variant(code)
        except LookupError:
            continue


def preferred_language(request) -> str:
    available = site_languages(request)
    for code in requested_languages(request):
        if code in available:
            return code
    return settings.LANGUAGE_CODE


def root_redirect(request):
    language = preferred_language(request)
    with translation.override(language):
        url = reverse("wagtail_serve", args=[""])
    response = HttpResponseRedirect(url)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def find_page_in_other_language(request, path):
    """The live page at `path` in another language's tree, preferring Danish, or None.

    Paths are the same in every language (slugs are synchronised); a translator may override a
    slug, so every locale tree of the site is searched, in one query.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    relative = "".join(f"{component}/" for component in components)
    roots = Page.objects.filter(
        translation_key__in=Page.objects.filter(id=site.root_page_id).values("translation_key"),
        alias_of__isnull=True,
    ).only("url_path")
    candidates = [root.url_path + relative for root in roots]
    pages = list(
        Page.objects.filter(url_path__in=candidates, alias_of__isnull=True)
        .live()
        .public()
        .select_related("locale")
    )
    pages.sort(key=lambda page: page.locale.language_code != settings.LANGUAGE_CODE)
    return pages[0] if pages else None


def render_not_translated(request, page):
    """Tell the reader, in their language, that the page is not translated; link onwards."""
    # The reader is on none of these pages: no entry is "current".
    translations = [{**entry, "is_current": False} for entry in live_translations(page, request)]
    original = next(
        (item for item in translations if item["language_code"] == settings.LANGUAGE_CODE),
        None,
    )
    others = [item for item in translations if item is not original]
    home = Site.find_for_request(request).root_page.localized
    context = {
        "original": original,
        "other_translations": others,
        "language_home": home if home.locale_id == active_locale(request).id else None,
        "switcher_translations": translations,
        "request": request,
    }
    # 404: the page does not exist in this language. Search engines must not index a "not
    # translated" stand-in at every untranslated address (a soft 404); readers see the page and
    # its links all the same.
    return TemplateResponse(request, "home/not_translated.html", context, status=404)


def serve(request, path):
    """Wagtail's `serve`, unless the page does not exist in the language asked for."""
    chrome.route(request, path)  # readers: the localised home page from the chrome cache
    route = Page.route_for_request(request, path)
    if route is not None and route[0].locale_id == active_locale(request).id:
        return wagtail_serve(request, path)
    # Either no page at this path in this language, or Wagtail fell back to the Danish tree
    # because this language has no home page at all.
    page = find_page_in_other_language(request, path)
    if page is None:
        raise Http404
    return render_not_translated(request, page)
