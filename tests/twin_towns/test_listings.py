"""Projects name their towns once; every town's page lists them. Drafts never show."""

import datetime

import pytest

from tests.home.factories import ContactFactory
from tests.initiatives.factories import PetalPageFactory
from tests.twin_towns.factories import TwinTownPageFactory, TwinTownProjectPageFactory
from twin_towns.models import Country, ProjectStatus, TwinTownContact, TwinTownProjectContact


@pytest.fixture
def towns(twin_index):
    return [
        TwinTownPageFactory(parent=twin_index, title=title, country=country)
        for title, country in (
            ("Varberg", Country.SWEDEN),
            ("Sandefjord", Country.NORWAY),
            ("Uusikaupunki", Country.FINLAND),
            ("Braine", Country.FRANCE),
        )
    ]


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_project_linked_to_three_towns_shows_on_all_three_town_pages(
    client, project_index, towns
):
    varberg, sandefjord, uusikaupunki, braine = towns
    project = TwinTownProjectPageFactory(
        parent=project_index, title="Nordisk ungdomsuge", towns=[varberg, sandefjord, uusikaupunki]
    )
    for town in (varberg, sandefjord, uusikaupunki):
        assert f'href="{project.url}"' in html_of(client, town), town.title
    assert "Nordisk ungdomsuge" not in html_of(client, braine)


def test_removing_a_town_from_a_project_removes_the_project_from_that_town(
    client, project_index, towns
):
    varberg, sandefjord, *_ = towns
    project = TwinTownProjectPageFactory(
        parent=project_index, title="Frivilligudveksling", towns=[varberg, sandefjord]
    )
    assert "Frivilligudveksling" in html_of(client, sandefjord)

    project.towns.set([varberg])
    project.save_revision().publish()

    assert "Frivilligudveksling" not in html_of(client, sandefjord)
    assert "Frivilligudveksling" in html_of(client, varberg)


def test_unpublished_projects_never_show(client, twin_index, project_index, towns):
    varberg = towns[0]
    TwinTownProjectPageFactory(parent=project_index, title="Kladde", live=False, towns=[varberg])
    withdrawn = TwinTownProjectPageFactory(
        parent=project_index, title="Trukket tilbage", towns=[varberg]
    )
    withdrawn.unpublish()
    for page in (varberg, twin_index, project_index):
        html = html_of(client, page)
        assert "Kladde" not in html
        assert "Trukket tilbage" not in html


def test_current_projects_come_first_then_planned_then_finished(client, project_index, towns):
    varberg = towns[0]
    finished = TwinTownProjectPageFactory(
        parent=project_index,
        title="Afsluttet stævne",
        status=ProjectStatus.DONE,
        start_date=datetime.date(2026, 6, 12),
        end_date=datetime.date(2026, 6, 14),
        towns=[varberg],
    )
    planned = TwinTownProjectPageFactory(
        parent=project_index,
        title="Kommende ungdomsuge",
        status=ProjectStatus.PLANNED,
        start_date=datetime.date(2027, 7, 5),
        towns=[varberg],
    )
    older = TwinTownProjectPageFactory(
        parent=project_index,
        title="Ældre udveksling",
        status=ProjectStatus.IN_PROGRESS,
        start_date=datetime.date(2024, 1, 1),
        towns=[varberg],
    )
    newer = TwinTownProjectPageFactory(
        parent=project_index,
        title="Nyere udveksling",
        status=ProjectStatus.IN_PROGRESS,
        start_date=datetime.date(2026, 3, 1),
        towns=[varberg],
    )
    expected = [newer, older, planned, finished]
    assert varberg.get_projects() == expected
    html = html_of(client, varberg)
    positions = [html.index(project.title) for project in expected]
    assert positions == sorted(positions)
    # The project overview splits current from finished projects.
    overview = html_of(client, project_index)
    current, finished_part = overview.split("Afsluttede projekter")
    assert "Nyere udveksling" in current and "Kommende ungdomsuge" in current
    assert "Afsluttet stævne" in finished_part and "Afsluttet stævne" not in current


def test_index_lists_nordic_towns_first_and_only_current_projects(
    client, twin_index, project_index, towns
):
    varberg, *_ = towns
    TwinTownProjectPageFactory(parent=project_index, title="Igangværende", towns=[varberg])
    TwinTownProjectPageFactory(
        parent=project_index, title="Gammelt", status=ProjectStatus.DONE, towns=[varberg]
    )
    html = html_of(client, twin_index)
    nordic, others = html.split("Andre venskabsbyer")
    for title in ("Varberg", "Sandefjord", "Uusikaupunki"):
        assert title in nordic.split("Det nordiske venskabsbysamarbejde", 1)[1]
    assert "Braine" in others.split("Aktuelle projekter")[0]
    assert "Igangværende" in html
    assert "Gammelt" not in html
    assert f'href="{project_index.url}"' in html


def test_project_page_links_its_towns_and_themes(client, home_page, project_index, towns):
    petal = PetalPageFactory(parent=home_page, title="Synlighed")
    varberg, sandefjord, *_ = towns
    project = TwinTownProjectPageFactory(
        parent=project_index,
        title="Venskabsbystævne",
        status=ProjectStatus.DONE,
        start_date=datetime.date(2026, 6, 12),
        end_date=datetime.date(2026, 6, 14),
        towns=[varberg, sandefjord],
        themes=[petal],
        results=[{"type": "paragraph", "value": "<p>To nye samarbejder.</p>"}],
    )
    html = html_of(client, project)
    assert f'href="{varberg.url}"' in html and f'href="{sandefjord.url}"' in html
    assert f'href="{petal.url}"' in html
    assert "Afsluttet" in html
    assert '<time datetime="2026-06-12">12. juni 2026</time>' in html
    assert "Det kom der ud af" in html and "To nye samarbejder." in html


def test_ongoing_project_period_reads_as_ongoing(client, project_index, towns):
    project = TwinTownProjectPageFactory(
        parent=project_index, start_date=datetime.date(2026, 3, 1), towns=[towns[0]]
    )
    assert "(løbende)" in html_of(client, project)


def test_contacts_show_per_side_and_only_with_consent(client, project_index, towns):
    varberg, *_ = towns
    coordinator = ContactFactory(name="Koordinator Haderslev", may_publish=True)
    partner = ContactFactory(name="Partner Varberg", may_publish=True)
    secret = ContactFactory(name="Hemmelig Person", email="hemmelig@example.org", may_publish=False)
    project = TwinTownProjectPageFactory(
        parent=project_index,
        towns=[varberg],
        contact_links=[
            TwinTownProjectContact(contact=coordinator),
            TwinTownProjectContact(contact=partner, town=varberg),
            TwinTownProjectContact(contact=secret, town=varberg),
        ],
    )
    html = html_of(client, project)
    assert "I Haderslev" in html and "I Varberg" in html
    assert (
        html.index("Koordinator Haderslev")
        < html.index("I Varberg")
        < html.index("Partner Varberg")
    )
    assert "Hemmelig Person" not in html
    assert "hemmelig@example.org" not in html


def test_town_page_shows_facts_and_only_consenting_contacts(client, twin_index):
    shown = ContactFactory(name="Synlig Kontakt", may_publish=True)
    hidden = ContactFactory(name="Skjult Kontakt", may_publish=False)
    town = TwinTownPageFactory(
        parent=twin_index,
        title="Uusikaupunki",
        local_name="Uusikaupunki",
        country=Country.FINLAND,
        language="fi",
        latitude="60.80000",
        longitude="21.40800",
        friendship_since=1990,
        contact_links=[TwinTownContact(contact=shown), TwinTownContact(contact=hidden)],
    )
    html = html_of(client, town)
    assert "Finland" in html and "Finsk" in html
    assert "ca. 930 km nordøst for Haderslev" in html
    assert "1990" in html
    assert "Synlig Kontakt" in html
    assert "Skjult Kontakt" not in html
    assert "Der er endnu ingen fælles projekter med byen." in html


def test_town_picture_is_shown_with_its_alternative_text(client, twin_index):
    from wagtail_factories import ImageFactory

    town = TwinTownPageFactory(
        parent=twin_index,
        image=ImageFactory(title="Havnen", description=""),
        image_alt="Fæstningen ved havnen i Varberg",
    )
    html = html_of(client, town)
    assert 'alt="Fæstningen ved havnen i Varberg"' in html
