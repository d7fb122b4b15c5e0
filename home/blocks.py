"""The shared StreamField block library: every page type's body is built from these blocks."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Overskrift"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Overskrift 2")), ("h3", _("Overskrift 3"))],
        default="h2",
        help_text=_("Brug Overskrift 2 til afsnit og Overskrift 3 til underafsnit."),
    )

    class Meta:
        icon = "title"
        label = _("Overskrift")
        description = _("En overskrift, der deler siden i afsnit.")
        template = "home/blocks/heading.html"
        preview_value = {"text": "Hvor vil vi hen?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        description = _("Brødtekst med links og punktopstillinger.")
        template = "home/blocks/paragraph.html"
        preview_value = (
            "<p>Det aktive medborgerskab handler om at udvikle nye måder at arbejde og "
            "samarbejde om opgaver mellem borgere og kommunens ansatte.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Billede"))
    alt_text = blocks.CharBlock(
        label=_("Alternativ tekst"),
        max_length=255,
        help_text=_(
            "Beskriv, hvad billedet viser, for dem der ikke kan se det. Påkrævet af hensyn "
            "til tilgængelighed (WCAG 2.1)."
        ),
    )
    caption = blocks.CharBlock(label=_("Billedtekst"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Billede")
        description = _("Et billede med alternativ tekst og valgfri billedtekst.")
        template = "home/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citat"))
    attribution = blocks.CharBlock(label=_("Afsender"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Citat")
        description = _("Et fremhævet citat med afsender.")
        template = "home/blocks/quote.html"
        preview_value = {
            "quote": "I Haderslev Kommune er det aktive medborgerskab grundlaget for innovation "
            "og udvikling.",
            "attribution": "Byrådet, december 2011",
        }


class LinkBlock(blocks.StructBlock):
    """A link to a page on the site or to an external address: exactly one of the two."""

    page = blocks.PageChooserBlock(label=_("Side på sitet"), required=False)
    url = blocks.URLBlock(label=_("Ekstern adresse"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Vælg enten en side på sitet eller en ekstern adresse (kun én af dem).")
            raise StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Overskrift"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"), required=False)
    link = LinkBlock(label=_("Link"))
    button_label = blocks.CharBlock(label=_("Knaptekst"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Opfordring til handling")
        description = _("En fremhævet boks, der leder læseren videre, fx til en tilmelding.")
        template = "home/blocks/call_to_action.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Linktekst"),
        required=False,
        max_length=255,
        help_text=_("Udelades den, bruges dokumentets titel."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        description = _("Et link til et dokument, fx en PDF, med filtype og størrelse.")
        template = "home/blocks/document_link.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()


class ActionLinkBlock(SnippetChooserBlock):
    """A "where to act" link: an external service (snippet `links.ExternalService`), shown as a
    prominent call to action that says it leaves the site."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Ekstern tjeneste"))
        super().__init__("links.ExternalService", **kwargs)

    class Meta:
        icon = "link-external"
        description = _(
            "En tjeneste på et andet websted, hvor læseren kan handle: søge, melde, tilmelde sig."
        )
        template = "home/blocks/action_link.html"


class ActionLinksBlock(blocks.StreamBlock):
    """The "Her kan du handle" field of initiative, pool, council and event pages."""

    service = ActionLinkBlock()
