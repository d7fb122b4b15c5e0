"""iCalendar (RFC 5545) feeds and downloads for funding deadlines and events, built with the
`icalendar` library. Calendars always carry the Europe/Copenhagen VTIMEZONE, so event times keep
their wall-clock time across daylight-saving changes and an empty feed is still a valid calendar."""

import datetime

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vCalAddress

from .models import COPENHAGEN, local_today
from .models.common import public_contact_map

PRODID = "-//Haderslev Kommune//Medborgerskab Haderslev//{language}"
REFRESH_INTERVAL = datetime.timedelta(hours=12)  # also written as X-PUBLISHED-TTL below
FEED_MAX_AGE = 60 * 60  # seconds: a passed deadline leaves a cached feed within the hour


def absolute_url(request, page):
    """The page's address on the host the reader used (the Site record may name another)."""
    return request.build_absolute_uri(page.get_url(request))


def _host(request):
    return request.get_host().split(":")[0] or "localhost"


def _timezone_range(days):
    """A generous range of years around the given dates for the VTIMEZONE's transitions."""
    days = [*days, local_today()]
    return datetime.date(min(days).year, 1, 1), datetime.date(max(days).year + 2, 1, 1)


def _new_calendar(request, page, name, description, days):
    language = page.locale.language_code
    calendar = Calendar.new(
        prodid=PRODID.format(language=language.upper()),
        name=name,
        description=description,
        method="PUBLISH",
        calscale="GREGORIAN",
        uid=f"calendar-{page.translation_key}.{language}@{_host(request)}",
        url=absolute_url(request, page),
        refresh_interval=REFRESH_INTERVAL,
    )
    calendar.add("X-WR-TIMEZONE", COPENHAGEN.key)
    calendar.add("X-PUBLISHED-TTL", "PT12H")
    first, last = _timezone_range(days)
    calendar.add_component(Timezone.from_tzid(COPENHAGEN.key, first_date=first, last_date=last))
    return calendar


def _response(calendar, filename, attachment):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
    return response


def _description(*parts):
    return "\n\n".join(part for part in parts if part)


def deadlines_calendar(request, page, pools, today):
    """Every deadline from `today` on of the given pools (deadlines prefetched), as all-day
    events: a deadline is a whole day in Copenhagen."""
    rows = sorted(
        (
            (deadline, pool)
            for pool in pools
            for deadline in pool.deadlines.all()
            if deadline.deadline >= today
        ),
        key=lambda row: (row[0].deadline, row[1].title),
    )
    calendar = _new_calendar(
        request,
        page,
        name=_("Ansøgningsfrister – %(title)s") % {"title": page.title},
        description=_("Kommende ansøgningsfrister for puljer i Haderslev Kommune."),
        days=[deadline.deadline for deadline, _pool in rows],
    )
    language = page.locale.language_code
    for deadline, pool in rows:
        url = absolute_url(request, pool)
        opens = ""
        if deadline.opens_on and deadline.opens_on > today:
            opens = _("Åbner for ansøgninger den %(date)s.") % {
                "date": deadline.opens_on.isoformat()
            }
        event = Event.new(
            uid=f"{deadline.translation_key}.{language}@{_host(request)}",
            summary=_("Ansøgningsfrist: %(title)s") % {"title": pool.title},
            start=deadline.deadline,
            end=deadline.deadline + datetime.timedelta(days=1),
            description=_description(pool.summary, deadline.note, opens, url),
            url=url,
            last_modified=pool.last_published_at,
        )
        event.add("TRANSP", "TRANSPARENT")
        calendar.add_component(event)
    return _response(calendar, f"{page.slug}-frister.ics", attachment=False)


def events_calendar(request, page, events, filename, attachment=False):
    """The given events with their start and end in Copenhagen time."""
    calendar = _new_calendar(
        request,
        page,
        name=page.title,
        description=page.search_description or getattr(page, "summary", "") or page.intro,
        days=[
            day for event in events for day in (event.local_start.date(), event.local_end.date())
        ],
    )
    language = page.locale.language_code
    contacts = public_contact_map([event.contact for event in events], page.locale_id)
    for event in events:
        url = absolute_url(request, event)
        component = Event.new(
            uid=f"{event.translation_key}.{language}@{_host(request)}",
            summary=event.title,
            start=event.local_start,
            end=event.local_end,
            location=event.location_text,
            description=_description(event.summary, event.signup_info, url),
            url=url,
            status="CONFIRMED",
            last_modified=event.last_published_at,
        )
        contact = contacts.get(event.contact_id)
        if contact is not None and contact.email:
            organizer = vCalAddress(f"mailto:{contact.email}")
            organizer.params["CN"] = event.organiser
            component.add("ORGANIZER", organizer)
        calendar.add_component(component)
    return _response(calendar, filename, attachment=attachment)
