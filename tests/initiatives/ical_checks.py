"""Check an iCalendar response against RFC 5545 with the `icalendar` library, plus the
line-level rules a lenient parser would let through."""

import datetime

from icalendar import Calendar


def parse_calendar(response) -> Calendar:
    """Parse a feed response and assert it is a valid RFC 5545 calendar; return it."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content
    body.decode("utf-8")  # valid UTF-8 (RFC 5545 3.1.4)

    # Content lines end in CRLF, with no bare LF, and are folded at 75 octets (3.1).
    assert body.endswith(b"\r\n")
    lines = body[:-2].split(b"\r\n")
    assert not any(b"\n" in line or b"\r" in line for line in lines)
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"

    calendar = Calendar.from_ical(body)
    for component in calendar.walk():
        assert not component.errors, (component.name, component.errors)

    # Required calendar properties and at least one component (3.6).
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar.subcomponents
    # Every TZID used is defined by a VTIMEZONE in the calendar (3.2.19).
    assert calendar.get_missing_tzids() == set()

    uids = []
    for event in calendar.walk("VEVENT"):
        # UID and DTSTAMP are required once; DTSTART is required when there is no METHOD-less
        # exception, and we always give it (3.6.1).
        for name in ("UID", "DTSTAMP", "DTSTART"):
            assert name in event, name
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        # DTSTART and DTEND have the same value type, and the event ends after it starts.
        assert isinstance(start, datetime.datetime) == isinstance(end, datetime.datetime)
        assert end > start
        uids.append(str(event["UID"]))
    assert len(uids) == len(set(uids)), "UIDs must be unique"
    return calendar


def events_of(calendar):
    return list(calendar.walk("VEVENT"))
