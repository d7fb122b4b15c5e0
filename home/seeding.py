"""Helpers for `manage.py seed_content`: idempotent creation of locales, pages and snippets.

Each app that seeds content has a `seed` module with a `seed(report)` function; the command runs
them in INSTALLED_APPS order. Every helper here creates what is missing and leaves what exists
untouched, so a second run changes nothing and editors' changes survive a re-seed.
"""

from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Locale, Page


@dataclass
class SeedReport:
    created: list[str] = field(default_factory=list)
    existing: int = 0

    def add(self, created: bool, label: str) -> None:
        if created:
            self.created.append(label)
        else:
            self.existing += 1


def ensure_locales() -> Locale:
    """Create a Locale for every configured language; return the Danish (source) locale."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def source_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def ensure_page(report: SeedReport, parent: Page, model, slug: str, **fields) -> Page:
    """Return the child of `parent` with this slug, creating and publishing it if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        report.add(False, slug)
        return existing.specific
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.add(True, f"{model._meta.verbose_name}: {page.title}")
    return page


def ensure_snippet(report: SeedReport, model, lookup: dict, **fields):
    """Return the snippet matching `lookup` (in the source locale), creating it if missing."""
    locale = source_locale()
    obj = model.objects.filter(locale=locale, **lookup).first()
    if obj is not None:
        report.add(False, str(obj))
        return obj
    obj = model.objects.create(locale=locale, **lookup, **fields)
    report.add(True, f"{model._meta.verbose_name}: {obj}")
    return obj


def paragraphs(*html: str) -> list[dict]:
    """A StreamField body of rich-text paragraphs."""
    return [{"type": "paragraph", "value": value} for value in html]


def bullet_list(items) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
