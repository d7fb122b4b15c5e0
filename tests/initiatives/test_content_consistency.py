"""The seeded content is honest and consistent: statuses agree with what the site shows, no
heading stands without content, no two pages of a language share a title, and every invented
detail is marked "Eksempel" where it is shown and listed in the admin report."""

from collections import Counter
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from home.models import Contact
from home.reports import example_content_models
from initiatives.models import (
    EventPage,
    FundingGuideInitiative,
    FundingPoolInitiative,
    FundingPoolPage,
    InitiativePage,
    InitiativeStatus,
    LocalCouncilInitiative,
    LocalCouncilPage,
)
from twin_towns.models import TwinTownProjectPage

MARKER = 'class="badge badge-small example-marker"'
UNDER_WAY = {InitiativeStatus.IN_PROGRESS, InitiativeStatus.DONE}


@pytest.fixture
def seeded(seeded_site, db):
    """The seeded site, built once for this module (see tests/conftest.py)."""


# --- Statuses agree with the content -------------------------------------------------


def _initiatives_with_live_work():
    """Initiative id -> how many live pages realise it: the local councils and the funding
    pools and guide that say they serve it (things a citizen can use now; an event only names
    the initiative it is about)."""
    counts = Counter()
    for model in (LocalCouncilInitiative, FundingPoolInitiative, FundingGuideInitiative):
        for initiative_id in model.objects.filter(page__live=True).values_list(
            "initiative_id", flat=True
        ):
            counts[initiative_id] += 1
    return counts


def test_lokale_raad_is_under_way_with_its_councils(seeded):
    initiative = InitiativePage.objects.get(slug="lokale-raad", locale__language_code="da")
    councils = LocalCouncilPage.objects.live().filter(
        locale__language_code="da", initiative_links__initiative=initiative
    )
    assert councils.count() >= 16
    assert initiative.status in UNDER_WAY, initiative.get_status_display()


def test_no_initiative_that_councils_or_pools_realise_is_planned_or_an_idea(seeded):
    work = _initiatives_with_live_work()
    assert work, "the seeded councils, pools and events serve initiatives"
    for initiative in InitiativePage.objects.filter(pk__in=work):
        assert initiative.status in UNDER_WAY, (
            f"{initiative.title} ({initiative.locale.language_code}) has {work[initiative.pk]} "
            f"live councils or pools but says {initiative.get_status_display()}"
        )


# --- No empty headings ------------------------------------------------------------------


class _Headings(HTMLParser):
    """The headings of <main> in order, each with whether content follows it before the next
    heading of the same or a higher level (or the end of main)."""

    CONTENT_TAGS = {"img", "svg", "input", "select", "textarea", "iframe", "video", "table"}

    def __init__(self):
        super().__init__()
        self.in_main = 0
        self.heading = None  # (level, text) while inside a heading
        self.open = []  # [level, text, has_content] of headings still waiting for content

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main += 1
        if not self.in_main:
            return
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            level = int(tag[1])
            self._close(level)
            self.heading = [level, ""]
        elif self.heading is None and tag in self.CONTENT_TAGS:
            self._content()

    def handle_endtag(self, tag):
        if self.in_main and self.heading is not None and tag == f"h{self.heading[0]}":
            self.open.append([self.heading[0], self.heading[1].strip(), False])
            self.heading = None
        if tag == "main":
            self._close(0)
            self.in_main -= 1

    def handle_data(self, data):
        if not self.in_main:
            return
        if self.heading is not None:
            self.heading[1] += data
        elif data.strip():
            self._content()

    def _content(self):
        for entry in self.open:
            entry[2] = True

    def _close(self, level):
        """A heading of `level` starts (0: main ends): headings of that level or deeper end."""
        still_open = []
        for entry in self.open:
            if entry[0] >= level:
                self.empty.append(entry[1]) if not entry[2] else None
            else:
                still_open.append(entry)
        self.open = still_open

    def empty_headings(self, html):
        self.empty = []
        self.feed(html)
        self.close()
        return self.empty


def test_no_page_has_a_heading_with_nothing_under_it(client, seeded):
    pages = Page.objects.live().filter(depth__gte=2).order_by("path")
    assert pages.count() > 50
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        empty = _Headings().empty_headings(response.content.decode())
        assert not empty, f"{page.url}: empty headings {empty}"


def test_the_heading_checker_finds_an_empty_heading():
    html = "<main><h1>Side</h1><p>Tekst</p><h2>Tom</h2><h2>Fyldt</h2><p>x</p></main>"
    assert _Headings().empty_headings(html) == ["Tom"]
    assert _Headings().empty_headings("<main><h2>Sidst</h2></main>") == ["Sidst"]
    assert _Headings().empty_headings("<main><h2>A</h2><h3>B</h3><p>x</p></main>") == []


def test_a_petal_without_an_answer_to_its_question_shows_the_question_with_the_initiatives(
    client, seeded
):
    html = client.get("/da/erhverv-og-uddannelse/").content.decode()
    question = "Hvordan skaber og driver vi arbejdspladser og uddannelsesinstitutioner?"
    assert f'<p class="petal-initiatives__question">{question}</p>' in html
    assert f">{question}</h2>" not in html


# --- Unique titles ------------------------------------------------------------------


def test_no_two_pages_of_a_language_share_a_title(seeded):
    titles = Counter(
        Page.objects.live().filter(depth__gte=2).values_list("locale__language_code", "title")
    )
    shared = {key: count for key, count in titles.items() if count > 1}
    assert not shared


def test_the_online_meeting_place_is_told_apart_by_its_petal(seeded):
    pages = InitiativePage.objects.filter(slug="internetbaseret-moedested").select_related("locale")
    titles = {(page.locale.language_code, page.get_parent().title, page.title) for page in pages}
    assert len(titles) == 4  # two petals, Danish and English
    for _language, petal, title in titles:
        assert title.endswith(f"({petal})"), title


# --- Example content ------------------------------------------------------------------


def test_every_invented_detail_is_flagged_as_example_content(seeded):
    for model in (EventPage, LocalCouncilPage, TwinTownProjectPage, InitiativePage):
        pages = model.objects.filter(locale__language_code="da")
        assert pages.exists(), model
        assert not pages.filter(is_example=False).exists(), model
    # Pools whose deadlines are examples are flagged; the others are not.
    for pool in FundingPoolPage.objects.filter(locale__language_code="da"):
        example_deadline = pool.deadlines.filter(note__startswith="Eksempel").exists()
        assert pool.is_example == example_deadline, pool.title
    for contact in Contact.objects.filter(locale__language_code="da"):
        assert contact.is_example == contact.name.startswith("Eksempel"), contact.name


@pytest.mark.parametrize(
    "model", [EventPage, LocalCouncilPage, TwinTownProjectPage, InitiativePage, FundingPoolPage]
)
def test_an_example_page_shows_the_marker_beside_its_details(client, seeded, model):
    page = model.objects.live().filter(locale__language_code="da", is_example=True).first()
    assert page is not None
    html = client.get(page.url).content.decode()
    assert MARKER in html
    assert '<span class="sr-only">, ikke bekræftet</span>' in html
    # Confirmed by an editor: the marker goes.
    model.objects.filter(pk=page.pk).update(is_example=False)
    html = client.get(page.url).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    page_own = main.split('class="contact-box')[0]  # contacts are flagged on their own
    assert MARKER not in page_own


def test_listings_mark_example_details_too(client, seeded):
    for url in ("/da/aktivitetskalender/", "/da/lokalraad/", "/da/puljemidler/", "/da/synlighed/"):
        assert MARKER in client.get(url).content.decode(), url


def test_the_marker_is_in_every_language(client, seeded):
    page = EventPage.objects.live().filter(locale__language_code="en").first()
    assert '<span class="badge badge-small example-marker">Example<span class="sr-only">, not ' in (
        client.get(page.url).content.decode()
    )


def test_the_report_lists_all_example_content_left(client, seeded):
    admin = get_user_model().objects.create_superuser("redaktoer", "r@example.org", "x")
    client.force_login(admin)
    expected = sum(
        model.objects.filter(is_example=True).count() for model in example_content_models()
    )
    assert expected > 30
    response = client.get("/admin/reports/example-content/?export=csv")
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert lines[0] == "Titel,Type,Sprog,Status"
    assert len(lines) - 1 == expected
    assert any(line.startswith("Lokale råd,indsats,Dansk,") for line in lines)
    assert any(",kontaktperson,Dansk," in line for line in lines)
    # Pages first, each title a link to its editor; the contact persons on the last page.
    html = client.get("/admin/reports/example-content/").content.decode()
    assert "Eksempelindhold" in html
    assert html.count("/admin/pages/") >= 40
    last = -(-expected // 50)
    html = client.get(f"/admin/reports/example-content/?p={last}").content.decode()
    assert "/admin/snippets/home/contact/edit/" in html
