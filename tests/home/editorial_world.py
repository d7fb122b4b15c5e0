"""A small site with one user per editorial role, shared by the editorial tests.

The local-council and twin-town page types live in apps merged later, so the scoped roles are
exercised with stand-ins of the same shape: a petal plays a council (a page whose subtree the
council edits), an initiative plays a twin town, and initiatives that link to it through their
"related initiatives" inline play the town's projects. The machinery (`sync_scoped_page`) is the
one `seed_content` and the publish signal run for the real page types.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.editorial import EDITORS, MODERATORS, ScopedRole, sync_scoped_page
from initiatives.models import InitiativeRelatedLink
from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

COUNCIL_STAND_IN = ScopedRole(model="initiatives.PetalPage", prefix="Lokalråd")
TOWN_STAND_IN = ScopedRole(
    model="initiatives.InitiativePage",
    prefix="Venskabsby",
    linked_model="initiatives.InitiativePage",
    own_language_translations=True,
)


@dataclass
class World:
    home: object
    about: object
    council: object
    council_child: object
    other_petal: object
    town: object
    project: object
    other_project: object
    home_sv: object
    town_sv: object
    users: dict = field(default_factory=dict)


def publish(page):
    page.save_revision().publish()
    return page


def build_world(home_page, django_user_model) -> World:
    about = StandardPageFactory(parent=home_page, title="Om politikken", slug="om-politikken")
    council = PetalPageFactory(parent=home_page, title="Bosætning", slug="bosaetning")
    council_child = InitiativePageFactory(parent=council, title="Landsbyråd", slug="landsbyraad")
    other_petal = PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed")
    town = InitiativePageFactory(parent=other_petal, title="Varberg", slug="varberg")
    project = InitiativePageFactory(parent=other_petal, title="Ungdomsuge", slug="ungdomsuge")
    InitiativeRelatedLink.objects.create(page=project, related=town)
    other_project = InitiativePageFactory(
        parent=other_petal, title="Frivilligudveksling", slug="frivilligudveksling"
    )
    for page in (about, council, council_child, other_petal, town, project, other_project):
        publish(page)

    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    town_sv = town.copy_for_translation(swedish, copy_parents=True)
    publish(town_sv)
    home_sv = town_sv.get_parent().get_parent().specific

    world = World(
        home=home_page,
        about=about,
        council=council,
        council_child=council_child,
        other_petal=other_petal,
        town=town,
        project=project,
        other_project=other_project,
        home_sv=home_sv,
        town_sv=town_sv,
    )
    council_group = sync_scoped_page(COUNCIL_STAND_IN, council)
    town_group = sync_scoped_page(TOWN_STAND_IN, town)
    groups = {
        "redaktoer": Group.objects.get(name=EDITORS),
        "moderator": Group.objects.get(name=MODERATORS),
        "lokalraad": council_group,
        "venskabsby": town_group,
        "udenforstaaende": None,
    }
    for username, group in groups.items():
        user = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="x"
        )
        if group is not None:
            user.groups.add(group)
        world.users[username] = user
    return world
