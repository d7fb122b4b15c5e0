"""The content model: which page types may live where, so editors cannot misplace a page."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from initiatives.models import FormPage, InitiativePage, PetalPage
from tests.home.factories import HomePageFactory
from tests.initiatives.factories import PetalPageFactory


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_petals_and_standard_pages(self):
        self.assertCanCreateAt(HomePage, PetalPage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(HomePage, InitiativePage)

    def test_petal_pages_hold_only_initiatives(self):
        self.assertAllowedParentPageTypes(PetalPage, {HomePage})
        self.assertAllowedSubpageTypes(PetalPage, {InitiativePage})

    def test_initiatives_live_under_a_petal_and_hold_only_their_forms(self):
        self.assertAllowedParentPageTypes(InitiativePage, {PetalPage})
        self.assertAllowedSubpageTypes(InitiativePage, {FormPage})

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


class TestEditorsCanCreatePages(WagtailPageTestCase):
    def setUp(self):
        self.login()
        root = Page.get_first_root_node()
        self.home = HomePageFactory(parent=root, slug="test-home")
        self.petal = PetalPageFactory(parent=self.home, title="Synlighed")

    def test_an_initiative_can_be_created_under_a_petal_through_the_admin(self):
        self.assertCanCreate(
            self.petal,
            InitiativePage,
            nested_form_data(
                {
                    "title": "Fælles Forum",
                    "slug": "faelles-forum",
                    "summary": "Byrådets årlige dialogmøde med alle frivillige aktører.",
                    "status": "in_progress",
                    "responsible_unit": "",
                    "intro": "",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Ønsker og rammer drøftes.</p>"))]
                    ),
                    "related_links": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
                    "action_links": streamfield([]),
                }
            ),
        )

    def test_a_standard_page_can_be_created_under_home_through_the_admin(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Om politikken",
                    "slug": "om-politikken",
                    "intro": "Politikken er en invitation til alle borgere.",
                    "body": streamfield([]),
                }
            ),
        )
