"""`seed_content` builds the local councils, funding pools and the calendar from public facts,
marks what is example content, gives English for every text it seeds, and a second run changes
nothing."""

import shutil
import tempfile

from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.models import Contact, HomePage
from initiatives.models import (
    EventIndexPage,
    EventPage,
    FundingDeadline,
    FundingGuidePage,
    FundingPoolIndexPage,
    FundingPoolPage,
    InitiativePage,
    LocalArea,
    LocalCouncilIndexPage,
    LocalCouncilMeeting,
    LocalCouncilPage,
    PetalPage,
    local_today,
)
from initiatives.seed import TRANSLATIONS
from initiatives.seeds import councils, funding

# The local communities named in FACTS.md.
COMMUNITIES = [
    "Arnum/Højrup",
    "Bevtoft/Strandelhjørn",
    "Bjerning",
    "Fjelstrup",
    "Fole/Enderupskov",
    "Gabøl/Nustrup",
    "Halk/Hejsager",
    "Hammelev",
    "Hjerndrup",
    "Hoptrup/Diernæs",
    "Jegerup",
    "Kastrup",
    "Maugstrup/Simmersted/Kastvrå",
    "Moltrup Sogn",
    "Oksenvad og omegn",
    "Vilstrup Sogn",
]


def _seed():
    call_command("seed_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


_MEDIA_ROOT = tempfile.mkdtemp(prefix="seed-media-")


@override_settings(MEDIA_ROOT=_MEDIA_ROOT)
class TestSeededTools(TestCase):
    """Seeding takes a while, so the site is seeded once for the class; each test runs in its
    own savepoint on top of it and is rolled back."""

    @classmethod
    def setUpTestData(cls):
        _seed()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(_MEDIA_ROOT, ignore_errors=True)

    def test_the_three_tools_follow_the_petals_and_lead_the_header_menu(self):
        client = self.client
        home = HomePage.objects.filter(locale__language_code="da").get(depth=2)
        children = [page.specific_class for page in home.get_children().order_by("path")]
        # The petals first, then the tools in this order (other apps' sections may sit between).
        assert children[:5] == [PetalPage] * 5
        tools = [LocalCouncilIndexPage, FundingPoolIndexPage, EventIndexPage]
        assert [child for child in children if child in tools] == tools
        assert not Page.objects.type(
            LocalCouncilIndexPage, FundingPoolIndexPage, EventIndexPage
        ).filter(show_in_menus=True)
        html = client.get("/da/").content.decode()
        # Not menu pages: the header lists them first as the citizens' tools (the navigation
        # setting, home.navigation), in the policy's order of doing.
        nav = html.split('aria-label="Hovedmenu"')[1].split("</nav>")[0]
        positions = [
            nav.index(f"<span>{title}</span>")
            for title in ("Puljemidler", "Lokalråd og lokalsamfund", "Aktivitetskalender")
        ]
        assert positions == sorted(positions)
        assert positions[-1] < nav.index("<span>Om politikken</span>")
        # The home page links the tools in its own section instead.
        tools = html.split('id="tools-heading"')[1].split("</section>")[0]
        for title in ("Puljemidler", "Sådan søger du puljemidler", "Aktivitetskalender"):
            assert title in tools
        assert "Lokalråd og lokalsamfund" in tools

    def test_every_named_local_community_has_a_council_page_with_example_detail(self):
        pages = LocalCouncilPage.objects.filter(locale__language_code="da").order_by("title")
        assert [page.title for page in pages] == COMMUNITIES
        for page in pages:
            assert page.summary.startswith("Eksempel:")
            assert page.area.name.startswith("Eksempel:")
            if page.partnership_summary:
                assert page.partnership_summary.startswith("Eksempel:")
        assert all(
            area.name.startswith("Eksempel:")
            for area in LocalArea.objects.filter(locale__language_code="da")
        )
        for meeting in LocalCouncilMeeting.objects.filter(page__locale__language_code="da"):
            assert meeting.title.startswith("Eksempel:")

    def test_council_pages_show_upcoming_meetings_and_hide_a_contact_without_consent(self):
        client = self.client
        page = LocalCouncilPage.objects.filter(locale__language_code="da").get(title="Arnum/Højrup")
        hidden = Contact.objects.filter(locale__language_code="da").get(
            name="Eksempel: Kasserer i Arnum/Højrup"
        )
        assert not hidden.may_publish
        html = client.get(page.url).content.decode()
        assert "Eksempel: Formand for Arnum/Højrup" in html
        assert hidden.name not in html
        assert "Kommende møder" in html

    def test_the_pools_carry_the_public_facts(self):
        pools = {
            pool.slug: pool for pool in FundingPoolPage.objects.filter(locale__language_code="da")
        }
        assert set(pools) == {
            "paragraf-18-midler",
            "landdistriktspuljen",
            "borgerbudgettering",
            "facilitetspuljen",
            "tilskud-til-forsamlingshuse",
            "landsbyfornyelse",
        }
        section_18 = pools["paragraf-18-midler"]
        assert (section_18.amount_min, section_18.amount_max) == (2000, 40000)
        assert "472.000 kr." in section_18.amount_note
        assert pools["landdistriktspuljen"].amount_min == 25000
        assert pools["borgerbudgettering"].amount_max == 50000
        assert pools["tilskud-til-forsamlingshuse"].amount_max == 2000
        facilities = sorted(
            (d.deadline.month, d.deadline.day, d.note)
            for d in FundingDeadline.objects.filter(page__locale__language_code="da").filter(
                page=pools["facilitetspuljen"]
            )
        )
        assert facilities == [(1, 15, ""), (11, 1, "Restmidler")]
        assert FundingDeadline.objects.get(page=pools["landsbyfornyelse"]).deadline.timetuple()[
            1:3
        ] == (9, 1)

    def test_deadlines_not_known_from_public_sources_are_marked_as_examples(self):
        for row in FundingDeadline.objects.filter(page__locale__language_code="da").exclude(
            page__slug="facilitetspuljen"
        ):
            assert row.note.startswith("Eksempel:"), row.page.title

    def test_the_seeded_demo_shows_open_pools_upcoming_deadlines_and_events(self):
        client = self.client
        today = local_today()
        assert FundingDeadline.objects.filter(deadline__gte=today).count() >= 6
        index = FundingPoolIndexPage.objects.filter(locale__language_code="da").get()
        html = client.get(index.url).content.decode()
        open_now = html.split('id="open-heading"')[1].split("</section>")[0]
        assert open_now.count('class="card card--navigation pool-card"') >= 3

        calendar = EventIndexPage.objects.filter(locale__language_code="da").get()
        html = client.get(calendar.url).content.decode()
        for title in (
            "Fælles Forum – byrådets dialogmøde med de frivillige",
            "Borgermøde for kommunens frivillige",
            "Frivilligfest for ildsjæle og jubilarer",
        ):
            assert title in html
        assert (
            "Talent- og Frivilligheds Award"
            in client.get(calendar.url + "tidligere/").content.decode()
        )
        for path in (index.url + "kalender/", calendar.url + "kalender/"):
            assert client.get(path)["Content-Type"] == "text/calendar; charset=utf-8"

    def test_the_policys_initiatives_link_to_the_tools_that_serve_them(self):
        client = self.client
        help_page = InitiativePage.objects.filter(locale__language_code="da").get(
            slug="hjaelp-til-puljemidler"
        )
        html = client.get(help_page.url).content.decode()
        assert (
            f'href="{FundingGuidePage.objects.filter(locale__language_code="da").get().get_url_parts()[2]}"'
            in html
        )
        assert (
            f'href="{FundingPoolPage.objects.filter(locale__language_code="da").get(slug="landdistriktspuljen").get_url_parts()[2]}"'
            in html
        )

        forum = InitiativePage.objects.filter(locale__language_code="da").get(slug="faelles-forum")
        assert (
            f'href="{EventPage.objects.filter(locale__language_code="da").get(slug="faelles-forum").get_url_parts()[2]}"'
            in client.get(forum.url).content.decode()
        )

        partnerships = InitiativePage.objects.filter(locale__language_code="da").get(
            slug="partnerskabsaftaler"
        )
        assert "Fjelstrup" in client.get(partnerships.url).content.decode()

    def test_seed_is_idempotent(self):
        def counts():
            return (
                Page.objects.count(),
                Revision.objects.count(),
                Contact.objects.count(),
                LocalArea.objects.count(),
                FundingDeadline.objects.count(),
                LocalCouncilMeeting.objects.count(),
                get_document_model().objects.count(),
            )

        before = counts()
        _seed()
        assert counts() == before

    def test_seed_keeps_an_editors_changes(self):
        pool = FundingPoolPage.objects.filter(locale__language_code="da").get(
            slug="borgerbudgettering"
        )
        pool.title = "Borgerbudget 2027"
        pool.save_revision().publish()
        council = LocalCouncilPage.objects.filter(locale__language_code="da").get(title="Hammelev")
        council.summary = "Hammelev Borgerforening"
        council.save_revision().publish()
        _seed()
        assert (
            FundingPoolPage.objects.filter(locale__language_code="da")
            .get(slug="borgerbudgettering")
            .title
            == "Borgerbudget 2027"
        )
        assert (
            LocalCouncilPage.objects.filter(locale__language_code="da").get(pk=council.pk).summary
            == "Hammelev Borgerforening"
        )

    @staticmethod
    def _text_segments(instance):
        return {
            segment.string.render_text()
            for segment in extract_segments(instance)
            if isinstance(segment, StringSegmentValue)
            and segment.path != "slug"  # slugs are made from the translated titles
            and segment.string.render_text().strip()
        }

    def test_english_is_given_for_every_text_segment_the_tools_seed(self):
        english = TRANSLATIONS["en"]
        pages = (
            Page.objects.type(LocalCouncilIndexPage, FundingPoolIndexPage, EventIndexPage)
            .filter(locale__language_code="da")
            .specific()
        )
        instances = [page for index in pages for page in [index, *index.get_children().specific()]]
        instances += list(LocalArea.objects.filter(locale__language_code="da"))
        seeded_contacts = [councils._chair(name) for name, _area in councils.COMMUNITIES]
        seeded_contacts += [funding.HELPER["name"], funding.COORDINATOR["name"]]
        instances += list(
            Contact.objects.filter(locale__language_code="da").filter(name__in=seeded_contacts)
        )
        assert len(instances) > 40

        missing = set()
        for instance in instances:
            missing |= {text for text in self._text_segments(instance) if text not in english}
        assert not missing, sorted(missing)
        assert all(value.strip() for value in english.values())
