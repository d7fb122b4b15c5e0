import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from links.models import ExternalService


class ExternalServiceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tjeneste {n}")
    url = factory.Sequence(lambda n: f"https://tjeneste{n}.example.org/")
    action = "Søg om tilskud til din forening."
    operator = "Haderslev Kommune"
    url_confirmed = True
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="da"))

    class Meta:
        model = ExternalService
