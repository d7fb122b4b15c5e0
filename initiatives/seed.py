"""Seed the five petals of the policy's flower and every initiative the policy lists under each.

Texts follow the policy (Politik for medborgerskab og samspil med frivillige, 2013). Statuses
follow the policy's wording ("fortsættes" = in progress, "oprettes" = planned). Contact persons
are not named in the policy: the seeded contact is example content, marked "Eksempel:".
"""

from home.models import Contact, HomePage
from home.navigation import ensure_header_tool
from home.seeding import (
    SeedReport,
    bullet_list,
    ensure_page,
    ensure_snippet,
    paragraphs,
    source_locale,
)

from .models import InitiativePage, InitiativeRelatedLink, InitiativeStatus, PetalPage
from .seeds import actions, councils, events, forms, funding, petals_partner_languages

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
                # Under way: the councils' tool lists the local councils that exist
                # (seeds/councils.py); tests/initiatives/test_content_consistency.py keeps it so.
                "status": S.IN_PROGRESS,
                "body": paragraphs(
                    "<p>Som en del af Fælles Forum oprettes der lokale råd i det omfang, det "
                    "skønnes nødvendigt.</p>"
                ),
            },
            {
                "slug": "internetbaseret-moedested",
                "title": "Internetbaseret møde- og netværkssted for frivillige aktører (Synlighed)",
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
                # Under way: local councils show partnership agreements (seeds/councils.py).
                "status": S.IN_PROGRESS,
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
                "title": (
                    "Internetbaseret møde- og netværkssted for frivillige aktører "
                    "(Sammenhæng og tilgængelighed)"
                ),
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
    "is_example": True,
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
            # The statuses interpret the policy's wording ("fortsættes", "oprettes"): example
            # content until an editor confirms each one.
            initiative = ensure_page(
                report, petal, InitiativePage, slug, contact=contact, is_example=True, **fields
            )
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


# Translations of every text segment seeded above (see home/localisation.py for the contract):
# the Danish segment (a title, summary, intro, one paragraph or list item) -> its translation.
FLOWER_TRANSLATIONS = {
    "en": {
        # The example contact
        "Eksempel: Kontaktperson for frivillige og foreninger": "Example: Contact person for volunteers and associations",
        "Haderslev Kommune": "Haderslev Municipality",
        # Synlighed
        "Synlighed": "Visibility",
        "Vi skal synliggøre vores mange tilbud, aktiviteter og kvaliteter.": "We will make our many services, activities and qualities visible.",
        "Vi skal være gode til at synliggøre vores mange tilbud, aktiviteter og kvaliteter både, når det gælder fritidstilbud og natur- og kultur/kulturarvsværdier – og vi skal være villige til at prøve kræfter med nye ting.": "We will be good at making our many services, activities and qualities visible – leisure activities as well as our natural, cultural and heritage assets – and we will be willing to try our hand at new things.",
        "Hvordan bliver vi stolte af vores kommune?": "How do we become proud of our municipality?",
        "Det lokale engagement og den viden, du som borger har om for eksempel natur, kultur, traditioner, historie og øvrige lokale forhold, er af stor betydning for at skabe synlighed omkring og udvikling af kommunens kvaliteter og aktiviteter": "Local commitment, and what you as a citizen know about nature, culture, traditions, history and other local matters, count for a great deal in making the municipality's qualities and activities visible and in developing them",
        "Samarbejde mellem borgere og kommune om at understøtte og udvikle forskellige initiativer": "Citizens and the municipality working together to support and develop a wide range of initiatives",
        "Borgere som ambassadører for deres by og egn": "Citizens as ambassadors for their town and area",
        "At borgere fungerer som ambassadører for den by, det område, den egn, de kommer fra.": "Citizens act as ambassadors for the town, district or area they come from.",
        "Det lokale engagement og den viden, du som borger har om natur, kultur, traditioner og historie, er af stor betydning for at gøre kommunens kvaliteter synlige. Som ambassadør fortæller du andre om det sted, du kommer fra.": "Local commitment, and what you as a citizen know about nature, culture, traditions and history, go a long way towards making the municipality's qualities visible. As an ambassador you tell others about the place you come from.",
        "Hjælp til at søge puljemidler": "Help with applying for grants",
        "Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af puljemidler og lignende.": "Municipal staff can help with the process of applying for grants and similar funding.",
        "Samarbejde mellem borgere og kommune skal understøtte og udvikle forskellige initiativer. Har du og din forening en idé, kan kommunens medarbejdere hjælpe med at finde den rette pulje og med ansøgningen.": "Cooperation between citizens and the municipality is to support and develop a range of initiatives. If you and your association have an idea, the municipality's staff can help you find the right grant scheme and with the application.",
        "Hyldest af ildsjæle og jubilarer": "Honouring local champions and long-serving volunteers",
        "At foreningslivets ildsjæle og jubilarer hyldes ved årlige arrangementer.": "The champions and long-serving volunteers of local associations are honoured at annual events.",
        "Foreningslivet bæres af ildsjæle. Hvert år hyldes foreningslivets ildsjæle og jubilarer ved årlige arrangementer.": "Local associations are carried by their champions. Every year, these champions and long-serving volunteers are honoured at annual events.",
        "Fælles Forum – årligt dialogmøde": "Fælles Forum – an annual dialogue meeting",
        "Byrådet inviterer alle frivillige aktører i kommunen til et årligt dialogmøde, hvor ønsker og rammer for den frivillige indsats drøftes.": "The city council invites everyone involved in voluntary work in the municipality to an annual dialogue meeting to discuss wishes and conditions for voluntary work.",
        "Fælles Forum er byrådets årlige dialogmøde med alle frivillige aktører i kommunen. Her drøftes ønsker og rammer for den frivillige indsats.": "Fælles Forum (Joint Forum) is the city council's annual dialogue meeting with everyone involved in voluntary work in the municipality. Wishes and conditions for voluntary work are discussed there.",
        "En bedre organisering af frivillighedsområdet": "Better organisation of voluntary work",
        "At der sker en optimering af den nuværende organisering af det samlede frivillighedsområde i råd og bestyrelser.": "The current organisation of the whole voluntary sector in councils and boards is improved.",
        "Som en del af Fælles Forum skal den nuværende organisering af det samlede frivillighedsområde i råd og bestyrelser optimeres.": "As part of Fælles Forum, the current organisation of the whole voluntary sector in councils and boards is to be improved.",
        "Lokale råd": "Local councils",
        "At der oprettes lokale råd i det omfang, det skønnes nødvendigt.": "Local councils are set up where they are considered necessary.",
        "Som en del af Fælles Forum oprettes der lokale råd i det omfang, det skønnes nødvendigt.": "As part of Fælles Forum, local councils are set up where they are considered necessary.",
        "Internetbaseret møde- og netværkssted for frivillige aktører (Synlighed)": "An online meeting and networking place for volunteers (Visibility)",
        "Internetbaseret møde- og netværkssted for frivillige aktører (Sammenhæng og tilgængelighed)": "An online meeting and networking place for volunteers (Connections and accessibility)",
        "En platform, der muliggør kommunikation omkring tilbud og efterspørgsel mellem borgere og foreninger i forhold til frivillige bidrag og hjælp.": "A platform where citizens and associations can offer and ask for voluntary contributions and help.",
        "Mødestedet muliggør kommunikation omkring tilbud og efterspørgsel mellem borgere og foreninger i forhold til frivillige bidrag og hjælp i forskellige henseender.": "The meeting place lets citizens and associations offer and ask for voluntary contributions and help of many kinds.",
        "Platformen etableres som en selvstændig hjemmeside/app og drives af frivillige – for frivillige.": "The platform is set up as an independent website/app, run by volunteers – for volunteers.",
        "Det nordiske venskabsbysamarbejde": "Nordic twin-town cooperation",
        "Det nordiske venskabsbysamarbejde fortsættes og levendegøres – med faste og længerevarende kontakter, gerne blandt ildsjæle.": "The Nordic twin-town cooperation continues and is brought to life – with regular, lasting contacts, preferably between local champions.",
        "Det nordiske venskabsbysamarbejde fortsættes og levendegøres. Målet er faste og længerevarende kontakter – gerne blandt ildsjæle.": "The Nordic twin-town cooperation continues and is brought to life. The aim is regular, lasting contacts – preferably between local champions.",
        # Bosætning og levesteder
        "Bosætning og levesteder": "Places to live and thrive",
        "At Haderslev Kommune er et attraktivt sted at bo og leve.": "Haderslev Municipality is an attractive place to live.",
        "Hus og hjem, muligheder for aktiviteter og samvær, liv, leg, læring, arbejde, oplevelser, omsorg, pleje og service af mange forskellig slags er vigtige elementer for et godt levested. En vigtig forudsætning for det gode levested er, at der er sammenhæng i og tilgængelighed til de forskellige tilbud.": "A home, opportunities for activities and company, life, play, learning, work, experiences, care and services of many kinds are important parts of a good place to live. An important condition for a good place to live is that the different services fit together and are easy to reach.",
        "Hvordan hjælper vi med til at skabe liv og aktivitet?": "How do we help to create life and activity?",
        "At alle bidrager med det, de kan, i de sammenhænge, de indgår i": "Everyone contributes what they can, wherever they take part",
        "Det gode naboskab og det lokale engagement er nøgleord": "Good neighbourliness and local commitment are the key words",
        "Udvikling i landdistrikterne": "Development in the rural districts",
        "Forslag til, hvordan der skabes udvikling i Haderslev Kommunes landdistrikter, afvejet ud fra fællesskabets interesser.": "Proposals for development in Haderslev Municipality's rural districts, weighed against the interests of the community as a whole.",
        "Borgerne kommer med forslag til, hvordan der skabes udvikling i Haderslev Kommunes landdistrikter. Kommunen sikrer, at forslagene bliver afvejet ud fra fællesskabets interesser, og er aktiv deltager i at facilitere processen.": "Citizens put forward proposals for development in Haderslev Municipality's rural districts. The municipality makes sure the proposals are weighed against the interests of the community as a whole, and takes an active part in facilitating the process.",
        "Partnerskabsaftaler med lokalsamfund": "Partnership agreements with local communities",
        "At lokalsamfund ønsker samarbejde med kommunen omkring anvendelse og understøttelse af dialogmodellen (partnerskabsaftaler).": "Local communities that wish to can cooperate with the municipality on using and supporting the dialogue model (partnership agreements).",
        "Lokalsamfund, der ønsker det, kan indgå en partnerskabsaftale med kommunen om anvendelse og understøttelse af dialogmodellen.": "Local communities that wish to can enter into a partnership agreement with the municipality on using and supporting the dialogue model.",
        # Erhverv og uddannelse
        "Erhverv og uddannelse": "Business and education",
        "Kvalificeret og engageret arbejdskraft – og attraktive uddannelser.": "A skilled and committed workforce – and attractive education.",
        "Vi vil være kendetegnet ved, at erhvervslivets/virksomhedernes behov for kvalificeret og engageret arbejdskraft kan opfyldes i området.": "We want to be known as an area where businesses can find the skilled and committed workforce they need.",
        "Det skal være attraktivt at uddanne sig i Haderslev Kommune.": "Getting an education in Haderslev Municipality should be attractive.",
        "Hvordan skaber og driver vi arbejdspladser og uddannelsesinstitutioner?": "How do we create and run workplaces and educational institutions?",
        "Samarbejde med Haderslev Erhvervsråd": "Cooperation with Haderslev Business Council",
        "Samarbejdet med og fokuseringen i forhold til Haderslev Erhvervsråds indsats er en vigtig forudsætning for inddragelse og samarbejde.": "Cooperation with Haderslev Business Council, and a clear focus on its work, are an important condition for involvement and cooperation.",
        "Ambassadørkorpset": "The ambassador corps",
        "Studerende på ungdomsuddannelser hjælper skoleelever i 7.-10. klasse med at finde den rette uddannelse.": "Students in upper secondary education help pupils in years 7 to 10 find the right education.",
        "I ambassadørkorpset hjælper studerende på ungdomsuddannelser skoleelever i 7.-10. klasse med at finde den rette uddannelse.": "In the ambassador corps, students in upper secondary education help pupils in years 7 to 10 find the right education.",
        # Sammenhæng og tilgængelighed
        "Sammenhæng og tilgængelighed": "Connections and accessibility",
        "Haderslev Kommune som en samlet geografisk enhed.": "Haderslev Municipality as one connected area.",
        "At Haderslev Kommune fortsat styrkes som en samlet geografisk enhed. At byernes forskellige styrker, potentialer og begrænsninger anerkendes.": "Haderslev Municipality continues to grow stronger as one connected area, and the different strengths, potential and limitations of its towns are recognised.",
        "Byernes sociale aktiviteter og behov, herunder kultur-, idræts- og fritidstilbud understøttes, og byernes potentialer og ressourcer i området udforskes og udfordres.": "The towns' social activities and needs, including culture, sport and leisure, are supported, and the potential and resources of the towns and their surroundings are explored and challenged.",
        "Hvordan kan vi bidrage til en bedre kommune?": "How can we contribute to a better municipality?",
        "Fælles opsyn med veje, parker og anlæg": "Keeping an eye on roads, parks and public spaces together",
        "Giv kommunen et praj om for eksempel huller i vejene, ujævne fortove og hærværk.": "Let the municipality know about potholes, uneven pavements, vandalism and the like.",
        "Vi holder fælles opsyn med veje, parker og anlæg. Giv et praj om for eksempel huller i vejene, ujævne fortove og hærværk.": "Together we keep an eye on roads, parks and public spaces. Let us know about potholes, uneven pavements, vandalism and the like.",
        "Kommunen har til formålet lanceret »Giv et praj« (app og webformular), hvor du kan melde fejl med placering og eventuelt et foto. Park og Vejdrift vedligeholder mere end 1.400 km vej.": "For this, the municipality has launched “Giv et praj” (“give us a heads-up”: an app and a web form), where you can report a problem with its location and, if you like, a photo. Parks and Roads (Park og Vejdrift) maintains more than 1,400 km of road.",
        "Park og Vejdrift, Haderslev Kommune": "Parks and Roads (Park og Vejdrift), Haderslev Municipality",
        "Projekter på privat initiativ": "Projects on private initiative",
        "Projekter fra grundejerforeninger, virksomheder eller sammenslutninger af borgere udvikler og skaber sammenhold.": "Projects by residents' associations, businesses or groups of citizens build development and community.",
        "Projekter på privat initiativ, for eksempel fra grundejerforeninger, virksomheder eller sammenslutninger af borgere, er med til at udvikle, skabe sammenhold og måske endda muliggøre nye måder til, at vores fysiske omgivelser er renholdte og i god stand.": "Projects on private initiative – from residents' associations, businesses or groups of citizens, for example – help to develop, build community and perhaps even open new ways of keeping our surroundings clean and in good condition.",
        "Fysiske møde- og netværkssteder for frivillige": "Places where volunteers meet and network",
        "FrivilligCenter Haderslev og Selvhjælp Haderslev, de kommende sundhedscentre, biblioteker og lignende.": "FrivilligCenter Haderslev and Selvhjælp Haderslev, the new health centres, libraries and similar places.",
        "Frivillige mødes og danner netværk på fysiske steder som FrivilligCenter Haderslev og Selvhjælp Haderslev, de kommende sundhedscentre, biblioteker og lignende.": "Volunteers meet and network in places such as FrivilligCenter Haderslev (the volunteer centre) and Selvhjælp Haderslev (self-help), the new health centres, libraries and similar places.",
        "FrivilligCenter Haderslev og Selvhjælp Haderslev (én forening siden 2010) deler Frivillighedens Hus på Storegade i Haderslev. Selvhjælp tilbyder gratis og anonyme selvhjælpsgrupper og samtaler.": "FrivilligCenter Haderslev and Selvhjælp Haderslev (one association since 2010) share Frivillighedens Hus, the House of Volunteering, on Storegade in Haderslev. Selvhjælp offers free, anonymous self-help groups and conversations.",
        "En platform for tilbud og efterspørgsel mellem borgere og foreninger – og for annoncering af aktiviteter.": "A platform where citizens and associations offer and ask for help – and announce activities.",
        "Mødestedet muliggør kommunikation omkring tilbud og efterspørgsel mellem borgere og foreninger i forhold til frivillige bidrag og hjælp i forskellige henseender og annoncering af aktiviteter.": "The meeting place lets citizens and associations offer and ask for voluntary contributions and help of many kinds, and announce activities.",
        "Platformen bør etableres som en selvstændig hjemmeside/app og drives af frivillige – for frivillige.": "The platform should be set up as an independent website/app, run by volunteers – for volunteers.",
        # Sundhed og bæredygtighed
        "Sundhed og bæredygtighed": "Health and sustainability",
        "De bedste rammer for et godt og sundt liv – både fysisk og mentalt.": "The best conditions for a good and healthy life – in body and mind.",
        "At borgere i Haderslev Kommune har de bedste rammer for et godt og sundt liv – både fysisk og mentalt.": "The citizens of Haderslev Municipality have the best conditions for a good and healthy life – in body and mind.",
        "Borgere, der har et godt fysisk og/eller mentalt helbred, er ofte mere selvhjulpne og har overskud til at deltage aktivt i medborgerskabet.": "Citizens in good physical and/or mental health are often more self-reliant and have the energy to take an active part as citizens.",
        "Hvordan kan vi bidrage til bedre sundhed og bæredygtighed?": "How can we contribute to better health and sustainability?",
        "Det sunde liv og de sunde valg bygger i høj grad på den enkeltes handlinger og valg i dagligdagen": "A healthy life and healthy choices depend largely on what each of us does and chooses every day",
        "Vores adfærd – fysisk og socialt – har betydning for os selv og for vores omgivelser": "How we behave – physically and socially – matters to ourselves and to those around us",
        "Aktiv deltagelse i foreningsliv og sociale netværk understøtter mental og fysisk trivsel": "Taking an active part in associations and social networks supports mental and physical well-being",
        "Årligt borgermøde for kommunens frivillige": "Annual meeting for the municipality's volunteers",
        "Et årligt borgermøde, der arrangeres af kommunen for kommunens frivillige, for at udvikle samspillet mellem fagprofessionelle og frivillige.": "An annual meeting, organised by the municipality for its volunteers, to develop cooperation between professionals and volunteers.",
        "For at udvikle samspillet mellem fagprofessionelle og frivillige arrangerer kommunen et årligt borgermøde for kommunens frivillige.": "To develop cooperation between professionals and volunteers, the municipality holds an annual meeting for the municipality's volunteers.",
        "Fokus på samarbejdet mellem fagprofessionelle og frivillige": "Focus on cooperation between professionals and volunteers",
        "Fokus på samarbejdsudfordringer og udvikling i samarbejdsflader.": "A focus on the challenges of working together and on developing common ground.",
        "Samspillet mellem fagprofessionelle og frivillige udvikles med fokus på samarbejdsudfordringer og udvikling i samarbejdsflader.": "Cooperation between professionals and volunteers is developed with a focus on the challenges of working together and on developing common ground.",
        "Samarbejde om sundhedsfremme og forebyggelse": "Working together on health promotion and prevention",
        "Fortsætte og udbygge samarbejdet mellem kommune og frivillige organisationer omkring forskellige temaer indenfor sundhedsfremme og forebyggelse.": "Continuing and extending cooperation between the municipality and voluntary organisations on a range of health promotion and prevention themes.",
        "Samarbejdet mellem kommune og frivillige organisationer omkring forskellige temaer indenfor sundhedsfremme og forebyggelse fortsættes og udbygges.": "Cooperation between the municipality and voluntary organisations on a range of health promotion and prevention themes is continued and extended.",
    },
}


# The citizens' tools, in the order the header shows them (home.navigation).
HEADER_TOOL_SLUGS = [funding.INDEX["slug"], councils.INDEX["slug"], events.INDEX["slug"]]


def seed_header_tools(report: SeedReport) -> None:
    """Put the citizens' tools into the header's navigation setting (editors can reorder,
    relabel or remove them under Indstillinger > Navigation)."""
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    for slug in HEADER_TOOL_SLUGS:
        page = home.get_children().filter(slug=slug).first()
        if page is not None:
            ensure_header_tool(report, page=page)


# The citizens' tools come after the petals (their pages link to initiatives) and before
# "Om politikken" (90), so they follow the petals in the page tree.
SEEDERS = [
    (10, seed),
    (20, councils.seed),
    (30, funding.seed),
    (40, events.seed),
    (45, seed_header_tools),
    (46, forms.seed),
    (47, actions.seed),
]

# English for every Danish text segment the citizens' tools seed (see the translations contract).
TRANSLATIONS = {
    "en": {
        **FLOWER_TRANSLATIONS["en"],
        **councils.TRANSLATIONS_EN,
        **funding.TRANSLATIONS_EN,
        **events.TRANSLATIONS_EN,
        **forms.TRANSLATIONS_EN,
    },
    # The petals themselves also in the partner languages (their initiatives are not, yet).
    **petals_partner_languages.TRANSLATIONS,
}
