"""Models shared by the whole site: the base page, home and standard pages, media models,
the contact snippet and the site settings. Other apps build on these; this app imports none of
theirs (page types of other apps are referred to by their "app.Model" label only)."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import chrome
from .blocks import BodyBlock
from .forms import LocaleAwarePageForm
from .i18n import (
    LinkedVersion,
    fallback_notices,
    in_own_language,
    reader_versions,
    source_locale,
)
from .serializers import StreamHTMLField
from .slugs import DanishSlugInput, danish_slugify

# --- Media -------------------------------------------------------------------------------------


class CustomImage(AbstractImage):
    """The site's image model. `description` (from Wagtail) is the image's default alt text."""

    credit = models.CharField(
        _("fotograf/kilde"),
        max_length=255,
        blank=True,
        help_text=_("Hvem har taget billedet, eller hvor kommer det fra?"),
    )
    licence = models.CharField(
        _("licens"),
        max_length=255,
        blank=True,
        help_text=_('Fx "Haderslev Kommune" eller "CC BY 4.0".'),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "licence")

    # Partner API (/api/v2/images/): the alt text, who made it and under which licence.
    api_fields = [APIField("description"), APIField("credit"), APIField("licence")]

    class Meta:
        verbose_name = _("billede")
        verbose_name_plural = _("billeder")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    description = models.TextField(
        _("beskrivelse"),
        blank=True,
        help_text=_("Kort beskrivelse af dokumentets indhold, vises ved linket."),
    )

    admin_form_fields = (*Document.admin_form_fields, "description")

    api_fields = [APIField("description")]

    class Meta:
        verbose_name = _("dokument")
        verbose_name_plural = _("dokumenter")


# --- Example content ---------------------------------------------------------------------------


class ExampleContentMixin(models.Model):
    """Content whose concrete details (a deadline, an amount, an event's time, a status, an
    agreement, a contact) are examples nobody has confirmed yet. While `is_example` is ticked,
    every such detail is shown with a visible "Eksempel" marker (`{% example_marker obj %}`, from
    home.templatetags.components), and the admin report "Eksempelindhold" lists the object, so
    nothing invented goes live as fact. Page types and snippets with such details inherit this."""

    is_example = models.BooleanField(
        _("eksempelindhold"),
        default=False,
        help_text=_(
            "Sat, så længe de konkrete oplysninger (frister, beløb, tidspunkter, status, aftaler "
            "og kontaktpersoner) er eksempler, som ingen har bekræftet. Hver oplysning vises da "
            "med mærket »Eksempel«, og siden står i rapporten »Eksempelindhold«. Fjern krydset, "
            "når du har bekræftet oplysningerne."
        ),
    )

    class Meta:
        abstract = True


# --- Contacts ----------------------------------------------------------------------------------


class ContactQuerySet(models.QuerySet):
    def publishable(self):
        """Only contacts who have agreed to be shown on the public site."""
        return self.filter(may_publish=True)


class Contact(ExampleContentMixin, TranslatableMixin, index.Indexed, models.Model):
    """A contact person, shared across the site. Shown publicly only with consent."""

    name = models.CharField(_("navn"), max_length=255)
    role = models.CharField(
        _("rolle"), max_length=255, blank=True, help_text=_('Fx "Frivillighedskonsulent".')
    )
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    may_publish = models.BooleanField(
        _("må offentliggøres"),
        default=False,
        help_text=_(
            "Sæt kun kryds, når personen har givet samtykke til at blive vist på hjemmesiden. "
            "Uden kryds vises kontakten aldrig offentligt."
        ),
    )

    objects = ContactQuerySet.as_manager()

    panels = [
        FieldPanel("name", help_text=_("Personens fulde navn.")),
        FieldPanel("role"),
        FieldPanel(
            "organisation",
            help_text=_('Hvor personen hører til, fx "Haderslev Kommune" eller en forening.'),
        ),
        FieldPanel("email", help_text=_("Den adresse, læserne kan skrive til.")),
        FieldPanel("phone", help_text=_('Fx "74 34 34 34". Kan udelades.')),
        FieldPanel("may_publish"),
        FieldPanel("is_example"),
    ]

    # Names, addresses and the consent flag are facts, not language: keep them out of PO files.
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        TranslatableField("organisation"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("may_publish"),
        SynchronizedField("is_example"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name


# --- Site settings -----------------------------------------------------------------------------


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The organisation facts shown in every page's footer."""

    organisation_name = models.CharField(
        _("organisation"), max_length=255, default="Haderslev Kommune"
    )
    street_address = models.CharField(_("adresse"), max_length=255, default="Gåskærgade 26-28")
    postcode_city = models.CharField(
        _("postnummer og by"), max_length=255, default="6100 Haderslev"
    )
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    policy_approved_on = models.DateField(
        _("politikken godkendt"),
        null=True,
        blank=True,
        help_text=_("Datoen, hvor byrådet godkendte politikken. Vises i sidefoden."),
    )

    @classmethod
    def for_site(cls, site):
        """Wagtail's get-or-create for the site, cached per page-cache generation while a
        reader's page is rendered (home.chrome): the footer shows it on every page."""
        from home import chrome

        return chrome.site_setting(cls, site, lambda: super(SiteSettings, cls).for_site(site))

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("street_address"),
                FieldPanel("postcode_city"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Kontaktoplysninger i sidefoden"),
        ),
        FieldPanel("policy_approved_on"),
    ]

    class Meta:
        verbose_name = _("indstillinger for sitet")


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The header's "what you can do" links: the citizens' tools, in the editors' order, on
    every page of the site, one click away (the petals follow automatically, from the page
    tree). A tool is a page of any site (shown in the reader's language where it is translated)
    or an external address with a label."""

    panels = [
        InlinePanel(
            "tools",
            heading=_("Borgernes værktøjer i sidehovedet"),
            label=_("værktøj"),
            help_text=_(
                "Vises øverst på hver side, i denne rækkefølge. Træk for at ændre rækkefølgen."
            ),
        )
    ]

    class Meta:
        verbose_name = _("navigation")


class NavigationTool(Orderable):
    """One link of NavigationSettings: a page (any site's) or an external URL."""

    settings = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="tools")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("side"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Siden, værktøjet fører til, også på et andet site. Læserne får den på deres eget "
            "sprog, når den er oversat."
        ),
    )
    url = models.URLField(
        _("ekstern adresse"),
        blank=True,
        help_text=_("Kun når værktøjet ligger uden for Wagtail, fx https://…"),
    )
    label = models.CharField(
        _("tekst"),
        max_length=60,
        blank=True,
        help_text=_(
            "Linkets tekst. Tom: sidens titel på læserens sprog. Skal udfyldes ved en ekstern "
            "adresse."
        ),
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("værktøj")
        verbose_name_plural = _("værktøjer")

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Vælg enten en side eller en ekstern adresse, ikke begge."))
        if self.url and not self.label.strip():
            raise ValidationError({"label": _("Skriv linkets tekst til den eksterne adresse.")})

    def __str__(self):
        return self.label or (self.page.title if self.page_id else self.url)


# --- Pages -------------------------------------------------------------------------------------


class BasePageForm(LocaleAwarePageForm):
    """The admin form of every content page: help texts for the fields all of them share, so a
    new page type gets them without repeating them in its panels."""

    shared_help_texts = {
        "body": _(
            "Sidens brødtekst, bygget af blokke: overskrifter, tekst, billeder, citater, "
            "opfordringer og dokumenter. Tilføj en blok med plus-knappen."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, help_text in self.shared_help_texts.items():
            field = self.fields.get(name)
            if field is not None and not field.help_text:
                field.help_text = help_text
        slug = self.fields.get("slug")
        if slug is not None:
            # ASCII slugs with Danish transliteration, as the editor types (home/slugs.py).
            slug.widget = DanishSlugInput(attrs=slug.widget.attrs)


class BasePage(Page):
    """Fields every content page has: a lead paragraph and a body from the shared blocks."""

    intro = models.TextField(
        _("indledning"),
        blank=True,
        help_text=_("En kort indledning, der vises øverst på siden og i oversigter."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("indhold"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    def get_view_restrictions(self):
        """Wagtail's check before serving a page costs two queries; for readers the result is
        cached per page-cache generation (any change to a restriction or page replaces it)."""
        from home import chrome

        return chrome.view_restrictions(self, super().get_view_restrictions)

    # Shared help texts, and choosers that offer snippets of the page's own language only.
    base_form_class = BasePageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    # Translatable or synchronised, decided once for every page type (wagtail-localize's
    # defaults cover the rest: text is translated; choices, dates, URLs, e-mail addresses,
    # numbers and page links are synchronised). The slug is part of the URL, not language: a page
    # has the same path in every language apart from the prefix (/da/synlighed/, /en/synlighed/),
    # so a reader can swap the prefix; translators may still override it in the editor.
    override_translatable_fields = [SynchronizedField("slug")]

    # Partner API (/api/v2/pages/): rich text with working links; never internal fields.
    api_fields = [
        APIField("intro"),
        APIField("body", serializer=StreamHTMLField()),
        APIField("last_published_at"),
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        """ASCII slugs with Danish transliteration, whoever makes the page (home/slugs.py)."""
        if self.slug and not self.slug.isascii():
            self.slug = danish_slugify(self.slug)
        elif not self.slug and self.title:
            self.slug = danish_slugify(self.title)
        super().full_clean(*args, **kwargs)

    @property
    def meta_description(self):
        return self.search_description or self.intro


class HomePage(BasePage):
    """The site's front page: the policy's vision and the flower."""

    centre_title = models.CharField(
        _("blomstens centrum"),
        max_length=100,
        default="Medborgerskab",
        help_text=_("Teksten i blomstens centrum."),
    )
    centre_text = models.TextField(
        _("tekst om centrum"),
        blank=True,
        help_text=_("Forklarer, hvorfor medborgerskabet står i blomstens centrum."),
    )
    vision_quote = models.TextField(_("visionen (citat)"), blank=True)
    vision_attribution = models.CharField(
        _("citatets afsender"),
        max_length=255,
        blank=True,
        help_text=_('Fx "Byrådet, december 2011".'),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("centre_title"), FieldPanel("centre_text")], heading=_("Blomsten")
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "vision_quote",
                    help_text=_("Byrådets vision for kommunen, citeret ordret. Vises på forsiden."),
                ),
                FieldPanel("vision_attribution"),
            ],
            heading=_("Byrådets vision"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("vision_quote")]

    api_fields = [
        *BasePage.api_fields,
        APIField("centre_title"),
        APIField("centre_text"),
        APIField("vision_quote"),
        APIField("vision_attribution"),
    ]

    # The petals in the explorer in the editors' (policy) order, which is also the site's.
    admin_default_ordering = "ord"

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "initiatives.PetalPage",
        "home.StandardPage",
        "initiatives.LocalCouncilIndexPage",
        "initiatives.FundingPoolIndexPage",
        "initiatives.EventIndexPage",
        "twin_towns.TwinTownIndexPage",
    ]

    class Meta:
        verbose_name = _("forside")
        verbose_name_plural = _("forsider")

    def get_petals(self) -> list[LinkedVersion]:
        """The flower's petals for a reader of this home page's language, in the editors'
        (policy) order: every live Danish petal, each in this language where it is translated,
        else in English (or Danish), marked as such (home.i18n.reader_versions). Cached with the
        chrome, per language."""

        request = chrome.current_request.get()

        def compute():
            petal_model = apps.get_model("initiatives", "PetalPage")
            source_petals = chrome.petals(source_locale(request).pk)
            return reader_versions(source_petals, self.locale, model=petal_model)

        petals = chrome.petals(self.locale_id)
        locale = chrome.active_locale(request)
        if locale.language_code == settings.LANGUAGE_CODE or (
            petals and len(petals) == len(chrome.petals(source_locale(request).pk))
        ):
            # Danish (the source), or every petal is translated: no fallback to look up.
            return in_own_language(petals, locale)
        return chrome.cached(request, "flower", [self.locale_id], compute)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["petals"] = petals = self.get_petals()
        context["flower_notices"] = fallback_notices(petals)
        context["about_pages"] = (
            StandardPage.objects.child_of(self).live().defer_streamfields().order_by("path")
        )
        return context


class StandardPage(BasePage):
    """A plain content page, e.g. "Om politikken" or the Charter for samspil."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("standardside")
        verbose_name_plural = _("standardsider")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = (
            StandardPage.objects.child_of(self).live().defer_streamfields().order_by("path")
        )
        return context


# The readability scores behind the editors' LIX report (defined beside their computation).
from .readability import PageReadability  # noqa: E402, F401
