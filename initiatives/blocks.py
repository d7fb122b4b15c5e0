"""Blocks used only by this app's pages (the shared library lives in home.blocks)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import DocumentLinkBlock


class ApplicationStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Trin"), max_length=120)
    text = blocks.TextBlock(label=_("Forklaring"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Trin")
        description = _("Et trin i ansøgningen. Trinene vises nummereret i rækkefølge.")
        template = "initiatives/blocks/application_step.html"
        preview_value = {
            "title": "Kontakt kommunen",
            "text": "Kommunale medarbejdere kan hjælpe dig med ansøgningen.",
        }


class ApplicationStepsBlock(blocks.StreamBlock):
    step = ApplicationStepBlock()


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Linktekst"), max_length=255)
    url = blocks.URLBlock(label=_("Adresse"))

    class Meta:
        icon = "link-external"
        label = _("Link")
        description = _("Et link til en ekstern side, fx et ansøgningsskema.")
        template = "initiatives/blocks/external_link.html"


class QuestionBlock(blocks.StructBlock):
    """One question and its answer; a page's questions are shown as a DKFDS accordion."""

    question = blocks.CharBlock(label=_("Spørgsmål"), max_length=255)
    answer = blocks.RichTextBlock(label=_("Svar"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        label = _("Spørgsmål og svar")
        template = "initiatives/blocks/question.html"
        description = _(
            "Et ofte stillet spørgsmål med svar. Spørgsmålene vises som en liste, "
            "der kan foldes ud."
        )
        preview_value = {
            "question": "Kan kommunen hjælpe med ansøgningen?",
            "answer": "<p>Ja. Kommunale medarbejdere kan være behjælpelige i processen omkring "
            "ansøgning af puljemidler.</p>",
        }


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()


class PoolDocumentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()
    link = ExternalLinkBlock()
