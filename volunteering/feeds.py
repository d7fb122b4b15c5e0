"""Feeds of the meeting place: new posts as RSS 2.0 and Atom 1.0 (Django's feed generator), and
the activities as an iCalendar feed (the `icalendar` library, as the events calendar). Only
public posts, and nothing personal: no name, no e-mail address."""

import datetime

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .models import PostKind
from .views import decorate, public_posts

FEED_ITEMS = 50
FEED_MAX_AGE = 15 * 60


def _absolute(request, page, *route):
    return request.build_absolute_uri(page.route_url(*route, request=request))


def _feed(request, page, generator_class):
    feed = generator_class(
        title=page.title,
        link=_absolute(request, page, "list"),
        description=_("Nye opslag: tilbud om hjælp, efterspørgsler og aktiviteter."),
        language=page.locale.language_code,
        feed_url=request.build_absolute_uri(request.path),
    )
    posts = decorate(request, list(public_posts()[:FEED_ITEMS]))
    for post in posts:
        feed.add_item(
            title=post.title,
            link=_absolute(request, page, "post", post.pk),
            description=post.text,
            pubdate=post.published_at,
            unique_id=_absolute(request, page, "post", post.pk),
            categories=[post.get_kind_display(), *post.category_names],
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
    return response


def rss(request, page):
    return _feed(request, page, Rss201rev2Feed)


def atom(request, page):
    return _feed(request, page, Atom1Feed)


def activities_calendar(request, page):
    """Every public activity with a date, as all-day events (a subscribable calendar)."""
    host = request.get_host().split(":")[0] or "localhost"
    calendar = Calendar()
    calendar.add(
        "prodid", f"-//Haderslev Kommune//{page.title}//{page.locale.language_code.upper()}"
    )
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("X-WR-CALNAME", f"{page.title}: {_('Aktiviteter')}")
    calendar.add("X-PUBLISHED-TTL", "PT1H")
    activities = public_posts().filter(kind=PostKind.ACTIVITY, starts_on__isnull=False)
    for post in decorate(request, list(activities)):
        event = Event()
        event.add("uid", f"post-{post.pk}@{host}")
        event.add("summary", post.title)
        event.add("description", post.text)
        event.add("dtstart", post.starts_on)
        event.add("dtend", (post.ends_on or post.starts_on) + datetime.timedelta(days=1))
        event.add("dtstamp", post.published_at)
        event.add("url", _absolute(request, page, "post", post.pk))
        if post.area_name:
            event.add("location", post.area_name)
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="aktiviteter.ics"'
    patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
    return response
