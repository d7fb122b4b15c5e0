"""Seed the twin towns: the cooperation, the five real twin towns and example projects.

The towns, their countries and languages come from the public facts (shared/seed/FACTS.md); the
coordinates are the towns' real positions. The years the friendships began are not known, so they
are left empty for an editor to fill in. Projects and contact persons are example content, marked
"Eksempel:". The index text follows the policy: "Det nordiske venskabsbysamarbejde fortsættes og
levendegøres - faste og længerevarende kontakter, gerne blandt ildsjæle."

Every Danish text is written next to its translations with `t()`, which collects them into
`TRANSLATIONS` for the localisation step: English for everything, each town's page in the
town's own language, and the index pages in Swedish, Bokmål, Finnish and German.
"""

import datetime
from collections import defaultdict
from decimal import Decimal

from home.models import Contact, HomePage
from home.seeding import (
    SeedReport,
    bullet_list,
    ensure_page,
    ensure_snippet,
    paragraphs,
    source_locale,
)
from initiatives.models import InitiativePage, PetalPage

from .models import (
    Country,
    Language,
    ProjectStatus,
    TwinTownContact,
    TwinTownIndexPage,
    TwinTownPage,
    TwinTownProjectContact,
    TwinTownProjectIndexPage,
    TwinTownProjectPage,
)

_translations: dict[str, dict[str, str]] = defaultdict(dict)


def t(danish: str, **translations: str) -> str:
    """Return the Danish text, remembering its translations (keyword = language code)."""
    for language, text in translations.items():
        _translations[language][danish] = text
    return danish


def p(text: str) -> str:
    return f"<p>{text}</p>"


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


# --- Contacts (examples) ----------------------------------------------------------------------

TWIN_TOWN_ROLE = t(
    "Eksempel: Kontaktperson for venskabsbysamarbejdet",
    en="Example: Contact for the twin-town cooperation",
    sv="Exempel: Kontaktperson för vänortssamarbetet",
    nb="Eksempel: Kontaktperson for vennskapsbysamarbeidet",
    fi="Esimerkki: ystävyyskaupunkiyhteistyön yhteyshenkilö",
    de="Beispiel: Ansprechperson für die Städtepartnerschaft",
)
VOLUNTEER_ROLE = t(
    "Eksempel: Frivilligkoordinator",
    en="Example: Volunteer coordinator",
    sv="Exempel: Volontärsamordnare",
)

CONTACTS = {
    "haderslev": {
        "name": "Eksempel: Koordinator for venskabsbyerne",
        "role": TWIN_TOWN_ROLE,
        "organisation": t(
            "Haderslev Kommune",
            en="Haderslev Municipality",
            sv="Haderslevs kommun",
            nb="Haderslev kommune",
            fi="Haderslevin kunta",
            de="Kommune Haderslev",
        ),
        "email": "venskabsbyer@example.org",
    },
    "varberg": {
        "name": "Eksempel: Kontaktperson i Varberg",
        "role": TWIN_TOWN_ROLE,
        "organisation": t("Varberg Kommune", en="Varberg Municipality", sv="Varbergs kommun"),
        "email": "varberg@example.org",
    },
    "sandefjord": {
        "name": "Eksempel: Kontaktperson i Sandefjord",
        "role": TWIN_TOWN_ROLE,
        "organisation": t(
            "Sandefjord Kommune", en="Sandefjord Municipality", nb="Sandefjord kommune"
        ),
        "email": "sandefjord@example.org",
    },
    "uusikaupunki": {
        "name": "Eksempel: Kontaktperson i Uusikaupunki",
        "role": TWIN_TOWN_ROLE,
        "organisation": t(
            "Uusikaupunki Kommune", en="Town of Uusikaupunki", fi="Uudenkaupungin kaupunki"
        ),
        "email": "uusikaupunki@example.org",
    },
    "frivilligcenter": {
        "name": "Eksempel: Kontaktperson i FrivilligCenter Haderslev",
        "role": VOLUNTEER_ROLE,
        "organisation": t(
            "FrivilligCenter Haderslev",
            en="FrivilligCenter Haderslev (volunteer centre)",
            sv="FrivilligCenter Haderslev",
        ),
        "email": "frivilligcenter@example.org",
    },
    "frivilligcenter-varberg": {
        "name": "Eksempel: Kontaktperson i frivilligcentret i Varberg",
        "role": VOLUNTEER_ROLE,
        "organisation": t(
            "Eksempel: Frivilligcenter i Varberg",
            en="Example: Volunteer centre in Varberg",
            sv="Exempel: Frivilligcentral i Varberg",
        ),
        "email": "frivilligcenter.varberg@example.org",
    },
}

# --- The cooperation ----------------------------------------------------------------------------

INDEX_SLUG = "venskabsbyer"
INITIATIVE = ("synlighed", "nordisk-venskabsbysamarbejde")

INDEX = {
    "title": t(
        "Venskabsbyer",
        en="Twin towns",
        sv="Vänorter",
        nb="Vennskapsbyer",
        fi="Ystävyyskaupungit",
        de="Partnerstädte",
    ),
    "intro": t(
        "Det nordiske venskabsbysamarbejde fortsættes og levendegøres – med faste og "
        "længerevarende kontakter, gerne blandt ildsjæle.",
        en="The Nordic twin-town cooperation is to be continued and brought to life – with "
        "lasting, long-term contacts, preferably among local champions.",
        sv="Det nordiska vänortssamarbetet ska fortsätta och fyllas med liv – med fasta och "
        "långvariga kontakter, gärna bland eldsjälar.",
        nb="Det nordiske vennskapsbysamarbeidet skal videreføres og fylles med liv – med faste "
        "og langvarige kontakter, gjerne blant ildsjeler.",
        fi="Pohjoismaista ystävyyskaupunkiyhteistyötä jatketaan ja elävöitetään – pysyvin ja "
        "pitkäaikaisin yhteyksin, mieluiten aktiivisten tulisielujen kesken.",
        de="Die nordische Städtepartnerschaft wird fortgeführt und mit Leben gefüllt – mit "
        "festen, langfristigen Kontakten, gern unter engagierten Menschen vor Ort.",
    ),
    "body": [
        heading(
            t(
                "Formålet med samarbejdet",
                en="Purpose of the cooperation",
                sv="Syftet med samarbetet",
                nb="Formålet med samarbeidet",
                fi="Yhteistyön tarkoitus",
                de="Ziel der Zusammenarbeit",
            )
        ),
        {
            "type": "paragraph",
            "value": p(
                t(
                    "Haderslev Kommune har tre nordiske venskabsbyer: Varberg i Sverige, "
                    "Sandefjord i Norge og Uusikaupunki i Finland. Desuden er Lutherstadt "
                    "Wittenberg i Tyskland og Braine i Frankrig venskabsbyer.",
                    en="Haderslev Municipality has three Nordic twin towns: Varberg in Sweden, "
                    "Sandefjord in Norway and Uusikaupunki in Finland. Lutherstadt Wittenberg in "
                    "Germany and Braine in France are twin towns too.",
                    sv="Haderslevs kommun har tre nordiska vänorter: Varberg i Sverige, "
                    "Sandefjord i Norge och Nystad (Uusikaupunki) i Finland. Dessutom är "
                    "Lutherstadt Wittenberg i Tyskland och Braine i Frankrike vänorter.",
                    nb="Haderslev kommune har tre nordiske vennskapsbyer: Varberg i Sverige, "
                    "Sandefjord i Norge og Uusikaupunki i Finland. I tillegg er Lutherstadt "
                    "Wittenberg i Tyskland og Braine i Frankrike vennskapsbyer.",
                    fi="Haderslevin kunnalla on kolme pohjoismaista ystävyyskaupunkia: Varberg "
                    "Ruotsissa, Sandefjord Norjassa ja Uusikaupunki Suomessa. Lisäksi "
                    "ystävyyskaupunkeja ovat Lutherstadt Wittenberg Saksassa ja Braine Ranskassa.",
                    de="Die Kommune Haderslev hat drei nordische Partnerstädte: Varberg in "
                    "Schweden, Sandefjord in Norwegen und Uusikaupunki in Finnland. Außerdem sind "
                    "Lutherstadt Wittenberg in Deutschland und Braine in Frankreich Partnerstädte.",
                )
            )
            + p(
                t(
                    "Politik for medborgerskab og samspil med frivillige slår fast, at det "
                    "nordiske venskabsbysamarbejde skal fortsættes og levendegøres. Målet er faste "
                    "og længerevarende kontakter mellem mennesker – gerne blandt de ildsjæle, der "
                    "giver energi til foreningsliv og lokalsamfund.",
                    en="The policy for active citizenship and cooperation with volunteers states "
                    "that the Nordic twin-town cooperation is to be continued and brought to life. "
                    "The aim is lasting, long-term contacts between people – preferably among the "
                    "local champions who give energy to associations and local communities.",
                    sv="Kommunens policy för medborgarskap och samspel med frivilliga slår fast "
                    "att det nordiska vänortssamarbetet ska fortsätta och fyllas med liv. Målet är "
                    "fasta och långvariga kontakter mellan människor – gärna bland de eldsjälar "
                    "som ger energi åt föreningsliv och lokalsamhällen.",
                    nb="Kommunens politikk for medborgerskap og samspill med frivillige slår fast "
                    "at det nordiske vennskapsbysamarbeidet skal videreføres og fylles med liv. "
                    "Målet er faste og langvarige kontakter mellom mennesker – gjerne blant "
                    "ildsjelene som gir energi til foreningsliv og lokalsamfunn.",
                    fi="Kunnan kansalaisaktiivisuutta ja vapaaehtoisyhteistyötä koskevan "
                    "linjauksen mukaan pohjoismaista ystävyyskaupunkiyhteistyötä jatketaan ja "
                    "elävöitetään. Tavoitteena ovat pysyvät yhteydet ihmisten välillä – mieluiten "
                    "niiden aktiivien kesken, jotka antavat voimaa yhdistyksille ja "
                    "paikallisyhteisöille.",
                    de="Die Politik der Kommune für Bürgerschaft und Zusammenarbeit mit "
                    "Ehrenamtlichen legt fest, dass die nordische Städtepartnerschaft fortgeführt "
                    "und mit Leben gefüllt wird. Ziel sind feste, langfristige Kontakte zwischen "
                    "Menschen – gern unter denen, die Vereinsleben und Ortsgemeinschaften mit "
                    "ihrem Engagement tragen.",
                )
            ),
        },
        heading(
            t(
                "Sådan kan du være med",
                en="How to take part",
                sv="Så kan du delta",
                nb="Slik kan du være med",
                fi="Näin voit osallistua",
                de="So können Sie mitmachen",
            )
        ),
        {
            "type": "paragraph",
            "value": bullet_list(
                [
                    t(
                        "Foreninger, skoler og grupper af borgere kan tage initiativ til et "
                        "fælles projekt med en forening eller gruppe i en af venskabsbyerne.",
                        en="Associations, schools and groups of citizens can start a joint "
                        "project with an association or group in one of the twin towns.",
                        sv="Föreningar, skolor och grupper av invånare kan ta initiativ till ett "
                        "gemensamt projekt med en förening eller grupp i någon av vänorterna.",
                        nb="Foreninger, skoler og grupper av innbyggere kan ta initiativ til et "
                        "felles prosjekt med en forening eller gruppe i en av vennskapsbyene.",
                        fi="Yhdistykset, koulut ja asukasryhmät voivat tehdä aloitteen yhteisestä "
                        "hankkeesta jonkin ystävyyskaupungin yhdistyksen tai ryhmän kanssa.",
                        de="Vereine, Schulen und Gruppen von Bürgerinnen und Bürgern können ein "
                        "gemeinsames Projekt mit einem Verein oder einer Gruppe in einer der "
                        "Partnerstädte anstoßen.",
                    ),
                    t(
                        "Kommunens medarbejdere kan hjælpe med at søge puljemidler og lignende "
                        "til et fælles projekt.",
                        en="Municipal staff can help you apply for funding pools and similar "
                        "support for a joint project.",
                        sv="Kommunens medarbetare kan hjälpa till att söka bidrag till ett "
                        "gemensamt projekt.",
                        nb="Kommunens ansatte kan hjelpe med å søke tilskudd til et felles "
                        "prosjekt.",
                        fi="Kunnan työntekijät voivat auttaa hakemaan avustuksia yhteiseen "
                        "hankkeeseen.",
                        de="Mitarbeitende der Kommune helfen bei Anträgen auf Fördermittel für ein "
                        "gemeinsames Projekt.",
                    ),
                    t(
                        "Partnere i venskabsbyerne kan læse om de fælles projekter her på siden "
                        "og være med til at skrive om dem.",
                        en="Partners in the twin towns can read about the joint projects here and "
                        "help write about them.",
                        sv="Partner i vänorterna kan läsa om de gemensamma projekten här och vara "
                        "med och skriva om dem.",
                        nb="Partnere i vennskapsbyene kan lese om de felles prosjektene her og "
                        "være med på å skrive om dem.",
                        fi="Ystävyyskaupunkien kumppanit voivat lukea yhteisistä hankkeista täältä "
                        "ja osallistua niistä kirjoittamiseen.",
                        de="Partner in den Partnerstädten können hier über die gemeinsamen "
                        "Projekte lesen und selbst darüber schreiben.",
                    ),
                ]
            ),
        },
        heading(
            t(
                "Venskabsbystævnet",
                en="The twin-town meeting",
                sv="Vänortsmötet",
                nb="Vennskapsbystevnet",
                fi="Ystävyyskaupunkitapaaminen",
                de="Das Partnerstädtetreffen",
            )
        ),
        {
            "type": "paragraph",
            "value": p(
                t(
                    "I nordiske venskabsbysamarbejder er det almindeligt, at byerne på skift holder "
                    "et venskabsbystævne, ofte i samarbejde med Foreningen Norden. Et stævne samler "
                    "politikere, foreninger og ildsjæle fra alle byerne og er et godt sted at få "
                    "nye fælles projekter i gang.",
                    en="In Nordic twin-town cooperation the towns commonly take turns to host a "
                    "twin-town meeting, often together with the Norden Association. A meeting "
                    "brings together politicians, associations and local champions from all the "
                    "towns and is a good place to start new joint projects.",
                    sv="I nordiska vänortssamarbeten turas orterna ofta om att stå värd för ett "
                    "vänortsmöte, gärna tillsammans med Föreningen Norden. Mötet samlar politiker, "
                    "föreningar och eldsjälar från alla orterna och är ett bra tillfälle att "
                    "starta nya gemensamma projekt.",
                    nb="I nordiske vennskapsbysamarbeid er det vanlig at byene etter tur "
                    "arrangerer et vennskapsbystevne, ofte sammen med Foreningen Norden. Stevnet "
                    "samler politikere, foreninger og ildsjeler fra alle byene og er et godt sted "
                    "å starte nye felles prosjekter.",
                    fi="Pohjoismaisessa ystävyyskaupunkiyhteistyössä kaupungit järjestävät usein "
                    "vuorotellen ystävyyskaupunkitapaamisen, usein yhdessä Norden-yhdistysten "
                    "kanssa. Tapaaminen kokoaa poliitikkoja, yhdistyksiä ja aktiiveja kaikista "
                    "kaupungeista, ja siellä on hyvä käynnistää uusia yhteisiä hankkeita.",
                    de="In nordischen Städtepartnerschaften richten die Städte oft reihum ein "
                    "Partnerstädtetreffen aus, häufig zusammen mit den Norden-Vereinen. Das "
                    "Treffen bringt Politik, Vereine und Engagierte aus allen Städten zusammen und "
                    "ist ein guter Ort, um neue gemeinsame Projekte zu beginnen.",
                )
            ),
        },
    ],
}

PROJECT_INDEX = {
    "title": t(
        "Projekter",
        en="Projects",
        sv="Projekt",
        nb="Prosjekter",
        fi="Hankkeet",
        de="Projekte",
    ),
    "intro": t(
        "De projekter, som Haderslev og venskabsbyerne laver sammen – de aktuelle står først.",
        en="The projects Haderslev and its twin towns carry out together – current ones first.",
        sv="Projekt som Haderslev och vänorterna genomför tillsammans – de pågående först.",
        nb="Prosjekter som Haderslev og vennskapsbyene gjennomfører sammen – de pågående først.",
        fi="Haderslevin ja ystävyyskaupunkien yhteiset hankkeet – käynnissä olevat ensin.",
        de="Projekte, die Haderslev und die Partnerstädte gemeinsam durchführen – laufende zuerst.",
    ),
}

# A link from the policy's initiative to the twin towns, added once when the index is created.
INITIATIVE_LINK = {
    "title": t(
        "Venskabsbyerne og de fælles projekter",
        en="The twin towns and the joint projects",
    ),
    "text": t(
        "Læs om venskabsbyerne, se dem på et kort, og find de projekter, som Haderslev laver "
        "sammen med dem.",
        en="Read about the twin towns, see them on a map and find the projects Haderslev carries "
        "out with them.",
    ),
    "button_label": t("Se venskabsbyerne", en="See the twin towns"),
}

# --- The towns ----------------------------------------------------------------------------------

TOWNS = [
    {
        "slug": "varberg",
        "title": t("Varberg", en="Varberg", sv="Varberg"),
        "local_name": "Varberg",
        "country": Country.SWEDEN,
        "language": Language.SWEDISH,
        "latitude": Decimal("57.106"),
        "longitude": Decimal("12.250"),
        "intro": t(
            "Varberg i Sverige er en af Haderslev Kommunes tre nordiske venskabsbyer.",
            en="Varberg in Sweden is one of Haderslev Municipality's three Nordic twin towns.",
            sv="Varberg är en av Haderslevs kommuns tre nordiska vänorter.",
        ),
        "body": paragraphs(
            p(
                t(
                    "Sammen med Sandefjord i Norge og Uusikaupunki i Finland udgør Varberg det "
                    "nordiske venskabsbysamarbejde, som Haderslev Kommune vil fortsætte og "
                    "levendegøre med faste og længerevarende kontakter.",
                    en="Together with Sandefjord in Norway and Uusikaupunki in Finland, Varberg "
                    "makes up the Nordic twin-town cooperation, which Haderslev Municipality wants "
                    "to continue and bring to life through lasting, long-term contacts.",
                    sv="Tillsammans med Sandefjord i Norge och Nystad (Uusikaupunki) i Finland "
                    "utgör Varberg det nordiska vänortssamarbetet, som Haderslevs kommun vill föra "
                    "vidare och fylla med liv genom fasta och långvariga kontakter.",
                )
            )
        ),
        "contacts": ["varberg"],
    },
    {
        "slug": "sandefjord",
        "title": t("Sandefjord", en="Sandefjord", nb="Sandefjord"),
        "local_name": "Sandefjord",
        "country": Country.NORWAY,
        "language": Language.NORWEGIAN_BOKMAAL,
        "latitude": Decimal("59.131"),
        "longitude": Decimal("10.216"),
        "intro": t(
            "Sandefjord i Norge er en af Haderslev Kommunes tre nordiske venskabsbyer.",
            en="Sandefjord in Norway is one of Haderslev Municipality's three Nordic twin towns.",
            nb="Sandefjord er en av Haderslev kommunes tre nordiske vennskapsbyer.",
        ),
        "body": paragraphs(
            p(
                t(
                    "I Sandefjord er bokmål det officielle skriftsprog. Sammen med Varberg og "
                    "Uusikaupunki er Sandefjord en del af det nordiske venskabsbysamarbejde.",
                    en="In Sandefjord, Bokmål is the official written form of Norwegian. Together "
                    "with Varberg and Uusikaupunki, Sandefjord is part of the Nordic twin-town "
                    "cooperation.",
                    nb="I Sandefjord er bokmål den offisielle målformen. Sammen med Varberg og "
                    "Uusikaupunki er Sandefjord en del av det nordiske vennskapsbysamarbeidet.",
                )
            )
        ),
        "contacts": ["sandefjord"],
    },
    {
        "slug": "uusikaupunki",
        "title": t("Uusikaupunki", en="Uusikaupunki", fi="Uusikaupunki", sv="Nystad"),
        "local_name": "Uusikaupunki",
        "country": Country.FINLAND,
        "language": Language.FINNISH,
        "latitude": Decimal("60.800"),
        "longitude": Decimal("21.408"),
        "intro": t(
            "Uusikaupunki i Finland – på svensk Nystad – er en af Haderslev Kommunes tre nordiske "
            "venskabsbyer.",
            en="Uusikaupunki in Finland – Nystad in Swedish – is one of Haderslev Municipality's "
            "three Nordic twin towns.",
            fi="Uusikaupunki – ruotsiksi Nystad – on yksi Haderslevin kunnan kolmesta "
            "pohjoismaisesta ystävyyskaupungista.",
        ),
        "body": paragraphs(
            p(
                t(
                    "Byen er næsten helt finsksproget: omkring 98,8 procent af indbyggerne taler "
                    "finsk. Sammen med Varberg og Sandefjord er Uusikaupunki en del af det "
                    "nordiske venskabsbysamarbejde.",
                    en="The town is almost entirely Finnish-speaking: about 98.8 per cent of its "
                    "inhabitants speak Finnish. Together with Varberg and Sandefjord, Uusikaupunki "
                    "is part of the Nordic twin-town cooperation.",
                    fi="Kaupunki on lähes täysin suomenkielinen: noin 98,8 prosenttia asukkaista "
                    "puhuu suomea. Varbergin ja Sandefjordin kanssa Uusikaupunki kuuluu "
                    "pohjoismaiseen ystävyyskaupunkiyhteistyöhön.",
                )
            )
        ),
        "contacts": ["uusikaupunki"],
    },
    {
        "slug": "lutherstadt-wittenberg",
        "title": t(
            "Lutherstadt Wittenberg", en="Lutherstadt Wittenberg", de="Lutherstadt Wittenberg"
        ),
        "local_name": "Lutherstadt Wittenberg",
        "country": Country.GERMANY,
        "language": Language.GERMAN,
        "latitude": Decimal("51.866"),
        "longitude": Decimal("12.649"),
        "intro": t(
            "Lutherstadt Wittenberg i Tyskland er en af Haderslev Kommunes venskabsbyer uden for "
            "Norden.",
            en="Lutherstadt Wittenberg in Germany is one of Haderslev Municipality's twin towns "
            "outside the Nordic countries.",
            de="Lutherstadt Wittenberg ist eine der Partnerstädte der Kommune Haderslev "
            "außerhalb des Nordens.",
        ),
        "body": paragraphs(
            p(
                t(
                    "Omkring 6 procent af Haderslev Kommunes indbyggere hører til det tyske "
                    "mindretal, og tysk er et af sitets seks sprog.",
                    en="About 6 per cent of Haderslev Municipality's inhabitants belong to the "
                    "German minority, and German is one of the six languages of this site.",
                    de="Rund 6 Prozent der Einwohnerinnen und Einwohner der Kommune Haderslev "
                    "gehören zur deutschen Minderheit, und Deutsch ist eine der sechs Sprachen "
                    "dieser Website.",
                )
            )
        ),
        "contacts": [],
    },
    {
        "slug": "braine",
        "title": t("Braine", en="Braine"),
        "local_name": "Braine",
        "country": Country.FRANCE,
        "language": Language.FRENCH,
        "latitude": Decimal("49.342"),
        "longitude": Decimal("3.532"),
        "intro": t(
            "Braine i Frankrig er en af Haderslev Kommunes venskabsbyer uden for Norden.",
            en="Braine in France is one of Haderslev Municipality's twin towns outside the Nordic "
            "countries.",
        ),
        "body": [],
        "contacts": [],
    },
]

NORDIC = ["varberg", "sandefjord", "uusikaupunki"]

# --- Example projects -------------------------------------------------------------------------

PROJECTS = [
    {
        "slug": "nordisk-ungdomsuge",
        "title": t("Eksempel: Nordisk ungdomsuge", en="Example: Nordic youth week"),
        "intro": t(
            "Eksempel: Unge fra Haderslev og de nordiske venskabsbyer mødes en uge om sommeren til "
            "fællesskab, idræt og kultur.",
            en="Example: Young people from Haderslev and the Nordic twin towns meet for a week in "
            "summer for community, sport and culture.",
        ),
        "status": ProjectStatus.PLANNED,
        "start_date": datetime.date(2027, 7, 5),
        "end_date": datetime.date(2027, 7, 11),
        "towns": NORDIC,
        "themes": ["synlighed", "erhverv-og-uddannelse"],
        "body": paragraphs(
            p(
                t(
                    "Eksempel: Ungdomsugen bygger på de nordiske ungdomsuger (NOVU), som mange "
                    "nordiske venskabsbyer holder på skift. Unge mellem 14 og 17 år bor hos "
                    "værtsfamilier og laver aktiviteter sammen med unge fra de andre byer.",
                    en="Example: The youth week builds on the Nordic youth weeks (NOVU) that many "
                    "Nordic twin towns take turns to host. Young people aged 14 to 17 stay with "
                    "host families and share activities with young people from the other towns.",
                )
            ),
            p(
                t(
                    "Eksempel: Ugen skaber venskaber på tværs af grænserne – og måske morgendagens "
                    "ildsjæle i samarbejdet.",
                    en="Example: The week creates friendships across borders – and perhaps "
                    "tomorrow's local champions of the cooperation.",
                )
            ),
        ),
        "results": [],
        "contacts": [("haderslev", None), *((town, town) for town in NORDIC)],
    },
    {
        "slug": "frivilligudveksling",
        "title": t(
            "Eksempel: Frivilligudveksling mellem frivilligcentrene",
            en="Example: Volunteer exchange between the volunteer centres",
        ),
        "intro": t(
            "Eksempel: Frivillige fra FrivilligCenter Haderslev og et frivilligcenter i Varberg "
            "besøger hinanden og deler erfaringer med at finde og fastholde frivillige.",
            en="Example: Volunteers from FrivilligCenter Haderslev and a volunteer centre in "
            "Varberg visit each other and share experience of finding and keeping volunteers.",
        ),
        "status": ProjectStatus.IN_PROGRESS,
        "start_date": datetime.date(2026, 3, 1),
        "end_date": None,
        "towns": ["varberg"],
        "themes": ["sammenhaeng-og-tilgaengelighed", "sundhed-og-baeredygtighed"],
        "body": paragraphs(
            p(
                t(
                    "Eksempel: To gange om året besøger en gruppe frivillige det andet "
                    "frivilligcenter. De møder foreninger og selvhjælpsgrupper og tager nye idéer "
                    "med hjem.",
                    en="Example: Twice a year a group of volunteers visits the other volunteer "
                    "centre. They meet associations and self-help groups and bring new ideas home.",
                )
            )
        ),
        "results": [],
        "contacts": [("frivilligcenter", None), ("frivilligcenter-varberg", "varberg")],
    },
    {
        "slug": "venskabsbystaevne-i-haderslev",
        "title": t(
            "Eksempel: Venskabsbystævne i Haderslev",
            en="Example: Twin-town meeting in Haderslev",
        ),
        "intro": t(
            "Eksempel: De nordiske venskabsbyer mødtes i Haderslev til det venskabsbystævne, som "
            "byerne holder på skift.",
            en="Example: The Nordic twin towns met in Haderslev for the twin-town meeting the "
            "towns take turns to host.",
        ),
        "status": ProjectStatus.DONE,
        "start_date": datetime.date(2026, 6, 12),
        "end_date": datetime.date(2026, 6, 14),
        "towns": NORDIC,
        "themes": ["synlighed"],
        "body": paragraphs(
            p(
                t(
                    "Eksempel: Stævnet blev arrangeret i samarbejde med Foreningen Norden. "
                    "Deltagere fra alle fire byer var med til foreningsbesøg, byvandring og en "
                    "aften om ildsjæle i lokalsamfundet.",
                    en="Example: The meeting was organised together with the Norden Association. "
                    "Participants from all four towns joined visits to associations, a town walk "
                    "and an evening about local champions in the community.",
                )
            )
        ),
        "results": paragraphs(
            p(
                t(
                    "Eksempel: Stævnet satte to nye samarbejder i gang: en fælles ungdomsuge og en "
                    "udveksling mellem frivilligcentrene.",
                    en="Example: The meeting started two new collaborations: a joint youth week and "
                    "an exchange between the volunteer centres.",
                )
            )
        ),
        "contacts": [("haderslev", None)],
    },
]


# The towns, the projects and the contacts' roles in every partner language too, so the whole
# twin-town section reads in German, Swedish, Bokmål and Finnish (each town's page already has
# its own language above). Keyed by the Danish segment, like `t()`; the coverage test checks
# that no key has drifted from the text seeded above.
PARTNER_LANGUAGE_TRANSLATIONS = {
    # Varberg
    "Varberg": {"de": "Varberg", "nb": "Varberg", "fi": "Varberg"},
    "Varberg i Sverige er en af Haderslev Kommunes tre nordiske venskabsbyer.": {
        "de": "Varberg in Schweden ist eine der drei nordischen Partnerstädte der Kommune "
        "Haderslev.",
        "nb": "Varberg i Sverige er en av Haderslev kommunes tre nordiske vennskapsbyer.",
        "fi": "Varberg Ruotsissa on yksi Haderslevin kunnan kolmesta pohjoismaisesta "
        "ystävyyskaupungista.",
    },
    "Sammen med Sandefjord i Norge og Uusikaupunki i Finland udgør Varberg det nordiske "
    "venskabsbysamarbejde, som Haderslev Kommune vil fortsætte og levendegøre med faste og "
    "længerevarende kontakter.": {
        "de": "Zusammen mit Sandefjord in Norwegen und Uusikaupunki in Finnland bildet Varberg "
        "die nordische Städtepartnerschaft, die die Kommune Haderslev mit festen, langfristigen "
        "Kontakten fortführen und mit Leben füllen will.",
        "nb": "Sammen med Sandefjord i Norge og Uusikaupunki i Finland utgjør Varberg det "
        "nordiske vennskapsbysamarbeidet, som Haderslev kommune vil videreføre og fylle med liv "
        "gjennom faste og langvarige kontakter.",
        "fi": "Yhdessä Norjan Sandefjordin ja Suomen Uudenkaupungin kanssa Varberg muodostaa "
        "pohjoismaisen ystävyyskaupunkiyhteistyön, jota Haderslevin kunta haluaa jatkaa ja "
        "elävöittää pysyvin ja pitkäaikaisin yhteyksin.",
    },
    # Sandefjord
    "Sandefjord": {"de": "Sandefjord", "sv": "Sandefjord", "fi": "Sandefjord"},
    "Sandefjord i Norge er en af Haderslev Kommunes tre nordiske venskabsbyer.": {
        "de": "Sandefjord in Norwegen ist eine der drei nordischen Partnerstädte der Kommune "
        "Haderslev.",
        "sv": "Sandefjord i Norge är en av Haderslevs kommuns tre nordiska vänorter.",
        "fi": "Sandefjord Norjassa on yksi Haderslevin kunnan kolmesta pohjoismaisesta "
        "ystävyyskaupungista.",
    },
    "I Sandefjord er bokmål det officielle skriftsprog. Sammen med Varberg og Uusikaupunki er "
    "Sandefjord en del af det nordiske venskabsbysamarbejde.": {
        "de": "In Sandefjord ist Bokmål die offizielle Schriftsprache. Zusammen mit Varberg und "
        "Uusikaupunki gehört Sandefjord zur nordischen Städtepartnerschaft.",
        "sv": "I Sandefjord är bokmål det officiella skriftspråket. Tillsammans med Varberg och "
        "Nystad (Uusikaupunki) är Sandefjord en del av det nordiska vänortssamarbetet.",
        "fi": "Sandefjordissa virallinen kirjakieli on bokmål. Varbergin ja Uudenkaupungin "
        "kanssa Sandefjord kuuluu pohjoismaiseen ystävyyskaupunkiyhteistyöhön.",
    },
    # Uusikaupunki
    "Uusikaupunki": {"de": "Uusikaupunki", "nb": "Uusikaupunki"},
    "Uusikaupunki i Finland – på svensk Nystad – er en af Haderslev Kommunes tre nordiske "
    "venskabsbyer.": {
        "de": "Uusikaupunki in Finnland – auf Schwedisch Nystad – ist eine der drei nordischen "
        "Partnerstädte der Kommune Haderslev.",
        "sv": "Nystad i Finland – på finska Uusikaupunki – är en av Haderslevs kommuns tre "
        "nordiska vänorter.",
        "nb": "Uusikaupunki i Finland – på svensk Nystad – er en av Haderslev kommunes tre "
        "nordiske vennskapsbyer.",
    },
    "Byen er næsten helt finsksproget: omkring 98,8 procent af indbyggerne taler finsk. Sammen "
    "med Varberg og Sandefjord er Uusikaupunki en del af det nordiske venskabsbysamarbejde.": {
        "de": "Die Stadt ist fast vollständig finnischsprachig: Rund 98,8 Prozent der "
        "Einwohnerinnen und Einwohner sprechen Finnisch. Zusammen mit Varberg und Sandefjord "
        "gehört Uusikaupunki zur nordischen Städtepartnerschaft.",
        "sv": "Staden är nästan helt finskspråkig: omkring 98,8 procent av invånarna talar "
        "finska. Tillsammans med Varberg och Sandefjord är Nystad en del av det nordiska "
        "vänortssamarbetet.",
        "nb": "Byen er nesten helt finskspråklig: omkring 98,8 prosent av innbyggerne snakker "
        "finsk. Sammen med Varberg og Sandefjord er Uusikaupunki en del av det nordiske "
        "vennskapsbysamarbeidet.",
    },
    # Lutherstadt Wittenberg
    "Lutherstadt Wittenberg": {
        "sv": "Lutherstadt Wittenberg",
        "nb": "Lutherstadt Wittenberg",
        "fi": "Lutherstadt Wittenberg",
    },
    "Lutherstadt Wittenberg i Tyskland er en af Haderslev Kommunes venskabsbyer uden for Norden.": {
        "sv": "Lutherstadt Wittenberg i Tyskland är en av Haderslevs kommuns vänorter utanför "
        "Norden.",
        "nb": "Lutherstadt Wittenberg i Tyskland er en av Haderslev kommunes vennskapsbyer "
        "utenfor Norden.",
        "fi": "Lutherstadt Wittenberg Saksassa on yksi Haderslevin kunnan ystävyyskaupungeista "
        "Pohjoismaiden ulkopuolella.",
    },
    "Omkring 6 procent af Haderslev Kommunes indbyggere hører til det tyske mindretal, og tysk "
    "er et af sitets seks sprog.": {
        "sv": "Omkring 6 procent av invånarna i Haderslevs kommun tillhör den tyska minoriteten, "
        "och tyska är ett av webbplatsens sex språk.",
        "nb": "Omkring 6 prosent av innbyggerne i Haderslev kommune tilhører det tyske "
        "mindretallet, og tysk er ett av nettstedets seks språk.",
        "fi": "Noin 6 prosenttia Haderslevin kunnan asukkaista kuuluu saksalaiseen "
        "vähemmistöön, ja saksa on yksi sivuston kuudesta kielestä.",
    },
    # Braine
    "Braine": {"de": "Braine", "sv": "Braine", "nb": "Braine", "fi": "Braine"},
    "Braine i Frankrig er en af Haderslev Kommunes venskabsbyer uden for Norden.": {
        "de": "Braine in Frankreich ist eine der Partnerstädte der Kommune Haderslev außerhalb "
        "des Nordens.",
        "sv": "Braine i Frankrike är en av Haderslevs kommuns vänorter utanför Norden.",
        "nb": "Braine i Frankrike er en av Haderslev kommunes vennskapsbyer utenfor Norden.",
        "fi": "Braine Ranskassa on yksi Haderslevin kunnan ystävyyskaupungeista Pohjoismaiden "
        "ulkopuolella.",
    },
    # Project: the Nordic youth week
    "Eksempel: Nordisk ungdomsuge": {
        "de": "Beispiel: Nordische Jugendwoche",
        "sv": "Exempel: Nordisk ungdomsvecka",
        "nb": "Eksempel: Nordisk ungdomsuke",
        "fi": "Esimerkki: Pohjoismainen nuorisoviikko",
    },
    "Eksempel: Unge fra Haderslev og de nordiske venskabsbyer mødes en uge om sommeren til "
    "fællesskab, idræt og kultur.": {
        "de": "Beispiel: Jugendliche aus Haderslev und den nordischen Partnerstädten treffen "
        "sich im Sommer eine Woche lang zu Gemeinschaft, Sport und Kultur.",
        "sv": "Exempel: Ungdomar från Haderslev och de nordiska vänorterna träffas en vecka på "
        "sommaren för gemenskap, idrott och kultur.",
        "nb": "Eksempel: Ungdommer fra Haderslev og de nordiske vennskapsbyene møtes en uke om "
        "sommeren til fellesskap, idrett og kultur.",
        "fi": "Esimerkki: Nuoret Haderslevistä ja pohjoismaisista ystävyyskaupungeista "
        "kokoontuvat kesällä viikoksi yhdessäoloon, urheiluun ja kulttuuriin.",
    },
    "Eksempel: Ungdomsugen bygger på de nordiske ungdomsuger (NOVU), som mange nordiske "
    "venskabsbyer holder på skift. Unge mellem 14 og 17 år bor hos værtsfamilier og laver "
    "aktiviteter sammen med unge fra de andre byer.": {
        "de": "Beispiel: Die Jugendwoche baut auf den nordischen Jugendwochen (NOVU) auf, die "
        "viele nordische Partnerstädte reihum ausrichten. Jugendliche zwischen 14 und 17 Jahren "
        "wohnen bei Gastfamilien und unternehmen gemeinsam mit Jugendlichen aus den anderen "
        "Städten Aktivitäten.",
        "sv": "Exempel: Ungdomsveckan bygger på de nordiska ungdomsveckorna (NOVU), som många "
        "nordiska vänorter turas om att ordna. Ungdomar mellan 14 och 17 år bor hos "
        "värdfamiljer och gör aktiviteter tillsammans med ungdomar från de andra orterna.",
        "nb": "Eksempel: Ungdomsuken bygger på de nordiske ungdomsukene (NOVU), som mange "
        "nordiske vennskapsbyer arrangerer etter tur. Ungdommer mellom 14 og 17 år bor hos "
        "vertsfamilier og gjør aktiviteter sammen med ungdommer fra de andre byene.",
        "fi": "Esimerkki: Nuorisoviikko perustuu pohjoismaisiin nuorisoviikkoihin (NOVU), joita "
        "monet pohjoismaiset ystävyyskaupungit järjestävät vuorotellen. 14–17-vuotiaat nuoret "
        "asuvat isäntäperheissä ja osallistuvat toimintaan yhdessä muiden kaupunkien nuorten "
        "kanssa.",
    },
    "Eksempel: Ugen skaber venskaber på tværs af grænserne – og måske morgendagens ildsjæle i "
    "samarbejdet.": {
        "de": "Beispiel: Die Woche stiftet Freundschaften über Grenzen hinweg – und vielleicht "
        "die engagierten Menschen, die die Zusammenarbeit morgen tragen.",
        "sv": "Exempel: Veckan skapar vänskap över gränserna – och kanske morgondagens "
        "eldsjälar i samarbetet.",
        "nb": "Eksempel: Uken skaper vennskap på tvers av grensene – og kanskje morgendagens "
        "ildsjeler i samarbeidet.",
        "fi": "Esimerkki: Viikko luo ystävyyssuhteita yli rajojen – ja ehkä yhteistyön "
        "tulevaisuuden tulisieluja.",
    },
    # Project: the volunteer exchange
    "Eksempel: Frivilligudveksling mellem frivilligcentrene": {
        "de": "Beispiel: Austausch von Ehrenamtlichen zwischen den Freiwilligenzentren",
        "sv": "Exempel: Frivilligutbyte mellan frivilligcentralerna",
        "nb": "Eksempel: Frivilligutveksling mellom frivilligsentralene",
        "fi": "Esimerkki: Vapaaehtoisvaihto vapaaehtoiskeskusten välillä",
    },
    "Eksempel: Frivillige fra FrivilligCenter Haderslev og et frivilligcenter i Varberg besøger "
    "hinanden og deler erfaringer med at finde og fastholde frivillige.": {
        "de": "Beispiel: Ehrenamtliche des FrivilligCenter Haderslev und eines "
        "Freiwilligenzentrums in Varberg besuchen einander und tauschen Erfahrungen darüber aus, "
        "wie man Ehrenamtliche findet und hält.",
        "sv": "Exempel: Frivilliga från FrivilligCenter Haderslev och en frivilligcentral i "
        "Varberg besöker varandra och delar erfarenheter av att hitta och behålla frivilliga.",
        "nb": "Eksempel: Frivillige fra FrivilligCenter Haderslev og en frivilligsentral i "
        "Varberg besøker hverandre og deler erfaringer med å finne og beholde frivillige.",
        "fi": "Esimerkki: FrivilligCenter Haderslevin ja erään varbergilaisen "
        "vapaaehtoiskeskuksen vapaaehtoiset vierailevat toistensa luona ja jakavat kokemuksia "
        "vapaaehtoisten löytämisestä ja pitämisestä mukana.",
    },
    "Eksempel: To gange om året besøger en gruppe frivillige det andet frivilligcenter. De "
    "møder foreninger og selvhjælpsgrupper og tager nye idéer med hjem.": {
        "de": "Beispiel: Zweimal im Jahr besucht eine Gruppe Ehrenamtlicher das andere "
        "Freiwilligenzentrum. Sie treffen Vereine und Selbsthilfegruppen und nehmen neue Ideen "
        "mit nach Hause.",
        "sv": "Exempel: Två gånger om året besöker en grupp frivilliga den andra "
        "frivilligcentralen. De träffar föreningar och självhjälpsgrupper och tar med sig nya "
        "idéer hem.",
        "nb": "Eksempel: To ganger i året besøker en gruppe frivillige den andre "
        "frivilligsentralen. De møter foreninger og selvhjelpsgrupper og tar med seg nye ideer "
        "hjem.",
        "fi": "Esimerkki: Kahdesti vuodessa ryhmä vapaaehtoisia vierailee toisessa "
        "vapaaehtoiskeskuksessa. He tapaavat yhdistyksiä ja vertaistukiryhmiä ja vievät kotiin "
        "uusia ideoita.",
    },
    # Project: the twin-town meeting in Haderslev
    "Eksempel: Venskabsbystævne i Haderslev": {
        "de": "Beispiel: Partnerstädtetreffen in Haderslev",
        "sv": "Exempel: Vänortsmöte i Haderslev",
        "nb": "Eksempel: Vennskapsbystevne i Haderslev",
        "fi": "Esimerkki: Ystävyyskaupunkitapaaminen Haderslevissä",
    },
    "Eksempel: De nordiske venskabsbyer mødtes i Haderslev til det venskabsbystævne, som byerne "
    "holder på skift.": {
        "de": "Beispiel: Die nordischen Partnerstädte trafen sich in Haderslev zu dem "
        "Partnerstädtetreffen, das die Städte reihum ausrichten.",
        "sv": "Exempel: De nordiska vänorterna möttes i Haderslev till det vänortsmöte som "
        "orterna turas om att stå värd för.",
        "nb": "Eksempel: De nordiske vennskapsbyene møttes i Haderslev til vennskapsbystevnet "
        "som byene arrangerer etter tur.",
        "fi": "Esimerkki: Pohjoismaiset ystävyyskaupungit kokoontuivat Haderslevissä "
        "ystävyyskaupunkitapaamiseen, jonka kaupungit järjestävät vuorotellen.",
    },
    "Eksempel: Stævnet blev arrangeret i samarbejde med Foreningen Norden. Deltagere fra alle "
    "fire byer var med til foreningsbesøg, byvandring og en aften om ildsjæle i "
    "lokalsamfundet.": {
        "de": "Beispiel: Das Treffen wurde zusammen mit Foreningen Norden ausgerichtet. "
        "Teilnehmende aus allen vier Städten besuchten Vereine, machten einen Stadtrundgang und "
        "verbrachten einen Abend über engagierte Menschen in der Ortsgemeinschaft.",
        "sv": "Exempel: Mötet arrangerades i samarbete med Foreningen Norden. Deltagare från "
        "alla fyra orterna var med på föreningsbesök, stadsvandring och en kväll om eldsjälar i "
        "lokalsamhället.",
        "nb": "Eksempel: Stevnet ble arrangert i samarbeid med Foreningen Norden. Deltakere fra "
        "alle fire byene var med på foreningsbesøk, byvandring og en kveld om ildsjeler i "
        "lokalsamfunnet.",
        "fi": "Esimerkki: Tapaaminen järjestettiin yhdessä Foreningen Nordenin kanssa. "
        "Osallistujat kaikista neljästä kaupungista vierailivat yhdistyksissä, tekivät "
        "kaupunkikävelyn ja viettivät illan, jonka aiheena olivat paikallisyhteisön tulisielut.",
    },
    "Eksempel: Stævnet satte to nye samarbejder i gang: en fælles ungdomsuge og en udveksling "
    "mellem frivilligcentrene.": {
        "de": "Beispiel: Das Treffen brachte zwei neue Kooperationen auf den Weg: eine "
        "gemeinsame Jugendwoche und einen Austausch zwischen den Freiwilligenzentren.",
        "sv": "Exempel: Mötet satte i gång två nya samarbeten: en gemensam ungdomsvecka och ett "
        "utbyte mellan frivilligcentralerna.",
        "nb": "Eksempel: Stevnet satte i gang to nye samarbeid: en felles ungdomsuke og en "
        "utveksling mellom frivilligsentralene.",
        "fi": "Esimerkki: Tapaaminen käynnisti kaksi uutta yhteistyötä: yhteisen "
        "nuorisoviikon ja vaihdon vapaaehtoiskeskusten välillä.",
    },
    # The contacts' roles and organisations
    "Eksempel: Frivilligkoordinator": {
        "de": "Beispiel: Koordination der Ehrenamtlichen",
        "nb": "Eksempel: Frivilligkoordinator",
        "fi": "Esimerkki: Vapaaehtoistoiminnan koordinaattori",
    },
    "Eksempel: Kontaktperson for frivillige og foreninger": {
        "de": "Beispiel: Ansprechperson für Ehrenamtliche und Vereine",
        "sv": "Exempel: Kontaktperson för frivilliga och föreningar",
        "nb": "Eksempel: Kontaktperson for frivillige og foreninger",
        "fi": "Esimerkki: Vapaaehtoisten ja yhdistysten yhteyshenkilö",
    },
    "Varberg Kommune": {"de": "Kommune Varberg", "nb": "Varberg kommune", "fi": "Varbergin kunta"},
    "Sandefjord Kommune": {
        "de": "Kommune Sandefjord",
        "sv": "Sandefjords kommun",
        "fi": "Sandefjordin kunta",
    },
    "Uusikaupunki Kommune": {
        "de": "Stadt Uusikaupunki",
        "sv": "Nystads stad",
        "nb": "Uusikaupunki kommune",
    },
    "FrivilligCenter Haderslev": {
        "de": "FrivilligCenter Haderslev (Freiwilligenzentrum)",
        "nb": "FrivilligCenter Haderslev (frivilligsentral)",
        "fi": "FrivilligCenter Haderslev (vapaaehtoiskeskus)",
    },
    "Eksempel: Frivilligcenter i Varberg": {
        "de": "Beispiel: Freiwilligenzentrum in Varberg",
        "nb": "Eksempel: Frivilligsentral i Varberg",
        "fi": "Esimerkki: Vapaaehtoiskeskus Varbergissa",
    },
}
for _danish, _by_language in PARTNER_LANGUAGE_TRANSLATIONS.items():
    t(_danish, **_by_language)

TRANSLATIONS = {language: dict(texts) for language, texts in _translations.items()}


# --- Seeding ------------------------------------------------------------------------------------


def _initiative(home):
    petal_slug, slug = INITIATIVE
    petal = PetalPage.objects.child_of(home).filter(slug=petal_slug).first()
    if petal is None:
        return None
    return InitiativePage.objects.child_of(petal).filter(slug=slug).first()


def _link_initiative_to_index(report: SeedReport, initiative, index) -> None:
    """Add a call to action to the twin towns at the end of the initiative's body.

    Runs once, when the index is created, so an editor who removes the link keeps it removed.
    An initiative with an editor's unpublished draft is left alone (publishing would publish it).
    """
    if initiative is None or initiative.has_unpublished_changes:
        return
    link = {**INITIATIVE_LINK, "link": {"page": index.id, "url": ""}}
    initiative.body = [
        *initiative.body.raw_data,
        {"type": "call_to_action", "value": link},
    ]
    initiative.save_revision().publish()
    report.add(True, f"link to {index.title} from {initiative.title}")


def seed(report: SeedReport) -> None:
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    petals = {petal.slug: petal for petal in PetalPage.objects.child_of(home)}
    contacts = {
        key: ensure_snippet(
            report,
            Contact,
            {"name": data["name"]},
            may_publish=True,
            is_example=data["name"].startswith("Eksempel"),
            **{k: v for k, v in data.items() if k != "name"},
        )
        for key, data in CONTACTS.items()
    }

    index_is_new = not home.get_children().filter(slug=INDEX_SLUG).exists()
    initiative = _initiative(home)
    index = ensure_page(
        report,
        home,
        TwinTownIndexPage,
        INDEX_SLUG,
        show_in_menus=True,
        related_initiative=initiative,
        **INDEX,
    )

    towns = {}
    for town_data in TOWNS:
        fields = dict(town_data)
        slug = fields.pop("slug")
        links = [TwinTownContact(contact=contacts[key]) for key in fields.pop("contacts")]
        towns[slug] = ensure_page(report, index, TwinTownPage, slug, contact_links=links, **fields)

    project_index = ensure_page(
        report, index, TwinTownProjectIndexPage, "projekter", **PROJECT_INDEX
    )
    for project_data in PROJECTS:
        fields = dict(project_data)
        slug = fields.pop("slug")
        links = [
            TwinTownProjectContact(
                contact=contacts[contact_key], town=towns[town_key] if town_key else None
            )
            for contact_key, town_key in fields.pop("contacts")
        ]
        ensure_page(
            report,
            project_index,
            TwinTownProjectPage,
            slug,
            is_example=True,  # the projects are examples
            towns=[towns[key] for key in fields.pop("towns")],
            themes=[petals[key] for key in fields.pop("themes") if key in petals],
            contact_links=links,
            **fields,
        )

    if index_is_new:
        _link_initiative_to_index(report, initiative, index)


# After the petals and initiatives (10), before "Om politikken" (90): the main navigation then
# lists the five petals, "Venskabsbyer" and "Om politikken".
SEEDERS = [(30, seed)]
