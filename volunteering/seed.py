"""Seed Frivilligbørsen: its front page as the root of a second Wagtail Site, the categories, a
handful of example posts (marked "Eksempel:"), the moderators' rights on its pages, and the
links from the policy's initiative pages about the online meeting place.

Like every seeder it creates what is missing and leaves what exists (and editors' changes) alone.
"""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page, Site

from home.localisation import TranslationCatalogue, sync_object_translation
from home.navigation import ensure_header_tool
from home.seeding import SeedReport, ensure_snippet, source_locale
from initiatives.models import InitiativePage, InitiativeStatus, LocalArea

from .models import Category, MeetingPlacePage, Post, PostKind, PostStatus
from .services import MODERATORS_GROUP

PAGE = {
    "title": "Frivilligbørsen",
    "intro": (
        "Mødestedet for frivillige i Haderslev Kommune: tilbyd din hjælp, find nogen, der kan "
        "hjælpe, og slå aktiviteter op. Drevet af frivillige – for frivillige."
    ),
}
SLUG = "frivilligboersen"

CATEGORIES = [
    ("transport", "Transport og kørsel"),
    ("besoeg", "Besøg og samvær"),
    ("praktisk-hjaelp", "Praktisk hjælp"),
    ("foreningsarbejde", "Foreningsarbejde"),
    ("natur-og-miljoe", "Natur og miljø"),
    ("kultur-og-fritid", "Kultur og fritid"),
]

EXAMPLE_EMAIL = "eksempel@example.invalid"
EXAMPLE_POSTS = [
    {
        "kind": PostKind.OFFER,
        "title": "Eksempel: Kører gerne til lægen og indkøb i Vojens",
        "text": (
            "Eksempel på et opslag. Jeg er pensioneret og har bil og tid. Jeg kører gerne "
            "ældre naboer til lægen, til tandlægen eller på indkøb et par formiddage om ugen."
        ),
        "categories": ["transport", "praktisk-hjaelp"],
    },
    {
        "kind": PostKind.REQUEST,
        "title": "Eksempel: Forening søger hjælpere til sommerens loppemarked",
        "text": (
            "Eksempel på et opslag. Vores forening holder loppemarked i august og søger fire "
            "til seks hjælpere til opstilling, salg og oprydning. Ingen erfaring nødvendig."
        ),
        "association": "Eksempel: Borgerforeningen",
        "categories": ["foreningsarbejde"],
        "starts_on": 30,
    },
    {
        "kind": PostKind.ACTIVITY,
        "title": "Eksempel: Fælles affaldsindsamling langs fjorden",
        "text": (
            "Eksempel på et opslag. Vi mødes ved havnen og samler affald langs Haderslev Fjord. "
            "Handsker og poser er der. Alle er velkomne, også børn."
        ),
        "categories": ["natur-og-miljoe"],
        "starts_on": 14,
    },
    {
        "kind": PostKind.OFFER,
        "title": "Eksempel: Besøgsven til en kop kaffe og en snak",
        "text": (
            "Eksempel på et opslag. Jeg vil gerne være besøgsven for en, der sidder meget alene. "
            "En eftermiddag om ugen, en gåtur eller en kop kaffe."
        ),
        "categories": ["besoeg"],
    },
]

# The initiative pages about the online meeting place (initiatives/seed.py), by petal.
INITIATIVES = [
    ("synlighed", "internetbaseret-moedested"),
    ("sammenhaeng-og-tilgaengelighed", "internetbaseret-moedested"),
]
CALL_TO_ACTION = {
    "title": "Frivilligbørsen er åben",
    "text": (
        "Mødestedet for frivillige er nu en selvstændig hjemmeside, drevet af frivillige – for "
        "frivillige: tilbud og efterspørgsel på frivillig hjælp og annoncering af aktiviteter."
    ),
    "button_label": "Gå til Frivilligbørsen",
}

TRANSLATIONS = {
    "en": {
        PAGE["title"]: "Volunteer Exchange",
        PAGE["intro"]: (
            "The meeting place for volunteers in Haderslev Municipality: offer your help, find "
            "someone who can help, and announce activities. Run by volunteers, for volunteers."
        ),
        "Transport og kørsel": "Transport and driving",
        "Besøg og samvær": "Visits and company",
        "Praktisk hjælp": "Practical help",
        "Foreningsarbejde": "Work in associations",
        "Natur og miljø": "Nature and environment",
        "Kultur og fritid": "Culture and leisure",
        CALL_TO_ACTION["title"]: "The Volunteer Exchange is open",
        CALL_TO_ACTION["text"]: (
            "The meeting place for volunteers is now a website of its own, run by volunteers for "
            "volunteers: offers of and requests for voluntary help, and activity announcements."
        ),
        CALL_TO_ACTION["button_label"]: "Go to the Volunteer Exchange",
    },
    "de": {
        PAGE["title"]: "Freiwilligenbörse",
        PAGE["intro"]: (
            "Der Treffpunkt für Freiwillige in der Kommune Hadersleben: Bieten Sie Hilfe an, "
            "finden Sie Hilfe und kündigen Sie Aktivitäten an. Von Freiwilligen für Freiwillige."
        ),
        "Transport og kørsel": "Transport und Fahrdienste",
        "Besøg og samvær": "Besuche und Gesellschaft",
        "Praktisk hjælp": "Praktische Hilfe",
        "Foreningsarbejde": "Vereinsarbeit",
        "Natur og miljø": "Natur und Umwelt",
        "Kultur og fritid": "Kultur und Freizeit",
    },
    "sv": {
        PAGE["title"]: "Frivilligbörsen",
        PAGE["intro"]: (
            "Mötesplatsen för frivilliga i Haderslevs kommun: erbjud din hjälp, hitta någon som "
            "kan hjälpa och annonsera aktiviteter. Driven av frivilliga – för frivilliga."
        ),
        "Transport og kørsel": "Transport och körning",
        "Besøg og samvær": "Besök och gemenskap",
        "Praktisk hjælp": "Praktisk hjälp",
        "Foreningsarbejde": "Föreningsarbete",
        "Natur og miljø": "Natur och miljö",
        "Kultur og fritid": "Kultur och fritid",
    },
    "nb": {
        PAGE["title"]: "Frivilligbørsen",
        PAGE["intro"]: (
            "Møteplassen for frivillige i Haderslev kommune: tilby hjelp, finn noen som kan "
            "hjelpe, og annonser aktiviteter. Drevet av frivillige – for frivillige."
        ),
        "Transport og kørsel": "Transport og kjøring",
        "Besøg og samvær": "Besøk og samvær",
        "Praktisk hjælp": "Praktisk hjelp",
        "Foreningsarbejde": "Foreningsarbeid",
        "Natur og miljø": "Natur og miljø",
        "Kultur og fritid": "Kultur og fritid",
    },
    "fi": {
        PAGE["title"]: "Vapaaehtoispörssi",
        PAGE["intro"]: (
            "Haderslevin kunnan vapaaehtoisten kohtaamispaikka: tarjoa apuasi, löydä auttaja ja "
            "ilmoita toiminnasta. Vapaaehtoisten ylläpitämä – vapaaehtoisille."
        ),
        "Transport og kørsel": "Kuljetukset ja kyydit",
        "Besøg og samvær": "Vierailut ja seura",
        "Praktisk hjælp": "Käytännön apu",
        "Foreningsarbejde": "Yhdistystoiminta",
        "Natur og miljø": "Luonto ja ympäristö",
        "Kultur og fritid": "Kulttuuri ja vapaa-aika",
    },
}


def ensure_meeting_place(report: SeedReport) -> MeetingPlacePage:
    locale = source_locale()
    page = MeetingPlacePage.objects.filter(locale=locale).first()
    if page is None:
        root = Page.get_first_root_node()
        page = MeetingPlacePage(slug=SLUG, locale=locale, **PAGE)
        root.add_child(instance=page)
        page.save_revision().publish()
        report.add(True, f"{MeetingPlacePage._meta.verbose_name}: {page.title}")
    else:
        report.add(False, SLUG)
    site = Site.objects.filter(root_page__in=Page.objects.filter(pk=page.pk)).first()
    if site is None:
        Site.objects.create(
            hostname=settings.VOLUNTEERING_SITE_HOSTNAME,
            port=80,
            root_page=page,
            is_default_site=False,
            site_name=PAGE["title"],
        )
        report.add(True, f"site: {settings.VOLUNTEERING_SITE_HOSTNAME}")
    return page


def ensure_moderator_page_permissions(report: SeedReport, page: Page) -> None:
    """Edit and publish on the meeting place's pages, nowhere else."""
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is None:
        return
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        _obj, created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )
        report.add(created, f"{MODERATORS_GROUP}: {codename}")


def ensure_examples(report: SeedReport, categories: dict) -> None:
    if Post.objects.filter(poster_email=EXAMPLE_EMAIL).exists():
        report.add(False, "example posts")
        return
    areas = list(LocalArea.objects.filter(locale=source_locale()).order_by("name"))
    now = timezone.now()
    today = timezone.localdate()
    for index, data in enumerate(EXAMPLE_POSTS):
        data = dict(data)
        slugs = data.pop("categories")
        offset = data.pop("starts_on", None)
        post = Post(
            **data,
            language=settings.LANGUAGE_CODE,
            area=areas[index % len(areas)] if areas else None,
            starts_on=today + datetime.timedelta(days=offset) if offset else None,
            poster_name="Eksempel",
            poster_email=EXAMPLE_EMAIL,
            status=PostStatus.PUBLISHED,
            confirmed_at=now,
            published_at=now - datetime.timedelta(hours=index),
        )
        post.expires_at = post.compute_expiry(now)
        post.save()
        post.categories.set([categories[slug] for slug in slugs])
        report.add(True, f"opslag: {post.title}")


def link_initiatives(report: SeedReport, page: MeetingPlacePage) -> None:
    """The initiative pages about the meeting place say it exists now, and link to it."""
    for petal_slug, slug in INITIATIVES:
        initiative = InitiativePage.objects.filter(
            locale=source_locale(), slug=slug, url_path__contains=f"/{petal_slug}/"
        ).first()
        if initiative is None:
            continue
        if initiative.status != InitiativeStatus.IDEA:
            report.add(False, f"link: {initiative.title}")
            continue
        initiative.status = InitiativeStatus.IN_PROGRESS
        initiative.body.append(
            (
                "call_to_action",
                {
                    "title": CALL_TO_ACTION["title"],
                    "text": CALL_TO_ACTION["text"],
                    "link": {"page": page, "url": ""},
                    "button_label": CALL_TO_ACTION["button_label"],
                },
            )
        )
        initiative.save_revision().publish()
        report.add(True, f"link: {initiative.title}")


def seed(report: SeedReport) -> None:
    page = ensure_meeting_place(report)
    ensure_moderator_page_permissions(report, page)
    # The municipal site's header lists the meeting place among the citizens' tools (last).
    ensure_header_tool(report, page=page)
    categories = {}
    for slug, name in CATEGORIES:
        categories[slug] = ensure_snippet(report, Category, {"slug": slug}, name=name)
    ensure_examples(report, categories)
    link_initiatives(report, page)


def seed_translations(report: SeedReport) -> None:
    """The front page and the categories in every language of the site (the general seeder,
    earlier, translates the default site's pages and all snippets into English only)."""
    catalogue = TranslationCatalogue.from_apps()
    page = MeetingPlacePage.objects.filter(locale=source_locale()).first()
    objects = [*Category.objects.filter(locale=source_locale()).order_by("pk")]
    if page is not None:
        objects.insert(0, page)
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        for obj in objects:
            outcome = sync_object_translation(obj, locale, catalogue)
            report.add(outcome in {"created", "updated"}, f"{outcome} ({locale}): {obj}")


SEEDERS = [(60, seed), (105, seed_translations)]
