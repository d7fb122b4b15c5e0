"""The sitemap: every live page in every language, each with its alternates (hreflang).

Wagtail's own sitemap lists the default site's root tree only (the Danish pages). This one lists
the live, public pages of every locale tree of the site (aliases excluded: they are stand-ins,
not translations) and adds `<xhtml:link rel="alternate" hreflang>` for each live translation plus
`x-default` (Danish). The number of queries does not grow with the number of pages.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .i18n import LANGUAGE_ORDER


class LocalisedSitemap(Sitemap):
    def _locale_roots(self):
        site = self.get_wagtail_site()
        return Page.objects.filter(
            translation_key__in=Page.objects.filter(id=site.root_page_id).values("translation_key"),
            alias_of__isnull=True,
        ).only("path")

    def _pages(self):
        roots = list(self._locale_roots())
        if not roots:
            return Page.objects.none()
        in_a_locale_tree = Q()
        for root in roots:
            in_a_locale_tree |= Q(path__startswith=root.path)
        return Page.objects.filter(in_a_locale_tree).live().public().filter(alias_of__isnull=True)

    def items(self):
        return self._pages().order_by("path").defer_streamfields().specific()

    def _alternates(self, items):
        """translation_key -> [{"lang_code", "location"}], for keys with more than one language."""
        keys = {item.translation_key for item in items}
        by_key = defaultdict(list)
        translations = (
            self._pages()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .only("id", "url_path", "translation_key", "locale__language_code")
        )
        for page in translations:
            by_key[page.translation_key].append(page)
        alternates = {}
        for key, pages in by_key.items():
            if len(pages) < 2:
                continue
            pages.sort(key=lambda page: LANGUAGE_ORDER.get(page.locale.language_code, 99))
            links = [
                {
                    "lang_code": page.locale.language_code,
                    "location": page.get_full_url(self.request),
                }
                for page in pages
            ]
            danish = next(
                (link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if danish is not None:
                links.append({"lang_code": "x-default", "location": danish["location"]})
            alternates[key] = links
        return alternates

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self._alternates(items)
        urls = []
        last_mods = set()
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                url_info = {**url_info, "alternates": alternates.get(item.translation_key, [])}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
