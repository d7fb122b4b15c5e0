"""A small site with one user per editorial role, shared by the editorial tests.

The pages are the real page types in their real places: a local council under the council
index, the twin town Varberg (Swedish) and Sandefjord (Norwegian) under the twin-town index, and
under its project index a project with Varberg and one with Sandefjord only. Varberg and its
project are translated into Swedish (Varberg's own language) and English. Every page is published,
so the publish signal (`home.editorial.refresh_scoped_groups_on_publish`) creates and refreshes
the scoped groups of `home.editorial.SCOPED_ROLES` ("Lokalråd: ...", "Venskabsby: ...") as it
does on the live site; the tests put their users in those groups.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.editorial import EDITORS, MODERATORS
from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import LocalCouncilIndexPageFactory, LocalCouncilPageFactory
from tests.twin_towns.factories import (
    TwinTownIndexPageFactory,
    TwinTownPageFactory,
    TwinTownProjectIndexPageFactory,
    TwinTownProjectPageFactory,
)
from twin_towns.models import Country, Language

COUNCIL_GROUP = "Lokalråd: Arnum Lokalråd"
TOWN_GROUP = "Venskabsby: Varberg"


@dataclass
class World:
    home: object
    about: object
    council_index: object
    council: object
    twin_index: object
    town: object
    other_town: object
    project_index: object
    project: object
    other_project: object
    home_sv: object
    town_sv: object
    project_sv: object
    town_en: object
    project_en: object
    users: dict = field(default_factory=dict)


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, language_code):
    """A published copy of `page` in that locale's tree (its parents copied as needed)."""
    locale = Locale.objects.get_or_create(language_code=language_code)[0]
    return publish(page.copy_for_translation(locale, copy_parents=True)).specific


def build_world(home_page, django_user_model) -> World:
    about = StandardPageFactory(parent=home_page, title="Om politikken", slug="om-politikken")
    council_index = LocalCouncilIndexPageFactory(parent=home_page)
    council = LocalCouncilPageFactory(
        parent=council_index, title="Arnum Lokalråd", slug="arnum-lokalraad"
    )
    twin_index = TwinTownIndexPageFactory(parent=home_page)
    town = TwinTownPageFactory(
        parent=twin_index, title="Varberg", slug="varberg", language=Language.SWEDISH
    )
    other_town = TwinTownPageFactory(
        parent=twin_index,
        title="Sandefjord",
        slug="sandefjord",
        country=Country.NORWAY,
        language=Language.NORWEGIAN_BOKMAAL,
    )
    project_index = TwinTownProjectIndexPageFactory(parent=twin_index)
    project = TwinTownProjectPageFactory(
        parent=project_index, title="Ungdomsuge", slug="ungdomsuge", towns=[town]
    )
    other_project = TwinTownProjectPageFactory(
        parent=project_index, title="Korstævne", slug="korstaevne", towns=[other_town]
    )
    for page in (about, council_index, council, twin_index, town, other_town, project_index):
        publish(page)
    for page in (project, other_project):
        publish(page)

    town_sv = translate(town, "sv")
    project_sv = translate(project, "sv")
    town_en = translate(town, "en")
    project_en = translate(project, "en")
    home_sv = town_sv.get_parent().get_parent().specific

    world = World(
        home=home_page,
        about=about,
        council_index=council_index,
        council=council,
        twin_index=twin_index,
        town=town,
        other_town=other_town,
        project_index=project_index,
        project=project,
        other_project=other_project,
        home_sv=home_sv,
        town_sv=town_sv,
        project_sv=project_sv,
        town_en=town_en,
        project_en=project_en,
    )
    groups = {
        "redaktoer": Group.objects.get(name=EDITORS),
        "moderator": Group.objects.get(name=MODERATORS),
        "lokalraad": Group.objects.get(name=COUNCIL_GROUP),
        "venskabsby": Group.objects.get(name=TOWN_GROUP),
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
