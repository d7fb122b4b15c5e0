"""Seed the home page, "Om politikken" with its sub-pages, and the site settings.

The texts are the policy's own (Politik for medborgerskab og samspil med frivillige, Haderslev
Kommune, approved by the city council on 24 September 2013).
"""

import datetime

from wagtail.models import Page, Site

from .localisation import seed_translations
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
SEEDERS = [(0, seed_home), (90, seed_about), (100, seed_translations)]


# Translations of every text segment seeded above (see home/localisation.py for the contract):
# the Danish segment (a title, intro, one paragraph, list item or quote) -> its translation.
# Everything has an English translation; the home page is also in the partner languages.
TRANSLATIONS = {
    "en": {
        HOME["title"]: "Active Citizenship Haderslev",
        HOME[
            "seo_title"
        ]: "Active citizenship and cooperation with volunteers – Haderslev Municipality",
        HOME[
            "intro"
        ]: "How do we put active citizenship to work – and strengthen cooperation with the volunteers of Haderslev Municipality? The policy for active citizenship and cooperation with volunteers invites every citizen and every member of the municipality's staff to take part in developing local democracy.",
        HOME["centre_title"]: "Active citizenship",
        HOME[
            "centre_text"
        ]: "The themes of the plan strategy are the petals of the flower. Active citizenship, at the centre of the flower, holds it all together and gives the petals their energy. The flower also stands for vitality, agility and the will to grow.",
        HOME[
            "vision_quote"
        ]: "In Haderslev Municipality, active citizenship is the foundation of innovation and development. Attractive and varied places to live and good living environments rest on a foundation of sustainability and health. Here citizens, businesses and educational institutions work together to create and develop the opportunities of the future. The municipality's strengths are visible, clear and easy to reach in every context.",
        HOME["vision_attribution"]: "City Council, December 2011",
        # Om politikken
        ABOUT["title"]: "About the policy",
        ABOUT[
            "intro"
        ]: "The policy for active citizenship and cooperation with volunteers is the local answer to how work with active citizenship and volunteering in Haderslev Municipality can develop further, to the greatest benefit of citizens, the municipality and politicians.",
        "Det aktive medborgerskab handler om": "Active citizenship is about",
        "At udvikle nye måder at arbejde og samarbejde om opgaver mellem borgere og kommunens ansatte": "Developing new ways for citizens and municipal staff to work and cooperate on tasks",
        "At støtte en bevægelse fra ”system møder borger” til ”konkret medarbejder møder konkret borger”. Herunder: At styrke den enkeltes muligheder for at tage vare på sit eget liv": "Supporting a move from “the system meets the citizen” to “a real member of staff meets a real citizen” – including strengthening each person's ability to take charge of their own life",
        "At skabe værdige løsninger, der skaber mest mulig værdi for borgeren/grupper af borgere": "Creating dignified solutions that bring the greatest possible value to the citizen or groups of citizens",
        "Formålet med politikken": "The purpose of the policy",
        "At udfordre vores forståelse for muligheder og begrænsninger i det aktive medborgerskab": "To challenge how we understand the possibilities and limits of active citizenship",
        "At inspirere til en mangfoldig dialog – og at udfordre borgere og kommunale medarbejdere i Haderslev Kommune": "To inspire a diverse dialogue – and to challenge citizens and municipal staff in Haderslev Municipality",
        "At signalere, at der er brug for alle": "To signal that everyone is needed",
        "Politikken indeholder flere spørgsmål end svar – for svarene fremkommer gennem dialog vidt og bredt i hele Haderslev Kommune. Derfor vil der også blive behov for, at politikken ændres og opdateres i løbet af et par år.": "The policy contains more questions than answers – the answers come from dialogue far and wide across Haderslev Municipality. That is also why the policy will need to be changed and updated within a couple of years.",
        "Medborgerskabet er grundlaget for innovation og udvikling": "Active citizenship is the foundation of innovation and development",
        "Der er tre væsentlige skridt, der har ført frem til politik for medborgerskab og samspil med frivillige: Visionen, planstrategien og Indsatsudvalget for Velfærd og Frivillighed. Indsatserne på dette site er vokset ud af anbefalingerne fra de tre og er grupperet efter planstrategi-blomsten.": "Three important steps led to the policy for active citizenship and cooperation with volunteers: the vision, the plan strategy and the Task Committee on Welfare and Volunteering. The initiatives on this site grew out of their recommendations and are grouped by the plan strategy's flower.",
        "Politik for medborgerskab og samspil med frivillige er godkendt af byrådet den 24. september 2013.": "The policy for active citizenship and cooperation with volunteers was approved by the city council on 24 September 2013.",
        # Charter for samspil
        ABOUT_CHILDREN[0][
            "title"
        ]: "Charter for cooperation between the voluntary sector and the public sector",
        ABOUT_CHILDREN[0][
            "intro"
        ]: "Nationally, the Charter for cooperation between the voluntary sector and the public sector (2013) sets the direction for how the two work together.",
        "Visionen (…) er sammen at bidrage til et inkluderende, ansvarsfuldt og meningsbærende samfund, hvor borgeren finder mening i at være med til at udvikle samfundet.": "The vision (…) is to work together towards an inclusive, responsible and meaningful society in which citizens find meaning in helping to develop society.",
        "Charter for samspil mellem den frivillige verden og det offentlige (2013)": "Charter for cooperation between the voluntary sector and the public sector (2013)",
        "Charteret kan ikke stå alene, men skal omsættes til virkelighed og konkretiseres i en lokal sammenhæng. Politik for medborgerskab og samspil med frivillige er Haderslev Kommunes lokale bud på det.": "The charter cannot stand alone: it has to be put into practice and made concrete locally. The policy for active citizenship and cooperation with volunteers is Haderslev Municipality's local answer.",
        "Charteret er udarbejdet af ministerier, foreninger, organisationer, råd, kommuner, KL og Regioner.": "The charter was drawn up by ministries, associations, organisations, councils, municipalities, Local Government Denmark (KL) and Danish Regions.",
        # Visionen
        ABOUT_CHILDREN[1]["title"]: "The vision for Haderslev Municipality",
        ABOUT_CHILDREN[1][
            "intro"
        ]: "With its vision, the municipality has made clear that active citizenship is central to its continued development.",
        # Planstrategien
        ABOUT_CHILDREN[2]["title"]: "Haderslev Municipality's plan strategy",
        ABOUT_CHILDREN[2][
            "intro"
        ]: "The themes of the plan strategy are the petals of the flower: Health and sustainability, Places to live and thrive, Connections and accessibility, Business and education, and Visibility.",
        "Medborgerskabet, i blomstens centrum, holder sammen på det hele og giver energi til kronbladene. Samtidig symboliserer blomsten livskraft, bevægelighed og vilje til vækst.": "Active citizenship, at the centre of the flower, holds it all together and gives the petals their energy. The flower also stands for vitality, agility and the will to grow.",
        # Indsatsudvalget
        ABOUT_CHILDREN[3]["title"]: "The Task Committee on Welfare and Volunteering",
        ABOUT_CHILDREN[3][
            "intro"
        ]: "The Task Committee on Welfare and Volunteering was set up by the city council in the autumn of 2011.",
        "Udvalget har medvirket til at afdække og beskrive, hvordan Haderslev Kommune kan blive endnu bedre til at skabe gode vilkår for det frivillige arbejde og være med til at igangsætte initiativer, der såvel på kort som på langt sigt kan understøtte en positiv udvikling omkring frivillighed og medborgerskab.": "The committee helped to identify and describe how Haderslev Municipality can become even better at creating good conditions for voluntary work, and at launching initiatives that support a positive development in volunteering and active citizenship in the short and the long term.",
    },
    "sv": {
        HOME["title"]: "Medborgarskap Haderslev",
        HOME["seo_title"]: "Medborgarskap och samverkan med frivilliga – Haderslevs kommun",
        HOME[
            "intro"
        ]: "Hur får vi det aktiva medborgarskapet att göra skillnad – och stärker samverkan med de frivilliga krafterna i Haderslevs kommun? Policyn för medborgarskap och samverkan med frivilliga är en inbjudan till alla invånare och kommunens anställda att vara med och utveckla den lokala demokratin.",
        HOME["centre_title"]: "Medborgarskap",
        HOME[
            "centre_text"
        ]: "Planstrategins teman är blommans kronblad. Medborgarskapet i blommans mitt håller ihop helheten och ger kronbladen energi. Blomman symboliserar också livskraft, rörlighet och vilja att växa.",
        HOME[
            "vision_quote"
        ]: "I Haderslevs kommun är det aktiva medborgarskapet grunden för innovation och utveckling. Det attraktiva och varierade boendet och de goda livsmiljöerna vilar på en grund av hållbarhet och hälsa. Här samarbetar invånare, näringsliv och utbildningar för att skapa och utveckla framtidens möjligheter. Kommunens styrkor är i alla sammanhang synliga, tydliga och lättillgängliga.",
        HOME["vision_attribution"]: "Kommunfullmäktige, december 2011",
    },
    "nb": {
        HOME["title"]: "Medborgerskap Haderslev",
        HOME["seo_title"]: "Medborgerskap og samspill med frivillige – Haderslev kommune",
        HOME[
            "intro"
        ]: "Hvordan tar vi det aktive medborgerskapet i bruk – og styrker samspillet med de frivillige kreftene i Haderslev kommune? Politikken for medborgerskap og samspill med frivillige er en invitasjon til alle innbyggere og kommunens ansatte om å være med på å utvikle lokaldemokratiet.",
        HOME["centre_title"]: "Medborgerskap",
        HOME[
            "centre_text"
        ]: "Temaene i planstrategien er blomstens kronblader. Medborgerskapet i midten av blomsten holder det hele sammen og gir kronbladene energi. Blomsten symboliserer også livskraft, bevegelighet og vilje til vekst.",
        HOME[
            "vision_quote"
        ]: "I Haderslev kommune er det aktive medborgerskapet grunnlaget for innovasjon og utvikling. Den attraktive og varierte bosettingen og de gode bomiljøene bygger på et fundament av bærekraft og helse. Her samarbeider innbyggere, næringsliv og utdanningsinstitusjoner om å skape og utvikle fremtidens muligheter. Kommunens sterke sider er i enhver sammenheng synlige, tydelige og lett tilgjengelige.",
        HOME["vision_attribution"]: "Kommunestyret, desember 2011",
    },
    "fi": {
        HOME["title"]: "Aktiivinen kansalaisuus Haderslev",
        HOME[
            "seo_title"
        ]: "Aktiivinen kansalaisuus ja yhteistyö vapaaehtoisten kanssa – Haderslevin kunta",
        HOME[
            "intro"
        ]: "Miten saamme aktiivisen kansalaisuuden käyttöön – ja vahvistamme yhteistyötä vapaaehtoisten kanssa Haderslevin kunnassa? Aktiivisen kansalaisuuden ja vapaaehtoisyhteistyön ohjelma kutsuu kaikki asukkaat ja kunnan työntekijät mukaan kehittämään paikallista demokratiaa.",
        HOME["centre_title"]: "Aktiivinen kansalaisuus",
        HOME[
            "centre_text"
        ]: "Suunnittelustrategian teemat ovat kukan terälehdet. Kukan keskellä oleva aktiivinen kansalaisuus pitää kokonaisuuden koossa ja antaa terälehdille voimaa. Kukka kuvaa myös elinvoimaa, liikkuvuutta ja kasvun tahtoa.",
        HOME[
            "vision_quote"
        ]: "Haderslevin kunnassa aktiivinen kansalaisuus on innovaatioiden ja kehityksen perusta. Houkutteleva ja monipuolinen asuminen ja hyvät elinympäristöt rakentuvat kestävyyden ja terveyden varaan. Täällä asukkaat, elinkeinoelämä ja oppilaitokset luovat ja kehittävät yhdessä tulevaisuuden mahdollisuuksia. Kunnan vahvuudet ovat kaikissa yhteyksissä näkyviä, selkeitä ja helposti saavutettavia.",
        HOME["vision_attribution"]: "Kunnanvaltuusto, joulukuu 2011",
    },
    "de": {
        # The German minority calls the town Hadersleben.
        HOME["title"]: "Bürgerengagement Hadersleben",
        HOME[
            "seo_title"
        ]: "Bürgerengagement und Zusammenarbeit mit Freiwilligen – Kommune Hadersleben",
        HOME[
            "intro"
        ]: "Wie bringen wir das Bürgerengagement zur Geltung – und stärken die Zusammenarbeit mit den Ehrenamtlichen in der Kommune Hadersleben? Die Leitlinien für Bürgerengagement und die Zusammenarbeit mit Freiwilligen laden alle Bürgerinnen und Bürger und alle Beschäftigten der Kommune ein, die lokale Demokratie mitzugestalten.",
        HOME["centre_title"]: "Bürgerengagement",
        HOME[
            "centre_text"
        ]: "Die Themen der Planstrategie sind die Blütenblätter der Blume. Das Bürgerengagement in ihrer Mitte hält alles zusammen und gibt den Blütenblättern Kraft. Zugleich steht die Blume für Lebenskraft, Beweglichkeit und den Willen zu wachsen.",
        HOME[
            "vision_quote"
        ]: "In der Kommune Hadersleben ist das Bürgerengagement die Grundlage für Innovation und Entwicklung. Attraktives und vielfältiges Wohnen und gute Lebensorte beruhen auf Nachhaltigkeit und Gesundheit. Hier arbeiten Bürgerinnen und Bürger, Wirtschaft und Bildungseinrichtungen zusammen, um die Möglichkeiten der Zukunft zu schaffen und weiterzuentwickeln. Die Stärken der Kommune sind in jedem Zusammenhang sichtbar, deutlich und leicht zugänglich.",
        HOME["vision_attribution"]: "Stadtrat, Dezember 2011",
    },
}


# The groups of each local council and twin town, once their pages and translations exist.
from .editorial import seed_editorial_groups  # noqa: E402

SEEDERS.append((110, seed_editorial_groups))


# --- Accessibility statement and privacy policy (front-end issue) ----------------------------
# Danish public websites must publish an accessibility statement (lov om tilgængelighed af
# offentlige organers websteder og mobilapplikationer), linked from every page's footer as
# "Tilgængelighedserklæring", and say what personal data they collect. Both are seeded as
# templates: what the municipality must fill in (dates, phone, e-mail, retention periods) is
# marked "Eksempel:". The footer finds them by slug (home.templatetags.frontend_tags).

ACCESSIBILITY_STATEMENT = {
    "title": "Tilgængelighedserklæring",
    "intro": (
        "Haderslev Kommune ønsker, at alle kan bruge dette site – også dig, der bruger "
        "skærmlæser, tastatur eller forstørrelse. Her kan du læse, hvordan sitet lever op til "
        "kravene om tilgængelighed, og hvordan du kontakter os, hvis noget ikke virker."
    ),
    "body": [
        *paragraphs(
            "<p>Haderslev Kommune er forpligtet til at gøre sine websteder tilgængelige i "
            "overensstemmelse med lov om tilgængelighed af offentlige organers websteder og "
            "mobilapplikationer. Denne tilgængelighedserklæring gælder for sitet om Politik for "
            "medborgerskab og samspil med frivillige.</p>"
        ),
        {"type": "heading", "value": {"text": "Overholdelsesstatus", "level": "h2"}},
        *paragraphs(
            "<p>Sitet er delvist i overensstemmelse med standarden EN 301 549, der svarer til "
            "WCAG 2.1 niveau A og AA, på grund af de forhold, der er nævnt nedenfor.</p>"
        ),
        {"type": "heading", "value": {"text": "Indhold, der ikke er tilgængeligt", "level": "h2"}},
        {
            "type": "paragraph",
            "value": bullet_list(
                [
                    "Dokumenter, fx PDF-filer, som lægges på sitet, bliver ikke testet "
                    "automatisk. Ældre dokumenter kan mangle overskrifter og tekst til billeder.",
                    "Sitet er testet automatisk og med tastatur. En gennemgang sammen med brugere "
                    "af skærmlæser er endnu ikke gennemført.",
                ]
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Sådan er tilgængeligheden vurderet", "level": "h2"},
        },
        *paragraphs(
            "<p>Vurderingen er en selvevaluering. Hver sidetype er testet automatisk med "
            "axe-core mod reglerne for WCAG 2.0 og 2.1, niveau A og AA, i en rigtig browser på "
            "dansk og engelsk og i bredderne 375 og 1280 pixels.</p>",
            "<p>Desuden er det testet, at hele sitet kan bruges med tastatur alene, at fokus "
            "altid er synligt, at genvejen til sidens indhold virker, og at siderne kan læses "
            "uden vandret rulning på en smal skærm og ved 200 % forstørrelse.</p>",
            "<p>Eksempel: Erklæringen blev udarbejdet den 1. marts 2026 og senest gennemgået den "
            "1. marts 2026. Den opdateres mindst én gang om året.</p>",
        ),
        {"type": "heading", "value": {"text": "Feedback og kontaktoplysninger", "level": "h2"}},
        *paragraphs(
            "<p>Hvis du oplever problemer med at bruge sitet, eller hvis du har brug for "
            "indholdet i en anden form, så kontakt os. Vi svarer så hurtigt som muligt.</p>",
        ),
        {
            "type": "paragraph",
            "value": bullet_list(
                [
                    "Telefon: Eksempel: 74 34 34 34 (hverdage kl. 10-14)",
                    "E-mail: Eksempel: tilgaengelighed@haderslev.dk",
                    "Brev: Haderslev Kommune, Gåskærgade 26-28, 6100 Haderslev",
                ]
            ),
        },
        {"type": "heading", "value": {"text": "Klagemulighed", "level": "h2"}},
        *paragraphs(
            "<p>Er du ikke tilfreds med vores svar, kan du klage til Digitaliseringsstyrelsen, "
            "som fører tilsyn med tilgængeligheden af offentlige organers hjemmesider. Du finder "
            "klageformularen på Digitaliseringsstyrelsens hjemmeside, digst.dk.</p>"
        ),
    ],
}

PRIVACY_POLICY = {
    "title": "Privatlivspolitik",
    "intro": (
        "Her kan du læse, hvilke oplysninger sitet indsamler, hvorfor og hvor længe de gemmes. "
        "Kort sagt: Sitet sætter ingen cookies, når du læser det, henter intet fra andre "
        "hjemmesider, og du skal ikke give samtykke til noget for at bruge det."
    ),
    "body": [
        {"type": "heading", "value": {"text": "Dataansvarlig", "level": "h2"}},
        *paragraphs(
            "<p>Haderslev Kommune, Gåskærgade 26-28, 6100 Haderslev, er dataansvarlig for de "
            "oplysninger, der behandles på sitet.</p>",
            "<p>Kommunens databeskyttelsesrådgiver kan kontaktes på e-mail: Eksempel: "
            "databeskyttelse@haderslev.dk.</p>",
        ),
        {"type": "heading", "value": {"text": "Ingen cookies, intet cookiebanner", "level": "h2"}},
        *paragraphs(
            "<p>Sitet sætter ingen cookies, når du læser det. Derfor viser vi heller intet "
            "cookiebanner.</p>",
            "<p>Kun redaktører, der logger ind i sitets administration, får to cookies, som er "
            "teknisk nødvendige: en sessionscookie, der holder dem logget ind, og en "
            "sikkerhedscookie, der beskytter administrationens formularer mod misbrug. "
            "Sessionscookien udløber senest efter to uger, sikkerhedscookien efter et år.</p>",
        ),
        {"type": "heading", "value": {"text": "Intet fra andre hjemmesider", "level": "h2"}},
        *paragraphs(
            "<p>Alt på sitet – tekster, billeder, skrifttyper og scripts – hentes fra sitet "
            "selv. Vi bruger ingen statistikværktøjer, delingsknapper, indlejrede videoer eller "
            "kort fra andre tjenester, så ingen andre får besked om dit besøg.</p>"
        ),
        {"type": "heading", "value": {"text": "Hvad formularerne indsamler", "level": "h2"}},
        {
            "type": "paragraph",
            "value": bullet_list(
                [
                    "Søgning: Det, du skriver i søgefeltet, bruges til at finde sider. Søgeordene "
                    "tælles uden oplysninger om dig, så redaktørerne kan se, hvad der søges "
                    "efter. Tællingerne slettes efter Eksempel: 12 måneder.",
                    "Filtre og puljeguiden: Dine valg står kun i sidens adresse, så du kan dele "
                    "resultatet. De gemmes ikke.",
                    "Sitet beder aldrig om dit CPR-nummer eller om oplysninger om dit helbred.",
                ]
            ),
        },
        *paragraphs(
            "<p>Skriver du til os på e-mail, behandles din henvendelse efter kommunens "
            "almindelige regler for journalisering og sletning.</p>"
        ),
        {"type": "heading", "value": {"text": "Kontaktpersoner på sitet", "level": "h2"}},
        *paragraphs(
            "<p>Navn, rolle, e-mailadresse og telefonnummer på en kontaktperson vises kun, når "
            "personen har givet samtykke. Trækker personen samtykket tilbage, fjernes "
            "oplysningerne fra sitet med det samme.</p>"
        ),
        {"type": "heading", "value": {"text": "Webserverens log", "level": "h2"}},
        *paragraphs(
            "<p>Når du besøger sitet, registrerer webserveren din IP-adresse, tidspunktet og den "
            "side, du har bedt om. Oplysningerne bruges kun til at drive og beskytte sitet og "
            "slettes efter Eksempel: 30 dage.</p>"
        ),
        {"type": "heading", "value": {"text": "Dine rettigheder", "level": "h2"}},
        *paragraphs(
            "<p>Du har ret til at få indsigt i de oplysninger, vi behandler om dig, og til at få "
            "forkerte oplysninger rettet eller slettet. Kontakt kommunens "
            "databeskyttelsesrådgiver.</p>",
            "<p>Du kan klage til Datatilsynet over kommunens behandling af dine "
            "personoplysninger.</p>",
        ),
    ],
}

LEGAL_PAGES = [
    ("tilgaengelighedserklaering", ACCESSIBILITY_STATEMENT),
    ("privatlivspolitik", PRIVACY_POLICY),
]


def seed_legal_pages(report: SeedReport) -> None:
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    for slug, fields in LEGAL_PAGES:
        ensure_page(report, home, StandardPage, slug, show_in_menus=False, **fields)


SEEDERS.append((95, seed_legal_pages))

# English for every text segment of the two pages above (the localisation machinery reads
# TRANSLATIONS; merged into the module's dict whichever seeder defined it first).
LEGAL_PAGES_TRANSLATIONS = {
    "en": {
        # Accessibility statement
        "Tilgængelighedserklæring": "Accessibility statement",
        "Haderslev Kommune ønsker, at alle kan bruge dette site – også dig, der bruger skærmlæser, tastatur eller forstørrelse. Her kan du læse, hvordan sitet lever op til kravene om tilgængelighed, og hvordan du kontakter os, hvis noget ikke virker.": "Haderslev Municipality wants everyone to be able to use this site – including you if you use a screen reader, a keyboard or magnification. Here you can read how the site meets the accessibility requirements and how to contact us if something does not work.",
        "Haderslev Kommune er forpligtet til at gøre sine websteder tilgængelige i overensstemmelse med lov om tilgængelighed af offentlige organers websteder og mobilapplikationer. Denne tilgængelighedserklæring gælder for sitet om Politik for medborgerskab og samspil med frivillige.": "Haderslev Municipality is committed to making its websites accessible in accordance with the Danish act on the accessibility of public sector bodies' websites and mobile applications. This accessibility statement applies to the site about the Policy for active citizenship and cooperation with volunteers.",
        "Overholdelsesstatus": "Compliance status",
        "Sitet er delvist i overensstemmelse med standarden EN 301 549, der svarer til WCAG 2.1 niveau A og AA, på grund af de forhold, der er nævnt nedenfor.": "The site is partially compliant with the standard EN 301 549, which corresponds to WCAG 2.1 level A and AA, because of the issues listed below.",
        "Indhold, der ikke er tilgængeligt": "Content that is not accessible",
        "Dokumenter, fx PDF-filer, som lægges på sitet, bliver ikke testet automatisk. Ældre dokumenter kan mangle overskrifter og tekst til billeder.": "Documents put on the site, such as PDF files, are not tested automatically. Older documents may lack headings and text for images.",
        "Sitet er testet automatisk og med tastatur. En gennemgang sammen med brugere af skærmlæser er endnu ikke gennemført.": "The site has been tested automatically and with a keyboard. A review together with screen reader users has not yet been carried out.",
        "Sådan er tilgængeligheden vurderet": "How accessibility was evaluated",
        "Vurderingen er en selvevaluering. Hver sidetype er testet automatisk med axe-core mod reglerne for WCAG 2.0 og 2.1, niveau A og AA, i en rigtig browser på dansk og engelsk og i bredderne 375 og 1280 pixels.": "The evaluation is a self-assessment. Every page type has been tested automatically with axe-core against the rules for WCAG 2.0 and 2.1, level A and AA, in a real browser, in Danish and English and at widths of 375 and 1280 pixels.",
        "Desuden er det testet, at hele sitet kan bruges med tastatur alene, at fokus altid er synligt, at genvejen til sidens indhold virker, og at siderne kan læses uden vandret rulning på en smal skærm og ved 200 % forstørrelse.": "It has also been tested that the whole site can be used with a keyboard alone, that focus is always visible, that the shortcut to the page's content works, and that the pages can be read without horizontal scrolling on a narrow screen and at 200 % magnification.",
        "Eksempel: Erklæringen blev udarbejdet den 1. marts 2026 og senest gennemgået den 1. marts 2026. Den opdateres mindst én gang om året.": "Example: This statement was prepared on 1 March 2026 and last reviewed on 1 March 2026. It is updated at least once a year.",
        "Feedback og kontaktoplysninger": "Feedback and contact information",
        "Hvis du oplever problemer med at bruge sitet, eller hvis du har brug for indholdet i en anden form, så kontakt os. Vi svarer så hurtigt som muligt.": "If you have problems using the site, or if you need the content in another form, please contact us. We will reply as soon as possible.",
        "Telefon: Eksempel: 74 34 34 34 (hverdage kl. 10-14)": "Phone: Example: +45 74 34 34 34 (weekdays 10 am to 2 pm)",
        "E-mail: Eksempel: tilgaengelighed@haderslev.dk": "E-mail: Example: tilgaengelighed@haderslev.dk",
        "Brev: Haderslev Kommune, Gåskærgade 26-28, 6100 Haderslev": "Letter: Haderslev Kommune, Gåskærgade 26-28, 6100 Haderslev, Denmark",
        "Klagemulighed": "Enforcement procedure",
        "Er du ikke tilfreds med vores svar, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængeligheden af offentlige organers hjemmesider. Du finder klageformularen på Digitaliseringsstyrelsens hjemmeside, digst.dk.": "If you are not satisfied with our reply, you can complain to the Danish Agency for Digital Government (Digitaliseringsstyrelsen), which supervises the accessibility of public sector bodies' websites. You will find the complaint form on the agency's website, digst.dk.",
        # Privacy policy
        "Privatlivspolitik": "Privacy policy",
        "Her kan du læse, hvilke oplysninger sitet indsamler, hvorfor og hvor længe de gemmes. Kort sagt: Sitet sætter ingen cookies, når du læser det, henter intet fra andre hjemmesider, og du skal ikke give samtykke til noget for at bruge det.": "Here you can read what information the site collects, why, and for how long it is kept. In short: the site sets no cookies when you read it, loads nothing from other websites, and you do not have to consent to anything to use it.",
        "Dataansvarlig": "Data controller",
        "Haderslev Kommune, Gåskærgade 26-28, 6100 Haderslev, er dataansvarlig for de oplysninger, der behandles på sitet.": "Haderslev Municipality, Gåskærgade 26-28, 6100 Haderslev, Denmark, is the data controller for the information processed on the site.",
        "Kommunens databeskyttelsesrådgiver kan kontaktes på e-mail: Eksempel: databeskyttelse@haderslev.dk.": "The municipality's data protection officer can be contacted by e-mail: Example: databeskyttelse@haderslev.dk.",
        "Ingen cookies, intet cookiebanner": "No cookies, no cookie banner",
        "Sitet sætter ingen cookies, når du læser det. Derfor viser vi heller intet cookiebanner.": "The site sets no cookies when you read it. That is why we show no cookie banner either.",
        "Kun redaktører, der logger ind i sitets administration, får to cookies, som er teknisk nødvendige: en sessionscookie, der holder dem logget ind, og en sikkerhedscookie, der beskytter administrationens formularer mod misbrug. Sessionscookien udløber senest efter to uger, sikkerhedscookien efter et år.": "Only editors who log in to the site's administration get two cookies, both technically necessary: a session cookie that keeps them logged in, and a security cookie that protects the administration's forms against misuse. The session cookie expires after two weeks at the latest, the security cookie after one year.",
        "Intet fra andre hjemmesider": "Nothing from other websites",
        "Alt på sitet – tekster, billeder, skrifttyper og scripts – hentes fra sitet selv. Vi bruger ingen statistikværktøjer, delingsknapper, indlejrede videoer eller kort fra andre tjenester, så ingen andre får besked om dit besøg.": "Everything on the site – texts, images, fonts and scripts – is loaded from the site itself. We use no analytics tools, share buttons, embedded videos or maps from other services, so nobody else is told about your visit.",
        "Hvad formularerne indsamler": "What the forms collect",
        "Søgning: Det, du skriver i søgefeltet, bruges til at finde sider. Søgeordene tælles uden oplysninger om dig, så redaktørerne kan se, hvad der søges efter. Tællingerne slettes efter Eksempel: 12 måneder.": "Search: What you type in the search field is used to find pages. Search terms are counted without any information about you, so the editors can see what people search for. The counts are deleted after Example: 12 months.",
        "Filtre og puljeguiden: Dine valg står kun i sidens adresse, så du kan dele resultatet. De gemmes ikke.": "Filters and the funding guide: Your choices are kept only in the page's address, so you can share the result. They are not stored.",
        "Sitet beder aldrig om dit CPR-nummer eller om oplysninger om dit helbred.": "The site never asks for your civil registration (CPR) number or for information about your health.",
        "Skriver du til os på e-mail, behandles din henvendelse efter kommunens almindelige regler for journalisering og sletning.": "If you write to us by e-mail, your enquiry is handled according to the municipality's general rules for filing and deletion.",
        "Kontaktpersoner på sitet": "Contact persons on the site",
        "Navn, rolle, e-mailadresse og telefonnummer på en kontaktperson vises kun, når personen har givet samtykke. Trækker personen samtykket tilbage, fjernes oplysningerne fra sitet med det samme.": "A contact person's name, role, e-mail address and phone number are shown only when the person has given consent. If the person withdraws consent, the details are removed from the site at once.",
        "Webserverens log": "The web server's log",
        "Når du besøger sitet, registrerer webserveren din IP-adresse, tidspunktet og den side, du har bedt om. Oplysningerne bruges kun til at drive og beskytte sitet og slettes efter Eksempel: 30 dage.": "When you visit the site, the web server records your IP address, the time and the page you asked for. The information is used only to run and protect the site and is deleted after Example: 30 days.",
        "Dine rettigheder": "Your rights",
        "Du har ret til at få indsigt i de oplysninger, vi behandler om dig, og til at få forkerte oplysninger rettet eller slettet. Kontakt kommunens databeskyttelsesrådgiver.": "You have the right to see the information we process about you and to have incorrect information corrected or deleted. Contact the municipality's data protection officer.",
        "Du kan klage til Datatilsynet over kommunens behandling af dine personoplysninger.": "You can complain to the Danish Data Protection Agency (Datatilsynet) about the municipality's processing of your personal data.",
    }
}
TRANSLATIONS = globals().get("TRANSLATIONS", {})
for _language, _strings in LEGAL_PAGES_TRANSLATIONS.items():
    TRANSLATIONS.setdefault(_language, {}).update(_strings)
