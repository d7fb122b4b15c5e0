# ruff: noqa: E501  (seed modules hold the policy's prose; long sentences stay whole, as in seed.py)
"""Seed the activities calendar with the annual events the policy names, and two others from
public sources, at example dates relative to today.

Real: Fælles Forum (the city council's annual dialogue meeting with all volunteer actors), the
municipality's annual citizens' meeting for its volunteers, the annual volunteer party where
jubilarians (10+ years) are honoured and the health prize is given, volunteer cafés at
Sundhedscenter Vojens, Kultur & Fritid's Talent- og Frivilligheds Award, and the addresses of the
city hall and Sundhedscenter Haderslev. Dates, times, venues that are not known and sign-up details
are example content, marked "Eksempel:".
"""

import datetime

from home.models import Contact, HomePage
from home.seeding import SeedReport, ensure_page, paragraphs, source_locale
from initiatives.models import EventIndexPage, EventInitiative, EventPage, local_datetime

from .common import days_from_today, initiative, petals

INDEX = {
    "slug": "aktivitetskalender",
    "title": "Aktivitetskalender",
    "intro": (
        "Arrangementer for frivillige, foreninger og alle andre, der vil være med – fra byrådets "
        "årlige dialogmøde til festen for ildsjæle og jubilarer."
    ),
    "body": paragraphs(
        "<p>Politikken lægger op til et internetbaseret møde- og netværkssted, der blandt andet "
        "muliggør annoncering af aktiviteter. Kalenderen samler de årlige arrangementer, "
        "politikken nævner, og andre aktiviteter for frivillige.</p>"
    ),
}

CITY_HALL = {
    "venue": "Eksempel: Haderslev Rådhus",
    "street_address": "Gåskærgade 26-28",
    "postal_code": "6100",
    "locality": "Haderslev",
}

EVENTS = [
    {
        "slug": "faelles-forum",
        "title": "Fælles Forum – byrådets dialogmøde med de frivillige",
        "summary": (
            "Byrådet inviterer alle frivillige aktører i kommunen til det årlige dialogmøde, hvor "
            "ønsker og rammer for den frivillige indsats drøftes."
        ),
        "days": 45,
        "times": (datetime.time(17, 0), datetime.time(20, 0)),
        "place": CITY_HALL,
        "organiser": "Haderslev Byråd",
        "signup_info": (
            "Tilmeld dig her på siden senest en uge før. Eksempel: Der er plads til 120 deltagere."
        ),
        "signup_days_before": 7,
        "registration": {"registration_capacity": 120, "registration_max_guests": 0},
        "contact": True,
        "body": paragraphs(
            "<p>Fælles Forum er byrådets årlige dialogmøde med alle frivillige aktører i "
            "kommunen. Her drøftes ønsker og rammer for den frivillige indsats.</p>",
            "<p>Som en del af Fælles Forum drøftes også, hvordan det samlede "
            "frivillighedsområde organiseres i råd og bestyrelser, og om der skal oprettes "
            "lokale råd.</p>",
        ),
        "petals": ["synlighed"],
        "initiatives": [
            ("synlighed", "faelles-forum"),
            ("synlighed", "organisering-af-frivillighedsomraadet"),
            ("synlighed", "lokale-raad"),
        ],
    },
    {
        "slug": "borgermoede-for-frivillige",
        "title": "Borgermøde for kommunens frivillige",
        "summary": (
            "Kommunens årlige borgermøde for de frivillige om samspillet mellem "
            "fagprofessionelle og frivillige."
        ),
        "days": 75,
        "times": (datetime.time(18, 30), datetime.time(21, 0)),
        "place": {
            "venue": "Eksempel: Sundhedscenter Haderslev",
            "street_address": "Clausensvej",
            "postal_code": "6100",
            "locality": "Haderslev",
        },
        "organiser": "Haderslev Kommune",
        "signup_info": (
            "Tilmeld dig her på siden. Eksempel: Der er plads til 80 deltagere, og du må tage en "
            "ledsager med."
        ),
        "signup_days_before": 3,
        "registration": {"registration_capacity": 80, "registration_max_guests": 1},
        "contact": True,
        "body": paragraphs(
            "<p>For at udvikle samspillet mellem fagprofessionelle og frivillige arrangerer "
            "kommunen et årligt borgermøde for kommunens frivillige. Mødet har fokus på "
            "samarbejdsudfordringer og udvikling i samarbejdsflader.</p>"
        ),
        "petals": ["sundhed-og-baeredygtighed"],
        "initiatives": [
            ("sundhed-og-baeredygtighed", "aarligt-borgermoede-for-frivillige"),
            ("sundhed-og-baeredygtighed", "samarbejdsudfordringer"),
        ],
    },
    {
        "slug": "frivilligfest",
        "title": "Frivilligfest for ildsjæle og jubilarer",
        "summary": (
            "Den årlige frivilligfest for FrivilligCenter Haderslevs medlemsforeninger, hvor "
            "foreningslivets ildsjæle og jubilarer hyldes."
        ),
        "days": 110,
        "times": (datetime.time(18, 0), datetime.time(23, 0)),
        "place": {
            "venue": "Eksempel: Haderslev Idrætscenter",
            "street_address": "",
            "postal_code": "6100",
            "locality": "Haderslev",
        },
        "organiser": "FrivilligCenter Haderslev",
        "signup_info": (
            "Eksempel: Medlemsforeningerne tilmelder deres frivillige gennem FrivilligCenter "
            "Haderslev."
        ),
        "signup_days_before": 21,
        "body": paragraphs(
            "<p>Foreningslivets ildsjæle og jubilarer hyldes ved årlige arrangementer. Omkring "
            "500 gæster deltager i frivilligfesten. Frivillige med mere end 10 års indsats hyldes "
            "som jubilarer, og Sundhedsprisen på 10.000 kr. bliver uddelt.</p>"
        ),
        "petals": ["synlighed"],
        "initiatives": [("synlighed", "hyldest-af-ildsjaele-og-jubilarer")],
    },
    {
        "slug": "frivilligcafe-i-vojens",
        "title": "Frivilligcafé i Sundhedscenter Vojens",
        "summary": (
            "Eksempel: En eftermiddag, hvor frivillige og borgere mødes over en kop kaffe og "
            "hører om mulighederne for at gøre en frivillig indsats."
        ),
        "days": 12,
        "times": (datetime.time(14, 0), datetime.time(16, 0)),
        "place": {
            "venue": "Sundhedscenter Vojens",
            "street_address": "",
            "postal_code": "6500",
            "locality": "Vojens",
        },
        "organiser": "Eksempel: FrivilligCenter Haderslev",
        "signup_info": "Eksempel: Alle er velkomne. Tilmelding er ikke nødvendig.",
        "body": paragraphs(
            "<p>Frivillige mødes og danner netværk på fysiske steder som FrivilligCenter "
            "Haderslev og Selvhjælp Haderslev, de kommende sundhedscentre, biblioteker og "
            "lignende. Der har været holdt frivilligcaféer i Sundhedscenter Vojens.</p>"
        ),
        "petals": ["sundhed-og-baeredygtighed", "sammenhaeng-og-tilgaengelighed"],
        "initiatives": [("sammenhaeng-og-tilgaengelighed", "fysiske-moedesteder")],
    },
    {
        "slug": "talent-og-frivilligheds-award",
        "title": "Talent- og Frivilligheds Award",
        "summary": "Kultur & Fritids årlige pris til talenter og frivillige i foreningslivet.",
        "days": -40,
        "times": (datetime.time(19, 0), datetime.time(21, 0)),
        "place": CITY_HALL,
        "organiser": "Haderslev Kommune, Kultur & Fritid",
        "signup_info": "Eksempel: Tilmelding her på siden; der var plads til 150 gæster.",
        "registration": {"registration_capacity": 150, "registration_max_guests": 2},
        "body": paragraphs(
            "<p>Eksempel: Prisen blev uddelt ved et arrangement, hvor foreningslivets talenter og "
            "frivillige blev hyldet.</p>"
        ),
        "petals": ["synlighed"],
        "initiatives": [("synlighed", "hyldest-af-ildsjaele-og-jubilarer")],
    },
]


def seed(report: SeedReport) -> None:
    locale = source_locale()
    home = HomePage.objects.get(locale=locale, depth=2)
    # The volunteer consultant seeded with the initiatives (example content) answers questions.
    consultant = Contact.objects.filter(
        locale=locale, name="Eksempel: Frivillighedskonsulent"
    ).first()
    index = ensure_page(
        report,
        home,
        EventIndexPage,
        INDEX["slug"],
        show_in_menus=False,
        contact=consultant,
        **{k: v for k, v in INDEX.items() if k != "slug"},
    )
    for data in EVENTS:
        if index.get_children().filter(slug=data["slug"]).exists():
            report.add(False, data["slug"])
            continue
        day = days_from_today(data["days"])
        start_time, end_time = data["times"]
        signup_deadline = None
        if "signup_days_before" in data:
            signup_deadline = day - datetime.timedelta(days=data["signup_days_before"])
        ensure_page(
            report,
            index,
            EventPage,
            data["slug"],
            is_example=True,  # dates and times are examples relative to the seeding day
            title=data["title"],
            summary=data["summary"],
            start=local_datetime(day, start_time),
            end=local_datetime(day, end_time),
            organiser=data["organiser"],
            signup_info=data["signup_info"],
            signup_deadline=signup_deadline,
            registration_enabled="registration" in data,
            **data.get("registration", {}),
            contact=consultant if data.get("contact") else None,
            body=data["body"],
            petals=petals(*data["petals"]),
            initiative_links=[
                EventInitiative(initiative=initiative(*key)) for key in data["initiatives"]
            ],
            **data["place"],
        )


TRANSLATIONS_EN = {
    INDEX["title"]: "Activities calendar",
    INDEX["intro"]: (
        "Events for volunteers, associations and everyone else who wants to take part – from the "
        "city council's annual dialogue meeting to the celebration of local champions and "
        "long-serving volunteers."
    ),
    (
        "Politikken lægger op til et internetbaseret møde- og netværkssted, der blandt andet "
        "muliggør annoncering af aktiviteter. Kalenderen samler de årlige arrangementer, "
        "politikken nævner, og andre aktiviteter for frivillige."
    ): (
        "The policy proposes an online meeting place and network that, among other things, makes "
        "it possible to announce activities. The calendar brings together the annual events the "
        "policy names and other activities for volunteers."
    ),
    "Eksempel: Haderslev Rådhus": "Example: Haderslev City Hall",
    "Eksempel: Sundhedscenter Haderslev": "Example: Sundhedscenter Haderslev (health centre)",
    "Eksempel: Haderslev Idrætscenter": "Example: Haderslev Idrætscenter (sports centre)",
    "Sundhedscenter Vojens": "Sundhedscenter Vojens (health centre)",
    "Haderslev Byråd": "Haderslev City Council",
    "Haderslev Kommune": "Haderslev Municipality",
    "FrivilligCenter Haderslev": "FrivilligCenter Haderslev (volunteer centre)",
    "Eksempel: FrivilligCenter Haderslev": "Example: FrivilligCenter Haderslev (volunteer centre)",
    "Haderslev Kommune, Kultur & Fritid": "Haderslev Municipality, Culture and Leisure",
    # Fælles Forum
    "Fælles Forum – byrådets dialogmøde med de frivillige": (
        "Fælles Forum – the city council's dialogue meeting with volunteers"
    ),
    (
        "Byrådet inviterer alle frivillige aktører i kommunen til det årlige dialogmøde, hvor "
        "ønsker og rammer for den frivillige indsats drøftes."
    ): (
        "The city council invites all volunteer actors in the municipality to the annual dialogue "
        "meeting, where wishes and frameworks for voluntary work are discussed."
    ),
    "Tilmeld dig her på siden senest en uge før. Eksempel: Der er plads til 120 deltagere.": (
        "Sign up here on this page no later than a week before. Example: There is room for 120 "
        "participants."
    ),
    (
        "Fælles Forum er byrådets årlige dialogmøde med alle frivillige aktører i kommunen. Her "
        "drøftes ønsker og rammer for den frivillige indsats."
    ): (
        "Fælles Forum is the city council's annual dialogue meeting with all volunteer actors in "
        "the municipality. Wishes and frameworks for voluntary work are discussed here."
    ),
    (
        "Som en del af Fælles Forum drøftes også, hvordan det samlede frivillighedsområde "
        "organiseres i råd og bestyrelser, og om der skal oprettes lokale råd."
    ): (
        "As part of Fælles Forum, the meeting also discusses how the whole volunteer sector is "
        "organised in councils and boards, and whether local councils should be set up."
    ),
    # Borgermøde
    "Borgermøde for kommunens frivillige": "Citizens' meeting for the municipality's volunteers",
    (
        "Kommunens årlige borgermøde for de frivillige om samspillet mellem fagprofessionelle og "
        "frivillige."
    ): (
        "The municipality's annual citizens' meeting for volunteers on the interplay between "
        "professionals and volunteers."
    ),
    (
        "Tilmeld dig her på siden. Eksempel: Der er plads til 80 deltagere, og du må tage en "
        "ledsager med."
    ): (
        "Sign up here on this page. Example: There is room for 80 participants, and you may bring "
        "one guest."
    ),
    "Eksempel: Tilmelding her på siden; der var plads til 150 gæster.": (
        "Example: Sign-up on this page; there was room for 150 guests."
    ),
    (
        "For at udvikle samspillet mellem fagprofessionelle og frivillige arrangerer kommunen et "
        "årligt borgermøde for kommunens frivillige. Mødet har fokus på samarbejdsudfordringer og "
        "udvikling i samarbejdsflader."
    ): (
        "To develop the interplay between professionals and volunteers, the municipality holds an "
        "annual citizens' meeting for its volunteers. The meeting focuses on the challenges of "
        "working together and on developing new ways of cooperating."
    ),
    # Frivilligfest
    "Frivilligfest for ildsjæle og jubilarer": (
        "Volunteer party for local champions and long-serving volunteers"
    ),
    (
        "Den årlige frivilligfest for FrivilligCenter Haderslevs medlemsforeninger, hvor "
        "foreningslivets ildsjæle og jubilarer hyldes."
    ): (
        "The annual volunteer party for FrivilligCenter Haderslev's member associations, where "
        "the local champions and long-serving volunteers of club life are celebrated."
    ),
    (
        "Eksempel: Medlemsforeningerne tilmelder deres frivillige gennem FrivilligCenter Haderslev."
    ): "Example: The member associations sign up their volunteers through FrivilligCenter Haderslev.",
    (
        "Foreningslivets ildsjæle og jubilarer hyldes ved årlige arrangementer. Omkring 500 gæster "
        "deltager i frivilligfesten. Frivillige med mere end 10 års indsats hyldes som jubilarer, "
        "og Sundhedsprisen på 10.000 kr. bliver uddelt."
    ): (
        "The local champions and long-serving volunteers of club life are celebrated at annual "
        "events. About 500 guests attend the volunteer party. Volunteers with more than 10 years "
        "of service are honoured, and the health prize (Sundhedsprisen) of DKK 10,000 is awarded."
    ),
    # Frivilligcafé
    "Frivilligcafé i Sundhedscenter Vojens": "Volunteer café at Sundhedscenter Vojens",
    (
        "Eksempel: En eftermiddag, hvor frivillige og borgere mødes over en kop kaffe og hører om "
        "mulighederne for at gøre en frivillig indsats."
    ): (
        "Example: An afternoon where volunteers and citizens meet over a cup of coffee and hear "
        "about the opportunities to volunteer."
    ),
    "Eksempel: Alle er velkomne. Tilmelding er ikke nødvendig.": (
        "Example: Everyone is welcome. No need to sign up."
    ),
    (
        "Frivillige mødes og danner netværk på fysiske steder som FrivilligCenter Haderslev og "
        "Selvhjælp Haderslev, de kommende sundhedscentre, biblioteker og lignende. Der har været "
        "holdt frivilligcaféer i Sundhedscenter Vojens."
    ): (
        "Volunteers meet and build networks at physical places such as FrivilligCenter Haderslev "
        "and Selvhjælp Haderslev, the new health centres, libraries and the like. Volunteer cafés "
        "have been held at Sundhedscenter Vojens."
    ),
    # Award
    "Talent- og Frivilligheds Award": "Talent and Volunteering Award",
    "Kultur & Fritids årlige pris til talenter og frivillige i foreningslivet.": (
        "Culture and Leisure's annual award for talents and volunteers in club life."
    ),
    (
        "Eksempel: Prisen blev uddelt ved et arrangement, hvor foreningslivets talenter og "
        "frivillige blev hyldet."
    ): (
        "Example: The award was presented at an event celebrating the talents and volunteers of "
        "club life."
    ),
}
