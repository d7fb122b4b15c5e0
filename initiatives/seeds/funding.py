# ruff: noqa: E501  (seed modules hold the policy's prose; long sentences stay whole, as in seed.py)
"""Seed the funding pools with the public facts in FACTS.md, the guide "Sådan søger du
puljemidler", and the pools' index.

Real (from public sources, some years old): each pool's purpose, who may apply, what it funds,
the amounts, the Facilitetspulje's deadlines (15 January, and 1 November for remaining funds) and
that applications for several pools go through Conventus. Deadlines that are not known for the
current year are example dates relative to today, their note starting with "Eksempel:".
"""

import datetime

from home.models import HomePage
from home.seeding import SeedReport, bullet_list, ensure_page, paragraphs, source_locale
from initiatives.models import (
    ApplicantCode,
    ApplicantType,
    FundingDeadline,
    FundingGuideInitiative,
    FundingGuidePage,
    FundingPoolIndexPage,
    FundingPoolInitiative,
    FundingPoolPage,
    FundingPurpose,
    PurposeCode,
)

from .common import contact, days_from_today, initiative, next_annual, petals

A = ApplicantCode
P = PurposeCode


def _question(question, *answer_paragraphs):
    """One FAQ item (question and rich-text answer) for a `faq` StreamField."""
    answer = "".join(f"<p>{text}</p>" for text in answer_paragraphs)
    return {"type": "question", "value": {"question": question, "answer": answer}}


# The questions applicants ask. Answers state the policy and the public facts in FACTS.md;
# anything not known from those is marked "Eksempel:" (example content) until it is checked.
GUIDE_FAQ = [
    _question(
        "Kan kommunen hjælpe os med ansøgningen?",
        "Ja. Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af "
        "puljemidler og lignende. Kontakt os i god tid før fristen, så vi kan nå at hjælpe.",
    ),
    _question(
        "Skal vi være en forening for at søge?",
        "Nej, ikke til alle puljer. §18-midlerne og Landdistriktspuljen kan også søges af grupper "
        "af borgere, og Landsbyfornyelse af borgere og grundejere. Se under »Hvem kan søge?« på "
        "den enkelte pulje.",
    ),
    _question(
        "Hvordan sender vi ansøgningen?",
        "Ansøgninger til flere af kommunens puljer sendes gennem foreningssystemet Conventus. "
        "Puljens side fortæller, hvordan du søger netop den pulje.",
    ),
    _question(
        "Kan vi få støtte til drift eller lønninger?",
        "Det afhænger af puljen. Landdistriktspuljen giver for eksempel ikke støtte til "
        "driftsudgifter. Se »Det kan du ikke søge til« på puljens side.",
    ),
    _question(
        "Hvad sker der, når projektet er gennemført?",
        "Til Landdistriktspuljen sender I en afrapportering senest et år efter, at projektet er "
        "gennemført.",
        "Eksempel: Andre puljer beder også om en kort afrapportering. Puljens side fortæller, "
        "hvad der gælder.",
    ),
    _question(
        "Hvornår får vi svar på ansøgningen?",
        "Eksempel: Behandlingstiden efter en frist varierer fra pulje til pulje. Spørg kommunen, "
        "hvis I skal bruge pengene til en bestemt dato.",
    ),
]

SECTION_18_FAQ = [
    _question(
        "Kan vi søge til et projekt over flere år?",
        "Ja. Puljen kan støtte projekter på op til 3 år.",
    ),
    _question(
        "Hvor meget plejer man at få?",
        "I 2017 fik ansøgerne mellem 2.000 og 40.000 kr. 74 af 78 ansøgninger fik støtte.",
    ),
]

RURAL_FAQ = [
    _question(
        "Hvad tæller som landdistrikt?",
        "Hele kommunen uden for Haderslev by, Vojens og Gram.",
    ),
    _question(
        "Kan vi søge til driftsudgifter?",
        "Nej. Puljen støtter projekter til gavn for almenheden, ikke drift.",
    ),
    _question(
        "Hvornår skal vi afrapportere?",
        "Senest et år efter, at projektet er gennemført.",
    ),
]

FACILITIES_FAQ = [
    _question(
        "Hvor stor en del af udgifterne kan vi få dækket?",
        "Selvejende faciliteter kan højst få støtte til 50 % af udgifterne.",
    ),
    _question(
        "Hvad gør vi ved en akut skade på bygningen?",
        "Der er en akutpulje på 100.000 kr.",
        "Eksempel: Kontakt Kultur & Fritid, hvis bygningen for eksempel får en vandskade, så "
        "hjælper vi jer med at søge.",
    ),
]


INDEX = {
    "slug": "puljemidler",
    "title": "Puljemidler",
    "intro": (
        "Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af "
        "puljemidler. Her kan du selv finde puljerne, se hvilke der er åbne nu, og holde øje med "
        "de næste frister."
    ),
    "body": paragraphs(
        "<p>Beløb og frister bygger på kommunens offentlige oplysninger fra tidligere år. Frister "
        "med en bemærkning, der begynder med »Eksempel«, er endnu ikke bekræftet. Tjek altid "
        "puljens aktuelle regler, før du søger.</p>"
    ),
}

GUIDE = {
    "slug": "saadan-soeger-du-puljemidler",
    "title": "Sådan søger du puljemidler",
    "intro": (
        "Svar på tre korte spørgsmål, så finder vi de puljer, der passer til jer. Kommunale "
        "medarbejdere kan også hjælpe jer med ansøgningen."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Gode råd, før du søger", "level": "h2"}},
        {
            "type": "paragraph",
            "value": bullet_list(
                [
                    "Læs puljens formål og kriterier, og tjek, hvem der kan søge.",
                    "Søg i god tid – fristen er den sidste dag, du kan søge.",
                    "Beskriv kort, hvad I vil, hvem det gavner, og hvad det koster.",
                    "Spørg kommunen, hvis du er i tvivl. Kommunale medarbejdere kan være "
                    "behjælpelige i processen omkring ansøgning af puljemidler.",
                ]
            ),
        },
    ],
    "faq": GUIDE_FAQ,
}

HELPER = {
    "name": "Eksempel: Puljevejleder",
    "role": "Eksempel: Hjælper foreninger og borgere med at søge puljemidler",
    "organisation": "Haderslev Kommune",
    "email": "puljer@example.org",
    "may_publish": True,
}
COORDINATOR = {
    "name": "Eksempel: Landdistriktskoordinator",
    "role": "Landdistriktskoordinator",
    "organisation": "Haderslev Kommune",
    "email": "landdistrikter@example.org",
    "may_publish": True,
}


def _step(title, text):
    return {"type": "step", "value": {"title": title, "text": text}}


STEP_READ = _step("Læs kriterierne", "Se, hvem der kan søge, og hvad puljen støtter.")
STEP_HELP = _step(
    "Få hjælp, hvis du har brug for det",
    "Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af puljemidler. "
    "Kontakt os i god tid før fristen.",
)
STEP_APPLY = _step(
    "Send ansøgningen før fristen",
    "Ansøgninger til flere af kommunens puljer sendes gennem foreningssystemet Conventus.",
)
STEP_REPORT = _step(
    "Fortæl, hvordan det gik",
    "Eksempel: Når projektet er gennemført, sender du en kort afrapportering til kommunen.",
)
STEP_REPORT_RURAL = _step(
    "Afrapportér inden et år",
    "Når projektet er gennemført, sender du en afrapportering senest et år efter.",
)

EXAMPLE_DEADLINE = "Eksempel: Frist – ret datoen, når den er kendt."
SECTION_18_DEADLINE = (
    "Eksempel: Fristen var 24. april i 2017 – ret datoen, når årets frist er kendt."
)
CITIZENS_BUDGET_DEADLINE = (
    "Eksempel: Tilmelding til årets runde. I 2021 var tilmeldingen i april og afrapporteringen i "
    "maj–september."
)
VILLAGE_RENEWAL_DEADLINE = (
    "Eksempel: Fristen var 1. september i 2023 – ret datoen, når årets frist er kendt."
)
REMAINING_FUNDS = "Restmidler"


def _citizens_budget_window():
    """An example April sign-up window: this year's if it has not ended, else next year's."""
    deadline = next_annual(4, 30)
    return {"opens_on": datetime.date(deadline.year, 4, 1), "deadline": deadline}


POOLS = [
    {
        "slug": "paragraf-18-midler",
        "title": "§18-midler til frivilligt socialt arbejde",
        "summary": (
            "Støtte til foreninger, organisationer og grupper, der laver frivilligt socialt "
            "arbejde i Haderslev Kommune."
        ),
        "purpose": (
            "<p>Efter servicelovens § 18 samarbejder kommunen med frivillige sociale foreninger "
            "og organisationer og afsætter hvert år penge til at støtte det frivillige sociale "
            "arbejde.</p>"
        ),
        "applicants": [A.ASSOCIATION, A.CITIZEN_GROUP],
        "purposes": [P.SOCIAL, P.ACTIVITIES],
        "eligibility": (
            "<p>Private foreninger, organisationer eller grupper, der udfører frivilligt socialt "
            "arbejde i Haderslev Kommune.</p>"
        ),
        "funded": bullet_list(
            [
                "Rådgivning",
                "Besøgsvenner",
                "Væresteder og sociale caféer",
                "Selvhjælpsgrupper",
                "Projekter på op til 3 år",
                "Rekruttering og anerkendelse af frivillige",
            ]
        ),
        "amount_min": 2000,
        "amount_max": 40000,
        "amount_note": "I 2017 fik 74 af 78 ansøgninger støtte – i alt 472.000 kr.",
        "deadlines": lambda: [{"deadline": next_annual(4, 24), "note": SECTION_18_DEADLINE}],
        "steps": [STEP_READ, STEP_HELP, STEP_APPLY, STEP_REPORT],
        "faq": SECTION_18_FAQ,
        "contact": "helper",
        "petals": ["sundhed-og-baeredygtighed"],
        "initiatives": [
            ("synlighed", "hjaelp-til-puljemidler"),
            ("sundhed-og-baeredygtighed", "sundhedsfremme-og-forebyggelse"),
        ],
    },
    {
        "slug": "landdistriktspuljen",
        "title": "Landdistriktspuljen",
        "summary": (
            "Støtte til projekter, der styrker bosætning, arbejdspladser, turisme, transport, "
            "kultur eller samarbejde i landdistrikterne."
        ),
        "purpose": (
            "<p>Landdistriktspuljen støtter projekter, der styrker bosætning, arbejdspladser, "
            "turisme, transport, kultur eller samarbejde i kommunens landdistrikter.</p>"
        ),
        "applicants": [A.ASSOCIATION, A.LOCAL_COMMUNITY, A.CITIZEN_GROUP],
        "purposes": [P.COMMUNITY, P.ACTIVITIES],
        "eligibility": (
            "<p>Projekter i landdistrikterne – det vil sige uden for Haderslev by, Vojens og "
            "Gram. Projektet skal være til gavn for almenheden.</p>"
        ),
        "funded": bullet_list(
            [
                "Projekter til gavn for almenheden i landdistrikterne",
                "Projekter, der styrker bosætning, arbejdspladser, turisme, transport, kultur "
                "eller samarbejde",
            ]
        ),
        "not_funded": bullet_list(["Driftsudgifter", "Projekter i Haderslev by, Vojens og Gram"]),
        "amount_min": 25000,
        "amount_note": "Puljen var på 900.000 kr. i alt i 2024.",
        "deadlines": lambda: [{"deadline": days_from_today(45), "note": EXAMPLE_DEADLINE}],
        "steps": [STEP_READ, STEP_HELP, STEP_APPLY, STEP_REPORT_RURAL],
        "faq": RURAL_FAQ,
        "contact": "coordinator",
        "petals": ["bosaetning-og-levesteder", "sammenhaeng-og-tilgaengelighed"],
        "initiatives": [
            ("synlighed", "hjaelp-til-puljemidler"),
            ("bosaetning-og-levesteder", "udvikling-i-landdistrikterne"),
        ],
        "body": paragraphs(
            "<p>Landdistriktskoordinatoren sidder på Christian X's Vej 39, 6100 Haderslev.</p>"
        ),
    },
    {
        "slug": "borgerbudgettering",
        "title": "Borgerbudgettering",
        "summary": (
            "Op til 50.000 kr. pr. landdistrikt til projekter, som borgerne selv vælger på et "
            "borgermøde og ved en lokal afstemning."
        ),
        "purpose": (
            "<p>Med borgerbudgettering bestemmer borgerne selv, hvad pengene skal bruges til i "
            "deres lokalsamfund.</p>"
        ),
        "applicants": [A.LOCAL_COMMUNITY],
        "purposes": [P.COMMUNITY, P.ACTIVITIES],
        "eligibility": (
            "<p>Landdistrikterne. Borgerforeningen står for et borgermøde og en lokal "
            "afstemning, hvor borgerne beslutter, hvilke projekter pengene skal gå til.</p>"
        ),
        "amount_max": 50000,
        "amount_note": "Op til 50.000 kr. pr. landdistrikt. 27 lokalsamfund deltager.",
        "deadlines": lambda: [_citizens_budget_window() | {"note": CITIZENS_BUDGET_DEADLINE}],
        "steps": [
            _step(
                "Tilmeld lokalsamfundet",
                "Borgerforeningen tilmelder lokalsamfundet til årets runde.",
            ),
            _step("Hold borgermøde", "Borgerne foreslår og drøfter projekter på et borgermøde."),
            _step("Stem lokalt", "Borgerne stemmer om, hvilke projekter pengene skal gå til."),
            _step(
                "Afrapportér",
                "Eksempel: Borgerforeningen fortæller kommunen, hvad pengene er brugt til.",
            ),
        ],
        "contact": "coordinator",
        "petals": ["bosaetning-og-levesteder"],
        "initiatives": [
            ("synlighed", "hjaelp-til-puljemidler"),
            ("bosaetning-og-levesteder", "udvikling-i-landdistrikterne"),
        ],
    },
    {
        "slug": "facilitetspuljen",
        "title": "Facilitetspuljen (Kultur & Fritid)",
        "summary": (
            "Støtte til folkeoplysende foreninger og selvejende institutioner til energitiltag, "
            "renovering, udstyr og nye aktiviteter."
        ),
        "purpose": (
            "<p>Facilitetspuljen under Kultur &amp; Fritid giver tilskud til energitiltag, "
            "renovering, udstyr og nye aktiviteter i foreningernes faciliteter.</p>"
        ),
        "applicants": [A.ASSOCIATION, A.INSTITUTION],
        "purposes": [P.FACILITIES, P.ACTIVITIES],
        "eligibility": (
            "<p>Folkeoplysende foreninger og selvejende institutioner. Selvejende faciliteter kan "
            "højst få støtte til 50 % af udgifterne.</p>"
        ),
        "funded": bullet_list(["Energitiltag", "Renovering", "Udstyr", "Nye aktiviteter"]),
        "amount_note": "Der er desuden en akutpulje på 100.000 kr.",
        "deadlines": lambda: [
            {"deadline": next_annual(1, 15), "note": ""},
            {"deadline": next_annual(11, 1), "note": REMAINING_FUNDS},
        ],
        "steps": [STEP_READ, STEP_HELP, STEP_APPLY, STEP_REPORT],
        "faq": FACILITIES_FAQ,
        "contact": "helper",
        "petals": ["sundhed-og-baeredygtighed", "sammenhaeng-og-tilgaengelighed"],
        "initiatives": [("synlighed", "hjaelp-til-puljemidler")],
    },
    {
        "slug": "tilskud-til-forsamlingshuse",
        "title": "Lejetilskud til forsamlingshuse",
        "summary": "Lejetilskud på op til 2.000 kr. pr. arrangement i kommunens forsamlingshuse.",
        "purpose": (
            "<p>Puljen giver forsamlingshusene et lejetilskud på op til 2.000 kr. pr. "
            "arrangement.</p>"
        ),
        "applicants": [A.VILLAGE_HALL],
        "purposes": [P.ACTIVITIES],
        "eligibility": "<p>Forsamlingshusene i kommunen.</p>",
        "amount_max": 2000,
        "amount_note": "225.000 kr. om året, som deles af 17 forsamlingshuse.",
        "deadlines": lambda: [{"deadline": days_from_today(20), "note": EXAMPLE_DEADLINE}],
        "steps": [STEP_READ, STEP_HELP, STEP_APPLY],
        "contact": "helper",
        "petals": ["bosaetning-og-levesteder"],
        "initiatives": [("synlighed", "hjaelp-til-puljemidler")],
    },
    {
        "slug": "landsbyfornyelse",
        "title": "Landsbyfornyelse",
        "summary": (
            "Støtte til istandsættelse, nedrivning og et bedre bymiljø i byer med under 4.000 "
            "indbyggere."
        ),
        "purpose": (
            "<p>Landsbyfornyelse støtter istandsættelse, nedrivning og forbedringer af bymiljøet "
            "i byer med under 4.000 indbyggere.</p>"
        ),
        "applicants": [A.OWNER, A.LOCAL_COMMUNITY],
        "purposes": [P.TOWNSCAPE],
        "eligibility": "<p>Ejendomme og projekter i byer med under 4.000 indbyggere.</p>",
        "funded": bullet_list(["Istandsættelse", "Nedrivning", "Forbedring af bymiljøet"]),
        "deadlines": lambda: [{"deadline": next_annual(9, 1), "note": VILLAGE_RENEWAL_DEADLINE}],
        "steps": [STEP_READ, STEP_HELP, STEP_APPLY],
        "contact": "helper",
        "petals": ["bosaetning-og-levesteder", "sammenhaeng-og-tilgaengelighed"],
        "initiatives": [
            ("synlighed", "hjaelp-til-puljemidler"),
            ("bosaetning-og-levesteder", "udvikling-i-landdistrikterne"),
        ],
    },
]

PAGE_FIELDS = (
    "title",
    "summary",
    "purpose",
    "eligibility",
    "funded",
    "not_funded",
    "amount_min",
    "amount_max",
    "amount_note",
    "steps",
    "faq",
    "body",
)


def seed(report: SeedReport) -> None:
    locale = source_locale()
    home = HomePage.objects.get(locale=locale, depth=2)
    contacts = {
        "helper": contact(report, **HELPER),
        "coordinator": contact(report, **COORDINATOR),
    }
    funding_help = initiative("synlighed", "hjaelp-til-puljemidler")
    index = ensure_page(
        report,
        home,
        FundingPoolIndexPage,
        INDEX["slug"],
        show_in_menus=False,
        contact=contacts["helper"],
        **{k: v for k, v in INDEX.items() if k != "slug"},
    )
    ensure_page(
        report,
        index,
        FundingGuidePage,
        GUIDE["slug"],
        contact=contacts["helper"],
        initiative_links=[FundingGuideInitiative(initiative=funding_help)],
        **{k: v for k, v in GUIDE.items() if k != "slug"},
    )
    applicant_types = {a.code: a for a in ApplicantType.objects.all()}
    purposes = {p.code: p for p in FundingPurpose.objects.all()}
    for data in POOLS:
        if index.get_children().filter(slug=data["slug"]).exists():
            report.add(False, data["slug"])
            continue
        deadlines = data["deadlines"]()
        ensure_page(
            report,
            index,
            FundingPoolPage,
            data["slug"],
            # Deadlines not known for the current year are examples (their note says so).
            is_example=any(row.get("note", "").startswith("Eksempel") for row in deadlines),
            **{name: data[name] for name in PAGE_FIELDS if name in data},
            applicant_types=[applicant_types[code] for code in data["applicants"]],
            purposes=[purposes[code] for code in data["purposes"]],
            contact=contacts[data["contact"]],
            petals=petals(*data["petals"]),
            deadlines=[FundingDeadline(locale=locale, **row) for row in deadlines],
            initiative_links=[
                FundingPoolInitiative(initiative=initiative(*key)) for key in data["initiatives"]
            ],
        )


TRANSLATIONS_EN = {
    INDEX["title"]: "Funding pools",
    INDEX["intro"]: (
        "Municipal staff can help with the process of applying for funding pools. Here you can "
        "find the pools yourself, see which are open now and keep an eye on the next deadlines."
    ),
    (
        "Beløb og frister bygger på kommunens offentlige oplysninger fra tidligere år. Frister med "
        "en bemærkning, der begynder med »Eksempel«, er endnu ikke bekræftet. Tjek altid puljens "
        "aktuelle regler, før du søger."
    ): (
        "Amounts and deadlines are based on the municipality's public information from previous "
        "years. Deadlines with a note beginning with “Example” are not yet confirmed. Always check "
        "the pool's current rules before you apply."
    ),
    GUIDE["title"]: "How to apply for funding",
    GUIDE["intro"]: (
        "Answer three short questions and we will find the pools that suit you. Municipal staff "
        "can also help you with the application."
    ),
    "Gode råd, før du søger": "Good advice before you apply",
    "Læs puljens formål og kriterier, og tjek, hvem der kan søge.": (
        "Read the pool's purpose and criteria, and check who may apply."
    ),
    "Søg i god tid – fristen er den sidste dag, du kan søge.": (
        "Apply in good time – the deadline is the last day you can apply."
    ),
    "Beskriv kort, hvad I vil, hvem det gavner, og hvad det koster.": (
        "Describe briefly what you want to do, who it benefits and what it costs."
    ),
    (
        "Spørg kommunen, hvis du er i tvivl. Kommunale medarbejdere kan være behjælpelige i "
        "processen omkring ansøgning af puljemidler."
    ): (
        "Ask the municipality if you are unsure. Municipal staff can help with the process of "
        "applying for funding pools."
    ),
    HELPER["role"]: "Example: Helps associations and citizens apply for funding",
    COORDINATOR["role"]: "Rural-district coordinator",
    "Haderslev Kommune": "Haderslev Municipality",
    "Læs kriterierne": "Read the criteria",
    "Se, hvem der kan søge, og hvad puljen støtter.": "See who may apply and what the pool supports.",
    "Få hjælp, hvis du har brug for det": "Get help if you need it",
    (
        "Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af "
        "puljemidler. Kontakt os i god tid før fristen."
    ): (
        "Municipal staff can help with the process of applying for funding. Contact us in good "
        "time before the deadline."
    ),
    "Send ansøgningen før fristen": "Send the application before the deadline",
    "Ansøgninger til flere af kommunens puljer sendes gennem foreningssystemet Conventus.": (
        "Applications to several of the municipality's pools are sent through the association "
        "system Conventus."
    ),
    "Fortæl, hvordan det gik": "Tell us how it went",
    "Eksempel: Når projektet er gennemført, sender du en kort afrapportering til kommunen.": (
        "Example: When the project is completed, you send a short report to the municipality."
    ),
    "Afrapportér inden et år": "Report within a year",
    "Når projektet er gennemført, sender du en afrapportering senest et år efter.": (
        "When the project is completed, you send a report no later than a year afterwards."
    ),
    EXAMPLE_DEADLINE: "Example: Deadline – correct the date when it is known.",
    SECTION_18_DEADLINE: (
        "Example: The deadline was 24 April in 2017 – correct the date when this year's deadline "
        "is known."
    ),
    CITIZENS_BUDGET_DEADLINE: (
        "Example: Sign-up for this year's round. In 2021 sign-up was in April and reporting in "
        "May–September."
    ),
    VILLAGE_RENEWAL_DEADLINE: (
        "Example: The deadline was 1 September in 2023 – correct the date when this year's "
        "deadline is known."
    ),
    REMAINING_FUNDS: "Remaining funds",
    # §18-midler
    "§18-midler til frivilligt socialt arbejde": "Section 18 funds for voluntary social work",
    (
        "Støtte til foreninger, organisationer og grupper, der laver frivilligt socialt arbejde i "
        "Haderslev Kommune."
    ): (
        "Support for associations, organisations and groups doing voluntary social work in "
        "Haderslev Municipality."
    ),
    (
        "Efter servicelovens § 18 samarbejder kommunen med frivillige sociale foreninger og "
        "organisationer og afsætter hvert år penge til at støtte det frivillige sociale arbejde."
    ): (
        "Under section 18 of the Social Services Act, the municipality cooperates with voluntary "
        "social associations and organisations and sets aside money every year to support "
        "voluntary social work."
    ),
    (
        "Private foreninger, organisationer eller grupper, der udfører frivilligt socialt arbejde "
        "i Haderslev Kommune."
    ): (
        "Private associations, organisations or groups doing voluntary social work in Haderslev "
        "Municipality."
    ),
    "Rådgivning": "Counselling",
    "Besøgsvenner": "Visiting friends",
    "Væresteder og sociale caféer": "Drop-in centres and social cafés",
    "Selvhjælpsgrupper": "Self-help groups",
    "Projekter på op til 3 år": "Projects of up to 3 years",
    "Rekruttering og anerkendelse af frivillige": "Recruiting and recognising volunteers",
    "I 2017 fik 74 af 78 ansøgninger støtte – i alt 472.000 kr.": (
        "In 2017, 74 of 78 applications were funded – DKK 472,000 in all."
    ),
    # Landdistriktspuljen
    "Landdistriktspuljen": "The Rural Districts Pool (Landdistriktspuljen)",
    (
        "Støtte til projekter, der styrker bosætning, arbejdspladser, turisme, transport, kultur "
        "eller samarbejde i landdistrikterne."
    ): (
        "Support for projects that strengthen settlement, jobs, tourism, transport, culture or "
        "cooperation in the rural districts."
    ),
    (
        "Landdistriktspuljen støtter projekter, der styrker bosætning, arbejdspladser, turisme, "
        "transport, kultur eller samarbejde i kommunens landdistrikter."
    ): (
        "The Rural Districts Pool supports projects that strengthen settlement, jobs, tourism, "
        "transport, culture or cooperation in the municipality's rural districts."
    ),
    (
        "Projekter i landdistrikterne – det vil sige uden for Haderslev by, Vojens og Gram. "
        "Projektet skal være til gavn for almenheden."
    ): (
        "Projects in the rural districts – that is, outside the towns of Haderslev, Vojens and "
        "Gram. The project must benefit the public."
    ),
    "Projekter til gavn for almenheden i landdistrikterne": (
        "Projects for the public benefit in the rural districts"
    ),
    (
        "Projekter, der styrker bosætning, arbejdspladser, turisme, transport, kultur eller "
        "samarbejde"
    ): "Projects that strengthen settlement, jobs, tourism, transport, culture or cooperation",
    "Driftsudgifter": "Running costs",
    "Projekter i Haderslev by, Vojens og Gram": "Projects in the towns of Haderslev, Vojens and Gram",
    "Puljen var på 900.000 kr. i alt i 2024.": "The pool was DKK 900,000 in all in 2024.",
    "Landdistriktskoordinatoren sidder på Christian X's Vej 39, 6100 Haderslev.": (
        "The rural-district coordinator is based at Christian X's Vej 39, 6100 Haderslev."
    ),
    # Borgerbudgettering
    "Borgerbudgettering": "Citizens' budgeting",
    (
        "Op til 50.000 kr. pr. landdistrikt til projekter, som borgerne selv vælger på et "
        "borgermøde og ved en lokal afstemning."
    ): (
        "Up to DKK 50,000 per rural district for projects that the citizens choose themselves at a "
        "citizens' meeting and in a local vote."
    ),
    (
        "Med borgerbudgettering bestemmer borgerne selv, hvad pengene skal bruges til i deres "
        "lokalsamfund."
    ): (
        "With citizens' budgeting, the citizens decide for themselves what the money is spent on "
        "in their local community."
    ),
    (
        "Landdistrikterne. Borgerforeningen står for et borgermøde og en lokal afstemning, hvor "
        "borgerne beslutter, hvilke projekter pengene skal gå til."
    ): (
        "The rural districts. The citizens' association holds a citizens' meeting and a local "
        "vote in which the citizens decide which projects the money goes to."
    ),
    "Op til 50.000 kr. pr. landdistrikt. 27 lokalsamfund deltager.": (
        "Up to DKK 50,000 per rural district. 27 local communities take part."
    ),
    "Tilmeld lokalsamfundet": "Sign up the local community",
    "Borgerforeningen tilmelder lokalsamfundet til årets runde.": (
        "The citizens' association signs the local community up for this year's round."
    ),
    "Hold borgermøde": "Hold a citizens' meeting",
    "Borgerne foreslår og drøfter projekter på et borgermøde.": (
        "The citizens propose and discuss projects at a citizens' meeting."
    ),
    "Stem lokalt": "Vote locally",
    "Borgerne stemmer om, hvilke projekter pengene skal gå til.": (
        "The citizens vote on which projects the money should go to."
    ),
    "Afrapportér": "Report back",
    "Eksempel: Borgerforeningen fortæller kommunen, hvad pengene er brugt til.": (
        "Example: The citizens' association tells the municipality what the money was spent on."
    ),
    # Facilitetspuljen
    "Facilitetspuljen (Kultur & Fritid)": "The Facilities Pool (Culture and Leisure)",
    (
        "Støtte til folkeoplysende foreninger og selvejende institutioner til energitiltag, "
        "renovering, udstyr og nye aktiviteter."
    ): (
        "Support for adult-education and leisure associations and self-governing institutions for "
        "energy measures, renovation, equipment and new activities."
    ),
    (
        "Facilitetspuljen under Kultur & Fritid giver tilskud til energitiltag, renovering, udstyr "
        "og nye aktiviteter i foreningernes faciliteter."
    ): (
        "The Facilities Pool under Culture and Leisure gives grants for energy measures, "
        "renovation, equipment and new activities in the associations' facilities."
    ),
    (
        "Folkeoplysende foreninger og selvejende institutioner. Selvejende faciliteter kan højst "
        "få støtte til 50 % af udgifterne."
    ): (
        "Adult-education and leisure associations and self-governing institutions. Self-owned "
        "facilities can receive support for at most 50% of the costs."
    ),
    "Energitiltag": "Energy measures",
    "Renovering": "Renovation",
    "Udstyr": "Equipment",
    "Nye aktiviteter": "New activities",
    "Der er desuden en akutpulje på 100.000 kr.": (
        "There is also an emergency pool of DKK 100,000."
    ),
    # Forsamlingshuse
    "Lejetilskud til forsamlingshuse": "Rent subsidy for village halls",
    "Lejetilskud på op til 2.000 kr. pr. arrangement i kommunens forsamlingshuse.": (
        "A rent subsidy of up to DKK 2,000 per event in the municipality's village halls."
    ),
    "Puljen giver forsamlingshusene et lejetilskud på op til 2.000 kr. pr. arrangement.": (
        "The pool gives the village halls a rent subsidy of up to DKK 2,000 per event."
    ),
    "Forsamlingshusene i kommunen.": "The village halls in the municipality.",
    "225.000 kr. om året, som deles af 17 forsamlingshuse.": (
        "DKK 225,000 a year, shared by 17 village halls."
    ),
    # Landsbyfornyelse
    "Landsbyfornyelse": "Village renewal",
    (
        "Støtte til istandsættelse, nedrivning og et bedre bymiljø i byer med under 4.000 "
        "indbyggere."
    ): (
        "Support for repairs, demolition and a better townscape in towns with fewer than 4,000 "
        "inhabitants."
    ),
    (
        "Landsbyfornyelse støtter istandsættelse, nedrivning og forbedringer af bymiljøet i byer "
        "med under 4.000 indbyggere."
    ): (
        "Village renewal supports repairs, demolition and improvements to the townscape in towns "
        "with fewer than 4,000 inhabitants."
    ),
    "Ejendomme og projekter i byer med under 4.000 indbyggere.": (
        "Properties and projects in towns with fewer than 4,000 inhabitants."
    ),
    "Istandsættelse": "Repairs",
    "Nedrivning": "Demolition",
    "Forbedring af bymiljøet": "Improving the townscape",
    # Questions and answers (the guide's and the pools')
    "Kan kommunen hjælpe os med ansøgningen?": "Can the municipality help us with the application?",
    (
        "Ja. Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af "
        "puljemidler og lignende. Kontakt os i god tid før fristen, så vi kan nå at hjælpe."
    ): (
        "Yes. Municipal staff can help with the process of applying for funding and similar. "
        "Contact us in good time before the deadline so that we have time to help."
    ),
    "Skal vi være en forening for at søge?": "Do we have to be an association to apply?",
    (
        "Nej, ikke til alle puljer. §18-midlerne og Landdistriktspuljen kan også søges af grupper "
        "af borgere, og Landsbyfornyelse af borgere og grundejere. Se under »Hvem kan søge?« på "
        "den enkelte pulje."
    ): (
        "No, not for every pool. Groups of citizens can also apply for the §18 funds and the "
        "rural-district pool, and citizens and property owners for village renewal. See “Who can "
        "apply?” on each pool's page."
    ),
    "Hvordan sender vi ansøgningen?": "How do we send the application?",
    (
        "Ansøgninger til flere af kommunens puljer sendes gennem foreningssystemet Conventus. "
        "Puljens side fortæller, hvordan du søger netop den pulje."
    ): (
        "Applications to several of the municipality's pools are sent through the association "
        "system Conventus. The pool's page tells you how to apply for that particular pool."
    ),
    "Kan vi få støtte til drift eller lønninger?": "Can we get support for running costs or wages?",
    (
        "Det afhænger af puljen. Landdistriktspuljen giver for eksempel ikke støtte til "
        "driftsudgifter. Se »Det kan du ikke søge til« på puljens side."
    ): (
        "It depends on the pool. The rural-district pool, for example, does not support running "
        "costs. See “What you cannot apply for” on the pool's page."
    ),
    "Hvad sker der, når projektet er gennemført?": "What happens when the project is completed?",
    (
        "Til Landdistriktspuljen sender I en afrapportering senest et år efter, at projektet er "
        "gennemført."
    ): (
        "For the rural-district pool you send a completion report no later than a year after the "
        "project is completed."
    ),
    (
        "Eksempel: Andre puljer beder også om en kort afrapportering. Puljens side fortæller, "
        "hvad der gælder."
    ): (
        "Example: Other pools also ask for a short report. The pool's page tells you what applies."
    ),
    "Hvornår får vi svar på ansøgningen?": "When will we hear back about the application?",
    (
        "Eksempel: Behandlingstiden efter en frist varierer fra pulje til pulje. Spørg kommunen, "
        "hvis I skal bruge pengene til en bestemt dato."
    ): (
        "Example: The processing time after a deadline varies from pool to pool. Ask the "
        "municipality if you need the money by a particular date."
    ),
    "Kan vi søge til et projekt over flere år?": "Can we apply for a project lasting several years?",
    "Ja. Puljen kan støtte projekter på op til 3 år.": (
        "Yes. The pool can support projects lasting up to 3 years."
    ),
    "Hvor meget plejer man at få?": "How much do applicants usually get?",
    "I 2017 fik ansøgerne mellem 2.000 og 40.000 kr. 74 af 78 ansøgninger fik støtte.": (
        "In 2017 applicants received between DKK 2,000 and DKK 40,000. 74 of 78 applications were "
        "funded."
    ),
    "Hvad tæller som landdistrikt?": "What counts as a rural district?",
    "Hele kommunen uden for Haderslev by, Vojens og Gram.": (
        "The whole municipality outside the towns of Haderslev, Vojens and Gram."
    ),
    "Kan vi søge til driftsudgifter?": "Can we apply for running costs?",
    "Nej. Puljen støtter projekter til gavn for almenheden, ikke drift.": (
        "No. The pool supports projects for the public benefit, not running costs."
    ),
    "Hvornår skal vi afrapportere?": "When do we have to report?",
    "Senest et år efter, at projektet er gennemført.": (
        "No later than a year after the project is completed."
    ),
    "Hvor stor en del af udgifterne kan vi få dækket?": "How much of the costs can be covered?",
    "Selvejende faciliteter kan højst få støtte til 50 % af udgifterne.": (
        "Self-owned facilities can get support for at most 50 % of the costs."
    ),
    "Hvad gør vi ved en akut skade på bygningen?": "What do we do about urgent damage to the building?",
    "Der er en akutpulje på 100.000 kr.": "There is an emergency pool of DKK 100,000.",
    (
        "Eksempel: Kontakt Kultur & Fritid, hvis bygningen for eksempel får en vandskade, så "
        "hjælper vi jer med at søge."
    ): (
        "Example: Contact Kultur & Fritid (Culture & Leisure) if, for example, the building has "
        "water damage, and we will help you apply."
    ),
}
