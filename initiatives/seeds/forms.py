# ruff: noqa: E501  (seed modules hold the policy's prose; long sentences stay whole, as in seed.py)
"""Seed the two forms the policy's initiatives ask citizens to fill in, under those initiatives.

Real: the policy honours "foreningslivets ildsjæle og jubilarer" at annual events; since the mid-
1970s the municipality names an æreshertug every year at the Hertug Hans festival, a citizen or
group who made Haderslev better, more fun or more attractive to live in, and any citizen may
nominate in writing with reasons (FACTS.md). The policy asks for "forslag til hvordan der skabes
udvikling i Haderslev Kommunes landdistrikter", weighed by the community's interests with the
municipality facilitating. The staff addresses (on the reserved .invalid domain, so nothing is
sent anywhere until an editor sets the real one), the deadline and the answer time are example
content, marked "Eksempel:".
"""

from home.seeding import SeedReport, ensure_page, paragraphs
from initiatives.models import FormField, FormPage

from .common import initiative


def _field(label, field_type, required=True, help_text="", choices=""):
    return {
        "label": label,
        "field_type": field_type,
        "required": required,
        "help_text": help_text,
        "choices": choices,
    }


NOMINATION = {
    "initiative": ("synlighed", "hyldest-af-ildsjaele-og-jubilarer"),
    "slug": "indstil-en-ildsjael-eller-aereshertug",
    "title": "Indstil en ildsjæl eller æreshertug",
    "intro": (
        "Alle borgere kan indstille en borger eller en gruppe, der har gjort Haderslev bedre, "
        "sjovere eller mere attraktiv at bo i. Indstillingen skal være skriftlig og begrundet."
    ),
    "body": paragraphs(
        "<p>Siden midten af 1970'erne har kommunen hvert år udnævnt en æreshertug ved Hertug "
        "Hans-festen. Foreningslivets ildsjæle og jubilarer hyldes ved årlige arrangementer.</p>",
        "<p>Eksempel: Indstillinger til årets æreshertug skal være modtaget senest 1. maj.</p>",
    ),
    "purpose": (
        "Kultur og Fritid bruger indstillingen til at vælge årets æreshertug og til at hylde "
        "foreningslivets ildsjæle. Kun de medarbejdere, der behandler indstillingerne, læser dem, "
        "og vi bruger din e-mail til at kontakte dig om indstillingen."
    ),
    "thank_you_text": (
        "<p>Tak for din indstilling. Eksempel: Kultur og Fritid kontakter dig, hvis vi har "
        "spørgsmål.</p>"
    ),
    "to_address": "kulturogfritid@eksempel.invalid",
    "subject": "Ny indstilling: ildsjæl eller æreshertug",
    "fields": [
        _field(
            "Hvad indstiller du til?",
            "radio",
            choices="Årets æreshertug\nIldsjæl i foreningslivet",
        ),
        _field("Hvem indstiller du?", "singleline", help_text="Navnet på personen eller gruppen."),
        _field(
            "Begrundelse",
            "multiline",
            help_text=(
                "Fortæl, hvordan personen eller gruppen har gjort Haderslev bedre, sjovere eller "
                "mere attraktiv at bo i."
            ),
        ),
        _field("Dit navn", "singleline"),
        _field("Din e-mail", "email", help_text="Så vi kan kontakte dig om indstillingen."),
    ],
}

PROPOSAL = {
    "initiative": ("bosaetning-og-levesteder", "udvikling-i-landdistrikterne"),
    "slug": "forslag-til-udvikling-i-landdistrikterne",
    "title": "Forslag til udvikling i landdistrikterne",
    "intro": (
        "Har du et forslag til, hvordan der skabes udvikling i Haderslev Kommunes "
        "landdistrikter? Send det her."
    ),
    "body": paragraphs(
        "<p>Forslagene bliver afvejet ud fra fællesskabets interesser, og kommunen er aktiv "
        "deltager i at facilitere processen.</p>",
        "<p>Eksempel: Kommunens landdistriktskoordinator læser alle forslag og svarer inden for "
        "fire uger.</p>",
    ),
    "purpose": (
        "Kommunen bruger forslaget og dine kontaktoplysninger til at behandle forslaget og "
        "kontakte dig om det. Kun de medarbejdere, der arbejder med landdistrikterne, læser det."
    ),
    "thank_you_text": "<p>Tak for dit forslag. Eksempel: Du hører fra os inden for fire uger.</p>",
    "to_address": "landdistrikter@eksempel.invalid",
    "subject": "Nyt forslag til udvikling i landdistrikterne",
    "fields": [
        _field(
            "Dit forslag",
            "multiline",
            help_text="Hvad vil du gerne ændre eller sætte i gang, og hvem får glæde af det?",
        ),
        _field(
            "Hvilket lokalsamfund handler forslaget om?",
            "singleline",
            help_text="Fx Arnum, Bevtoft eller Fjelstrup.",
        ),
        _field("Dit navn", "singleline"),
        _field("Din e-mail", "email", help_text="Så vi kan svare dig."),
        _field(
            "Borgerforening eller landsbyråd",
            "singleline",
            required=False,
            help_text="Hvis forslaget kommer fra en forening eller et råd.",
        ),
    ],
}

FORMS = [NOMINATION, PROPOSAL]


def seed(report: SeedReport) -> None:
    for data in FORMS:
        parent = initiative(*data["initiative"])
        if parent.get_children().filter(slug=data["slug"]).exists():
            report.add(False, data["slug"])
            continue
        ensure_page(
            report,
            parent,
            FormPage,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            body=data["body"],
            purpose=data["purpose"],
            thank_you_text=data["thank_you_text"],
            to_address=data["to_address"],
            subject=data["subject"],
            form_fields=[
                FormField(sort_order=order, **field) for order, field in enumerate(data["fields"])
            ],
        )


TRANSLATIONS_EN = {
    # Nomination
    NOMINATION["title"]: "Nominate a local champion or the honorary duke (æreshertug)",
    NOMINATION["intro"]: (
        "Any citizen may nominate a citizen or a group who has made Haderslev better, more fun or "
        "more attractive to live in. The nomination must be in writing and give reasons."
    ),
    (
        "Siden midten af 1970'erne har kommunen hvert år udnævnt en æreshertug ved Hertug "
        "Hans-festen. Foreningslivets ildsjæle og jubilarer hyldes ved årlige arrangementer."
    ): (
        "Since the mid-1970s the municipality has named an honorary duke (æreshertug) every year "
        "at the Hertug Hans festival. The local champions and long-serving volunteers of club "
        "life are celebrated at annual events."
    ),
    "Eksempel: Indstillinger til årets æreshertug skal være modtaget senest 1. maj.": (
        "Example: Nominations for this year's honorary duke must arrive by 1 May."
    ),
    NOMINATION["purpose"]: (
        "Culture and Leisure uses the nomination to choose this year's honorary duke and to "
        "celebrate the local champions of club life. Only the staff who handle the nominations "
        "read them, and we use your e-mail to contact you about the nomination."
    ),
    "Tak for din indstilling. Eksempel: Kultur og Fritid kontakter dig, hvis vi har spørgsmål.": (
        "Thank you for your nomination. Example: Culture and Leisure will contact you if we have "
        "questions."
    ),
    NOMINATION["subject"]: "New nomination: local champion or honorary duke",
    "Hvad indstiller du til?": "What are you nominating for?",
    "Årets æreshertug\nIldsjæl i foreningslivet": (
        "This year's honorary duke\nLocal champion in club life"
    ),
    "Hvem indstiller du?": "Who are you nominating?",
    "Navnet på personen eller gruppen.": "The name of the person or group.",
    "Begrundelse": "Reasons",
    (
        "Fortæl, hvordan personen eller gruppen har gjort Haderslev bedre, sjovere eller mere "
        "attraktiv at bo i."
    ): (
        "Tell us how the person or group has made Haderslev better, more fun or more attractive "
        "to live in."
    ),
    "Dit navn": "Your name",
    "Din e-mail": "Your e-mail",
    "Så vi kan kontakte dig om indstillingen.": "So that we can contact you about the nomination.",
    # Proposal
    PROPOSAL["title"]: "Proposals for developing the rural districts",
    PROPOSAL["intro"]: (
        "Do you have a proposal for how to create development in Haderslev Municipality's rural "
        "districts? Send it here."
    ),
    (
        "Forslagene bliver afvejet ud fra fællesskabets interesser, og kommunen er aktiv deltager "
        "i at facilitere processen."
    ): (
        "The proposals are weighed according to the interests of the community, and the "
        "municipality takes an active part in facilitating the process."
    ),
    (
        "Eksempel: Kommunens landdistriktskoordinator læser alle forslag og svarer inden for fire "
        "uger."
    ): (
        "Example: The municipality's rural-district coordinator reads every proposal and answers "
        "within four weeks."
    ),
    PROPOSAL["purpose"]: (
        "The municipality uses the proposal and your contact details to handle the proposal and "
        "to contact you about it. Only the staff who work with the rural districts read it."
    ),
    "Tak for dit forslag. Eksempel: Du hører fra os inden for fire uger.": (
        "Thank you for your proposal. Example: You will hear from us within four weeks."
    ),
    PROPOSAL["subject"]: "New proposal for developing the rural districts",
    "Dit forslag": "Your proposal",
    "Hvad vil du gerne ændre eller sætte i gang, og hvem får glæde af det?": (
        "What would you like to change or start, and who will benefit?"
    ),
    "Hvilket lokalsamfund handler forslaget om?": "Which local community is the proposal about?",
    "Fx Arnum, Bevtoft eller Fjelstrup.": "For example Arnum, Bevtoft or Fjelstrup.",
    "Så vi kan svare dig.": "So that we can answer you.",
    "Borgerforening eller landsbyråd": "Citizens' association or village council",
    "Hvis forslaget kommer fra en forening eller et råd.": (
        "If the proposal comes from an association or a council."
    ),
}
