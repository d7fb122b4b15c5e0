# ruff: noqa: E501  (seed modules hold the policy's prose; long sentences stay whole, as in seed.py)
"""Seed the local councils: the local communities named in public sources (FACTS.md), grouped in
example areas, with example contacts, meetings and partnership agreements.

Real: the community names, that Haderslev works with its rural districts through citizens'
associations and village councils, the 28 rural districts, 27 communities in the citizens' budget,
14 local areas in the municipal plan, and the rural-district coordinator's address. Everything else
on the council pages is example content, marked "Eksempel:", for the communities to replace.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.models import HomePage
from home.seeding import (
    SeedReport,
    bullet_list,
    ensure_page,
    ensure_snippet,
    paragraphs,
    source_locale,
)
from initiatives.models import (
    LocalArea,
    LocalCouncilContact,
    LocalCouncilIndexPage,
    LocalCouncilInitiative,
    LocalCouncilMeeting,
    LocalCouncilPage,
    PartnershipStatus,
    local_datetime,
)

from . import funding
from .common import contact, danish_slug, days_from_today, initiative

INDEX = {
    "slug": "lokalraad",
    "title": "Lokalråd og lokalsamfund",
    "intro": (
        "Haderslev Kommune samarbejder med landdistrikterne gennem borgerforeninger og "
        "landsbyråd. Her finder du lokalsamfundene, deres kontaktpersoner og møder – og status "
        "for deres partnerskabsaftaler med kommunen."
    ),
    "body": [
        *paragraphs(
            "<p>Politikken lægger op til, at der oprettes lokale råd i det omfang, det skønnes "
            "nødvendigt, og at lokalsamfund, der ønsker det, samarbejder med kommunen omkring "
            "anvendelse og understøttelse af dialogmodellen (partnerskabsaftaler).</p>",
            "<p>Kommunen har 28 landdistrikter, og 27 lokalsamfund deltager i "
            "borgerbudgetteringen. I kommuneplanen er kommunen delt i 14 lokalområder. "
            "Landdistriktskoordinatoren sidder på Christian X's Vej 39, 6100 Haderslev.</p>",
            "<p>Eksempel: Områderne, kontaktpersonerne, møderne og aftalerne på lokalrådenes "
            "sider er eksempler, som lokalsamfundene og redaktionen erstatter med de rigtige "
            "oplysninger. Listen rummer de lokalsamfund, vi kender navnene på.</p>",
        )
    ],
}

AREAS = {
    "haderslev": {
        "name": "Eksempel: Landdistrikterne omkring Haderslev",
        "slug": "omkring-haderslev",
        "description": "Eksempel: En gruppering til oversigten. Erstat den med kommuneplanens lokalområder.",
    },
    "vojens": {
        "name": "Eksempel: Landdistrikterne omkring Vojens",
        "slug": "omkring-vojens",
        "description": "Eksempel: En gruppering til oversigten. Erstat den med kommuneplanens lokalområder.",
    },
    "gram": {
        "name": "Eksempel: Landdistrikterne omkring Gram",
        "slug": "omkring-gram",
        "description": "Eksempel: En gruppering til oversigten. Erstat den med kommuneplanens lokalområder.",
    },
}

# The local communities named in public sources (a partial list), with an example area.
COMMUNITIES = [
    ("Arnum/Højrup", "gram"),
    ("Bevtoft/Strandelhjørn", "vojens"),
    ("Bjerning", "haderslev"),
    ("Fjelstrup", "haderslev"),
    ("Fole/Enderupskov", "gram"),
    ("Gabøl/Nustrup", "vojens"),
    ("Halk/Hejsager", "haderslev"),
    ("Hammelev", "vojens"),
    ("Hjerndrup", "haderslev"),
    ("Hoptrup/Diernæs", "haderslev"),
    ("Jegerup", "vojens"),
    ("Kastrup", "gram"),
    ("Maugstrup/Simmersted/Kastvrå", "vojens"),
    ("Moltrup Sogn", "haderslev"),
    ("Oksenvad og omegn", "vojens"),
    ("Vilstrup Sogn", "haderslev"),
]

# Example partnership agreements: the first communities have signed, the next are in dialogue.
SIGNED = {"Fjelstrup": 420, "Hammelev": 250, "Arnum/Højrup": 130}
IN_DIALOGUE = {"Bjerning", "Halk/Hejsager", "Oksenvad og omegn"}

FOCUS = bullet_list(
    [
        "Eksempel: Borgerbudgettering – lokalsamfundets egne projekter",
        "Eksempel: Forsamlingshuset, legepladsen og stierne",
        "Eksempel: Velkomst til nye borgere",
        "Eksempel: Dialogen med kommunen om udviklingen af lokalområdet",
    ]
)
MEETING_PRACTICE = (
    "Eksempel: Bestyrelsen mødes cirka én gang om måneden. Generalforsamlingen og borgermødet om "
    "borgerbudgettet er åbne for alle."
)
PARTNERSHIP_SIGNED = (
    "Eksempel: Lokalsamfundet og kommunen mødes to gange om året om dialogmodellen, og "
    "borgerforeningen er kommunens faste indgang til området."
)
PARTNERSHIP_DIALOGUE = (
    "Eksempel: Lokalsamfundet og kommunen drøfter, hvordan en partnerskabsaftale om dialogmodellen "
    "kan se ud."
)
MEETING_BOARD = "Eksempel: Bestyrelsesmøde"
MEETING_CITIZENS = "Eksempel: Borgermøde om borgerbudgettet"
MEETING_PLACE = "Eksempel: Forsamlingshuset"

DOCUMENT_TITLE = "Eksempel: Partnerskabsaftale (skabelon)"
DOCUMENT_TEXT = (
    "Eksempel: Partnerskabsaftale mellem lokalsamfundet og Haderslev Kommune\n\n"
    "Dette dokument er et eksempel. Erstat det med den underskrevne aftale.\n\n"
    "Aftalen beskriver, hvordan lokalsamfundet og kommunen bruger og understøtter dialogmodellen: "
    "hvor ofte parterne mødes, hvem der er lokalsamfundets kontaktpersoner, og hvordan forslag til "
    "udvikling af lokalområdet bliver afvejet ud fra fællesskabets interesser.\n"
)


def _summary(name):
    return (
        f"Eksempel: Borgerforeningen i {name} samler lokalsamfundet og taler med kommunen om "
        "udviklingen af området."
    )


def _villages(name):
    return [part.strip() for part in name.split("/")]


def _chair(name):
    return f"Eksempel: Formand for {name}"


def _organisation(name):
    return f"Borgerforeningen i {name}"


def _example_document(report: SeedReport):
    document_model = get_document_model()
    document = document_model.objects.filter(title=DOCUMENT_TITLE).first()
    if document is not None:
        report.add(False, DOCUMENT_TITLE)
        return document
    document = document_model(title=DOCUMENT_TITLE)
    document.file.save(
        "eksempel-partnerskabsaftale.txt", ContentFile(DOCUMENT_TEXT.encode()), save=False
    )
    document._set_document_file_metadata()
    document.save()
    report.add(True, f"dokument: {DOCUMENT_TITLE}")
    return document


def seed(report: SeedReport) -> None:
    locale = source_locale()
    home = HomePage.objects.get(locale=locale, depth=2)
    # The rural-district coordinator (example contact, shared with the funding pools) answers
    # questions about local councils and partnership agreements.
    coordinator = contact(report, **funding.COORDINATOR)
    index = ensure_page(
        report,
        home,
        LocalCouncilIndexPage,
        INDEX["slug"],
        show_in_menus=False,
        contact=coordinator,
        **{k: v for k, v in INDEX.items() if k != "slug"},
    )
    areas = {
        key: ensure_snippet(
            report,
            LocalArea,
            {"slug": data["slug"]},
            name=data["name"],
            description=data["description"],
        )
        for key, data in AREAS.items()
    }
    document = _example_document(report)
    development = initiative("bosaetning-og-levesteder", "udvikling-i-landdistrikterne")
    partnerships = initiative("bosaetning-og-levesteder", "partnerskabsaftaler")
    local_councils = initiative("synlighed", "lokale-raad")

    for number, (name, area_key) in enumerate(COMMUNITIES):
        slug = danish_slug(name)
        if index.get_children().filter(slug=slug).exists():
            report.add(False, slug)
            continue
        chair = contact(
            report,
            _chair(name),
            role="Formand",
            organisation=_organisation(name),
            email=f"{slug}@example.org",
            may_publish=True,
        )
        contacts = [LocalCouncilContact(contact=chair)]
        if number == 0:
            # Shows the consent rule: a contact without consent is stored but never shown.
            treasurer = contact(
                report,
                f"Eksempel: Kasserer i {name}",
                role="Kasserer",
                organisation=_organisation(name),
                email=f"kasserer-{slug}@example.org",
                may_publish=False,
            )
            contacts.append(LocalCouncilContact(contact=treasurer))

        partnership = {"partnership_status": PartnershipStatus.NONE}
        links = [development, local_councils]
        if name in SIGNED:
            partnership = {
                "partnership_status": PartnershipStatus.SIGNED,
                "partnership_signed_on": days_from_today(-SIGNED[name]),
                "partnership_document": document,
                "partnership_summary": PARTNERSHIP_SIGNED,
            }
            links.append(partnerships)
        elif name in IN_DIALOGUE:
            partnership = {
                "partnership_status": PartnershipStatus.IN_DIALOGUE,
                "partnership_summary": PARTNERSHIP_DIALOGUE,
            }
            links.append(partnerships)

        evening = datetime.time(19, 0)
        meetings = [
            # A past meeting: stored, and hidden from the public page by its date.
            LocalCouncilMeeting(
                locale=locale,
                starts_at=local_datetime(days_from_today(-20 - number), evening),
                title=MEETING_BOARD,
                location=MEETING_PLACE,
                is_public=False,
            ),
            LocalCouncilMeeting(
                locale=locale,
                starts_at=local_datetime(days_from_today(10 + number * 2), evening),
                title=MEETING_BOARD,
                location=MEETING_PLACE,
                is_public=False,
            ),
            LocalCouncilMeeting(
                locale=locale,
                starts_at=local_datetime(days_from_today(40 + number * 3), evening),
                title=MEETING_CITIZENS,
                location=MEETING_PLACE,
                is_public=True,
            ),
        ]
        ensure_page(
            report,
            index,
            LocalCouncilPage,
            slug,
            is_example=True,  # contacts, meetings and agreements are examples
            title=name,
            summary=_summary(name),
            area=areas[area_key],
            villages="\n".join(_villages(name)),
            focus=FOCUS,
            meeting_practice=MEETING_PRACTICE,
            contact_links=contacts,
            meetings=meetings,
            initiative_links=[LocalCouncilInitiative(initiative=page) for page in links],
            **partnership,
        )


TRANSLATIONS_EN = {
    INDEX["title"]: "Local councils and local communities",
    INDEX["intro"]: (
        "Haderslev Municipality works with its rural districts through citizens' associations and "
        "village councils. Here you will find the local communities, their contact persons and "
        "meetings – and the status of their partnership agreements with the municipality."
    ),
    (
        "Politikken lægger op til, at der oprettes lokale råd i det omfang, det skønnes "
        "nødvendigt, og at lokalsamfund, der ønsker det, samarbejder med kommunen omkring "
        "anvendelse og understøttelse af dialogmodellen (partnerskabsaftaler)."
    ): (
        "The policy proposes that local councils are set up to the extent judged necessary, and "
        "that local communities that wish to do so cooperate with the municipality on using and "
        "supporting the dialogue model (partnership agreements)."
    ),
    (
        "Kommunen har 28 landdistrikter, og 27 lokalsamfund deltager i borgerbudgetteringen. I "
        "kommuneplanen er kommunen delt i 14 lokalområder. Landdistriktskoordinatoren sidder på "
        "Christian X's Vej 39, 6100 Haderslev."
    ): (
        "The municipality has 28 rural districts, and 27 local communities take part in citizens' "
        "budgeting. The municipal plan divides the municipality into 14 local areas. The "
        "rural-district coordinator is based at Christian X's Vej 39, 6100 Haderslev."
    ),
    (
        "Eksempel: Områderne, kontaktpersonerne, møderne og aftalerne på lokalrådenes sider er "
        "eksempler, som lokalsamfundene og redaktionen erstatter med de rigtige oplysninger. "
        "Listen rummer de lokalsamfund, vi kender navnene på."
    ): (
        "Example: The areas, contact persons, meetings and agreements on the local councils' pages "
        "are examples that the local communities and the editors will replace with the real "
        "details. The list holds the local communities whose names we know."
    ),
    "Eksempel: Landdistrikterne omkring Haderslev": "Example: The rural districts around Haderslev",
    "Eksempel: Landdistrikterne omkring Vojens": "Example: The rural districts around Vojens",
    "Eksempel: Landdistrikterne omkring Gram": "Example: The rural districts around Gram",
    "Eksempel: En gruppering til oversigten. Erstat den med kommuneplanens lokalområder.": (
        "Example: A grouping for the overview. Replace it with the local areas of the municipal "
        "plan."
    ),
    "Eksempel: Borgerbudgettering – lokalsamfundets egne projekter": (
        "Example: Citizens' budgeting – the local community's own projects"
    ),
    "Eksempel: Forsamlingshuset, legepladsen og stierne": (
        "Example: The village hall, the playground and the paths"
    ),
    "Eksempel: Velkomst til nye borgere": "Example: Welcoming new residents",
    "Eksempel: Dialogen med kommunen om udviklingen af lokalområdet": (
        "Example: The dialogue with the municipality on developing the local area"
    ),
    MEETING_PRACTICE: (
        "Example: The board meets about once a month. The annual general meeting and the "
        "citizens' meeting on the citizens' budget are open to everyone."
    ),
    PARTNERSHIP_SIGNED: (
        "Example: The local community and the municipality meet twice a year about the dialogue "
        "model, and the citizens' association is the municipality's point of contact for the area."
    ),
    PARTNERSHIP_DIALOGUE: (
        "Example: The local community and the municipality are discussing what a partnership "
        "agreement on the dialogue model could look like."
    ),
    MEETING_BOARD: "Example: Board meeting",
    MEETING_CITIZENS: "Example: Citizens' meeting on the citizens' budget",
    MEETING_PLACE: "Example: The village hall",
    "Formand": "Chair",
    "Kasserer": "Treasurer",
    DOCUMENT_TITLE: "Example: Partnership agreement (template)",
}

for _name, _area in COMMUNITIES:
    TRANSLATIONS_EN[_name] = _name  # place names stay as they are
    TRANSLATIONS_EN[_summary(_name)] = (
        f"Example: The citizens' association in {_name} brings the local community together and "
        "talks with the municipality about the development of the area."
    )
    TRANSLATIONS_EN[_organisation(_name)] = f"The citizens' association in {_name}"
