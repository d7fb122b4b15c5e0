"""Seed the five petals of the policy's flower and every initiative the policy lists under each.

Texts follow the policy (Politik for medborgerskab og samspil med frivillige, 2013). Statuses
follow the policy's wording ("fortsættes" = in progress, "oprettes" = planned). Contact persons
are not named in the policy: the seeded contact is example content, marked "Eksempel:".
"""

from home.models import Contact, HomePage
from home.seeding import (
    SeedReport,
    bullet_list,
    ensure_page,
    ensure_snippet,
    paragraphs,
    source_locale,
)

from .models import InitiativePage, InitiativeRelatedLink, InitiativeStatus, PetalPage
from .seeds import councils, events, funding

S = InitiativeStatus

PETALS = [
    {
        "slug": "synlighed",
        "title": "Synlighed",
        "intro": "Vi skal synliggøre vores mange tilbud, aktiviteter og kvaliteter.",
        "goal": (
            "<p>Vi skal være gode til at synliggøre vores mange tilbud, aktiviteter og kvaliteter "
            "både, når det gælder fritidstilbud og natur- og kultur/kulturarvsværdier – og vi skal "
            "være villige til at prøve kræfter med nye ting.</p>"
        ),
        "guiding_question": "Hvordan bliver vi stolte af vores kommune?",
        "guiding_answer": bullet_list(
            [
                "Det lokale engagement og den viden, du som borger har om for eksempel natur, "
                "kultur, traditioner, historie og øvrige lokale forhold, er af stor betydning for "
                "at skabe synlighed omkring og udvikling af kommunens kvaliteter og aktiviteter",
                "Samarbejde mellem borgere og kommune om at understøtte og udvikle forskellige "
                "initiativer",
            ]
        ),
        "initiatives": [
            {
                "slug": "borgere-som-ambassadoerer",
                "title": "Borgere som ambassadører for deres by og egn",
                "summary": (
                    "At borgere fungerer som ambassadører for den by, det område, den egn, de "
                    "kommer fra."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Det lokale engagement og den viden, du som borger har om natur, kultur, "
                    "traditioner og historie, er af stor betydning for at gøre kommunens "
                    "kvaliteter synlige. Som ambassadør fortæller du andre om det sted, du kommer "
                    "fra.</p>"
                ),
            },
            {
                "slug": "hjaelp-til-puljemidler",
                "title": "Hjælp til at søge puljemidler",
                "summary": (
                    "Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af "
                    "puljemidler og lignende."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Samarbejde mellem borgere og kommune skal understøtte og udvikle "
                    "forskellige initiativer. Har du og din forening en idé, kan kommunens "
                    "medarbejdere hjælpe med at finde den rette pulje og med ansøgningen.</p>"
                ),
            },
            {
                "slug": "hyldest-af-ildsjaele-og-jubilarer",
                "title": "Hyldest af ildsjæle og jubilarer",
                "summary": "At foreningslivets ildsjæle og jubilarer hyldes ved årlige arrangementer.",
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Foreningslivet bæres af ildsjæle. Hvert år hyldes foreningslivets ildsjæle "
                    "og jubilarer ved årlige arrangementer.</p>"
                ),
            },
            {
                "slug": "faelles-forum",
                "title": "Fælles Forum – årligt dialogmøde",
                "summary": (
                    "Byrådet inviterer alle frivillige aktører i kommunen til et årligt dialogmøde, "
                    "hvor ønsker og rammer for den frivillige indsats drøftes."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Fælles Forum er byrådets årlige dialogmøde med alle frivillige aktører i "
                    "kommunen. Her drøftes ønsker og rammer for den frivillige indsats.</p>"
                ),
            },
            {
                "slug": "organisering-af-frivillighedsomraadet",
                "title": "En bedre organisering af frivillighedsområdet",
                "summary": (
                    "At der sker en optimering af den nuværende organisering af det samlede "
                    "frivillighedsområde i råd og bestyrelser."
                ),
                "status": S.PLANNED,
                "body": paragraphs(
                    "<p>Som en del af Fælles Forum skal den nuværende organisering af det samlede "
                    "frivillighedsområde i råd og bestyrelser optimeres.</p>"
                ),
            },
            {
                "slug": "lokale-raad",
                "title": "Lokale råd",
                "summary": "At der oprettes lokale råd i det omfang, det skønnes nødvendigt.",
                "status": S.PLANNED,
                "body": paragraphs(
                    "<p>Som en del af Fælles Forum oprettes der lokale råd i det omfang, det "
                    "skønnes nødvendigt.</p>"
                ),
            },
            {
                "slug": "internetbaseret-moedested",
                "title": "Internetbaseret møde- og netværkssted for frivillige aktører",
                "summary": (
                    "En platform, der muliggør kommunikation omkring tilbud og efterspørgsel "
                    "mellem borgere og foreninger i forhold til frivillige bidrag og hjælp."
                ),
                "status": S.IDEA,
                "body": paragraphs(
                    "<p>Mødestedet muliggør kommunikation omkring tilbud og efterspørgsel mellem "
                    "borgere og foreninger i forhold til frivillige bidrag og hjælp i forskellige "
                    "henseender.</p>",
                    "<p>Platformen etableres som en selvstændig hjemmeside/app og drives af "
                    "frivillige – for frivillige.</p>",
                ),
            },
            {
                "slug": "nordisk-venskabsbysamarbejde",
                "title": "Det nordiske venskabsbysamarbejde",
                "summary": (
                    "Det nordiske venskabsbysamarbejde fortsættes og levendegøres – med faste og "
                    "længerevarende kontakter, gerne blandt ildsjæle."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Det nordiske venskabsbysamarbejde fortsættes og levendegøres. Målet er "
                    "faste og længerevarende kontakter – gerne blandt ildsjæle.</p>"
                ),
            },
        ],
    },
    {
        "slug": "bosaetning-og-levesteder",
        "title": "Bosætning og levesteder",
        "intro": "At Haderslev Kommune er et attraktivt sted at bo og leve.",
        "goal": (
            "<p>At Haderslev Kommune er et attraktivt sted at bo og leve.</p>"
            "<p>Hus og hjem, muligheder for aktiviteter og samvær, liv, leg, læring, arbejde, "
            "oplevelser, omsorg, pleje og service af mange forskellig slags er vigtige elementer "
            "for et godt levested. En vigtig forudsætning for det gode levested er, at der er "
            "sammenhæng i og tilgængelighed til de forskellige tilbud.</p>"
        ),
        "guiding_question": "Hvordan hjælper vi med til at skabe liv og aktivitet?",
        "guiding_answer": bullet_list(
            [
                "At alle bidrager med det, de kan, i de sammenhænge, de indgår i",
                "Det gode naboskab og det lokale engagement er nøgleord",
            ]
        ),
        "initiatives": [
            {
                "slug": "udvikling-i-landdistrikterne",
                "title": "Udvikling i landdistrikterne",
                "summary": (
                    "Forslag til, hvordan der skabes udvikling i Haderslev Kommunes landdistrikter, "
                    "afvejet ud fra fællesskabets interesser."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Borgerne kommer med forslag til, hvordan der skabes udvikling i Haderslev "
                    "Kommunes landdistrikter. Kommunen sikrer, at forslagene bliver afvejet ud fra "
                    "fællesskabets interesser, og er aktiv deltager i at facilitere processen.</p>"
                ),
            },
            {
                "slug": "partnerskabsaftaler",
                "title": "Partnerskabsaftaler med lokalsamfund",
                "summary": (
                    "At lokalsamfund ønsker samarbejde med kommunen omkring anvendelse og "
                    "understøttelse af dialogmodellen (partnerskabsaftaler)."
                ),
                "status": S.PLANNED,
                "body": paragraphs(
                    "<p>Lokalsamfund, der ønsker det, kan indgå en partnerskabsaftale med kommunen "
                    "om anvendelse og understøttelse af dialogmodellen.</p>"
                ),
            },
        ],
    },
    {
        "slug": "erhverv-og-uddannelse",
        "title": "Erhverv og uddannelse",
        "intro": "Kvalificeret og engageret arbejdskraft – og attraktive uddannelser.",
        "goal": (
            "<p>Vi vil være kendetegnet ved, at erhvervslivets/virksomhedernes behov for "
            "kvalificeret og engageret arbejdskraft kan opfyldes i området.</p>"
            "<p>Det skal være attraktivt at uddanne sig i Haderslev Kommune.</p>"
        ),
        "guiding_question": "Hvordan skaber og driver vi arbejdspladser og uddannelsesinstitutioner?",
        "guiding_answer": "",
        "initiatives": [
            {
                "slug": "samarbejde-med-haderslev-erhvervsraad",
                "title": "Samarbejde med Haderslev Erhvervsråd",
                "summary": (
                    "Samarbejdet med og fokuseringen i forhold til Haderslev Erhvervsråds indsats "
                    "er en vigtig forudsætning for inddragelse og samarbejde."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Samarbejdet med og fokuseringen i forhold til Haderslev Erhvervsråds "
                    "indsats er en vigtig forudsætning for inddragelse og samarbejde.</p>"
                ),
            },
            {
                "slug": "ambassadoerkorpset",
                "title": "Ambassadørkorpset",
                "summary": (
                    "Studerende på ungdomsuddannelser hjælper skoleelever i 7.-10. klasse med at "
                    "finde den rette uddannelse."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>I ambassadørkorpset hjælper studerende på ungdomsuddannelser skoleelever "
                    "i 7.-10. klasse med at finde den rette uddannelse.</p>"
                ),
            },
        ],
    },
    {
        "slug": "sammenhaeng-og-tilgaengelighed",
        "title": "Sammenhæng og tilgængelighed",
        "intro": "Haderslev Kommune som en samlet geografisk enhed.",
        "goal": (
            "<p>At Haderslev Kommune fortsat styrkes som en samlet geografisk enhed. At byernes "
            "forskellige styrker, potentialer og begrænsninger anerkendes.</p>"
            "<p>Byernes sociale aktiviteter og behov, herunder kultur-, idræts- og fritidstilbud "
            "understøttes, og byernes potentialer og ressourcer i området udforskes og "
            "udfordres.</p>"
        ),
        "guiding_question": "Hvordan kan vi bidrage til en bedre kommune?",
        "guiding_answer": "",
        "initiatives": [
            {
                "slug": "faelles-opsyn-med-veje-og-parker",
                "title": "Fælles opsyn med veje, parker og anlæg",
                "summary": (
                    "Giv kommunen et praj om for eksempel huller i vejene, ujævne fortove og "
                    "hærværk."
                ),
                "status": S.IN_PROGRESS,
                "responsible_unit": "Park og Vejdrift, Haderslev Kommune",
                "body": paragraphs(
                    "<p>Vi holder fælles opsyn med veje, parker og anlæg. Giv et praj om for "
                    "eksempel huller i vejene, ujævne fortove og hærværk.</p>",
                    "<p>Kommunen har til formålet lanceret »Giv et praj« (app og webformular), "
                    "hvor du kan melde fejl med placering og eventuelt et foto. Park og Vejdrift "
                    "vedligeholder mere end 1.400 km vej.</p>",
                ),
            },
            {
                "slug": "projekter-paa-privat-initiativ",
                "title": "Projekter på privat initiativ",
                "summary": (
                    "Projekter fra grundejerforeninger, virksomheder eller sammenslutninger af "
                    "borgere udvikler og skaber sammenhold."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Projekter på privat initiativ, for eksempel fra grundejerforeninger, "
                    "virksomheder eller sammenslutninger af borgere, er med til at udvikle, skabe "
                    "sammenhold og måske endda muliggøre nye måder til, at vores fysiske "
                    "omgivelser er renholdte og i god stand.</p>"
                ),
            },
            {
                "slug": "fysiske-moedesteder",
                "title": "Fysiske møde- og netværkssteder for frivillige",
                "summary": (
                    "FrivilligCenter Haderslev og Selvhjælp Haderslev, de kommende sundhedscentre, "
                    "biblioteker og lignende."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Frivillige mødes og danner netværk på fysiske steder som FrivilligCenter "
                    "Haderslev og Selvhjælp Haderslev, de kommende sundhedscentre, biblioteker og "
                    "lignende.</p>",
                    "<p>FrivilligCenter Haderslev og Selvhjælp Haderslev (én forening siden 2010) "
                    "deler Frivillighedens Hus på Storegade i Haderslev. Selvhjælp tilbyder gratis "
                    "og anonyme selvhjælpsgrupper og samtaler.</p>",
                ),
            },
            {
                "slug": "internetbaseret-moedested",
                "title": "Internetbaseret møde- og netværkssted for frivillige aktører",
                "summary": (
                    "En platform for tilbud og efterspørgsel mellem borgere og foreninger – og for "
                    "annoncering af aktiviteter."
                ),
                "status": S.IDEA,
                "body": paragraphs(
                    "<p>Mødestedet muliggør kommunikation omkring tilbud og efterspørgsel mellem "
                    "borgere og foreninger i forhold til frivillige bidrag og hjælp i forskellige "
                    "henseender og annoncering af aktiviteter.</p>",
                    "<p>Platformen bør etableres som en selvstændig hjemmeside/app og drives af "
                    "frivillige – for frivillige.</p>",
                ),
            },
        ],
    },
    {
        "slug": "sundhed-og-baeredygtighed",
        "title": "Sundhed og bæredygtighed",
        "intro": "De bedste rammer for et godt og sundt liv – både fysisk og mentalt.",
        "goal": (
            "<p>At borgere i Haderslev Kommune har de bedste rammer for et godt og sundt liv – "
            "både fysisk og mentalt.</p>"
            "<p>Borgere, der har et godt fysisk og/eller mentalt helbred, er ofte mere "
            "selvhjulpne og har overskud til at deltage aktivt i medborgerskabet.</p>"
        ),
        "guiding_question": "Hvordan kan vi bidrage til bedre sundhed og bæredygtighed?",
        "guiding_answer": bullet_list(
            [
                "Det sunde liv og de sunde valg bygger i høj grad på den enkeltes handlinger og "
                "valg i dagligdagen",
                "Vores adfærd – fysisk og socialt – har betydning for os selv og for vores "
                "omgivelser",
                "Aktiv deltagelse i foreningsliv og sociale netværk understøtter mental og fysisk "
                "trivsel",
            ]
        ),
        "initiatives": [
            {
                "slug": "aarligt-borgermoede-for-frivillige",
                "title": "Årligt borgermøde for kommunens frivillige",
                "summary": (
                    "Et årligt borgermøde, der arrangeres af kommunen for kommunens frivillige, "
                    "for at udvikle samspillet mellem fagprofessionelle og frivillige."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>For at udvikle samspillet mellem fagprofessionelle og frivillige "
                    "arrangerer kommunen et årligt borgermøde for kommunens frivillige.</p>"
                ),
            },
            {
                "slug": "samarbejdsudfordringer",
                "title": "Fokus på samarbejdet mellem fagprofessionelle og frivillige",
                "summary": "Fokus på samarbejdsudfordringer og udvikling i samarbejdsflader.",
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Samspillet mellem fagprofessionelle og frivillige udvikles med fokus på "
                    "samarbejdsudfordringer og udvikling i samarbejdsflader.</p>"
                ),
            },
            {
                "slug": "sundhedsfremme-og-forebyggelse",
                "title": "Samarbejde om sundhedsfremme og forebyggelse",
                "summary": (
                    "Fortsætte og udbygge samarbejdet mellem kommune og frivillige organisationer "
                    "omkring forskellige temaer indenfor sundhedsfremme og forebyggelse."
                ),
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Samarbejdet mellem kommune og frivillige organisationer omkring "
                    "forskellige temaer indenfor sundhedsfremme og forebyggelse fortsættes og "
                    "udbygges.</p>"
                ),
            },
        ],
    },
]

# Pairs of initiatives (petal slug, initiative slug) that belong together.
RELATED = [
    (
        ("synlighed", "internetbaseret-moedested"),
        ("sammenhaeng-og-tilgaengelighed", "internetbaseret-moedested"),
    ),
    (("synlighed", "lokale-raad"), ("bosaetning-og-levesteder", "partnerskabsaftaler")),
    (
        ("synlighed", "faelles-forum"),
        ("sundhed-og-baeredygtighed", "aarligt-borgermoede-for-frivillige"),
    ),
    (
        ("sammenhaeng-og-tilgaengelighed", "fysiske-moedesteder"),
        ("sammenhaeng-og-tilgaengelighed", "internetbaseret-moedested"),
    ),
]

EXAMPLE_CONTACT = {
    "name": "Eksempel: Frivillighedskonsulent",
    "role": "Eksempel: Kontaktperson for frivillige og foreninger",
    "organisation": "Haderslev Kommune",
    "email": "frivillig@example.org",
    "may_publish": True,
}


def seed(report: SeedReport) -> None:
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    contact = ensure_snippet(
        report,
        Contact,
        {"name": EXAMPLE_CONTACT["name"]},
        **{k: v for k, v in EXAMPLE_CONTACT.items() if k != "name"},
    )

    pages = {}
    for petal_data in PETALS:
        fields = dict(petal_data)
        initiatives = fields.pop("initiatives")
        petal = ensure_page(
            report, home, PetalPage, fields.pop("slug"), show_in_menus=True, **fields
        )
        for initiative_data in initiatives:
            fields = dict(initiative_data)
            slug = fields.pop("slug")
            initiative = ensure_page(report, petal, InitiativePage, slug, contact=contact, **fields)
            pages[(petal.slug, slug)] = initiative

    # Relations are part of a page's content, so they go into a new published revision (the
    # editor's admin shows the latest revision; links saved only to the live row would be lost).
    wanted = {}
    for left_key, right_key in RELATED:
        wanted.setdefault(left_key, []).append(right_key)
        wanted.setdefault(right_key, []).append(left_key)
    for key, others in wanted.items():
        page = pages[key]
        linked = set(page.related_links.values_list("related_id", flat=True))
        missing = [pages[other] for other in others if pages[other].id not in linked]
        if not missing:
            report.add(False, "relations")
            continue
        for other in missing:
            page.related_links.add(InitiativeRelatedLink(related=other))
        page.save_revision().publish()
        report.add(True, f"relations: {page.title}")


# The citizens' tools come after the petals (their pages link to initiatives) and before
# "Om politikken" (90), so they follow the petals in the page tree.
SEEDERS = [(10, seed), (20, councils.seed), (30, funding.seed), (40, events.seed)]

# English for every Danish text segment the citizens' tools seed (see the translations contract).
TRANSLATIONS = {
    "en": {**councils.TRANSLATIONS_EN, **funding.TRANSLATIONS_EN, **events.TRANSLATIONS_EN},
}
