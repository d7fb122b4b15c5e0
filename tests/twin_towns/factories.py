import factory
import wagtail_factories

from twin_towns.models import (
    Country,
    Language,
    ProjectStatus,
    TwinTownIndexPage,
    TwinTownPage,
    TwinTownProjectIndexPage,
    TwinTownProjectPage,
)


class TwinTownIndexPageFactory(wagtail_factories.PageFactory):
    title = "Venskabsbyer"
    slug = "venskabsbyer"
    intro = "Det nordiske venskabsbysamarbejde fortsættes og levendegøres."

    class Meta:
        model = TwinTownIndexPage


class TwinTownPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"By {n}")
    local_name = factory.LazyAttribute(lambda page: page.title)
    country = Country.SWEDEN
    language = Language.SWEDISH
    latitude = "57.10600"
    longitude = "12.25000"
    intro = "En af Haderslev Kommunes venskabsbyer."

    class Meta:
        model = TwinTownPage


class TwinTownProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projekter"
    slug = "projekter"

    class Meta:
        model = TwinTownProjectIndexPage


class TwinTownProjectPageFactory(wagtail_factories.PageFactory):
    """A project; pass `towns=[...]` and `themes=[...]` to link it."""

    title = factory.Sequence(lambda n: f"Projekt {n}")
    intro = "Et fælles projekt med venskabsbyerne."
    status = ProjectStatus.IN_PROGRESS

    class Meta:
        model = TwinTownProjectPage
        skip_postgeneration_save = True

    @factory.post_generation
    def towns(self, create, extracted, **kwargs):
        if extracted:
            self.towns.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            if create:
                self.save()
