"""The activities calendar: upcoming and past events, pagination, the petal filter, each
event's page with schema.org JSON-LD and an .ics download, and the calendar feed."""

import datetime
import json
import re

import pytest

from initiatives.models import EventInitiative
from tests.home.factories import ContactFactory
from tests.initiatives.conftest import copenhagen
from tests.initiatives.factories import EventPageFactory, InitiativePageFactory
from tests.initiatives.ical_checks import events_of, parse_calendar

NOW = copenhagen(2026, 3, 1, 12, 0)


@pytest.fixture(autouse=True)
def _frozen_clock(time_machine):
    time_machine.move_to(NOW, tick=False)


def event_on(parent, day_offset, title, **fields):
    start = NOW.replace(hour=17) + datetime.timedelta(days=day_offset)
    return EventPageFactory(
        parent=parent, title=title, start=start, end=start + datetime.timedelta(hours=2), **fields
    )


def listed_titles(html):
    """The titles of the event cards (DKFDS navigation cards: the whole card is the link)."""
    return re.findall(
        r'<a class="card card--navigation event-card" href="[^"]+">\s*<div class="card-content">'
        r'.*?<h3 class="card-heading">([^<]+)</h3>',
        html,
        re.S,
    )


def test_index_lists_upcoming_events_soonest_first_and_past_ones_apart(client, event_index):
    event_on(event_index, 30, "Frivilligfest")
    event_on(event_index, 3, "Fælles Forum")
    event_on(event_index, -3, "Sidste uges møde")
    event_on(event_index, 10, "Kladde", live=False)

    html = client.get(event_index.url).content.decode()
    assert listed_titles(html) == ["Fælles Forum", "Frivilligfest"]
    assert f'href="{event_index.url}tidligere/"' in html

    past = client.get(event_index.url + "tidligere/").content.decode()
    assert listed_titles(past) == ["Sidste uges møde"]
    assert "Tidligere arrangementer" in past


@pytest.fixture
def twelve_events(event_index):
    return [event_on(event_index, n + 1, f"Arrangement {n + 1:02d}") for n in range(12)]


def test_index_is_paginated_ten_at_a_time(client, event_index, twelve_events):
    first = client.get(event_index.url).content.decode()
    assert len(listed_titles(first)) == 10
    assert "Side 1 af 2" in first
    assert 'href="?side=2"' in first
    second = client.get(event_index.url, {"side": "2"}).content.decode()
    assert listed_titles(second) == ["Arrangement 11", "Arrangement 12"]
    assert 'href="?side=1"' in second


@pytest.mark.parametrize(
    ("value", "expected_page"),
    [
        ("", 1),
        ("abc", 1),
        ("1.5", 1),
        ("inf", 1),
        ("%00", 1),
        ("0", 2),  # below the first page: the last page, as Django's get_page() does
        ("-1", 2),
        ("999", 2),
        ("9" * 400, 2),
    ],
)
def test_bad_page_numbers_give_the_first_or_last_page(
    client, event_index, twelve_events, value, expected_page
):
    response = client.get(f"{event_index.url}?side={value}")
    assert response.status_code == 200
    assert f"Side {expected_page} af 2" in response.content.decode()


def test_index_filters_by_petal_and_keeps_the_filter_across_pages(client, event_index, petals):
    for n in range(11):
        event_on(event_index, n + 1, f"Synligt {n + 1:02d}", petals=[petals["synlighed"]])
    event_on(event_index, 2, "Bosætning", petals=[petals["bosaetning"]])
    html = client.get(event_index.url, {"tema": "synlighed"}).content.decode()
    assert "Bosætning" not in listed_titles(html)
    assert len(listed_titles(html)) == 10
    assert 'href="?tema=synlighed&amp;side=2"' in html
    html = client.get(event_index.url, {"tema": "ukendt"}).content.decode()
    assert "Filteret kunne ikke bruges" in html
    assert "Bosætning" in listed_titles(html)


def test_event_page_shows_when_where_who_and_how_to_sign_up(client, event_index, petals):
    consultant = ContactFactory(name="Frivillig Frederik", may_publish=True)
    initiative = InitiativePageFactory(parent=petals["synlighed"], title="Fælles Forum")
    event = EventPageFactory(
        parent=event_index,
        title="Fælles Forum 2026",
        start=copenhagen(2026, 4, 14, 17, 0),
        end=copenhagen(2026, 4, 14, 20, 0),
        signup_info="Tilmelding senest en uge før.",
        signup_url="https://example.org/tilmeld",
        signup_deadline=datetime.date(2026, 4, 7),
        contact=consultant,
        petals=[petals["synlighed"]],
        initiative_links=[EventInitiative(initiative=initiative)],
    )
    html = client.get(event.url).content.decode()
    assert "tirsdag 14. april 2026 kl. 17:00" in html
    assert "20:00" in html
    assert "Haderslev Rådhus<br>Gåskærgade 26-28<br>6100 Haderslev" in html
    assert "Haderslev Byråd" in html
    assert "Tilmelding senest en uge før." in html
    assert 'href="https://example.org/tilmeld"' in html
    assert "Frivillig Frederik" in html
    assert f'href="{petals["synlighed"].url}"' in html
    assert f'href="{initiative.url}"' in html
    assert f'href="http://testserver{event.url}kalender/" download' in html
    # The initiative lists the upcoming event.
    assert f'href="{event.url}"' in client.get(initiative.url).content.decode()


def _json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


def test_event_page_has_schema_org_event_json_ld(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Borgermøde for frivillige",
        start=copenhagen(2026, 6, 2, 18, 30),
        end=copenhagen(2026, 6, 2, 21, 0),
        organiser_url="https://example.org",
    )
    data = _json_ld(client.get(event.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Borgermøde for frivillige"
    assert data["startDate"] == "2026-06-02T18:30:00+02:00"
    assert data["endDate"] == "2026-06-02T21:00:00+02:00"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"] == "Gåskærgade 26-28"
    assert data["location"]["address"]["addressCountry"] == "DK"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Haderslev Byråd",
        "url": "https://example.org",
    }
    assert data["url"] == f"http://testserver{event.url}"


def test_json_ld_cannot_break_out_of_its_script_element(client, event_index):
    title = '</script><script>alert("x")</script> & <!-- Café'
    event = EventPageFactory(parent=event_index, title=title, summary=title)
    html = client.get(event.url).content.decode()
    assert "<script>alert" not in html
    # Every end tag belongs to a script element of the layout or the JSON-LD block itself.
    assert html.count("</script>") == html.count("<script")
    assert _json_ld(html)["name"] == title


def test_event_download_is_a_valid_ics_file_in_copenhagen_time(client, event_index):
    contact = ContactFactory(email="forum@example.org", may_publish=True)
    event = EventPageFactory(
        parent=event_index,
        title="Fælles Forum; dialog, byråd",
        slug="faelles-forum",
        start=copenhagen(2026, 3, 29, 10, 0),  # the morning summer time begins
        end=copenhagen(2026, 3, 29, 12, 0),
        contact=contact,
    )
    response = client.get(event.url + "kalender/")
    calendar = parse_calendar(response)
    assert response["Content-Disposition"] == 'attachment; filename="faelles-forum.ics"'
    (ics_event,) = events_of(calendar)
    assert str(ics_event["SUMMARY"]) == "Fælles Forum; dialog, byråd"
    assert ics_event["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert ics_event.decoded("DTSTART") == copenhagen(2026, 3, 29, 10, 0)
    assert ics_event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=2)
    assert b"DTSTART;TZID=Europe/Copenhagen:20260329T100000" in response.content
    assert str(ics_event["LOCATION"]) == "Haderslev Rådhus, Gåskærgade 26-28, 6100 Haderslev"
    assert str(ics_event["ORGANIZER"]) == "mailto:forum@example.org"


def test_ics_never_names_a_contact_without_consent(client, event_index):
    secret = ContactFactory(email="hemmelig@example.org", may_publish=False)
    event = EventPageFactory(parent=event_index, contact=secret)
    response = client.get(event.url + "kalender/")
    assert b"hemmelig@example.org" not in response.content
    assert "ORGANIZER" not in events_of(parse_calendar(response))[0]


def test_calendar_feed_holds_every_upcoming_event(client, event_index):
    event_on(event_index, 3, "Fælles Forum")
    event_on(event_index, 40, "Frivilligfest")
    event_on(event_index, -3, "Afholdt")
    event_on(event_index, 5, "Kladde", live=False)
    response = client.get(event_index.url + "kalender/")
    calendar = parse_calendar(response)
    assert response["Content-Disposition"].startswith("inline")
    assert [str(e["SUMMARY"]) for e in events_of(calendar)] == ["Fælles Forum", "Frivilligfest"]
    assert str(calendar["X-WR-CALNAME"]) == event_index.title
    html = client.get(event_index.url).content.decode()
    assert f'href="webcal://testserver{event_index.url}kalender/"' in html


def test_an_empty_calendar_is_still_valid(client, event_index):
    assert events_of(parse_calendar(client.get(event_index.url + "kalender/"))) == []
