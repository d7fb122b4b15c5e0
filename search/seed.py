"""Seed citizens' words: synonyms and promoted results for what people type when they want to
act ("vejhul", "bliv frivillig", "tilskud"), pointing at the pages where they can.

Pages are found by their slug in the Danish tree (no other app is imported). Idempotent: a
synonym or promotion that exists is left as an editor may have changed it.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from home.seeding import SeedReport, source_locale

from .models import SearchSynonym

ROADS = "faelles-opsyn-med-veje-og-parker"
VOLUNTEERING = "fysiske-moedesteder"
POOLS = "puljemidler"
POOL_GUIDE = "saadan-soeger-du-puljemidler"
COUNCILS = "lokalraad"

# (language, term, [expansions])
SYNONYMS = [
    ("da", "vejhul", ["huller i vejene", "giv et praj"]),
    ("da", "hul i vejen", ["huller i vejene", "giv et praj"]),
    ("da", "huller i vejen", ["huller i vejene", "giv et praj"]),
    ("da", "fortov", ["ujævne fortove"]),
    ("da", "bliv frivillig", ["frivillige", "frivilligcenter"]),
    ("da", "frivilligjob", ["frivilligcenter", "frivillige"]),
    ("da", "ansøg", ["puljemidler"]),
    ("da", "ansøge", ["puljemidler"]),
    ("da", "tilskud", ["puljemidler"]),
    ("da", "støtte", ["puljemidler"]),
    ("da", "penge til forening", ["puljemidler"]),
    ("da", "lokalråd", ["lokalsamfund", "borgerforening"]),
    ("da", "landsbyråd", ["lokalsamfund", "borgerforening"]),
    ("da", "frist", ["midler", "puljemidler"]),
    ("da", "tilmelding", ["arrangement", "dialogmøde"]),
    ("da", "conventus", ["puljemidler"]),
    ("en", "pothole", ["potholes"]),
    ("en", "grant", ["funding"]),
]

# (query as readers type it, [(page slug, description)])
PROMOTIONS = [
    ("vejhul", [(ROADS, "Meld huller i vejen til kommunen via »Giv et praj«.")]),
    ("hul i vejen", [(ROADS, "Meld huller i vejen til kommunen via »Giv et praj«.")]),
    ("huller i vejen", [(ROADS, "Meld huller i vejen til kommunen via »Giv et praj«.")]),
    ("bliv frivillig", [(VOLUNTEERING, "FrivilligCenter Haderslev hjælper dig i gang.")]),
    ("frivilligjob", [(VOLUNTEERING, "FrivilligCenter Haderslev hjælper dig i gang.")]),
    ("ansøg", [(POOLS, ""), (POOL_GUIDE, "")]),
    ("tilskud", [(POOLS, ""), (POOL_GUIDE, "")]),
    ("støtte", [(POOLS, ""), (POOL_GUIDE, "")]),
    ("lokalråd", [(COUNCILS, "Find lokalrådet for din by eller landsby.")]),
]


def seed(report: SeedReport) -> None:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for language, term, expansions in SYNONYMS:
        locale = locales.get(language)
        if locale is None:
            continue
        _synonym, created = SearchSynonym.objects.get_or_create(
            locale=locale, term=term, defaults={"expansions": "\n".join(expansions)}
        )
        report.add(created, f"synonym: {term}")

    danish = source_locale()
    for query_string, picks in PROMOTIONS:
        query = Query.get(query_string)
        if SearchPromotion.objects.filter(query=query).exists():
            report.add(False, f"promotion: {query_string}")
            continue
        for order, (slug, description) in enumerate(picks):
            page = Page.objects.filter(locale=danish, slug=slug).live().first()
            if page is None:
                continue
            SearchPromotion.objects.create(
                query=query, page=page, sort_order=order, description=description
            )
            report.add(True, f"promotion: {query_string} -> {page.title}")


SEEDERS = [(96, seed)]
