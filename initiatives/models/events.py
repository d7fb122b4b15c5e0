"""The activities calendar: the policy's annual events and the activities the online meeting
place is to announce. Upcoming and past are split by the current time at request time."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage, ExampleContentMixin

from .common import (
    COPENHAGEN,
    InitiativeLink,
    LocaleScopedPageForm,
    action_links_field,
    contact_field,
    local_today,
    localized_initiatives,
    localized_petals,
    localized_public_contacts,
    petal_by_slug,
    petal_choices,
)


class EventIndexPage(RoutablePageMixin, BasePage):
    """Upcoming events (and, on /tidligere/, past ones), paginated, with an iCalendar feed."""

    page_size = 10

    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.EventPage"]
    max_count_per_parent = 1

    contact = contact_field(_("kontaktperson"))

    content_panels = [*BasePage.content_panels, FieldPanel("contact")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("contact"),
    ]

    class Meta:
        verbose_name = _("aktivitetskalender")
        verbose_name_plural = _("aktivitetskalendere")

    def get_events(self):
        return (
            EventPage.objects.child_of(self).live().defer_streamfields().prefetch_related("petals")
        )

    def get_upcoming_events(self, now=None):
        """Events not yet over (an ongoing event is still upcoming), soonest first."""
        now = now or timezone.now()
        return self.get_events().filter(end__gte=now).order_by("start", "title")

    def get_past_events(self, now=None):
        now = now or timezone.now()
        return self.get_events().filter(end__lt=now).order_by("-start", "title")

    def get_context(self, request, *args, past=False, **kwargs):
        from initiatives.forms import EventFilterForm, filter_from_request

        context = super().get_context(request, *args, **kwargs)
        form, filters, message = filter_from_request(
            EventFilterForm, request, petal_choices=petal_choices(self.locale_id)
        )
        events = self.get_past_events() if past else self.get_upcoming_events()
        if filters.get("tema"):
            petal = petal_by_slug(self.locale_id, filters["tema"])
            events = events.filter(petals__translation_key=petal.translation_key).distinct()
        # get_page() turns a missing or garbled page number into page 1, and one past the end
        # into the last page, so a bad ?side= never fails.
        page_obj = Paginator(events, self.page_size).get_page(request.GET.get("side"))
        page_obj.object_list = list(page_obj.object_list)
        localized_petals(page_obj.object_list, self.locale_id)
        context.update(
            now=timezone.now(),
            show_past=past,
            filter_form=form,
            filter_message=message,
            is_filtered=bool(filters),
            page_obj=page_obj,
            events=page_obj.object_list,
            contacts=localized_public_contacts([self.contact], self.locale_id),
        )
        return context

    @path("tidligere/", name="past")
    def past_events(self, request):
        return self.render(request, past=True)

    @path("kalender/", name="calendar")
    def calendar_feed(self, request):
        """Every upcoming event below this page as an iCalendar feed to subscribe to."""
        from initiatives.ical import events_calendar

        events = list(self.get_upcoming_events().select_related("contact"))
        return events_calendar(request, self, events, filename="aktivitetskalender.ics")


class EventPage(RoutablePageMixin, ExampleContentMixin, BasePage):
    """One event: when (Copenhagen time), where, who organises it and how to sign up."""

    base_form_class = LocaleScopedPageForm

    summary = models.TextField(
        _("resumé"),
        help_text=_("Et par sætninger om arrangementet. Vises i kalenderen og søgeresultater."),
    )
    start = models.DateTimeField(_("starter"), help_text=_("Dansk tid."))
    end = models.DateTimeField(_("slutter"), help_text=_("Dansk tid."))
    venue = models.CharField(
        _("sted"), max_length=255, help_text=_('Fx "Haderslev Rådhus, byrådssalen".')
    )
    street_address = models.CharField(
        _("adresse"),
        max_length=255,
        blank=True,
        help_text=_("Vej og husnummer, hvor arrangementet foregår."),
    )
    postal_code = models.CharField(
        _("postnummer"), max_length=10, blank=True, help_text=_("Fx 6100.")
    )
    locality = models.CharField(_("by"), max_length=100, blank=True, help_text=_("Fx Haderslev."))
    organiser = models.CharField(
        _("arrangør"), max_length=255, help_text=_("Hvem står bag arrangementet?")
    )
    organiser_url = models.URLField(
        _("arrangørens hjemmeside"),
        blank=True,
        help_text=_("Arrangørens hjemmeside, hvis den findes."),
    )
    contact = contact_field(_("kontaktperson"))
    signup_info = models.TextField(
        _("sådan tilmelder du dig"),
        blank=True,
        help_text=_('Fx "Tilmelding er ikke nødvendig" eller hvordan man tilmelder sig.'),
    )
    signup_url = models.URLField(
        _("link til tilmelding"),
        blank=True,
        help_text=_("Link til tilmelding. Udelades, hvis der ikke skal tilmeldes."),
    )
    signup_deadline = models.DateField(
        _("tilmeldingsfrist"),
        null=True,
        blank=True,
        help_text=_("Sidste dag for tilmelding. Efter denne dato vises tilmeldingen som lukket."),
    )
    # Sign-up on the site itself (initiatives.registrations): for the municipality's own events.
    registration_enabled = models.BooleanField(
        _("tilmelding her på siden"),
        default=False,
        help_text=_(
            "Borgerne tilmelder sig med en formular på siden og får en bekræftelse på e-mail. "
            "Tilmeldingerne ses i menuen under Tilmeldinger."
        ),
    )
    registration_capacity = models.PositiveIntegerField(
        _("antal pladser"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Når pladserne er optaget, kommer nye tilmeldinger på venteliste og rykker automatisk "
            "op, når nogen melder fra. Tom: ingen grænse."
        ),
    )
    registration_max_guests = models.PositiveSmallIntegerField(
        _("ledsagere pr. tilmelding"),
        default=0,
        validators=[MaxValueValidator(10)],
        help_text=_("Hvor mange ledsagere en tilmeldt må tage med. 0: ingen ledsagere."),
    )
    petals = ParentalManyToManyField(
        "initiatives.PetalPage",
        verbose_name=_("temaer"),
        blank=True,
        related_name="events",
        help_text=_("De temaer i politikkens blomst, arrangementet hører til."),
    )

    action_links = action_links_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("summary"),
        FieldPanel("action_links"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Tidspunkt")),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
            ],
            heading=_("Sted"),
        ),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("organiser_url"), FieldPanel("contact")],
            heading=_("Arrangør"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signup_info"),
                FieldPanel("signup_url"),
                FieldPanel("signup_deadline"),
                FieldPanel("registration_enabled"),
                FieldRowPanel(
                    [FieldPanel("registration_capacity"), FieldPanel("registration_max_guests")]
                ),
            ],
            heading=_("Tilmelding"),
        ),
        FieldPanel("petals", widget=forms.CheckboxSelectMultiple),
        InlinePanel("initiative_links", label=_("Indsatser i politikken")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("street_address"),
        SynchronizedField("postal_code"),
        SynchronizedField("locality"),
        SynchronizedField("organiser_url"),
        SynchronizedField("contact"),
        SynchronizedField("signup_url"),
        SynchronizedField("signup_deadline"),
        SynchronizedField("registration_enabled"),
        SynchronizedField("registration_capacity"),
        SynchronizedField("registration_max_guests"),
        SynchronizedField("petals"),
    ]

    parent_page_types = ["initiatives.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("arrangement")
        verbose_name_plural = _("arrangementer")

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def local_start(self):
        return timezone.localtime(self.start, COPENHAGEN)

    @property
    def local_end(self):
        return timezone.localtime(self.end, COPENHAGEN)

    @property
    def is_single_day(self):
        return self.local_start.date() == self.local_end.date()

    @property
    def address_lines(self):
        postcode_city = " ".join(part for part in (self.postal_code, self.locality) if part)
        return [line for line in (self.venue, self.street_address, postcode_city) if line]

    @property
    def location_text(self):
        return ", ".join(self.address_lines)

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def signup_is_open(self, today=None):
        """Sign-up closes after its deadline (a date in Copenhagen) or when the event is over."""
        if self.is_past():
            return False
        return self.signup_deadline is None or (today or local_today()) <= self.signup_deadline

    def registration_is_open(self, today=None):
        """Whether the site's own sign-up form takes registrations now (a full event still
        does: they go on the waiting list)."""
        return self.registration_enabled and self.signup_is_open(today)

    def registration_source(self):
        """The event that holds the registrations: the page in the site's source language (a
        translation shares its places, and so its participants list)."""
        from wagtail.models import Locale

        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        source = EventPage.objects.filter(
            translation_key=self.translation_key, locale=default
        ).first()
        return source or self

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Arrangementet skal slutte efter, det starter.")})
        if (
            self.signup_deadline
            and self.start
            and self.signup_deadline > timezone.localtime(self.start, COPENHAGEN).date()
        ):
            raise ValidationError(
                {"signup_deadline": _("Tilmeldingsfristen skal ligge før arrangementet.")}
            )

    def schema_org(self, request=None):
        """schema.org Event data for search engines (rendered as JSON-LD, escaped)."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "inLanguage": self.locale.language_code,
            "url": request.build_absolute_uri(self.get_url(request))
            if request is not None
            else self.get_full_url(),
            "location": {
                "@type": "Place",
                "name": self.venue,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": self.street_address,
                    "postalCode": self.postal_code,
                    "addressLocality": self.locality,
                    "addressCountry": "DK",
                },
            },
            "organizer": {"@type": "Organization", "name": self.organiser},
        }
        if self.organiser_url:
            data["organizer"]["url"] = self.organiser_url
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        localized_petals([self], self.locale_id)
        now = timezone.now()
        context.update(
            is_past=self.is_past(now),
            is_ongoing=self.start <= now <= self.end,
            signup_open=self.signup_is_open(),
            contacts=localized_public_contacts([self.contact], self.locale_id),
            initiatives=localized_initiatives(self.initiative_links.all(), self.locale_id),
            schema_org=self.schema_org(request),
            other_events=list(
                EventPage.objects.sibling_of(self, inclusive=False)
                .live()
                .filter(end__gte=now)
                .order_by("start", "title")[:4]
            ),
        )
        return context

    @path("kalender/", name="calendar")
    def calendar_download(self, request):
        """This event as an .ics file to add to a calendar."""
        from initiatives.ical import events_calendar

        return events_calendar(request, self, [self], filename=f"{self.slug}.ics", attachment=True)

    @path("tilmelding/", name="register")
    def register_view(self, request):
        """The sign-up form (its own URL, so the event page itself sets no cookie and stays in
        the page cache)."""
        from initiatives.registration_views import register

        return register(request, self)

    @path("tilmelding/kvittering/", name="registered")
    def registered_view(self, request):
        from initiatives.registration_views import registered

        return registered(request, self)

    @path("afmelding/", name="cancel")
    def cancel_view(self, request):
        """The cancel link (?t=<signed token>: Wagtail's page URLs allow no ':' in a path)."""
        from initiatives.registration_views import cancel

        return cancel(request, self, request.GET.get("t", ""))


class EventInitiative(InitiativeLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="initiative_links")

    class Meta(InitiativeLink.Meta):
        pass
