import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from initiatives.models import (
    ApplicantType,
    EventIndexPage,
    EventPage,
    FundingDeadline,
    FundingGuidePage,
    FundingPoolIndexPage,
    FundingPoolPage,
    FundingPurpose,
    InitiativePage,
    InitiativeStatus,
    LocalArea,
    LocalCouncilIndexPage,
    LocalCouncilPage,
    PetalPage,
    local_datetime,
    local_today,
)


class PetalPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tema {n}")
    goal = "<p>At Haderslev Kommune er et attraktivt sted at bo og leve.</p>"
    guiding_question = "Hvordan hjælper vi med til at skabe liv og aktivitet?"
    show_in_menus = True

    class Meta:
        model = PetalPage


class InitiativePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Indsats {n}")
    summary = "Byrådet inviterer alle frivillige aktører til et årligt dialogmøde."
    status = InitiativeStatus.IN_PROGRESS

    class Meta:
        model = InitiativePage


# --- Citizens' tools: local councils, funding pools, events ------------------------------------


class LocalAreaFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Område {n}")
    slug = factory.Sequence(lambda n: f"omraade-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="da"))

    class Meta:
        model = LocalArea


class LocalCouncilIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lokalråd og lokalsamfund"
    slug = "lokalraad"

    class Meta:
        model = LocalCouncilIndexPage


class LocalCouncilPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Landsby {n}")
    summary = "Borgerforeningen samler lokalsamfundet."
    villages = "Arnum\nHøjrup"

    class Meta:
        model = LocalCouncilPage


class FundingPoolIndexPageFactory(wagtail_factories.PageFactory):
    title = "Puljemidler"
    slug = "puljemidler"

    class Meta:
        model = FundingPoolIndexPage


class FundingPoolPageFactory(wagtail_factories.PageFactory):
    """A pool. Pass `deadlines=[FundingDeadline(...)]`, `petals=[...]`, and the codes in
    `applicants=[...]` / `purpose_codes=[...]`."""

    title = factory.Sequence(lambda n: f"Pulje {n}")
    summary = "Støtte til frivilligt socialt arbejde."
    purpose = "<p>Puljen støtter det frivillige sociale arbejde.</p>"

    class Meta:
        model = FundingPoolPage
        skip_postgeneration_save = True

    @factory.post_generation
    def applicants(self, create, codes, **kwargs):
        if create and codes:
            self.applicant_types.set(ApplicantType.objects.filter(code__in=codes))
            self.save()

    @factory.post_generation
    def purpose_codes(self, create, codes, **kwargs):
        if create and codes:
            self.purposes.set(FundingPurpose.objects.filter(code__in=codes))
            self.save()


class FundingGuidePageFactory(wagtail_factories.PageFactory):
    title = "Sådan søger du puljemidler"
    slug = "saadan-soeger-du-puljemidler"

    class Meta:
        model = FundingGuidePage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktivitetskalender"
    slug = "aktivitetskalender"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Arrangement {n}")
    summary = "Byrådet inviterer alle frivillige aktører til dialogmøde."
    start = factory.LazyFunction(
        lambda: local_datetime(local_today() + datetime.timedelta(days=10), datetime.time(17))
    )
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    venue = "Haderslev Rådhus"
    street_address = "Gåskærgade 26-28"
    postal_code = "6100"
    locality = "Haderslev"
    organiser = "Haderslev Byråd"

    class Meta:
        model = EventPage


def deadline(day, **fields):
    """An unsaved deadline row to pass in a pool factory's `deadlines=[...]`."""
    return FundingDeadline(deadline=day, **fields)
