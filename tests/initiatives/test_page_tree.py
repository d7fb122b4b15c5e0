"""Where the citizens' tools live in the page tree, and that editors can create them."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from initiatives.models import (
    ApplicantType,
    EventIndexPage,
    EventPage,
    FundingGuidePage,
    FundingPoolIndexPage,
    FundingPoolPage,
    FundingPurpose,
    LocalCouncilIndexPage,
    LocalCouncilPage,
    PetalPage,
)
from tests.home.factories import HomePageFactory
from tests.initiatives.factories import (
    EventIndexPageFactory,
    FundingPoolIndexPageFactory,
    LocalCouncilIndexPageFactory,
    PetalPageFactory,
)


class TestPageTypeRules(WagtailPageTestCase):
    def test_the_three_indexes_live_under_the_home_page(self):
        for index in (LocalCouncilIndexPage, FundingPoolIndexPage, EventIndexPage):
            self.assertAllowedParentPageTypes(index, {HomePage})
            self.assertCanCreateAt(HomePage, index)
        self.assertCanNotCreateAt(StandardPage, FundingPoolIndexPage)
        self.assertCanNotCreateAt(PetalPage, EventIndexPage)

    def test_councils_live_under_the_council_index(self):
        self.assertAllowedSubpageTypes(LocalCouncilIndexPage, {LocalCouncilPage})
        self.assertAllowedParentPageTypes(LocalCouncilPage, {LocalCouncilIndexPage})
        self.assertAllowedSubpageTypes(LocalCouncilPage, set())

    def test_pools_and_the_guide_live_under_the_pool_index(self):
        self.assertAllowedSubpageTypes(FundingPoolIndexPage, {FundingPoolPage, FundingGuidePage})
        self.assertAllowedParentPageTypes(FundingPoolPage, {FundingPoolIndexPage})
        self.assertAllowedParentPageTypes(FundingGuidePage, {FundingPoolIndexPage})

    def test_events_live_under_the_calendar(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})


EMPTY = {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}


class TestEditorsCanCreatePages(WagtailPageTestCase):
    def setUp(self):
        self.login()
        root = Page.get_first_root_node()
        self.home = HomePageFactory(parent=root, slug="test-home")
        self.petal = PetalPageFactory(parent=self.home, title="Synlighed")

    def test_a_pool_with_deadlines_applicants_and_petals(self):
        index = FundingPoolIndexPageFactory(parent=self.home)
        association = ApplicantType.objects.get(code="association")
        social = FundingPurpose.objects.get(code="social")
        data = nested_form_data(
            {
                "title": "§18-midler",
                "slug": "paragraf-18-midler",
                "summary": "Støtte til frivilligt socialt arbejde.",
                "purpose": rich_text("<p>Servicelovens § 18.</p>"),
                "eligibility": rich_text(""),
                "funded": rich_text(""),
                "not_funded": rich_text(""),
                "amount_min": "2000",
                "amount_max": "40000",
                "amount_note": "",
                "deadlines": inline_formset(
                    [{"deadline": "2027-04-24", "opens_on": "", "note": "Eksempel: Frist"}]
                ),
                "steps": streamfield(
                    [("step", {"title": "Læs kriterierne", "text": "Se hvem der kan søge."})]
                ),
                "application_url": "",
                "documents": streamfield([]),
                "faq": streamfield(
                    [
                        (
                            "question",
                            {
                                "question": "Kan vi søge til et projekt over flere år?",
                                "answer": rich_text("<p>Ja, op til 3 år.</p>"),
                            },
                        )
                    ]
                ),
                "initiative_links": EMPTY,
                "intro": "",
                "body": streamfield([]),
                "action_links": streamfield([]),
            }
        )
        # Checkbox lists are posted as repeated keys (nested_form_data would number them).
        data.update(applicant_types=[association.pk], purposes=[social.pk], petals=[self.petal.pk])
        self.assertCanCreate(index, FundingPoolPage, data)
        pool = FundingPoolPage.objects.get(slug="paragraf-18-midler")
        assert list(pool.applicant_types.all()) == [association]
        assert list(pool.petals.all()) == [self.petal]
        assert [str(row.deadline) for row in pool.deadlines.all()] == ["2027-04-24"]
        assert [item["question"] for item in pool.faq_items] == [
            "Kan vi søge til et projekt over flere år?"
        ]

    def test_a_pool_offers_only_petals_in_its_own_language(self):
        from wagtail.models import Locale

        index = FundingPoolIndexPageFactory(parent=self.home)
        english = Locale.objects.create(language_code="en")
        foreign = self.petal.copy_for_translation(english, copy_parents=True)
        form_class = FundingPoolPage.get_edit_handler().get_form_class()
        form = form_class(instance=FundingPoolPage(locale=index.locale), parent_page=index)
        offered = list(form.fields["petals"].queryset)
        assert self.petal.pk in [p.pk for p in offered]
        assert foreign.pk not in [p.pk for p in offered]

    def test_an_event(self):
        index = EventIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            EventPage,
            nested_form_data(
                {
                    "title": "Fælles Forum",
                    "slug": "faelles-forum",
                    "summary": "Byrådets årlige dialogmøde.",
                    "start": "2027-03-28 17:00",
                    "end": "2027-03-28 20:00",
                    "venue": "Haderslev Rådhus",
                    "street_address": "Gåskærgade 26-28",
                    "postal_code": "6100",
                    "locality": "Haderslev",
                    "organiser": "Haderslev Byråd",
                    "organiser_url": "",
                    "signup_info": "",
                    "signup_url": "",
                    "signup_deadline": "",
                    "registration_capacity": "",
                    "registration_max_guests": "0",
                    "initiative_links": EMPTY,
                    "intro": "",
                    "body": streamfield([]),
                    "action_links": streamfield([]),
                }
            ),
        )
        event = EventPage.objects.get(slug="faelles-forum")
        # Entered as Copenhagen wall-clock time (summer time on that day).
        assert event.start.isoformat() == "2027-03-28T15:00:00+00:00"

    def test_a_local_council_with_a_meeting(self):
        index = LocalCouncilIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            LocalCouncilPage,
            nested_form_data(
                {
                    "title": "Fjelstrup",
                    "slug": "fjelstrup",
                    "summary": "Borgerforeningen i Fjelstrup.",
                    "villages": "Fjelstrup",
                    "website": "",
                    "intro": "",
                    "focus": rich_text(""),
                    "contact_links": EMPTY,
                    "meeting_practice": "",
                    "meetings": inline_formset(
                        [
                            {
                                "starts_at": "2027-01-12 19:00",
                                "title": "Bestyrelsesmøde",
                                "location": "Forsamlingshuset",
                                "is_public": "on",
                            }
                        ]
                    ),
                    "partnership_status": "none",
                    "partnership_summary": "",
                    "initiative_links": EMPTY,
                    "body": streamfield([]),
                    "action_links": streamfield([]),
                }
            ),
        )
        council = LocalCouncilPage.objects.get(slug="fjelstrup")
        meeting = council.meetings.get()
        assert meeting.locale_id == council.locale_id


class TestAdminForms(WagtailPageTestCase):
    """The editing forms of every new page type and the areas snippet open without errors."""

    def setUp(self):
        self.login()
        root = Page.get_first_root_node()
        self.home = HomePageFactory(parent=root, slug="test-home")

    def test_add_and_edit_forms_load(self):
        from django.urls import reverse

        from tests.initiatives.factories import (
            EventPageFactory,
            FundingGuidePageFactory,
            FundingPoolPageFactory,
            LocalCouncilPageFactory,
        )

        councils = LocalCouncilIndexPageFactory(parent=self.home)
        pools = FundingPoolIndexPageFactory(parent=self.home)
        events = EventIndexPageFactory(parent=self.home)
        pages = [
            councils,
            pools,
            events,
            LocalCouncilPageFactory(parent=councils),
            FundingPoolPageFactory(parent=pools),
            FundingGuidePageFactory(parent=pools),
            EventPageFactory(parent=events),
        ]
        for page in pages:
            response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            assert response.status_code == 200, page
            parent = page.get_parent()
            model = page.specific_class
            add_url = reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, parent.pk],
            )
            if model.can_create_at(parent):
                assert self.client.get(add_url).status_code == 200, model

    def test_the_areas_snippet_is_in_the_admin(self):
        from django.urls import reverse

        from tests.initiatives.factories import LocalAreaFactory

        LocalAreaFactory(name="Omkring Vojens")
        response = self.client.get(reverse("wagtailsnippets_initiatives_localarea:list"))
        assert response.status_code == 200
        assert "Omkring Vojens" in response.content.decode()
