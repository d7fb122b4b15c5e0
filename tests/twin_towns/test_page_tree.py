"""Where twin-town pages may live, how editors create them, and the checks on their input."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_factories import ImageFactory

from home.models import CustomImage, HomePage
from tests.home.factories import ContactFactory, HomePageFactory
from tests.twin_towns.factories import (
    TwinTownIndexPageFactory,
    TwinTownPageFactory,
    TwinTownProjectIndexPageFactory,
    TwinTownProjectPageFactory,
)
from twin_towns.models import (
    TwinTownContact,
    TwinTownIndexPage,
    TwinTownPage,
    TwinTownProjectContact,
    TwinTownProjectIndexPage,
    TwinTownProjectPage,
)


class TestPageTypeRules(WagtailPageTestCase):
    def test_the_cooperation_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(TwinTownIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, TwinTownIndexPage)

    def test_the_index_holds_towns_and_one_project_overview(self):
        self.assertAllowedSubpageTypes(TwinTownIndexPage, {TwinTownPage, TwinTownProjectIndexPage})
        self.assertEqual(TwinTownProjectIndexPage.max_count_per_parent, 1)
        self.assertEqual(TwinTownIndexPage.max_count_per_parent, 1)

    def test_projects_live_in_the_project_overview_and_towns_in_the_index(self):
        self.assertAllowedParentPageTypes(TwinTownPage, {TwinTownIndexPage})
        self.assertAllowedParentPageTypes(TwinTownProjectPage, {TwinTownProjectIndexPage})
        self.assertAllowedSubpageTypes(TwinTownProjectIndexPage, {TwinTownProjectPage})
        self.assertAllowedSubpageTypes(TwinTownPage, set())
        self.assertAllowedSubpageTypes(TwinTownProjectPage, set())


class TestEditorsCreatePages(WagtailPageTestCase):
    def setUp(self):
        self.login()
        root = Page.get_first_root_node()
        self.home = HomePageFactory(parent=root, slug="test-home")
        self.index = TwinTownIndexPageFactory(parent=self.home)
        self.projects = TwinTownProjectIndexPageFactory(parent=self.index)
        self.varberg = TwinTownPageFactory(parent=self.index, title="Varberg")
        self.sandefjord = TwinTownPageFactory(parent=self.index, title="Sandefjord")
        self.contact = ContactFactory(name="Partner i Sandefjord")

    def project_data(self, towns=None, **overrides):
        data = {
            "title": "Nordisk ungdomsuge",
            "slug": "nordisk-ungdomsuge",
            "intro": "Unge mødes en uge om sommeren.",
            "status": "planned",
            "start_date": "2027-07-05",
            "end_date": "2027-07-11",
            "body": streamfield([]),
            "results": streamfield([]),
            "contact_links": inline_formset([]),
        }
        data.update(overrides)
        form_data = nested_form_data(data)
        # A multiple choice (the towns' checkboxes) posts one value per ticked box.
        form_data["towns"] = [self.varberg.pk] if towns is None else towns
        return form_data

    def test_a_town_can_be_created_through_the_admin(self):
        self.assertCanCreate(
            self.index,
            TwinTownPage,
            nested_form_data(
                {
                    "title": "Uusikaupunki",
                    "slug": "uusikaupunki",
                    "local_name": "Uusikaupunki",
                    "country": "FI",
                    "language": "fi",
                    "friendship_since": "",
                    "intro": "",
                    "latitude": "60.8",
                    "longitude": "21.408",
                    "image_alt": "",
                    "body": streamfield([]),
                    "contact_links": inline_formset([]),
                }
            ),
        )

    def test_a_project_with_several_towns_can_be_created_through_the_admin(self):
        self.assertCanCreate(
            self.projects,
            TwinTownProjectPage,
            self.project_data(towns=[self.varberg.pk, self.sandefjord.pk]),
        )
        project = TwinTownProjectPage.objects.get(slug="nordisk-ungdomsuge")
        assert set(project.towns.all()) == {self.varberg, self.sandefjord}

    def test_a_project_opens_for_editing_with_its_towns_ticked(self):
        project = TwinTownProjectPageFactory(
            parent=self.projects,
            towns=[self.sandefjord],
            contact_links=[TwinTownProjectContact(contact=self.contact, town=self.sandefjord)],
        )
        response = self.client.get(f"/admin/pages/{project.pk}/edit/")
        assert response.status_code == 200
        form = response.context["form"]
        assert list(form.initial["towns"]) == [self.sandefjord]
        row = form.formsets["contact_links"].forms[0]
        assert set(row.fields["town"].queryset) == {self.varberg, self.sandefjord}

    def test_a_town_opens_for_editing_with_its_contacts(self):
        town = TwinTownPageFactory(
            parent=self.index, contact_links=[TwinTownContact(contact=self.contact)]
        )
        response = self.client.get(f"/admin/pages/{town.pk}/edit/")
        assert response.status_code == 200
        assert "Partner i Sandefjord" in response.content.decode()

    def post_project(self, data):
        return self.client.post(
            f"/admin/pages/add/twin_towns/twintownprojectpage/{self.projects.pk}/", data
        )

    def test_a_contact_in_a_town_outside_the_project_is_refused_in_danish(self):
        response = self.post_project(
            self.project_data(
                contact_links=inline_formset(
                    [{"contact": self.contact.pk, "town": self.sandefjord.pk}]
                )
            )
        )
        assert response.status_code == 200
        assert "er ikke valgt som venskabsby i projektet" in response.content.decode()
        assert not TwinTownProjectPage.objects.exists()

    def test_an_end_before_the_start_is_refused_in_danish(self):
        response = self.post_project(self.project_data(end_date="2027-07-01"))
        assert response.status_code == 200
        assert "Slutdatoen kan ikke ligge før startdatoen." in response.content.decode()
        assert not TwinTownProjectPage.objects.exists()

    def test_a_project_needs_at_least_one_town(self):
        response = self.post_project(self.project_data(towns=[]))
        assert response.status_code == 200
        assert not TwinTownProjectPage.objects.exists()

    def test_the_project_form_offers_only_towns_in_the_projects_language(self):
        from wagtail.models import Locale

        locale_en = Locale.objects.get_or_create(language_code="en")[0]
        varberg_en = self.varberg.copy_for_translation(locale_en, copy_parents=True)
        response = self.client.get(
            f"/admin/pages/add/twin_towns/twintownprojectpage/{self.projects.pk}/"
        )
        form = response.context["form"]
        offered = set(form.fields["towns"].queryset)
        assert offered == {self.varberg, self.sandefjord}
        assert varberg_en not in offered
        empty_row = form.formsets["contact_links"].empty_form
        assert set(empty_row.fields["town"].queryset) == {self.varberg, self.sandefjord}

    def test_a_copied_translation_opens_with_its_own_towns_and_saves_unchanged(self):
        """copy_for_translation keeps the Danish towns on the Swedish project; its form shows
        and saves the Swedish Varberg, in the towns and in the contact rows."""
        from wagtail.models import Locale

        from tests.home.admin_forms import post_edit

        project = TwinTownProjectPageFactory(
            parent=self.projects,
            towns=[self.varberg],
            contact_links=[TwinTownProjectContact(contact=self.contact, town=self.varberg)],
        )
        swedish = Locale.objects.get_or_create(language_code="sv")[0]
        varberg_sv = self.varberg.copy_for_translation(swedish, copy_parents=True)
        project_sv = project.copy_for_translation(swedish, copy_parents=True)
        assert list(project_sv.towns.all()) == [self.varberg]  # what the copy carries

        response = self.client.get(f"/admin/pages/{project_sv.pk}/edit/")
        form = response.context["form"]
        assert list(form.initial["towns"]) == [varberg_sv]
        assert form.formsets["contact_links"].forms[0].initial["town"] == varberg_sv.pk

        response = post_edit(self.client, project_sv, action="publish")
        assert response.status_code == 302
        project_sv = TwinTownProjectPage.objects.get(pk=project_sv.pk)
        assert list(project_sv.towns.all()) == [varberg_sv]
        assert [link.town for link in project_sv.contact_links.all()] == [varberg_sv]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("latitude", "91", "Breddegraden skal ligge mellem -90 og 90."),
        ("longitude", "-181", "Længdegraden skal ligge mellem -180 og 180."),
        ("friendship_since", 1850, "Skriv et årstal fra 1900 og frem."),
    ],
)
def test_town_input_is_checked_with_danish_messages(twin_index, field, value, message):
    town = TwinTownPageFactory(parent=twin_index)
    setattr(town, field, value)
    with pytest.raises(ValidationError) as error:
        town.full_clean()
    assert message in error.value.message_dict[field]


def test_a_town_picture_needs_alternative_text(twin_index):
    image = ImageFactory(title="Havnen", description="")
    town = TwinTownPageFactory(parent=twin_index)
    town.image = image
    with pytest.raises(ValidationError) as error:
        town.full_clean()
    assert "Skriv en alternativ tekst" in error.value.message_dict["image_alt"][0]
    town.image_alt = "Varbergs fästning set fra havnen"
    town.full_clean()
    # An image that describes itself in the library needs no extra text on the page.
    town.image_alt = ""
    town.image = ImageFactory(description="Varbergs fästning")
    town.full_clean()
    assert isinstance(town.image, CustomImage)
    assert town.image_alt_text == "Varbergs fästning"


def test_project_model_refuses_an_end_before_the_start(project_index):
    project = TwinTownProjectPageFactory(parent=project_index)
    project.start_date = datetime.date(2027, 7, 5)
    project.end_date = datetime.date(2027, 7, 1)
    with pytest.raises(ValidationError) as error:
        project.clean()
    assert error.value.message_dict["end_date"] == ["Slutdatoen kan ikke ligge før startdatoen."]
