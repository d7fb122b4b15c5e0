"""Seed the home page, "Om politikken" with its sub-pages, and the site settings.

The texts are the policy's own (Politik for medborgerskab og samspil med frivillige, Haderslev
Kommune, approved by the city council on 24 September 2013).
"""

import datetime

from wagtail.models import Page, Site

from .models import HomePage, SiteSettings, StandardPage
from .seeding import (
    SeedReport,
    bullet_list,
    ensure_locales,
    ensure_page,
    paragraphs,
    source_locale,
)

HOME = {
    "title": "Medborgerskab Haderslev",
    "seo_title": "Medborgerskab og samspil med frivillige – Haderslev Kommune",
    "intro": (
        "Hvordan bringer vi det aktive medborgerskab i spil – og styrker samspillet med de "
        "frivillige kræfter i Haderslev Kommune? Politik for medborgerskab og samspil med "
        "frivillige er en invitation til alle borgere og kommunens ansatte om at deltage i "
        "udviklingen af det lokale demokrati."
    ),
    "centre_title": "Medborgerskab",
    "centre_text": (
        "Temaerne i planstrategien udgør blomstens kronblade. Medborgerskabet, i blomstens "
        "centrum, holder sammen på det hele og giver energi til kronbladene. Samtidig "
        "symboliserer blomsten livskraft, bevægelighed og vilje til vækst."
    ),
    "vision_quote": (
        "I Haderslev Kommune er det aktive medborgerskab grundlaget for innovation og udvikling. "
        "Den attraktive og varierede bosætning og de gode levesteder bygger på et fundament af "
        "bæredygtighed og sundhed. Her samarbejder borgere, erhvervsliv og uddannelser for at "
        "skabe og udvikle fremtidens muligheder. Kommunens stærke kvaliteter er i enhver "
        "sammenhæng synlige, tydelige og nemt tilgængelige."
    ),
    "vision_attribution": "Byrådet, december 2011",
}

ABOUT = {
    "title": "Om politikken",
    "intro": (
        "Politik for medborgerskab og samspil med frivillige er tænkt som det lokale bud på, "
        "hvordan arbejdet med medborgerskab og frivillighed i Haderslev Kommune kan "
        "videreudvikles til størst mulig gavn for borgere, kommune og politikere."
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": "Det aktive medborgerskab handler om", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": bullet_list(
                [
                    "At udvikle nye måder at arbejde og samarbejde om opgaver mellem borgere og "
                    "kommunens ansatte",
                    "At støtte en bevægelse fra ”system møder borger” til ”konkret medarbejder "
                    "møder konkret borger”. Herunder: At styrke den enkeltes muligheder for at "
                    "tage vare på sit eget liv",
                    "At skabe værdige løsninger, der skaber mest mulig værdi for "
                    "borgeren/grupper af borgere",
                ]
            ),
        },
        {"type": "heading", "value": {"text": "Formålet med politikken", "level": "h2"}},
        {
            "type": "paragraph",
            "value": bullet_list(
                [
                    "At udfordre vores forståelse for muligheder og begrænsninger i det aktive "
                    "medborgerskab",
                    "At inspirere til en mangfoldig dialog – og at udfordre borgere og kommunale "
                    "medarbejdere i Haderslev Kommune",
                    "At signalere, at der er brug for alle",
                ]
            ),
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Politikken indeholder flere spørgsmål end svar – for svarene fremkommer "
                "gennem dialog vidt og bredt i hele Haderslev Kommune. Derfor vil der også blive "
                "behov for, at politikken ændres og opdateres i løbet af et par år.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Medborgerskabet er grundlaget for innovation og udvikling",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Der er tre væsentlige skridt, der har ført frem til politik for "
                "medborgerskab og samspil med frivillige: Visionen, planstrategien og "
                "Indsatsudvalget for Velfærd og Frivillighed. Indsatserne på dette site er "
                "vokset ud af anbefalingerne fra de tre og er grupperet efter "
                "planstrategi-blomsten.</p>"
                "<p>Politik for medborgerskab og samspil med frivillige er godkendt af byrådet "
                "den 24. september 2013.</p>"
            ),
        },
    ],
}

ABOUT_CHILDREN = [
    {
        "slug": "charter-for-samspil",
        "title": "Charter for samspil mellem den frivillige verden og det offentlige",
        "intro": (
            "Nationalt er Charter for samspil mellem den frivillige verden og det offentlige "
            "(2013) retningsvisende for samspillet mellem den frivillige verden og det offentlige."
        ),
        "body": [
            {
                "type": "quote",
                "value": {
                    "quote": (
                        "Visionen (…) er sammen at bidrage til et inkluderende, ansvarsfuldt og "
                        "meningsbærende samfund, hvor borgeren finder mening i at være med til at "
                        "udvikle samfundet."
                    ),
                    "attribution": "Charter for samspil mellem den frivillige verden og det offentlige (2013)",
                },
            },
            *paragraphs(
                "<p>Charteret kan ikke stå alene, men skal omsættes til virkelighed og "
                "konkretiseres i en lokal sammenhæng. Politik for medborgerskab og samspil med "
                "frivillige er Haderslev Kommunes lokale bud på det.</p>",
                "<p>Charteret er udarbejdet af ministerier, foreninger, organisationer, råd, "
                "kommuner, KL og Regioner.</p>",
            ),
        ],
    },
    {
        "slug": "visionen",
        "title": "Visionen for Haderslev Kommune",
        "intro": (
            "Kommunen har med sin vision markeret, at det aktive medborgerskab er et centralt "
            "element i kommunens fortsatte udvikling."
        ),
        "body": [
            {
                "type": "quote",
                "value": {"quote": HOME["vision_quote"], "attribution": HOME["vision_attribution"]},
            }
        ],
    },
    {
        "slug": "planstrategien",
        "title": "Haderslev Kommunes planstrategi",
        "intro": (
            "Temaerne i planstrategien udgør blomstens kronblade: Sundhed og bæredygtighed, "
            "Bosætning og levesteder, Sammenhæng og tilgængelighed, Erhverv og uddannelse samt "
            "Synlighed."
        ),
        "body": paragraphs(
            "<p>Medborgerskabet, i blomstens centrum, holder sammen på det hele og giver energi "
            "til kronbladene. Samtidig symboliserer blomsten livskraft, bevægelighed og vilje til "
            "vækst.</p>"
        ),
    },
    {
        "slug": "indsatsudvalget",
        "title": "Indsatsudvalget for Velfærd og Frivillighed",
        "intro": (
            "Indsatsudvalget for Velfærd og Frivillighed blev nedsat af byrådet i efteråret 2011."
        ),
        "body": paragraphs(
            "<p>Udvalget har medvirket til at afdække og beskrive, hvordan Haderslev Kommune kan "
            "blive endnu bedre til at skabe gode vilkår for det frivillige arbejde og være med "
            "til at igangsætte initiativer, der såvel på kort som på langt sigt kan understøtte "
            "en positiv udvikling omkring frivillighed og medborgerskab.</p>"
        ),
    },
]


def ensure_home(report: SeedReport) -> HomePage:
    locale = ensure_locales()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        # Wagtail's first migration creates a plain "Welcome" page with the slug "home".
        root.get_children().filter(
            slug="home", content_type__app_label="wagtailcore", content_type__model="page"
        ).delete()
        home = ensure_page(report, root, HomePage, "home", **HOME)
    else:
        report.add(False, "home")

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=HOME["title"],
        )
        report.add(True, "site")
    elif site.root_page_id != home.id:
        site.root_page = home
        site.site_name = HOME["title"]
        site.save()
        report.add(True, "site root")
    return home


def seed_home(report: SeedReport) -> None:
    ensure_home(report)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.policy_approved_on is None:
        site_settings.policy_approved_on = datetime.date(2013, 9, 24)
        site_settings.save()
        report.add(True, "site settings")


def seed_about(report: SeedReport) -> None:
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    about = ensure_page(report, home, StandardPage, "om-politikken", show_in_menus=True, **ABOUT)
    for child in ABOUT_CHILDREN:
        fields = dict(child)
        ensure_page(report, about, StandardPage, fields.pop("slug"), **fields)


# Order across apps: the home page first, the apps' sections (10-80), "Om politikken" after the
# petals so the main navigation lists the five petals first, translations last (100+).
SEEDERS = [(0, seed_home), (90, seed_about)]

# The groups of each local council and twin town, once their pages and translations exist.
from .editorial import seed_editorial_groups  # noqa: E402

SEEDERS.append((110, seed_editorial_groups))
