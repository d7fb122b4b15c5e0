"""The header navigation: what a citizen can do (the tools) and the policy's five petals.

Information architecture (README, "Navigation"):
- "Det kan du" (the main menu bar): the citizens' tools from the site setting NavigationSettings
  (editor-managed, ordered; seeded: Puljemidler, Lokalråd, Aktivitetskalender; another app adds
  the volunteers' meeting place with `ensure_header_tool`), then the home page's other menu
  pages (Venskabsbyer, Om politikken).
- "Politikkens temaer" (a band below it): the five petals, in the policy's order, in the
  reader's language, or in Danish where the petals are not translated.
Both lists wrap instead of folding items into a "Mere" menu, so nothing is hidden at any width;
on narrow screens both are in the menu drawer. Every link is in the header of every page: one
click from anywhere.

Resolved once per site, language and page-cache generation (home.chrome), as plain dicts.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from . import chrome
from .seeding import SeedReport


def tool_links(request) -> list[dict]:
    """The tools of the request's site as {"label", "url", "path", "lang", "external"}: pages in
    the reader's language where translated and live (else the page as chosen), unpublished
    pages left out; `path` (tree path, for marking the current section) is "" for pages of
    other sites and external links; `lang` is the link's language when it is not the reader's."""
    site = chrome.site_for_request(request) if request is not None else None
    if site is None:
        return []
    language = chrome.language()

    def compute():
        from .models import NavigationTool

        # One query for the tools with their pages; a second only for translations, when a
        # page is not in the reader's language already.
        items = list(
            NavigationTool.objects.filter(settings__site=site)
            .select_related("page", "page__locale")
            .order_by("sort_order")
        )
        keys = [
            item.page.translation_key
            for item in items
            if item.page_id and item.page.locale.language_code != language
        ]
        translated = {}
        if keys:
            translated = {
                page.translation_key: page
                for page in Page.objects.live()
                .filter(translation_key__in=keys, locale__language_code=language)
                .select_related("locale")
            }
        links = []
        for item in items:
            if not item.page_id:
                links.append(
                    {"label": item.label, "url": item.url, "path": "", "lang": "", "external": True}
                )
                continue
            page = translated.get(item.page.translation_key, item.page)
            if not page.live:
                continue
            url = page.get_url(request)
            if not url:
                continue
            own_site = url.startswith("/")  # Wagtail gives other sites' pages a full URL
            page_language = page.locale.language_code
            links.append(
                {
                    "label": item.label or page.title,
                    "url": url,
                    "path": page.path if own_site else "",
                    "lang": "" if page_language == language else page_language,
                    "external": False,
                }
            )
        return links

    return chrome.cached(request, "tools", [site.pk, language], compute)


def petal_links(request, menu_items) -> list:
    """The petals among the home page's menu pages (the reader's language), in the policy's
    order; where there are none (a language the petals are not translated into), the live
    Danish petals. Costs no query of its own in a language with petals."""
    petal_type = ContentType.objects.get_for_model(apps.get_model("initiatives", "PetalPage"))
    petals = [item for item in menu_items if item.content_type_id == petal_type.pk]
    if petals or chrome.language() == settings.LANGUAGE_CODE:
        return petals
    source = chrome.cached(
        request, "locale", [settings.LANGUAGE_CODE], lambda: Locale.get_default()
    )
    return chrome.petals(source.pk)


# --- Seeding ------------------------------------------------------------------------------------


def ensure_header_tool(
    report: SeedReport, *, page: Page | None = None, url: str = "", label: str = "", site=None
):
    """Add a tool to the header of `site` (default: the default site) unless a tool already
    links to that page (or any of its translations) or URL; returns the NavigationTool. For
    seeds: an app adds its own tool (the volunteers' meeting place adds its page from its own
    seeder), and a re-seed changes nothing."""
    from .models import NavigationSettings, NavigationTool

    if (page is None) == (not url):
        raise ValueError("ensure_header_tool needs a page or a URL")
    site = site or Site.objects.get(is_default_site=True)
    setting = NavigationSettings.for_site(site)
    existing = setting.tools.all()
    if page is not None:
        match = existing.filter(page__translation_key=page.translation_key).first()
    else:
        match = existing.filter(url=url).first()
    if match is not None:
        report.add(False, str(match))
        return match
    last = existing.order_by("-sort_order").values_list("sort_order", flat=True).first()
    tool = NavigationTool.objects.create(
        settings=setting,
        page=page,
        url=url,
        label=label,
        sort_order=(last + 1) if last is not None else 0,
    )
    report.add(True, f"{NavigationTool._meta.verbose_name}: {tool}")
    return tool
