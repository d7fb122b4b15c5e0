"""Local councils (lokalråd) and their partnership agreements with the municipality.

The policy wants local councils "i det omfang, det skønnes nødvendigt" and local communities that
agree with the municipality on the dialogue model (partnerskabsaftaler). In Haderslev the local
communities are organised as citizens' associations (borgerforeninger) and village councils.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage, ExampleContentMixin

from .common import (
    InitiativeLink,
    action_links_field,
    contact_field,
    local_today,
    localized_initiatives,
    localized_public_contacts,
    start_of_local_day,
)


class LocalArea(TranslatableMixin, models.Model):
    """An area of the municipality that groups local councils on the index page."""

    name = models.CharField(_("navn"), max_length=255)
    slug = models.SlugField(
        _("kortnavn i adressen"),
        max_length=80,
        allow_unicode=False,
        help_text=_('Bruges i filterets adresse, fx "omkring-vojens". Kun a-z, 0-9 og bindestreg.'),
    )
    description = models.TextField(_("beskrivelse"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("område")
        verbose_name_plural = _("områder")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_local_area_slug")
        ]

    def __str__(self):
        return self.name


class LocalCouncilIndexPage(BasePage):
    """All local councils, grouped by area, with a filter by area that needs no JavaScript."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.LocalCouncilPage"]
    max_count_per_parent = 1

    contact = contact_field(_("kontaktperson i kommunen"))

    content_panels = [*BasePage.content_panels, FieldPanel("contact")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("contact"),
    ]

    class Meta:
        verbose_name = _("oversigt over lokalråd")
        verbose_name_plural = _("oversigter over lokalråd")

    def get_councils(self):
        today_start = start_of_local_day(local_today())
        return (
            LocalCouncilPage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .select_related("area")
            .prefetch_related(
                Prefetch(
                    "meetings",
                    queryset=LocalCouncilMeeting.objects.filter(
                        starts_at__gte=today_start
                    ).order_by("starts_at"),
                    to_attr="upcoming_meetings",
                )
            )
            .order_by("area__name", "title")
        )

    def get_areas(self):
        return LocalArea.objects.filter(locale=self.locale_id).order_by("name")

    def get_context(self, request, *args, **kwargs):
        from initiatives.forms import CouncilFilterForm, PlaceLookupForm, filter_from_request
        from initiatives.places import find_councils

        context = super().get_context(request, *args, **kwargs)
        areas = list(self.get_areas())
        form, filters, message = filter_from_request(
            CouncilFilterForm, request, area_choices=[(a.slug, a.name) for a in areas]
        )
        all_councils = list(self.get_councils())
        councils = all_councils
        selected_area = None
        if filters.get("omraade"):
            selected_area = next(a for a in areas if a.slug == filters["omraade"])
            councils = [council for council in councils if council.area_id == selected_area.pk]
        # "Find dit lokalråd": the councils covering the place typed (?sted=), from all councils.
        place_form, place_matches = PlaceLookupForm(), None
        if "sted" in request.GET:
            place_form = PlaceLookupForm(request.GET)
            if place_form.is_valid():
                place_matches = find_councils(all_councils, place_form.cleaned_data["sted"])
        groups = []
        for council in councils:
            if not groups or groups[-1]["area"] != council.area:
                groups.append({"area": council.area, "councils": []})
            groups[-1]["councils"].append(council)
        # Councils without an area come last, under "Øvrige".
        groups.sort(key=lambda group: group["area"] is None)
        context.update(
            filter_form=form,
            filter_message=message,
            place_form=place_form,
            place_matches=place_matches,
            is_filtered=bool(filters),
            selected_area=selected_area,
            council_groups=groups,
            council_count=len(councils),
            contacts=localized_public_contacts([self.contact], self.locale_id),
        )
        return context


class PartnershipStatus(models.TextChoices):
    NONE = "none", _("Ingen aftale")
    IN_DIALOGUE = "in_dialogue", _("I dialog om en aftale")
    SIGNED = "signed", _("Aftale indgået")


class LocalCouncilPage(ExampleContentMixin, BasePage):
    """A local council (or citizens' association acting as one) and its local community."""

    summary = models.TextField(
        _("resumé"),
        help_text=_("Et par sætninger om lokalrådet. Vises i oversigten og søgeresultater."),
    )
    area = models.ForeignKey(
        LocalArea,
        verbose_name=_("område"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="councils",
        help_text=_("Oversigten grupperer lokalrådene efter område."),
    )
    villages = models.TextField(
        _("byer og landsbyer"),
        blank=True,
        help_text=_("De byer, landsbyer og sogne, lokalrådet dækker. Skriv én pr. linje."),
    )
    focus = RichTextField(
        _("det arbejder vi med"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Lokalrådets vigtigste opgaver og projekter."),
    )
    meeting_practice = models.TextField(
        _("sådan mødes vi"),
        blank=True,
        help_text=_("Hvordan og hvor ofte lokalrådet mødes, og om møderne er åbne for alle."),
    )
    website = models.URLField(
        _("hjemmeside"),
        blank=True,
        help_text=_("Rådets eller borgerforeningens egen hjemmeside, hvis den findes."),
    )
    partnership_status = models.CharField(
        _("status for partnerskabsaftale"),
        max_length=20,
        choices=PartnershipStatus.choices,
        default=PartnershipStatus.NONE,
        help_text=_("Hvor langt er partnerskabsaftalen med kommunen?"),
    )
    partnership_signed_on = models.DateField(
        _("aftalen er underskrevet"),
        null=True,
        blank=True,
        help_text=_("Påkrævet, når aftalen er indgået."),
    )
    partnership_document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("den underskrevne aftale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Den underskrevne aftale som PDF, hvis den må offentliggøres."),
    )
    partnership_summary = models.TextField(
        _("aftalen kort fortalt"),
        blank=True,
        help_text=_("Hvad lokalsamfundet og kommunen har aftalt om dialogen."),
    )

    action_links = action_links_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("summary"),
        FieldPanel("action_links"),
        MultiFieldPanel(
            [FieldPanel("area"), FieldPanel("villages"), FieldPanel("website")],
            heading=_("Lokalsamfundet"),
        ),
        FieldPanel("intro"),
        FieldPanel("focus"),
        InlinePanel("contact_links", label=_("Kontaktpersoner")),
        MultiFieldPanel(
            [FieldPanel("meeting_practice"), InlinePanel("meetings", label=_("Møder"))],
            heading=_("Møder"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("partnership_status", widget=forms.RadioSelect),
                FieldPanel("partnership_signed_on"),
                FieldPanel("partnership_document"),
                FieldPanel("partnership_summary"),
            ],
            heading=_("Partnerskabsaftale med kommunen"),
        ),
        InlinePanel("initiative_links", label=_("Indsatser, lokalrådet deltager i")),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("villages"),
        index.SearchField("focus"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("villages"),
        SynchronizedField("website"),
        SynchronizedField("partnership_status"),
        SynchronizedField("partnership_signed_on"),
        SynchronizedField("partnership_document"),
    ]

    parent_page_types = ["initiatives.LocalCouncilIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lokalråd")
        verbose_name_plural = _("lokalråd")

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def village_list(self):
        return [line.strip() for line in self.villages.splitlines() if line.strip()]

    @property
    def has_partnership(self):
        return self.partnership_status == PartnershipStatus.SIGNED

    def clean(self):
        super().clean()
        if self.partnership_status == PartnershipStatus.SIGNED and not self.partnership_signed_on:
            raise ValidationError(
                {"partnership_signed_on": _("Angiv datoen, hvor aftalen blev underskrevet.")}
            )
        if self.partnership_signed_on and self.partnership_signed_on > local_today():
            raise ValidationError(
                {"partnership_signed_on": _("Datoen for underskriften kan ikke ligge i fremtiden.")}
            )

    def get_upcoming_meetings(self):
        """Meetings from today on; past meetings disappear by themselves."""
        return self.meetings.filter(starts_at__gte=start_of_local_day(local_today())).order_by(
            "starts_at"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = self.contact_links.select_related("contact")
        context["contacts"] = localized_public_contacts(
            [link.contact for link in links], self.locale_id
        )
        context["upcoming_meetings"] = list(self.get_upcoming_meetings())
        context["initiatives"] = localized_initiatives(self.initiative_links.all(), self.locale_id)
        # Other councils in the same area (or all others, for a council without an area).
        neighbours = LocalCouncilPage.objects.sibling_of(self, inclusive=False).live()
        if self.area_id:
            neighbours = neighbours.filter(area_id=self.area_id)
        context["neighbours"] = list(neighbours.order_by("title")[:6])
        return context


class LocalCouncilContact(Orderable):
    page = ParentalKey(LocalCouncilPage, on_delete=models.CASCADE, related_name="contact_links")
    contact = models.ForeignKey(
        "home.Contact",
        verbose_name=_("kontaktperson"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Vises kun, hvis kontaktpersonen har givet samtykke til offentliggørelse."),
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")


class LocalCouncilMeeting(TranslatableMixin, Orderable):
    """A dated meeting. It is shown until the end of its day, then hidden automatically."""

    page = ParentalKey(LocalCouncilPage, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(
        _("tidspunkt"),
        help_text=_("Dato og klokkeslæt (dansk tid). Mødet skjules automatisk, når dagen er gået."),
    )
    title = models.CharField(
        _("møde"), max_length=255, help_text=_('Fx "Bestyrelsesmøde" eller "Generalforsamling".')
    )
    location = models.CharField(
        _("sted"),
        max_length=255,
        blank=True,
        help_text=_("Fx forsamlingshuset eller skolen, med adresse."),
    )
    is_public = models.BooleanField(
        _("åbent for alle"), default=True, help_text=_("Kan alle borgere komme?")
    )

    panels = [
        FieldPanel("starts_at"),
        FieldPanel("title"),
        FieldPanel("location"),
        FieldPanel("is_public"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("møde")
        verbose_name_plural = _("møder")


class LocalCouncilInitiative(InitiativeLink):
    page = ParentalKey(LocalCouncilPage, on_delete=models.CASCADE, related_name="initiative_links")

    class Meta(InitiativeLink.Meta):
        pass
