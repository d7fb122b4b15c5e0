"""Helpers shared by the citizens' tools seeders."""

import datetime

from django.utils.text import slugify

from home.models import Contact
from home.seeding import SeedReport, ensure_snippet, source_locale
from initiatives.models import InitiativePage, PetalPage, local_today


def danish_slug(text: str) -> str:
    """A URL slug the way the site writes Danish letters: æ -> ae, ø -> oe, å -> aa."""
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return slugify(text.replace("/", " ").replace("§", "paragraf "))


def next_annual(month: int, day: int, today: datetime.date | None = None) -> datetime.date:
    """The next time a yearly date comes round, today included."""
    today = today or local_today()
    candidate = datetime.date(today.year, month, day)
    return candidate if candidate >= today else datetime.date(today.year + 1, month, day)


def days_from_today(days: int) -> datetime.date:
    return local_today() + datetime.timedelta(days=days)


def petals(*slugs: str) -> list[PetalPage]:
    found = {p.slug: p for p in PetalPage.objects.filter(locale=source_locale(), slug__in=slugs)}
    return [found[slug] for slug in slugs]


def initiative(petal_slug: str, slug: str) -> InitiativePage:
    petal = PetalPage.objects.get(locale=source_locale(), slug=petal_slug)
    return InitiativePage.objects.child_of(petal).get(slug=slug)


def contact(report: SeedReport, name: str, **fields) -> Contact:
    # A contact the public sources do not name is example content (its name says "Eksempel:").
    fields.setdefault("is_example", name.startswith("Eksempel"))
    return ensure_snippet(report, Contact, {"name": name}, **fields)
