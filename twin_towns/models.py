"""Twin towns (venskabsbyer): the cooperation, the towns, and the projects they share.

Page tree, as editors see it:

    Forside
    └── Venskabsbyer (TwinTownIndexPage)         the cooperation, the map, current projects
        ├── Varberg, Sandefjord, ... (TwinTownPage)
        └── Projekter (TwinTownProjectIndexPage)  every project, current ones first
            └── a project (TwinTownProjectPage)   linked to the towns it involves

A project names its towns once (a many-to-many relation); each town's page lists the projects
that name it, so nothing is entered twice. Contacts are the site-wide `home.Contact` snippet and
are shown only with their consent to publication.
"""

import datetime
from collections import defaultdict
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import chrome
from home.blocks import BodyBlock
from home.i18n import LinkedVersion, reader_versions
from home.models import BasePage, BasePageForm, Contact, ExampleContentMixin
from initiatives.models import InitiativePage, PetalPage

from .geo import HADERSLEV, GeoPoint, Place, build_map, compass_direction, rounded_distance_km
from .locales import in_locale_or_source, localize, pick_versions, source_language_code

# --- Choices -----------------------------------------------------------------------------------


class Country(models.TextChoices):
    """ISO 3166-1 alpha-2 codes of the countries a twin town is likely to be in."""

    SWEDEN = "SE", _("Sverige")
    NORWAY = "NO", _("Norge")
    FINLAND = "FI", _("Finland")
    ICELAND = "IS", _("Island")
    FAROE_ISLANDS = "FO", _("Færøerne")
    GREENLAND = "GL", _("Grønland")
    ALAND = "AX", _("Åland")
    GERMANY = "DE", _("Tyskland")
    FRANCE = "FR", _("Frankrig")
    POLAND = "PL", _("Polen")
    NETHERLANDS = "NL", _("Nederlandene")
    BELGIUM = "BE", _("Belgien")
    UNITED_KINGDOM = "GB", _("Storbritannien")
    ESTONIA = "EE", _("Estland")
    LATVIA = "LV", _("Letland")
    LITHUANIA = "LT", _("Litauen")


NORDIC_COUNTRIES = {"SE", "NO", "FI", "IS", "FO", "GL", "AX"}


class Language(models.TextChoices):
    """The town's own language, as a BCP 47 code (used for `lang` attributes)."""

    SWEDISH = "sv", _("svensk")
    NORWEGIAN_BOKMAAL = "nb", _("norsk (bokmål)")
    NORWEGIAN_NYNORSK = "nn", _("norsk (nynorsk)")
    FINNISH = "fi", _("finsk")
    ICELANDIC = "is", _("islandsk")
    FAROESE = "fo", _("færøsk")
    GREENLANDIC = "kl", _("grønlandsk")
    GERMAN = "de", _("tysk")
    FRENCH = "fr", _("fransk")
    POLISH = "pl", _("polsk")
    DUTCH = "nl", _("nederlandsk")
    ENGLISH = "en", _("engelsk")
    ESTONIAN = "et", _("estisk")
    LATVIAN = "lv", _("lettisk")
    LITHUANIAN = "lt", _("litauisk")


class ProjectStatus(models.TextChoices):
    # The values match the initiatives' statuses, so both share the site's status styles.
    PLANNED = "planned", _("Planlagt")
    IN_PROGRESS = "in_progress", _("I gang")
    DONE = "done", _("Afsluttet")


# "Current projects first": running, then coming, then finished.
STATUS_ORDER = {ProjectStatus.IN_PROGRESS: 0, ProjectStatus.PLANNED: 1, ProjectStatus.DONE: 2}
CURRENT_STATUSES = (ProjectStatus.IN_PROGRESS, ProjectStatus.PLANNED)


def sort_projects(projects) -> list:
    """Current projects first (running, then planned), then finished ones; newest first."""

    def key(project):
        when = project.end_date if project.status == ProjectStatus.DONE else project.start_date
        return (
            STATUS_ORDER.get(project.status, 3),
            -(when or datetime.date.min).toordinal(),
            project.title.lower(),
        )

    return sorted(projects, key=key)


# "Read this page in ...", written in the language it leads to (like a language switcher).
OWN_LANGUAGE_LABELS = {
    "da": "Læs siden på dansk",
    "en": "Read this page in English",
    "de": "Diese Seite auf Deutsch lesen",
    "sv": "Läs sidan på svenska",
    "nb": "Les siden på norsk",
    "fi": "Lue sivu suomeksi",
}


# --- Shared listing helpers -------------------------------------------------------------------


def _versions_of(page) -> list[str]:
    """Tree paths of this page in its own locale and in the Danish source (one query)."""
    return list(
        type(page)
        .objects.filter(translation_key=page.translation_key)
        .filter(in_locale_or_source(page.locale_id))
        .values_list("path", flat=True)
    )


def _under_any(paths) -> Q:
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def _localized_live_towns(towns, locale_id) -> list:
    # Links to translations: privacy was checked on the listed items themselves.
    return localize(towns, TwinTownPage.objects.live(), locale_id)


def with_localized_towns(projects, locale_id) -> list:
    """Give each project (with `towns` prefetched) `listed_towns`: its live towns, localised.

    Two queries at most for any number of projects, which must come from `projects_queryset`.
    """
    all_towns = {town.pk: town for project in projects for town in project.towns.all()}
    localized = dict(
        zip(
            all_towns.keys(),
            _localized_live_towns(all_towns.values(), locale_id),
            strict=True,
        )
    )
    for project in projects:
        project.listed_towns = sort_towns(localized[town.pk] for town in project.towns.all())
    return projects


def sort_towns(towns) -> list:
    """Nordic towns first, then the others, each group in the order given (the page tree's)."""
    return sorted(towns, key=lambda town: not town.is_nordic)


def projects_queryset(locale_id):
    """Live, public projects in the locale or in Danish, ready for listing with their towns."""
    return (
        TwinTownProjectPage.objects.live()
        .public()
        .filter(in_locale_or_source(locale_id))
        .prefetch_related(Prefetch("towns", queryset=TwinTownPage.objects.live().order_by("path")))
        .order_by("path")
    )


def listed_projects(queryset, locale_id) -> list:
    """One version of each project, current ones first, each with its localised towns."""
    return with_localized_towns(sort_projects(pick_versions(queryset, locale_id)), locale_id)


# --- The cooperation -----------------------------------------------------------------------


class TwinTownIndexPage(BasePage):
    """The twin-town cooperation: purpose, how to take part, the towns on a map, projects."""

    related_initiative = models.ForeignKey(
        InitiativePage,
        verbose_name=_("indsats i politikken"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            'Den indsats i politikken, som samarbejdet hører under, fx "Det nordiske '
            'venskabsbysamarbejde". Vises som link på siden.'
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("related_initiative"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("related_initiative"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["twin_towns.TwinTownPage", "twin_towns.TwinTownProjectIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("oversigt over venskabsbyer")
        verbose_name_plural = _("oversigter over venskabsbyer")

    def get_towns(self, paths=None) -> list["TwinTownPage"]:
        """The live towns below this page, in the reader's language where translated.

        Nordic towns first, then the others, each group in the editors' order in the page tree.
        """
        paths = paths if paths is not None else _versions_of(self)
        towns = pick_versions(
            TwinTownPage.objects.live()
            .public()
            .filter(_under_any(paths))
            .filter(in_locale_or_source(self.locale_id))
            .order_by("path"),
            self.locale_id,
        )
        # Keep the editors' order from the Danish tree (a translation sits in another subtree).
        return sorted(towns, key=lambda town: not town.is_nordic)

    def get_project_index(self, paths=None):
        paths = paths if paths is not None else _versions_of(self)
        versions = pick_versions(
            TwinTownProjectIndexPage.objects.live()
            .public()
            .filter(_under_any(paths))
            .filter(in_locale_or_source(self.locale_id))
            .order_by("path"),
            self.locale_id,
        )
        return versions[0] if versions else None

    def get_current_projects(self, paths=None) -> list["TwinTownProjectPage"]:
        paths = paths if paths is not None else _versions_of(self)
        return listed_projects(
            projects_queryset(self.locale_id)
            .filter(_under_any(paths))
            .filter(status__in=CURRENT_STATUSES),
            self.locale_id,
        )

    def get_related_initiative(self):
        initiative = self.related_initiative
        if initiative is None:
            return None
        initiative = localize([initiative], InitiativePage.objects.live(), self.locale_id)[0]
        return initiative if initiative.live else None

    def get_related_initiative_link(self, request=None) -> LinkedVersion | None:
        """The related initiative to link to: in the reader's language where translated, else
        in English (or Danish), marked so (the initiatives are not in the partner languages)."""
        initiative = self.related_initiative
        if initiative is None or not initiative.live:
            return None
        versions = reader_versions([initiative], chrome.active_locale(request), InitiativePage)
        return versions[0] if versions else None

    def get_contact(self, initiative=None):
        """The contact person of the cooperation: the related initiative's, if they consented to
        publication, in the reader's language where translated (two queries at most)."""
        initiative = initiative if initiative is not None else self.get_related_initiative()
        contact = initiative.public_contact if initiative is not None else None
        if contact is None:
            return None
        return localize([contact], Contact.objects.publishable(), self.locale_id)[0]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["source_language"] = source_language_code()
        paths = _versions_of(self)
        towns = self.get_towns(paths)
        related_initiative = self.get_related_initiative()
        context.update(
            towns=towns,
            nordic_towns=[town for town in towns if town.is_nordic],
            other_towns=[town for town in towns if not town.is_nordic],
            town_map=town_map(towns),
            current_projects=self.get_current_projects(paths),
            project_index=self.get_project_index(paths),
            related_initiative=self.get_related_initiative_link(request),
            contact=self.get_contact(related_initiative),
        )
        return context


def cooperation_of(page):
    """The twin-town index page above `page` (its parent or grandparent), or None."""
    return (
        TwinTownIndexPage.objects.ancestor_of(page)
        .live()
        .order_by("-depth")
        .select_related("locale")
        .first()
    )


def town_map(towns):
    """The map of `towns` around Haderslev, or None if there is nothing to draw."""
    if not towns:
        return None
    return build_map([Place(town.geo_point, town.title, town) for town in towns])


# --- The towns -------------------------------------------------------------------------------


class TwinTownPage(BasePage):
    """One twin town: who and where it is, the people to contact, and the shared projects."""

    local_name = models.CharField(
        _("navn på byens eget sprog"),
        max_length=255,
        help_text=_(
            'Byens navn på dens eget sprog, fx "Uusikaupunki" (på svensk: Nystad). Vises med '
            "sprogmarkering, så skærmlæsere udtaler navnet rigtigt."
        ),
    )
    country = models.CharField(
        _("land"),
        max_length=2,
        choices=Country.choices,
        help_text=_("Det land, venskabsbyen ligger i."),
    )
    language = models.CharField(
        _("sprog"),
        max_length=8,
        choices=Language.choices,
        help_text=_("Det sprog, der tales i byen. Findes siden på det sprog, linkes der til den."),
    )
    friendship_since = models.PositiveSmallIntegerField(
        _("venskab siden (år)"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1900, _("Skriv et årstal fra 1900 og frem.")),
            MaxValueValidator(2100, _("Skriv et årstal før 2100.")),
        ],
        help_text=_("Året, hvor venskabet begyndte. Lad feltet stå tomt, hvis det ikke vides."),
    )
    latitude = models.DecimalField(
        _("breddegrad"),
        max_digits=8,
        decimal_places=5,
        validators=[
            MinValueValidator(Decimal(-90), _("Breddegraden skal ligge mellem -90 og 90.")),
            MaxValueValidator(Decimal(90), _("Breddegraden skal ligge mellem -90 og 90.")),
        ],
        help_text=_("Grader nord som decimaltal, fx 57.106 for Varberg. Bruges til kortet."),
    )
    longitude = models.DecimalField(
        _("længdegrad"),
        max_digits=8,
        decimal_places=5,
        validators=[
            MinValueValidator(Decimal(-180), _("Længdegraden skal ligge mellem -180 og 180.")),
            MaxValueValidator(Decimal(180), _("Længdegraden skal ligge mellem -180 og 180.")),
        ],
        help_text=_("Grader øst som decimaltal, fx 12.25 for Varberg. Bruges til kortet."),
    )
    image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("billede"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Et billede af byen. Husk alternativ tekst på billedet."),
    )
    image_alt = models.CharField(
        _("alternativ tekst til billedet"),
        max_length=255,
        blank=True,
        help_text=_(
            "Beskriv, hvad billedet viser. Tom: billedets egen beskrivelse bruges. Et billede "
            "skal have en alternativ tekst (WCAG 2.1)."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("local_name"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("language")]),
        FieldPanel("friendship_since"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Placering"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Billede")),
        FieldPanel("body"),
        InlinePanel(
            "contact_links",
            label=_("Kontaktpersoner i byen"),
            help_text=_("Kun kontaktpersoner, der har givet samtykke, vises på siden."),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("local_name"),
        index.FilterField("country"),
        index.FilterField("language"),
    ]

    # Facts (coordinates, codes, years, the contacts chosen) are the same in every language;
    # names and descriptions are translated. The town's own-language name stays as it is.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("local_name"),
        SynchronizedField("country"),
        SynchronizedField("language"),
        SynchronizedField("friendship_since"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        SynchronizedField("contact_links"),
    ]

    parent_page_types = ["twin_towns.TwinTownIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("venskabsby")
        verbose_name_plural = _("venskabsbyer")

    def clean(self):
        super().clean()
        if self.image is not None and not (self.image_alt or self.image.description):
            raise ValidationError(
                {
                    "image_alt": _(
                        "Skriv en alternativ tekst, der beskriver billedet, eller giv billedet "
                        "en beskrivelse i billedbiblioteket."
                    )
                }
            )

    @property
    def is_nordic(self) -> bool:
        return self.country in NORDIC_COUNTRIES

    @property
    def geo_point(self) -> GeoPoint:
        return GeoPoint(float(self.latitude), float(self.longitude))

    @property
    def distance_km(self) -> int:
        """Distance from Haderslev, rounded to 10 km."""
        return rounded_distance_km(HADERSLEV, self.geo_point)

    @property
    def direction(self):
        """Compass direction from Haderslev, e.g. "nordøst"."""
        return compass_direction(HADERSLEV, self.geo_point)

    @property
    def image_alt_text(self) -> str:
        if self.image is None:
            return ""
        return self.image_alt or self.image.description

    def get_projects(self) -> list["TwinTownProjectPage"]:
        """Live projects that involve this town, current first, in the reader's language."""
        return listed_projects(
            projects_queryset(self.locale_id)
            .filter(towns__translation_key=self.translation_key)
            .distinct(),
            self.locale_id,
        )

    def get_public_contacts(self) -> list[Contact]:
        """The town's contacts who agreed to be shown, in the reader's language where translated."""
        contacts = [
            link.contact
            for link in self.contact_links.all().select_related("contact")
            if link.contact.may_publish
        ]
        return localize(contacts, Contact.objects.publishable(), self.locale_id)

    def get_own_language_version(self):
        """This page in the town's own language, if it exists, is live and is not this page."""
        if not self.language:
            return None
        return (
            self.get_translations()
            .live()
            .filter(locale__language_code=self.language)
            .select_related("locale")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["source_language"] = source_language_code()
        own_language_version = self.get_own_language_version()
        cooperation = cooperation_of(self)
        towns = cooperation.get_towns() if cooperation is not None else []
        context.update(
            cooperation=cooperation,
            other_towns_links=[t for t in towns if t.translation_key != self.translation_key],
            projects=self.get_projects(),
            contacts=self.get_public_contacts(),
            own_language_version=own_language_version,
            own_language_label=OWN_LANGUAGE_LABELS.get(self.language, ""),
        )
        return context


class TwinTownContact(Orderable):
    page = ParentalKey(TwinTownPage, on_delete=models.CASCADE, related_name="contact_links")
    contact = models.ForeignKey(
        "home.Contact",
        verbose_name=_("kontaktperson"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Vælg en kontaktperson. Kun personer med samtykke vises på siden."),
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        verbose_name = _("kontaktperson i byen")
        verbose_name_plural = _("kontaktpersoner i byen")


# --- The projects ----------------------------------------------------------------------------


class TwinTownProjectIndexPage(BasePage):
    """All shared projects: current ones first, then the finished ones."""

    parent_page_types = ["twin_towns.TwinTownIndexPage"]
    subpage_types = ["twin_towns.TwinTownProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("oversigt over venskabsbyprojekter")
        verbose_name_plural = _("oversigter over venskabsbyprojekter")

    def get_projects(self) -> list["TwinTownProjectPage"]:
        return listed_projects(
            projects_queryset(self.locale_id).filter(_under_any(_versions_of(self))),
            self.locale_id,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["source_language"] = source_language_code()
        projects = self.get_projects()
        context["current_projects"] = [p for p in projects if p.status in CURRENT_STATUSES]
        context["finished_projects"] = [p for p in projects if p.status not in CURRENT_STATUSES]
        cooperation = cooperation_of(self)
        context["cooperation"] = cooperation
        context["other_towns_links"] = cooperation.get_towns() if cooperation is not None else []
        context["contact"] = cooperation.get_contact() if cooperation is not None else None
        return context


def own_language_versions(model, chosen, locale_id) -> list:
    """The versions in `locale_id` of the `chosen` objects (instances or keys). A translation
    copied from the Danish project still names the Danish towns and themes; its form shows
    and keeps their versions in its own language (none where a town has no version in that
    language yet: the editor then picks one)."""
    pks = [getattr(item, "pk", item) for item in chosen or []]
    if not pks:
        return []
    objects = list(model.objects.filter(pk__in=pks).order_by("path"))
    own = [obj for obj in objects if obj.locale_id == locale_id]
    keys = [obj.translation_key for obj in objects if obj.locale_id != locale_id]
    if keys:
        own += list(model.objects.filter(translation_key__in=keys, locale_id=locale_id))
    return own


class TwinTownProjectForm(BasePageForm):
    """Offers only towns and themes in the project's own language, and keeps contacts'
    towns among the project's towns."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        if locale_id is not None:
            for name in ("towns", "themes"):
                if name in self.fields:
                    field = self.fields[name]
                    field.queryset = field.queryset.filter(locale_id=locale_id).order_by("path")
                    if name in self.initial:
                        self.initial[name] = own_language_versions(
                            field.queryset.model, self.initial[name], locale_id
                        )
            contacts = self.formsets.get("contact_links")
            if contacts is not None:
                self._limit_contact_towns(contacts, locale_id)

    @staticmethod
    def _limit_contact_towns(formset, locale_id):
        """Offer only towns in the project's locale in every contact row, including the blank
        row the admin copies when an editor adds a contact (the formset's `empty_form`)."""

        def limit(form):
            if "town" in form.fields:
                field = form.fields["town"]
                field.queryset = field.queryset.filter(locale_id=locale_id).order_by("path")
                if form.initial.get("town"):
                    versions = own_language_versions(
                        field.queryset.model, [form.initial["town"]], locale_id
                    )
                    form.initial["town"] = versions[0].pk if versions else None

        add_fields = formset.add_fields

        def add_fields_in_locale(form, index):
            add_fields(form, index)
            limit(form)

        # Rows are built lazily through add_fields; rows already built are limited directly.
        formset.add_fields = add_fields_in_locale
        for form in formset.__dict__.get("forms", []):
            limit(form)

    def clean(self):
        cleaned_data = super().clean()
        towns = cleaned_data.get("towns")
        contacts = self.formsets.get("contact_links")
        if towns is None or contacts is None or not contacts.is_valid():
            return cleaned_data
        chosen = {town.pk for town in towns}
        for form in contacts.forms:
            data = getattr(form, "cleaned_data", None) or {}
            town = data.get("town")
            if data.get("DELETE") or town is None or town.pk in chosen:
                continue
            self.add_error(
                "towns",
                _(
                    "%(contact)s er kontaktperson i %(town)s, men %(town)s er ikke valgt som "
                    "venskabsby i projektet. Vælg byen her, eller ret kontaktpersonens by."
                )
                % {"contact": data.get("contact"), "town": town.title},
            )
        return cleaned_data


class TwinTownProjectPage(ExampleContentMixin, BasePage):
    """A project shared by Haderslev and one or more twin towns."""

    towns = ParentalManyToManyField(
        "twin_towns.TwinTownPage",
        verbose_name=_("venskabsbyer"),
        related_name="projects",
        help_text=_("De venskabsbyer, der er med i projektet. Projektet vises på byernes sider."),
    )
    themes = ParentalManyToManyField(
        PetalPage,
        verbose_name=_("temaer"),
        blank=True,
        related_name="twin_town_projects",
        help_text=_("De temaer (kronblade) i politikken, som projektet bidrager til."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProjectStatus.choices,
        default=ProjectStatus.PLANNED,
        help_text=_("Hvor langt er projektet? Vises for læserne."),
    )
    start_date = models.DateField(
        _("startdato"),
        null=True,
        blank=True,
        help_text=_("Tom, hvis datoen endnu ikke er fastlagt."),
    )
    end_date = models.DateField(
        _("slutdato"),
        null=True,
        blank=True,
        help_text=_("Tom, hvis projektet er løbende (uden fast slutdato)."),
    )
    results = StreamField(
        BodyBlock(),
        verbose_name=_("det kom der ud af"),
        blank=True,
        help_text=_("Resultater, rapporter (dokumenter) og billeder fra projektet."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("is_example"),
        FieldPanel("intro"),
        FieldPanel("towns", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Status og periode"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel(
            "contact_links",
            label=_("Kontaktpersoner"),
            help_text=_(
                "Kontaktpersoner på hver side: vælg byen for en kontaktperson i en venskabsby, "
                "eller lad byen stå tom for Haderslev. Kun kontaktpersoner med samtykke vises."
            ),
        ),
        FieldPanel("results"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("results"),
        index.FilterField("status"),
        index.FilterField("start_date"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("towns"),
        SynchronizedField("themes"),
        SynchronizedField("status"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("contact_links"),
        TranslatableField("results"),
    ]

    base_form_class = TwinTownProjectForm

    parent_page_types = ["twin_towns.TwinTownProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("venskabsbyprojekt")
        verbose_name_plural = _("venskabsbyprojekter")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Slutdatoen kan ikke ligge før startdatoen.")})

    @property
    def is_current(self) -> bool:
        return self.status in CURRENT_STATUSES

    def get_towns(self) -> list[TwinTownPage]:
        towns = [town for town in self.towns.order_by("path") if town.live]
        return sort_towns(_localized_live_towns(towns, self.locale_id))

    def get_themes(self) -> list[PetalPage]:
        themes = localize(self.themes.all(), PetalPage.objects.live(), self.locale_id)
        return sorted((theme for theme in themes if theme.live), key=lambda theme: theme.path)

    def get_other_projects(self, limit=5) -> list["TwinTownProjectPage"]:
        """Other live, public projects beside this one, current ones first (one query)."""
        siblings = (
            TwinTownProjectPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .order_by("path")
        )
        return sort_projects(siblings)[:limit]

    def get_contact_groups(self, towns) -> list[dict]:
        """Publishable contacts, grouped by side: Haderslev first, then each town.

        `towns` are the project's localised towns; a group is headed by the town's name.
        """
        links = [
            link
            for link in self.contact_links.all().select_related("contact", "town")
            if link.contact.may_publish
        ]
        contacts = localize(
            [link.contact for link in links], Contact.objects.publishable(), self.locale_id
        )
        by_side = defaultdict(list)
        for link, contact in zip(links, contacts, strict=True):
            key = link.town.translation_key if link.town is not None else None
            by_side[key].append(contact)
        groups = []
        if by_side.get(None):
            groups.append({"town": None, "contacts": by_side[None]})
        for town in towns:
            if by_side.get(town.translation_key):
                groups.append({"town": town, "contacts": by_side[town.translation_key]})
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["source_language"] = source_language_code()
        towns = self.get_towns()
        context.update(
            towns=towns,
            themes=self.get_themes(),
            contact_groups=self.get_contact_groups(towns),
            other_projects=self.get_other_projects(),
        )
        return context


class TwinTownProjectContact(Orderable):
    page = ParentalKey(TwinTownProjectPage, on_delete=models.CASCADE, related_name="contact_links")
    contact = models.ForeignKey(
        "home.Contact",
        verbose_name=_("kontaktperson"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Vælg en kontaktperson. Kun personer med samtykke vises på siden."),
    )
    town = models.ForeignKey(
        TwinTownPage,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Tom: kontaktpersonen er på Haderslev-siden."),
    )

    panels = [FieldRowPanel([FieldPanel("contact"), FieldPanel("town")])]

    class Meta(Orderable.Meta):
        verbose_name = _("kontaktperson i projektet")
        verbose_name_plural = _("kontaktpersoner i projektet")
