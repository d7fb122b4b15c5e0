"""Funding pools: the index (open now, next deadlines, filters), the pool page, the eligibility
guide "Sådan søger du puljemidler" and the iCalendar feeds of deadlines."""

import datetime
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ValidationError

from initiatives.forms import GUIDE_WHAT, GUIDE_WHO
from initiatives.models import (
    ApplicantCode,
    FundingDeadline,
    FundingPoolInitiative,
    PurposeCode,
)
from tests.home.factories import ContactFactory
from tests.initiatives.conftest import copenhagen
from tests.initiatives.factories import (
    FundingGuidePageFactory,
    FundingPoolPageFactory,
    InitiativePageFactory,
    deadline,
)
from tests.initiatives.ical_checks import events_of, parse_calendar

NOW = copenhagen(2026, 5, 12, 10, 0)
TODAY = NOW.date()


def days(n):
    return TODAY + datetime.timedelta(days=n)


@pytest.fixture(autouse=True)
def _frozen_clock(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def pools(pool_index, petals):
    """Four pools: open with a near deadline, rolling, not yet open, and passed."""
    return {
        "near": FundingPoolPageFactory(
            parent=pool_index,
            title="Landdistriktspuljen",
            deadlines=[deadline(days(20), note="Eksempel: Frist")],
            petals=[petals["bosaetning"]],
            applicants=[ApplicantCode.LOCAL_COMMUNITY, ApplicantCode.ASSOCIATION],
            purpose_codes=[PurposeCode.COMMUNITY],
            amount_min=25000,
        ),
        "rolling": FundingPoolPageFactory(
            parent=pool_index,
            title="Forsamlingshuspuljen",
            is_rolling=True,
            petals=[petals["bosaetning"]],
            applicants=[ApplicantCode.VILLAGE_HALL],
            purpose_codes=[PurposeCode.ACTIVITIES],
        ),
        "later": FundingPoolPageFactory(
            parent=pool_index,
            title="Facilitetspuljen",
            deadlines=[
                deadline(days(150), opens_on=days(100)),
                deadline(days(5), opens_on=days(1), note="Restmidler"),
            ],
            petals=[petals["synlighed"]],
            applicants=[ApplicantCode.ASSOCIATION],
            purpose_codes=[PurposeCode.FACILITIES, PurposeCode.COMMUNITY],
        ),
        "passed": FundingPoolPageFactory(
            parent=pool_index,
            title="Paragraf 18-puljen",
            deadlines=[deadline(days(-1))],
            petals=[petals["synlighed"]],
            applicants=[ApplicantCode.ASSOCIATION],
            purpose_codes=[PurposeCode.SOCIAL],
            amount_min=2000,
            amount_max=40000,
        ),
    }


def section(html, heading_id):
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


# --- The index -----------------------------------------------------------------------------------


def test_index_shows_open_pools_next_deadlines_in_date_order_and_all_pools(
    client, pool_index, pools
):
    html = client.get(pool_index.url).content.decode()

    open_now = section(html, "open-heading")
    assert "Landdistriktspuljen" in open_now and "Forsamlingshuspuljen" in open_now
    assert "Facilitetspuljen" not in open_now  # opens tomorrow
    assert "Paragraf 18-puljen" not in open_now  # deadline was yesterday
    # Dated deadlines first (soonest first), rolling pools after them.
    assert open_now.index("Landdistriktspuljen") < open_now.index("Forsamlingshuspuljen")
    assert "Du kan søge løbende." in open_now

    upcoming = section(html, "deadlines-heading")
    rows = upcoming.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert [row.split('datetime="')[1][:10] for row in rows] == [
        days(5).isoformat(),
        days(20).isoformat(),
        days(150).isoformat(),
    ]
    assert "Restmidler" in rows[0] and "Åbner" in rows[0]
    assert "Paragraf 18-puljen" not in upcoming

    everything = section(html, "all-heading")
    for pool in pools.values():
        assert pool.title in everything


def test_index_omits_draft_pools(client, pool_index, pools):
    FundingPoolPageFactory(parent=pool_index, title="Kladdepuljen", live=False)
    assert "Kladdepuljen" not in client.get(pool_index.url).content.decode()


def test_filter_by_petal_and_by_applicant_in_the_query_string(client, pool_index, pools):
    html = client.get(pool_index.url, {"tema": "synlighed"}).content.decode()
    listed = section(html, "all-heading")
    assert "Facilitetspuljen" in listed and "Paragraf 18-puljen" in listed
    assert "Landdistriktspuljen" not in listed and "Forsamlingshuspuljen" not in listed
    assert "Puljer, der passer til filteret" in html
    assert '<option value="synlighed" selected>' in html

    html = client.get(pool_index.url, {"ansoeger": "village_hall"}).content.decode()
    assert [p for p in pools.values() if p.title in section(html, "all-heading")] == [
        pools["rolling"]
    ]

    html = client.get(
        pool_index.url, {"tema": "bosaetning-og-levesteder", "ansoeger": "association"}
    ).content.decode()
    assert [p for p in pools.values() if p.title in section(html, "all-heading")] == [pools["near"]]


@pytest.mark.parametrize(
    "query",
    [
        "tema=findes-ikke",
        "ansoeger=borgmester",
        "tema=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "tema=" + "x" * 10_000,
        "ansoeger=%00",
        "tema=synlighed&ansoeger=" + "%C3%A6" * 500,
        "tema[]=synlighed",
    ],
)
def test_bad_filter_values_give_every_pool_and_a_danish_message(client, pool_index, pools, query):
    response = client.get(f"{pool_index.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    listed = section(html, "all-heading")
    if query == "tema[]=synlighed":  # an unknown parameter is simply ignored
        assert "Filteret kunne ikke bruges" not in html
    else:
        assert "Filteret kunne ikke bruges" in html
        assert "<script>alert" not in html
    for pool in pools.values():
        assert pool.title in listed


def test_index_links_the_guide_and_the_deadline_feed(client, pool_index, pools):
    guide = FundingGuidePageFactory(parent=pool_index)
    html = client.get(pool_index.url).content.decode()
    assert f'href="{guide.url}"' in html
    assert f'href="{pool_index.url}kalender/"' in html  # <link rel="alternate">
    assert f'href="webcal://testserver{pool_index.url}kalender/"' in html


# --- The pool page -------------------------------------------------------------------------------


def test_pool_page_shows_everything_a_reader_needs_to_apply(client, pool_index, petals):
    helper = ContactFactory(name="Puljevejleder Anne", may_publish=True)
    initiative = InitiativePageFactory(parent=petals["synlighed"], title="Hjælp til puljemidler")
    pool = FundingPoolPageFactory(
        parent=pool_index,
        title="§18-midler",
        purpose="<p>Støtte til frivilligt socialt arbejde.</p>",
        funded="<ul><li>Besøgsvenner</li></ul>",
        not_funded="<ul><li>Driftsudgifter</li></ul>",
        amount_min=2000,
        amount_max=40000,
        amount_note="I 2017 fik 74 af 78 ansøgninger støtte.",
        steps=[
            {"type": "step", "value": {"title": "Læs kriterierne", "text": "Se hvem."}},
            {"type": "step", "value": {"title": "Send ansøgningen", "text": ""}},
        ],
        application_url="https://example.org/conventus",
        contact=helper,
        petals=[petals["synlighed"]],
        applicants=[ApplicantCode.ASSOCIATION, ApplicantCode.CITIZEN_GROUP],
        deadlines=[deadline(days(-30)), deadline(days(40), note="Eksempel: Frist")],
        initiative_links=[FundingPoolInitiative(initiative=initiative)],
    )
    html = client.get(pool.url).content.decode()
    assert "Støtte til frivilligt socialt arbejde." in html
    assert "Foreninger og organisationer" in html and "Grupper af borgere" in html
    assert "Besøgsvenner" in html and "Driftsudgifter" in html
    assert "2.000–40.000 kr." in html
    assert "Åben nu" in html
    deadlines = section(html, "deadlines-heading")
    assert days(40).isoformat() in deadlines and days(-30).isoformat() not in deadlines
    steps = section(html, "steps-heading")
    assert steps.index("Læs kriterierne") < steps.index("Send ansøgningen")
    assert '<ol class="steps">' in steps
    assert 'href="https://example.org/conventus"' in html
    assert "Puljevejleder Anne" in html
    assert f'href="{petals["synlighed"].url}"' in html
    assert f'href="{initiative.url}"' in html


def test_pool_page_never_shows_a_contact_without_consent(client, pool_index):
    secret = ContactFactory(name="Hemmelig Hansen", email="hh@example.org", may_publish=False)
    pool = FundingPoolPageFactory(parent=pool_index, contact=secret)
    html = client.get(pool.url).content.decode()
    assert "Hemmelig Hansen" not in html and "hh@example.org" not in html


def test_the_initiative_page_links_back_to_its_pools_and_the_guide(client, pool_index, petals):
    from initiatives.models import FundingGuideInitiative

    initiative = InitiativePageFactory(parent=petals["synlighed"], title="Hjælp til puljemidler")
    guide = FundingGuidePageFactory(
        parent=pool_index, initiative_links=[FundingGuideInitiative(initiative=initiative)]
    )
    pool = FundingPoolPageFactory(
        parent=pool_index,
        title="Landdistriktspuljen",
        initiative_links=[FundingPoolInitiative(initiative=initiative)],
    )
    html = client.get(initiative.url).content.decode()
    assert f'href="{guide.url}"' in html
    assert f'href="{pool.url}"' in html


def test_each_list_of_linked_pages_has_a_heading_of_its_own(client, pool_index, petals):
    """The side column's lists (pools, guides, ...) and the related initiatives each name their
    region by a heading with a unique id (aria-labelledby must point at one element)."""
    import re

    from initiatives.models import FundingGuideInitiative, InitiativeRelatedLink

    other = InitiativePageFactory(parent=petals["synlighed"], title="Fælles Forum")
    initiative = InitiativePageFactory(
        parent=petals["synlighed"],
        title="Hjælp til puljemidler",
        related_links=[InitiativeRelatedLink(related=other)],
    )
    FundingGuidePageFactory(
        parent=pool_index, initiative_links=[FundingGuideInitiative(initiative=initiative)]
    )
    FundingPoolPageFactory(
        parent=pool_index, initiative_links=[FundingPoolInitiative(initiative=initiative)]
    )
    html = client.get(initiative.url).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    labelled = re.findall(r'aria-labelledby="([^"]+)"', html)
    assert {"linked-heading-1", "linked-heading-2", "related-heading"} <= set(labelled)
    assert all(f'id="{heading}"' in html for heading in labelled)


def test_the_initiative_groups_its_linked_pages_by_kind_in_order(
    pool_index, event_index, council_index, petals
):
    """One query for every kind: guides, pools and councils by title, upcoming events by their
    start; past events and unpublished pages are left out."""
    import datetime as dt

    from django.utils import timezone

    from initiatives.models import EventInitiative, LocalCouncilInitiative
    from tests.initiatives.factories import EventPageFactory, LocalCouncilPageFactory

    initiative = InitiativePageFactory(parent=petals["synlighed"], title="Fælles Forum")

    def links(model):
        return [model(initiative=initiative)]

    FundingPoolPageFactory(
        parent=pool_index, title="B-puljen", initiative_links=links(FundingPoolInitiative)
    )
    FundingPoolPageFactory(
        parent=pool_index, title="A-puljen", initiative_links=links(FundingPoolInitiative)
    )
    hidden = FundingPoolPageFactory(
        parent=pool_index, title="C-puljen", initiative_links=links(FundingPoolInitiative)
    )
    hidden.unpublish()
    LocalCouncilPageFactory(
        parent=council_index, title="Arnum", initiative_links=links(LocalCouncilInitiative)
    )
    now = timezone.now()
    for title, days in [("Senere", 20), ("Tidligere", -5), ("Snart", 3)]:
        start = now + dt.timedelta(days=days)
        EventPageFactory(
            parent=event_index,
            title=title,
            start=start,
            end=start + dt.timedelta(hours=2),
            initiative_links=links(EventInitiative),
        )
    initiative.refresh_from_db()
    groups = [
        (str(heading), [page.title for page in pages])
        for heading, pages in initiative.get_linked_pages()
    ]
    assert groups == [
        ("Puljer", ["A-puljen", "B-puljen"]),
        ("Lokalråd, der deltager", ["Arnum"]),
        ("Kommende arrangementer", ["Snart", "Senere"]),
    ]


def test_pool_validation_rejects_impossible_amounts_and_windows(pool_index):
    pool = FundingPoolPageFactory.build(title="Pulje", slug="pulje", amount_min=5, amount_max=1)
    with pytest.raises(ValidationError) as error:
        pool.clean()
    assert "amount_max" in error.value.message_dict
    row = FundingDeadline(deadline=days(1), opens_on=days(2))
    with pytest.raises(ValidationError) as error:
        row.clean()
    assert "opens_on" in error.value.message_dict


# --- The eligibility guide -----------------------------------------------------------------------


@pytest.fixture
def guide(pool_index, pools):
    return FundingGuidePageFactory(parent=pool_index, intro="Svar på tre korte spørgsmål.")


def guide_url(guide, **answers):
    return f"{guide.url}?{urlencode(answers)}"


def test_guide_without_answers_shows_the_three_questions_only(client, guide):
    html = client.get(guide.url).content.decode()
    assert "Hvem er I?" in html
    assert "Hvad skal pengene bruges til?" in html
    assert "Hvornår skal I bruge pengene?" in html
    assert 'method="get"' in html
    assert 'id="resultat"' not in html
    assert "Svarene kunne ikke bruges" not in html


def test_guide_answers_find_the_matching_pools_at_a_shareable_address(client, guide, pools):
    url = guide_url(guide, hvem="association", formaal="community", hvornaar="ved-ikke")
    html = client.get(url).content.decode()
    result = html.split('id="resultat"')[1]
    # Associations may apply to both; Forsamlingshuspuljen is for village halls only.
    assert "Landdistriktspuljen" in result and "Facilitetspuljen" in result
    assert "Forsamlingshuspuljen" not in result and "Paragraf 18-puljen" not in result
    # Open pools before pools that open later.
    assert result.index("Landdistriktspuljen") < result.index("Facilitetspuljen")
    # The answers are repeated, and the result has its own address to share.
    assert "Vi er en forening eller organisation" in result
    shared = "http://testserver" + url.replace("&", "&amp;")
    assert f'href="{shared}"' in result
    # The same address gives the same result for someone else.
    assert client.get(url).content.decode().split('id="resultat"')[1] == result


def test_guide_timing_keeps_pools_you_can_apply_to_in_time(client, guide, pools):
    html = client.get(
        guide_url(guide, hvem="association", formaal="facilities", hvornaar="snart")
    ).content.decode()
    result = html.split('id="resultat"')[1]
    # Facilitetspuljen has a deadline in 5 days: in time for "within 3 months".
    matching = result.split("Puljer med en senere frist")[0]
    assert "Facilitetspuljen" in matching

    pools["later"].deadlines.filter(deadline=days(5)).delete()
    html = client.get(
        guide_url(guide, hvem="association", formaal="facilities", hvornaar="snart")
    ).content.decode()
    result = html.split('id="resultat"')[1]
    assert "Ingen af de puljer, der passer til jer, har en frist" in result
    assert "Facilitetspuljen" in result.split("Puljer med en senere frist")[1]


def test_guide_says_so_when_nothing_matches(client, guide):
    html = client.get(guide_url(guide, hvem="owner", formaal="social")).content.decode()
    assert "Vi fandt ingen puljer, der passer til alle jeres svar." in html
    assert "Se alle puljer og frister" in html


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"hvem": "association"}, "Vælg, hvad pengene skal bruges til."),
        ({"formaal": "social"}, "Vælg, hvem I er."),
        ({"hvem": "pirat", "formaal": "social"}, "Den valgte værdi findes ikke."),
        ({"hvem": "x" * 5000, "formaal": "y" * 5000}, "Den valgte værdi findes ikke."),
        ({"hvem": "association", "formaal": "social", "hvornaar": "i-går"}, "findes ikke"),
    ],
)
def test_guide_with_bad_answers_explains_in_danish_and_never_fails(client, guide, answers, message):
    response = client.get(guide_url(guide, **answers))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Svarene kunne ikke bruges" in html
    assert message in html
    assert 'id="resultat"' not in html


def test_every_applicant_type_and_purpose_can_be_chosen_in_the_guide():
    assert {code for code, _label in GUIDE_WHO} == set(ApplicantCode.values)
    assert {code for code, _label in GUIDE_WHAT} == set(PurposeCode.values)


# --- iCalendar feeds -----------------------------------------------------------------------------


def test_deadline_feed_is_valid_icalendar_with_every_upcoming_deadline(client, pool_index, pools):
    FundingPoolPageFactory(
        parent=pool_index, title="Kladdepuljen", live=False, deadlines=[deadline(days(3))]
    )
    response = client.get(pool_index.url + "kalender/")
    calendar = parse_calendar(response)
    assert response["Content-Disposition"].startswith("inline")
    events = events_of(calendar)
    summaries = [str(event["SUMMARY"]) for event in events]
    assert summaries == [
        "Ansøgningsfrist: Facilitetspuljen",
        "Ansøgningsfrist: Landdistriktspuljen",
        "Ansøgningsfrist: Facilitetspuljen",
    ]
    # A deadline is a whole day: DATE values, ending the next day.
    first = events[0]
    assert first.decoded("DTSTART") == days(5)
    assert first.decoded("DTEND") == days(6)
    assert "Restmidler" in str(first["DESCRIPTION"])
    assert str(first["URL"]) == f"http://testserver{pools['later'].url}"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Copenhagen"


def test_deadline_feed_includes_today_and_drops_yesterday(client, time_machine, pool_index):
    FundingPoolPageFactory(
        parent=pool_index, title="Dagspuljen", deadlines=[deadline(datetime.date(2026, 6, 1))]
    )
    time_machine.move_to(copenhagen(2026, 6, 1, 23, 59), tick=False)
    assert len(events_of(parse_calendar(client.get(pool_index.url + "kalender/")))) == 1
    time_machine.move_to(copenhagen(2026, 6, 2, 0, 0), tick=False)
    assert events_of(parse_calendar(client.get(pool_index.url + "kalender/"))) == []


def test_each_pool_has_its_own_feed(client, pools):
    calendar = parse_calendar(client.get(pools["later"].url + "kalender/"))
    assert [event.decoded("DTSTART") for event in events_of(calendar)] == [days(5), days(150)]
    # A pool without upcoming deadlines still gives a valid (timezone-only) calendar.
    assert events_of(parse_calendar(client.get(pools["passed"].url + "kalender/"))) == []


def test_feed_uids_stay_the_same_between_requests(client, pool_index, pools):
    first = [
        str(e["UID"]) for e in events_of(parse_calendar(client.get(pool_index.url + "kalender/")))
    ]
    again = [
        str(e["UID"]) for e in events_of(parse_calendar(client.get(pool_index.url + "kalender/")))
    ]
    assert first == again
