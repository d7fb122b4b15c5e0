"""Date logic at its edges. "Open now", "upcoming" and "past" are decided at request time by the
date and time in Europe/Copenhagen - never stored, never needing an editor.

Daylight saving in 2026: clocks go forward on 29 March (01:00 UTC) and back on 25 October
(01:00 UTC). Midnight in Copenhagen is 22:00 UTC in summer and 23:00 UTC in winter, so a deadline
computed with a fixed offset would end an hour early or late on those days.
"""

import datetime

import pytest

from initiatives.models import DeadlineStatus, FundingDeadline, local_today
from tests.initiatives.conftest import copenhagen
from tests.initiatives.factories import (
    EventPageFactory,
    FundingPoolPageFactory,
    LocalCouncilPageFactory,
    deadline,
)

UTC = datetime.UTC


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def status_on(pool, day):
    return DeadlineStatus(pool, day)


# --- Today in Copenhagen ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now_utc", "expected_day"),
    [
        # Winter (CET, UTC+1): the day changes at 23:00 UTC.
        (utc(2026, 3, 28, 22, 59), datetime.date(2026, 3, 28)),
        (utc(2026, 3, 28, 23, 0), datetime.date(2026, 3, 29)),
        # Summer (CEST, UTC+2) from the morning of 29 March: the day changes at 22:00 UTC.
        (utc(2026, 3, 29, 21, 59), datetime.date(2026, 3, 29)),
        (utc(2026, 3, 29, 22, 0), datetime.date(2026, 3, 30)),
        # Back to winter on 25 October: the day changes at 23:00 UTC again.
        (utc(2026, 10, 25, 22, 30), datetime.date(2026, 10, 25)),
        (utc(2026, 10, 25, 23, 0), datetime.date(2026, 10, 26)),
    ],
)
def test_today_is_the_date_on_the_copenhagen_wall_clock(time_machine, now_utc, expected_day):
    time_machine.move_to(now_utc, tick=False)
    assert local_today() == expected_day


# --- Deadlines: pure logic -------------------------------------------------------------------


class _Pool:
    """Just enough of a pool for DeadlineStatus."""

    def __init__(self, *deadlines, is_rolling=False):
        self.is_rolling = is_rolling
        self._deadlines = list(deadlines)

    @property
    def deadlines(self):
        return self

    def all(self):
        return self._deadlines


TODAY = datetime.date(2026, 5, 12)


def test_a_deadline_today_is_open_all_day():
    status = status_on(_Pool(FundingDeadline(deadline=TODAY)), TODAY)
    assert status.is_open
    assert status.next_deadline.deadline == TODAY


def test_a_deadline_yesterday_is_passed_and_no_longer_open():
    yesterday = TODAY - datetime.timedelta(days=1)
    status = status_on(_Pool(FundingDeadline(deadline=yesterday)), TODAY)
    assert not status.is_open
    assert status.next_deadline is None
    assert status.upcoming == []


def test_the_next_deadline_skips_passed_ones_and_is_the_earliest_ahead():
    pool = _Pool(
        FundingDeadline(deadline=datetime.date(2026, 11, 1)),
        FundingDeadline(deadline=datetime.date(2026, 1, 15)),
        FundingDeadline(deadline=datetime.date(2027, 1, 15)),
    )
    status = status_on(pool, TODAY)
    assert [d.deadline for d in status.upcoming] == [
        datetime.date(2026, 11, 1),
        datetime.date(2027, 1, 15),
    ]
    assert status.next_deadline.deadline == datetime.date(2026, 11, 1)


def test_a_pool_is_not_open_before_its_opening_day():
    window = FundingDeadline(
        deadline=datetime.date(2026, 5, 31), opens_on=datetime.date(2026, 5, 13)
    )
    assert not status_on(_Pool(window), TODAY).is_open
    assert status_on(_Pool(window), datetime.date(2026, 5, 13)).is_open
    assert status_on(_Pool(window), datetime.date(2026, 5, 31)).is_open
    assert not status_on(_Pool(window), datetime.date(2026, 6, 1)).is_open


def test_a_rolling_pool_is_always_open_and_has_no_next_deadline():
    status = status_on(_Pool(is_rolling=True), TODAY)
    assert status.is_open
    assert status.next_deadline is None


# --- Deadlines on the site, across daylight-saving changes ---------------------------------------


def _open_now_section(html):
    return html.split('id="open-heading"')[1].split("</section>")[0]


@pytest.fixture
def spring_pool(pool_index):
    """A pool whose deadline is the day summer time begins."""
    return FundingPoolPageFactory(
        parent=pool_index, title="Forårspuljen", deadlines=[deadline(datetime.date(2026, 3, 29))]
    )


def test_deadline_on_the_spring_dst_day_is_open_until_local_midnight(
    client, time_machine, spring_pool, pool_index
):
    time_machine.move_to(copenhagen(2026, 3, 29, 23, 59), tick=False)  # 21:59 UTC
    html = client.get(pool_index.url).content.decode()
    assert "Forårspuljen" in _open_now_section(html)
    assert "sidste dag i dag" in html


def test_deadline_on_the_spring_dst_day_closes_at_local_midnight_not_an_hour_later(
    client, time_machine, spring_pool, pool_index
):
    # 22:30 UTC is 00:30 on 30 March in Copenhagen (CEST). A fixed UTC+1 offset would still
    # say 23:30 on the 29th and show the pool as open.
    time_machine.move_to(utc(2026, 3, 29, 22, 30), tick=False)
    html = client.get(pool_index.url).content.decode()
    assert "Forårspuljen" not in _open_now_section(html)
    assert "Der er ingen kendte frister forude." in html


def test_deadline_on_the_autumn_dst_day_stays_open_in_the_extra_hour(
    client, time_machine, pool_index
):
    FundingPoolPageFactory(
        parent=pool_index, title="Efterårspuljen", deadlines=[deadline(datetime.date(2026, 10, 25))]
    )
    # 22:30 UTC is 23:30 on 25 October in Copenhagen (CET again). A fixed UTC+2 offset would
    # already say 00:30 on the 26th and close the pool an hour early.
    time_machine.move_to(utc(2026, 10, 25, 22, 30), tick=False)
    assert "Efterårspuljen" in _open_now_section(client.get(pool_index.url).content.decode())
    time_machine.move_to(utc(2026, 10, 25, 23, 0), tick=False)
    assert "Efterårspuljen" not in _open_now_section(client.get(pool_index.url).content.decode())


def test_a_passed_deadline_stops_showing_as_open_without_any_edit(client, time_machine, pool_index):
    pool = FundingPoolPageFactory(
        parent=pool_index, title="Majpuljen", deadlines=[deadline(datetime.date(2026, 5, 12))]
    )
    time_machine.move_to(copenhagen(2026, 5, 12, 12, 0), tick=False)
    assert "Åben nu" in client.get(pool.url).content.decode()
    time_machine.move_to(copenhagen(2026, 5, 13, 0, 0, 1), tick=False)
    html = client.get(pool.url).content.decode()
    assert "Åben nu" not in html
    assert "Ingen kendt frist" in html


# --- Events and meetings -------------------------------------------------------------------------


def test_an_event_is_upcoming_until_it_ends_then_past(client, time_machine, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Fælles Forum",
        start=copenhagen(2026, 6, 10, 17, 0),
        end=copenhagen(2026, 6, 10, 20, 0),
    )
    time_machine.move_to(copenhagen(2026, 6, 10, 19, 59), tick=False)
    html = client.get(event_index.url).content.decode()
    assert "Fælles Forum" in html
    assert "I gang nu" in html
    assert "Fælles Forum" not in client.get(event_index.url + "tidligere/").content.decode()

    time_machine.move_to(copenhagen(2026, 6, 10, 20, 1), tick=False)
    assert "Fælles Forum" not in client.get(event_index.url).content.decode()
    assert "Fælles Forum" in client.get(event_index.url + "tidligere/").content.decode()
    assert "Arrangementet er afholdt." in client.get(event.url).content.decode()


def test_event_times_keep_their_wall_clock_time_across_the_dst_change(client, event_index):
    before = EventPageFactory(
        parent=event_index,
        title="Lørdag",
        start=copenhagen(2027, 3, 27, 10, 0),
        end=copenhagen(2027, 3, 27, 12, 0),
    )
    after = EventPageFactory(
        parent=event_index,
        title="Søndag",
        start=copenhagen(2027, 3, 28, 10, 0),
        end=copenhagen(2027, 3, 28, 12, 0),
    )
    html_before = client.get(before.url).content.decode()
    html_after = client.get(after.url).content.decode()
    assert "kl. 10:00" in html_before and "kl. 10:00" in html_after
    assert '"startDate": "2027-03-27T10:00:00+01:00"' in html_before
    assert '"startDate": "2027-03-28T10:00:00+02:00"' in html_after


def test_signup_closes_after_its_deadline_date(client, time_machine, event_index):
    event = EventPageFactory(
        parent=event_index,
        start=copenhagen(2026, 9, 20, 17, 0),
        end=copenhagen(2026, 9, 20, 19, 0),
        signup_url="https://example.org/tilmelding",
        signup_deadline=datetime.date(2026, 9, 13),
    )
    time_machine.move_to(copenhagen(2026, 9, 13, 23, 59), tick=False)
    html = client.get(event.url).content.decode()
    assert 'href="https://example.org/tilmelding"' in html
    time_machine.move_to(copenhagen(2026, 9, 14, 0, 0), tick=False)
    html = client.get(event.url).content.decode()
    assert 'href="https://example.org/tilmelding"' not in html
    assert "tilmeldingen er lukket" in html


def test_meetings_show_until_the_end_of_their_day_then_hide(client, time_machine, council_index):
    from initiatives.models import LocalCouncilMeeting

    council = LocalCouncilPageFactory(
        parent=council_index,
        meetings=[
            LocalCouncilMeeting(starts_at=copenhagen(2026, 4, 13, 19, 0), title="I går"),
            LocalCouncilMeeting(starts_at=copenhagen(2026, 4, 14, 9, 0), title="I morges"),
            LocalCouncilMeeting(starts_at=copenhagen(2026, 5, 1, 19, 0), title="Næste måned"),
        ],
    )
    time_machine.move_to(copenhagen(2026, 4, 14, 21, 0), tick=False)
    html = client.get(council.url).content.decode()
    assert "I går" not in html
    assert "I morges" in html and "Næste måned" in html
    assert html.index("I morges") < html.index("Næste måned")
