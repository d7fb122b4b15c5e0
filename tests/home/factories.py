import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from home.models import Contact, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Medborgerskab Haderslev"
    slug = "home"
    intro = "Hvordan bringer vi det aktive medborgerskab i spil?"
    vision_quote = "I Haderslev Kommune er det aktive medborgerskab grundlaget for innovation."
    vision_attribution = "Byrådet, december 2011"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standardside {n}")
    intro = "En kort indledning."

    class Meta:
        model = StandardPage


class ContactFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kontakt {n}")
    role = "Frivillighedskonsulent"
    organisation = "Haderslev Kommune"
    email = factory.Sequence(lambda n: f"kontakt{n}@example.org")
    phone = "12 34 56 78"
    may_publish = True
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="da"))

    class Meta:
        model = Contact
