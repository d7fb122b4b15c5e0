import factory
import wagtail_factories

from initiatives.models import InitiativePage, InitiativeStatus, PetalPage


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
