"""The group "Venskabsby: Varberg" edits Varberg's pages and projects in Danish and Swedish, and
nothing in English (home.editorial's docstring), with the real twin-town page types."""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale

from home import editorial
from tests.twin_towns.factories import TwinTownPageFactory, TwinTownProjectPageFactory
from twin_towns.models import Language


def _translate(page, code):
    locale = Locale.objects.get_or_create(language_code=code)[0]
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.save_revision().publish()
    return translation


def test_a_town_group_edits_its_projects_in_the_towns_language_not_in_english(
    twin_index, project_index
):
    varberg = TwinTownPageFactory(parent=twin_index, title="Varberg", language=Language.SWEDISH)
    sandefjord = TwinTownPageFactory(parent=twin_index, title="Sandefjord", language="nb")
    youth_week = TwinTownProjectPageFactory(
        parent=project_index, title="Ungdomsuge", towns=[varberg, sandefjord]
    )
    other = TwinTownProjectPageFactory(parent=project_index, title="Kor", towns=[sandefjord])
    # Synchronised: the translations' `towns` still name the Danish town pages.
    varberg_sv, varberg_en = _translate(varberg, "sv"), _translate(varberg, "en")
    youth_week_sv, youth_week_en = _translate(youth_week, "sv"), _translate(youth_week, "en")
    _translate(other, "en")
    assert set(youth_week_en.towns.all()) == {varberg, sandefjord}

    editorial.sync_scoped_groups()

    group = Group.objects.get(name="Venskabsby: Varberg")
    pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
    assert pages == {varberg.id, varberg_sv.id, youth_week.id, youth_week_sv.id}
    assert varberg_en.id not in pages and youth_week_en.id not in pages
