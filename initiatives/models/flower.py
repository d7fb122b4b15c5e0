"""The policy's flower: a page per petal (plan-strategy theme) and a page per initiative."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import chrome
from home.i18n import (
    LinkedVersion,
    fallback_notices,
    in_own_language,
    reader_versions,
    source_locale,
)
from home.models import BasePage, ExampleContentMixin
from home.serializers import PublicContactField, PublicPagesField, RichTextHTMLField

from .common import action_links_field


class PetalPage(BasePage):
    """One of the five themes of the plan strategy: a petal of the policy's flower."""

    goal = RichTextField(
        _("Hvor vil vi hen?"),
        features=["bold", "italic", "link"],
        help_text=_('Temaets mål, som formuleret i politikken under "Hvor vil vi hen?".'),
    )
    guiding_question = models.CharField(
        _("ledende spørgsmål"),
        max_length=255,
        help_text=_('Fx "Hvordan bliver vi stolte af vores kommune?"'),
    )
    guiding_answer = RichTextField(
        _("svar på spørgsmålet"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Politikkens tanker under det ledende spørgsmål, før indsatserne."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("goal"),
        MultiFieldPanel(
            [FieldPanel("guiding_question"), FieldPanel("guiding_answer")],
            heading=_("Det ledende spørgsmål"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("goal"),
        index.SearchField("guiding_question"),
        index.SearchField("guiding_answer"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.InitiativePage"]

    api_fields = [
        *BasePage.api_fields,
        APIField("goal", serializer=RichTextHTMLField()),
        APIField("guiding_question"),
        APIField("guiding_answer", serializer=RichTextHTMLField()),
    ]

    # The initiatives in the explorer in the policy's order (tree order), as on the site.
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("tema (kronblad)")
        verbose_name_plural = _("temaer (kronblade)")

    def get_initiatives(self):
        return InitiativePage.objects.child_of(self).live().defer_streamfields().order_by("path")

    def get_listed_initiatives(self, request=None) -> list[LinkedVersion]:
        """The initiatives to list: this petal's own; for a petal translated into a language
        its initiatives are not (yet) translated into (the partner languages), the Danish
        petal's, each linked in English (or Danish) and marked so (home.i18n.reader_versions)."""
        locale = chrome.active_locale(request)
        own = list(self.get_initiatives())
        if own or locale.language_code == settings.LANGUAGE_CODE:
            return in_own_language(own, locale)
        original = self.get_translation_or_none(source_locale(request))
        if original is None:
            return []
        return reader_versions(
            InitiativePage.objects.child_of(original).live().order_by("path"),
            locale,
            model=InitiativePage,
        )

    def get_other_petals(self):
        """The language's other live petals, in the policy's order (cached with the chrome)."""
        return [petal for petal in chrome.petals(self.locale_id) if petal.pk != self.pk]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["initiatives"] = initiatives = self.get_listed_initiatives(request)
        context["initiative_notices"] = fallback_notices(initiatives)
        context["other_petals"] = self.get_other_petals()
        return context


class InitiativeStatus(models.TextChoices):
    IDEA = "idea", _("Idé")
    PLANNED = "planned", _("Planlagt")
    IN_PROGRESS = "in_progress", _("I gang")
    DONE = "done", _("Gennemført")


class InitiativePage(ExampleContentMixin, BasePage):
    """A concrete initiative (indsats) the policy lists under a petal."""

    summary = models.TextField(
        _("resumé"),
        help_text=_("Et par sætninger om indsatsen. Vises i oversigter og søgeresultater."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.IDEA,
        help_text=_("Hvor langt er indsatsen? Vises for læserne."),
    )
    responsible_unit = models.CharField(
        _("ansvarlig enhed"),
        max_length=255,
        blank=True,
        help_text=_("Den afdeling eller forening, der står for indsatsen."),
    )
    contact = models.ForeignKey(
        "home.Contact",
        verbose_name=_("kontaktperson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vises kun, hvis kontaktpersonen har givet samtykke til offentliggørelse."),
    )

    action_links = action_links_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("summary"),
        FieldPanel("action_links"),
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel("responsible_unit"), FieldPanel("contact")],
            heading=_("Ansvar og kontakt"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Relaterede indsatser")),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("responsible_unit"),
        index.FilterField("status"),
    ]

    # The contact is translatable: a translation points at the contact's translation in its own
    # language (wagtail-localize swaps it), never at a contact of another language.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("status"),
        TranslatableField("contact"),
        TranslatableField("responsible_unit"),
    ]

    parent_page_types = ["initiatives.PetalPage"]
    # A form the initiative asks citizens to fill in (nominations, proposals).
    subpage_types = ["initiatives.FormPage"]

    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("status"),
        APIField(
            "status_label",
            serializer=serializers.CharField(source="get_status_display", read_only=True),
        ),
        APIField("responsible_unit"),
        # Only with the person's consent to publication; otherwise null.
        APIField("contact_person", serializer=PublicContactField(source="contact")),
        APIField("related_initiatives", serializer=PublicPagesField(source="related_links")),
    ]
    # What the API fields above read, fetched for a whole listing at once.
    api_select_related = ["contact"]
    api_prefetch_related = ["related_links__related"]

    class Meta:
        verbose_name = _("indsats")
        verbose_name_plural = _("indsatser")

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def public_contact(self):
        """The contact person, only if they have consented to publication."""
        contact = self.contact
        return contact if contact is not None and contact.may_publish else None

    def get_related_initiatives(self):
        """Related initiatives in this page's language. Translations share the links (they are
        synchronised, pointing at the Danish pages), so each is resolved to its translation."""
        related_keys = InitiativePage.objects.filter(
            id__in=self.related_links.values("related_id")
        ).values("translation_key")
        return (
            InitiativePage.objects.filter(
                translation_key__in=related_keys, locale_id=self.locale_id
            )
            .live()
            .order_by("title")
        )

    def get_linked_pages(self):
        """The live councils, pools, guides and upcoming events that say they serve this
        initiative, grouped by kind: one query whatever their number (plain pages, which is
        all the list of links needs)."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import Q
        from django.utils import timezone

        from .councils import LocalCouncilInitiative
        from .events import EventInitiative
        from .funding import FundingGuideInitiative, FundingPoolInitiative

        # By translation key: a translated page's links are synchronised from the Danish source
        # and point at the Danish initiative.
        this_initiative = Page.objects.filter(translation_key=self.translation_key).values("id")

        def linked(link_model):
            return link_model.objects.filter(initiative_id__in=this_initiative).values("page_id")

        groups = [
            (_("Find den rette pulje"), FundingGuideInitiative),
            (_("Puljer"), FundingPoolInitiative),
            (_("Lokalråd, der deltager"), LocalCouncilInitiative),
            (_("Kommende arrangementer"), EventInitiative),
        ]
        upcoming = {EventInitiative: Q(eventpage__end__gte=timezone.now())}
        linked_anywhere = Q()
        for _heading, link_model in groups:
            linked_anywhere |= Q(pk__in=linked(link_model)) & upcoming.get(link_model, Q())
        pages = (
            Page.objects.filter(locale_id=self.locale_id, live=True)
            .filter(linked_anywhere)
            # Events by their start, the others (no start) by title.
            .order_by("eventpage__start", "title", "pk")
        )
        by_type = {}
        for page in pages:
            by_type.setdefault(page.content_type_id, []).append(page)
        result = []
        for heading, link_model in groups:
            page_model = link_model._meta.get_field("page").related_model
            items = by_type.get(ContentType.objects.get_for_model(page_model).id)
            if items:
                result.append((heading, items))
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["petal"] = self.get_parent()
        context["related_initiatives"] = self.get_related_initiatives()
        context["linked_pages"] = self.get_linked_pages()
        return context


class InitiativeRelatedLink(Orderable):
    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        InitiativePage,
        verbose_name=_("indsats"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        FieldPanel(
            "related",
            help_text=_("En anden indsats, der hænger sammen med denne. Vises nederst på siden."),
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("relateret indsats")
        verbose_name_plural = _("relaterede indsatser")
