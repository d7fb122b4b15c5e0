"""Pieces shared by the local councils, funding pools and events.

- The municipality's calendar: every "today", "open now" or "upcoming" is decided at request time
  by the date and time in Europe/Copenhagen; nothing time-dependent is ever stored as a flag.
- Links from these pages to the policy's petals and initiatives.
- Locale-aware lookups, so a translated page links to the petals and contacts of its own language
  (relations are synchronised from the Danish source and point at Danish objects).
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from home import chrome
from home.blocks import ActionLinksBlock
from home.models import BasePageForm

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def local_now() -> datetime.datetime:
    """The current moment, in Copenhagen time."""
    return timezone.localtime(timezone.now(), COPENHAGEN)


def local_today() -> datetime.date:
    """Today's date in Copenhagen (a deadline "today" is open until midnight there)."""
    return timezone.localdate(timezone=COPENHAGEN)


def local_datetime(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """An aware datetime for a wall-clock time in Copenhagen (DST is handled by zoneinfo)."""
    return datetime.datetime.combine(day, time, tzinfo=COPENHAGEN)


def start_of_local_day(day: datetime.date) -> datetime.datetime:
    return local_datetime(day, datetime.time.min)


class LocaleScopedPageForm(BasePageForm):
    """Admin form that offers only petals in the page's own language in the petal checkboxes."""

    locale_scoped_fields = ("petals",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None and self.parent_page is not None:
            locale_id = self.parent_page.locale_id
        if locale_id is None:
            return
        for name in self.locale_scoped_fields:
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id).order_by("path")


def action_links_field():
    """ "Her kan du handle": the external services where the reader acts (apply, report, sign up),
    shown prominently near the top of the page. The services are shared snippets."""
    return StreamField(
        ActionLinksBlock(),
        verbose_name=_("her kan du handle"),
        blank=True,
        help_text=_(
            "Vælg de eksterne tjenester, hvor læseren kan gøre noget: søge, melde eller tilmelde "
            "sig. De vises øverst på siden og markeres som links til et andet websted."
        ),
    )


def contact_field(verbose_name=None):
    """The contact person a page shows in its contact box (only with consent to publication)."""
    return models.ForeignKey(
        "home.Contact",
        verbose_name=verbose_name or _("kontaktperson, der hjælper"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vises kun, hvis kontaktpersonen har givet samtykke til offentliggørelse."),
    )


class InitiativeLink(Orderable):
    """A link from a council, pool, guide or event to an initiative of the policy it serves."""

    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("indsats"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Den indsats i politikken, som siden hører til."),
    )

    panels = [FieldPanel("initiative")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("indsats i politikken")
        verbose_name_plural = _("indsatser i politikken")


def localized_petals(items, locale_id) -> None:
    """Give each item a `petal_list`: its live petals in this language, in the flower's order.

    Items must have their `petals` prefetched; no query of its own for anonymous readers (the
    language's petals are cached with the site chrome), one otherwise, whatever the number of
    items.
    """
    by_key = {petal.translation_key: petal for petal in chrome.petals(locale_id)}
    for item in items:
        petals = [by_key.get(petal.translation_key) for petal in item.petals.all()]
        item.petal_list = sorted((p for p in petals if p is not None), key=lambda p: p.path)


def petal_choices(locale_id):
    """Choices for a petal filter: the live petals in this language, by slug."""
    return [(petal.slug, petal.title) for petal in chrome.petals(locale_id)]


def petal_by_slug(locale_id, slug):
    """The live petal in this language with this slug, or None."""
    return next((petal for petal in chrome.petals(locale_id) if petal.slug == slug), None)


def public_contact_map(contacts, locale_id) -> dict:
    """Map each given contact's id to the contact to show in this language, if it consented.

    A contact without consent to publication is left out, so it never reaches a public page.
    The translation in the language is used where it exists. One query for any number of contacts.
    """
    from home.models import Contact

    contacts = [contact for contact in contacts if contact is not None and contact.may_publish]
    if not contacts:
        return {}
    translated = {
        contact.translation_key: contact
        for contact in Contact.objects.filter(
            locale_id=locale_id, translation_key__in={c.translation_key for c in contacts}
        )
    }
    shown = {}
    for contact in contacts:
        localized = translated.get(contact.translation_key, contact)
        if localized.may_publish:
            shown[contact.pk] = localized
    return shown


def localized_public_contacts(contacts, locale_id) -> list:
    """The contacts that may be shown publicly, in this language where translated, in order."""
    contacts = [contact for contact in contacts if contact is not None]
    shown = public_contact_map(contacts, locale_id)
    return [shown[contact.pk] for contact in contacts if contact.pk in shown]


def localized_initiatives(link_queryset, locale_id) -> list:
    """The live initiatives a page links to, in this language where translated (one query for
    the links, one for the translations)."""
    from .flower import InitiativePage

    initiatives = [
        link.initiative
        for link in link_queryset.filter(initiative__live=True).select_related("initiative")
    ]
    if not initiatives:
        return []
    translated = {
        page.translation_key: page
        for page in InitiativePage.objects.live().filter(
            locale_id=locale_id, translation_key__in={p.translation_key for p in initiatives}
        )
    }
    return [translated.get(page.translation_key, page) for page in initiatives]
