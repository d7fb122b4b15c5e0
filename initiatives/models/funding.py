"""Funding pools (puljemidler): self-serve help to find a pool, meet its deadline and apply.

The policy: "Kommunale medarbejdere kan være behjælpelige i processen omkring ansøgning af
puljemidler og lign." Whether a pool is open, and which deadline comes next, is computed from the
deadline dates and today's date in Europe/Copenhagen at request time - never stored.
"""

import datetime
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage, ExampleContentMixin
from initiatives.blocks import ApplicationStepsBlock, PoolDocumentsBlock, QuestionsBlock

from .common import (
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


class ApplicantCode(models.TextChoices):
    """Who may apply. The eligibility guide's first question is built from these."""

    ASSOCIATION = "association", _("Foreninger og organisationer")
    CITIZEN_GROUP = "citizen_group", _("Grupper af borgere")
    LOCAL_COMMUNITY = "local_community", _("Lokalsamfund og borgerforeninger")
    INSTITUTION = "institution", _("Selvejende institutioner")
    VILLAGE_HALL = "village_hall", _("Forsamlingshuse")
    OWNER = "owner", _("Borgere og grundejere")


class PurposeCode(models.TextChoices):
    """What the money is for. The eligibility guide's second question is built from these."""

    SOCIAL = "social", _("Frivilligt socialt arbejde")
    COMMUNITY = "community", _("Udvikling af landsby og lokalsamfund")
    ACTIVITIES = "activities", _("Aktiviteter, arrangementer og kultur")
    FACILITIES = "facilities", _("Bygninger, lokaler og udstyr")
    TOWNSCAPE = "townscape", _("Istandsættelse og bymiljø")


class CodedCategory(models.Model):
    """A fixed category with a code from a TextChoices; the rows are created by a migration.

    Labels come from the code's translatable choice label, so they follow the reader's language.
    """

    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.get_code_display())


class ApplicantType(CodedCategory):
    code = models.CharField(
        _("kode"), max_length=30, unique=True, choices=ApplicantCode.choices, editable=False
    )

    class Meta(CodedCategory.Meta):
        verbose_name = _("ansøgertype")
        verbose_name_plural = _("ansøgertyper")


class FundingPurpose(CodedCategory):
    code = models.CharField(
        _("kode"), max_length=30, unique=True, choices=PurposeCode.choices, editable=False
    )

    class Meta(CodedCategory.Meta):
        verbose_name = _("formål")
        verbose_name_plural = _("formål")


class DeadlineStatus:
    """A pool's deadlines seen from one day: open now, the next deadline, what is upcoming."""

    def __init__(self, pool, today: datetime.date):
        self.today = today
        self.is_rolling = pool.is_rolling
        deadlines = sorted(pool.deadlines.all(), key=lambda d: d.deadline)
        self.upcoming = [d for d in deadlines if d.deadline >= today]
        self.next_deadline = self.upcoming[0] if self.upcoming else None
        self.open_deadline = next((d for d in self.upcoming if d.is_open_on(today)), None)
        self.is_open = self.is_rolling or self.open_deadline is not None

    def has_deadline_between(self, first: datetime.date, last: datetime.date) -> bool:
        return any(first <= d.deadline <= last for d in self.upcoming)


def annotate_deadline_status(pools, today: datetime.date) -> None:
    """Attach `status` (a DeadlineStatus) to each pool; deadlines must be prefetched."""
    for pool in pools:
        pool.status = DeadlineStatus(pool, today)


def questions_field(help_text):
    """Questions and answers (FAQ), shown as a DKFDS accordion."""
    return StreamField(
        QuestionsBlock(),
        verbose_name=_("spørgsmål og svar"),
        blank=True,
        help_text=help_text,
    )


class FAQMixin:
    @property
    def faq_items(self):
        """The questions as values with `question` and `answer`, for the accordion."""
        return [child.value for child in self.faq]


class FundingPoolIndexPage(RoutablePageMixin, BasePage):
    """All funding pools: open now, the next deadlines, and every pool, with filters."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.FundingPoolPage", "initiatives.FundingGuidePage"]
    max_count_per_parent = 1

    contact = contact_field()

    content_panels = [*BasePage.content_panels, FieldPanel("contact")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("contact"),
    ]

    class Meta:
        verbose_name = _("oversigt over puljer")
        verbose_name_plural = _("oversigter over puljer")

    def get_pools(self):
        return FundingPoolPage.listing(FundingPoolPage.objects.child_of(self))

    def get_guide(self):
        return FundingGuidePage.objects.child_of(self).live().defer_streamfields().first()

    def get_context(self, request, *args, **kwargs):
        from initiatives.forms import PoolFilterForm, filter_from_request

        context = super().get_context(request, *args, **kwargs)
        today = local_today()
        form, filters, message = filter_from_request(
            PoolFilterForm, request, petal_choices=petal_choices(self.locale_id)
        )
        pools = self.get_pools()
        if filters.get("tema"):
            petal = petal_by_slug(self.locale_id, filters["tema"])
            pools = pools.filter(petals__translation_key=petal.translation_key).distinct()
        if filters.get("ansoeger"):
            pools = pools.filter(applicant_types__code=filters["ansoeger"]).distinct()
        pools = list(pools)
        annotate_deadline_status(pools, today)
        localized_petals(pools, self.locale_id)

        far_future = datetime.date.max
        open_now = sorted(
            (pool for pool in pools if pool.status.is_open),
            key=lambda pool: (
                pool.status.open_deadline.deadline if pool.status.open_deadline else far_future,
                pool.title,
            ),
        )
        next_deadlines = sorted(
            ((deadline, pool) for pool in pools for deadline in pool.status.upcoming),
            key=lambda item: (item[0].deadline, item[1].title),
        )
        context.update(
            today=today,
            filter_form=form,
            filter_message=message,
            is_filtered=bool(filters),
            pools=pools,
            open_now=open_now,
            next_deadlines=[
                {"deadline": deadline, "pool": pool, "is_open": deadline.is_open_on(today)}
                for deadline, pool in next_deadlines
            ],
            guide=self.get_guide(),
            contacts=localized_public_contacts([self.contact], self.locale_id),
        )
        return context

    @path("kalender/", name="calendar")
    def calendar_feed(self, request):
        """Every upcoming deadline of the pools below, as an iCalendar feed to subscribe to."""
        from initiatives.ical import deadlines_calendar

        pools = list(self.get_pools())
        return deadlines_calendar(request, self, pools, local_today())


class FundingPoolPage(FAQMixin, RoutablePageMixin, ExampleContentMixin, BasePage):
    """One funding pool: purpose, who may apply, what is funded, amounts, deadlines, steps."""

    base_form_class = LocaleScopedPageForm

    summary = models.TextField(
        _("resumé"),
        help_text=_("Et par sætninger om puljen. Vises i oversigter og søgeresultater."),
    )
    purpose = RichTextField(
        _("formål"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("Hvad vil kommunen opnå med puljen?"),
    )
    applicant_types = ParentalManyToManyField(
        ApplicantType,
        verbose_name=_("hvem kan søge"),
        blank=True,
        related_name="pools",
        help_text=_("Bruges af filteret og af guiden til at finde den rette pulje."),
    )
    eligibility = RichTextField(
        _("hvem kan søge – uddybning"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Hvem kan søge puljen? Fx foreninger, borgergrupper eller lokalsamfund."),
    )
    purposes = ParentalManyToManyField(
        FundingPurpose,
        verbose_name=_("hvad kan der søges til"),
        blank=True,
        related_name="pools",
        help_text=_("Bruges af guiden til at finde den rette pulje."),
    )
    funded = RichTextField(
        _("det kan du søge til"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Hvad kan puljen give støtte til?"),
    )
    not_funded = RichTextField(
        _("det kan du ikke søge til"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Hvad giver puljen ikke støtte til? Fx drift eller lønninger."),
    )
    amount_min = models.PositiveIntegerField(
        _("mindste beløb (kr.)"),
        null=True,
        blank=True,
        help_text=_(
            "Det mindste beløb, man kan søge, i hele kroner. Udelades, hvis der ikke er en grænse."
        ),
    )
    amount_max = models.PositiveIntegerField(
        _("største beløb (kr.)"),
        null=True,
        blank=True,
        help_text=_(
            "Det største beløb, man kan søge, i hele kroner. Udelades, hvis der ikke er en grænse."
        ),
    )
    amount_note = models.CharField(
        _("om beløbet"),
        max_length=255,
        blank=True,
        help_text=_('Fx "900.000 kr. i alt i 2024".'),
    )
    is_rolling = models.BooleanField(
        _("løbende ansøgning"),
        default=False,
        help_text=_("Sæt kryds, hvis man kan søge når som helst. Ellers angiv frister nedenfor."),
    )
    steps = StreamField(
        ApplicationStepsBlock(),
        verbose_name=_("sådan søger du"),
        blank=True,
        help_text=_("Ansøgningen trin for trin. Vises som en nummereret liste."),
    )
    application_url = models.URLField(
        _("link til ansøgningen"),
        blank=True,
        help_text=_("Fx ansøgningsskemaet i foreningssystemet Conventus."),
    )
    documents = StreamField(
        PoolDocumentsBlock(),
        verbose_name=_("dokumenter og links"),
        blank=True,
        help_text=_("Ansøgningsskema, retningslinjer og andre dokumenter eller links."),
    )
    faq = questions_field(_("Ofte stillede spørgsmål om puljen, med svar."))
    contact = contact_field()
    petals = ParentalManyToManyField(
        "initiatives.PetalPage",
        verbose_name=_("temaer"),
        blank=True,
        related_name="funding_pools",
        help_text=_("De temaer i politikkens blomst, puljen understøtter."),
    )

    action_links = action_links_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("summary"),
        FieldPanel("action_links"),
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("applicant_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("eligibility"),
            ],
            heading=_("Hvem kan søge?"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("purposes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("funded"),
                FieldPanel("not_funded"),
            ],
            heading=_("Hvad kan der søges til?"),
        ),
        MultiFieldPanel(
            [FieldPanel("amount_min"), FieldPanel("amount_max"), FieldPanel("amount_note")],
            heading=_("Beløb"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_rolling"), InlinePanel("deadlines", label=_("Frister"))],
            heading=_("Ansøgningsfrister"),
        ),
        FieldPanel("steps"),
        FieldPanel("application_url"),
        FieldPanel("documents"),
        FieldPanel("faq"),
        FieldPanel("contact"),
        FieldPanel("petals", widget=forms.CheckboxSelectMultiple),
        InlinePanel("initiative_links", label=_("Indsatser i politikken")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
        index.SearchField("funded"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("applicant_types"),
        SynchronizedField("purposes"),
        SynchronizedField("petals"),
        SynchronizedField("amount_min"),
        SynchronizedField("amount_max"),
        SynchronizedField("is_rolling"),
        SynchronizedField("application_url"),
        SynchronizedField("contact"),
    ]

    parent_page_types = ["initiatives.FundingPoolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("pulje")
        verbose_name_plural = _("puljer")

    # What a listing of pools (cards, the deadline table, the guide's answer, the calendar feed)
    # never shows: the long texts of the pool's own page, left in the database.
    LISTING_DEFERRED = (
        "intro",
        "body",
        "purpose",
        "eligibility",
        "funded",
        "not_funded",
        "steps",
        "documents",
        "faq",
    )

    @classmethod
    def listing(cls, pages):
        """Live pools of `pages` for a listing, by title: their deadlines and petals prefetched
        (see DeadlineStatus and localized_petals), their long texts deferred."""
        return (
            pages.live()
            .defer(*cls.LISTING_DEFERRED)
            .prefetch_related("deadlines", "petals")
            .order_by("title")
        )

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def clean(self):
        super().clean()
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            raise ValidationError(
                {"amount_max": _("Det største beløb kan ikke være mindre end det mindste.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["status"] = DeadlineStatus(self, local_today())
        localized_petals([self], self.locale_id)
        context["contacts"] = localized_public_contacts([self.contact], self.locale_id)
        context["initiatives"] = localized_initiatives(self.initiative_links.all(), self.locale_id)
        context["guide"] = FundingGuidePage.objects.sibling_of(self).live().first()
        context["other_pools"] = list(
            FundingPoolPage.objects.sibling_of(self, inclusive=False).live().order_by("title")[:6]
        )
        return context

    @path("kalender/", name="calendar")
    def calendar_feed(self, request):
        """This pool's upcoming deadlines as an iCalendar feed."""
        from initiatives.ical import deadlines_calendar

        return deadlines_calendar(request, self, [self], local_today())


class FundingDeadline(TranslatableMixin, Orderable):
    """A dated application deadline: open from `opens_on` (if given) until the end of the day."""

    page = ParentalKey(FundingPoolPage, on_delete=models.CASCADE, related_name="deadlines")
    deadline = models.DateField(
        _("ansøgningsfrist"), help_text=_("Sidste dag, man kan søge (dansk tid).")
    )
    opens_on = models.DateField(
        _("åbner for ansøgninger"),
        null=True,
        blank=True,
        help_text=_("Udelades, hvis man kan søge når som helst før fristen."),
    )
    note = models.CharField(
        _("bemærkning"), max_length=255, blank=True, help_text=_('Fx "Kun restmidler".')
    )

    panels = [FieldPanel("deadline"), FieldPanel("opens_on"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("frist")
        verbose_name_plural = _("frister")

    def __str__(self):
        return (
            f"{self.page.title}: {self.deadline:%Y-%m-%d}" if self.page_id else str(self.deadline)
        )

    def clean(self):
        super().clean()
        if self.opens_on and self.deadline and self.opens_on > self.deadline:
            raise ValidationError({"opens_on": _("Puljen skal åbne før fristen.")})

    def is_open_on(self, day: datetime.date) -> bool:
        """Open on `day` if the day is on or before the deadline and on or after the opening."""
        return day <= self.deadline and (self.opens_on is None or self.opens_on <= day)


class FundingPoolInitiative(InitiativeLink):
    page = ParentalKey(FundingPoolPage, on_delete=models.CASCADE, related_name="initiative_links")

    class Meta(InitiativeLink.Meta):
        pass


class TimingCode(models.TextChoices):
    """The eligibility guide's third question: when is the money needed?"""

    SOON = "snart", _("Inden for 3 måneder")
    YEAR = "i-aar", _("Inden for et år")
    UNKNOWN = "ved-ikke", _("Ved ikke endnu")


TIMING_HORIZON_DAYS = {TimingCode.SOON: 92, TimingCode.YEAR: 366}


class FundingGuidePage(FAQMixin, BasePage):
    """ "Sådan søger du puljemidler": a short guide that finds the pools matching the answers,
    and the questions applicants ask most often."""

    faq = questions_field(
        _("Ofte stillede spørgsmål om at søge puljemidler, med svar. Vises under guiden.")
    )
    contact = contact_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("faq"),
        FieldPanel("contact"),
        InlinePanel("initiative_links", label=_("Indsatser i politikken")),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("contact"),
    ]

    parent_page_types = ["initiatives.FundingPoolIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide til puljemidler")
        verbose_name_plural = _("guider til puljemidler")

    def get_pools(self):
        return FundingPoolPage.listing(FundingPoolPage.objects.sibling_of(self, inclusive=False))

    def match_pools(self, answers, today: datetime.date):
        """The live pools for this applicant and purpose, split by the timing answer.

        Returns (matching, later): `matching` can be applied for in time (rolling, or a deadline
        from today until the horizon), soonest and open first; `later` fit the applicant and the
        purpose but have no deadline within the horizon.
        """
        pools = self.get_pools().filter(
            applicant_types__code=answers["hvem"], purposes__code=answers["formaal"]
        )
        pools = list(pools.distinct())
        annotate_deadline_status(pools, today)
        localized_petals(pools, self.locale_id)
        far_future = datetime.date.max
        pools.sort(
            key=lambda pool: (
                not pool.status.is_open,
                pool.status.next_deadline.deadline if pool.status.next_deadline else far_future,
                pool.title,
            )
        )
        horizon = TIMING_HORIZON_DAYS.get(answers.get("hvornaar"))
        if horizon is None:
            return pools, []
        last_day = today + datetime.timedelta(days=horizon)
        matching, later = [], []
        for pool in pools:
            in_time = pool.status.is_rolling or pool.status.has_deadline_between(today, last_day)
            (matching if in_time else later).append(pool)
        return matching, later

    def get_context(self, request, *args, **kwargs):
        from initiatives.forms import FundingGuideForm

        context = super().get_context(request, *args, **kwargs)
        today = local_today()
        form = FundingGuideForm.from_request(request)
        answers = None
        pools, later_pools = [], []
        share_url = None
        if form.is_bound and form.is_valid():
            answers = form.cleaned_data
            pools, later_pools = self.match_pools(answers, today)
            share_url = request.build_absolute_uri(f"{self.get_url(request)}?{urlencode(answers)}")
        context.update(
            today=today,
            guide_form=form,
            answers=answers,
            answer_labels=form.answer_labels() if answers else None,
            matching_pools=pools,
            later_pools=later_pools,
            share_url=share_url,
            pool_index=self.get_parent(),
            contacts=localized_public_contacts([self.contact], self.locale_id),
            initiatives=localized_initiatives(self.initiative_links.all(), self.locale_id),
        )
        return context


class FundingGuideInitiative(InitiativeLink):
    page = ParentalKey(FundingGuidePage, on_delete=models.CASCADE, related_name="initiative_links")

    class Meta(InitiativeLink.Meta):
        pass
