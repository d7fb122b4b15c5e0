"""The smallest DKFDS components as tags: an icon from the sprite and a badge.

They appear many times on a page (every card's arrow, every pool's status), so they are built in
Python instead of as includes: an `{% include %}` costs a template render of its own, and the
icon's `{% static %}` a lookup in the manifest of hashed file names each time. The markup is
DKFDS 11's; see home/templates/home/components/README.md for the other components.

    {% load components %}
    {% icon "time" %}                                         decorative (aria-hidden)
    {% icon "warning" classes="alert-icon" label=icon_label %}  announced as "icon_label"
    {% badge _("Åben") variant="success" prefix="Status: " %}
    {% example_marker page %}                                 "Eksempel" if page.is_example
    <time datetime="{{ page.last_published_at|datetime_attribute }}">   a valid HTML datetime
"""

import datetime

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

ICON_SPRITE = "dist/img/icons.svg"  # built from the dkfds package by `make assets`
_sprite_url = {}


def icon_sprite_url() -> str:
    """The sprite's URL (hashed in production), looked up once per process."""
    if "url" not in _sprite_url:
        _sprite_url["url"] = static(ICON_SPRITE)
    return _sprite_url["url"]


@receiver(setting_changed)
def _forget_sprite_url(*, setting, **kwargs):
    if setting in ("STATIC_URL", "STORAGES"):
        _sprite_url.clear()


@register.simple_tag
def icon(name, classes="", label=""):
    """A DKFDS icon from the site's sprite (names in assets/icons.txt).

    name     the DKFDS icon name, e.g. "menu"
    classes  extra CSS classes (optional)
    label    if given, the icon is announced with this text; otherwise it is decorative
    """
    if label:
        role = format_html(' role="img" aria-label="{}"', label)
    else:
        role = mark_safe(' aria-hidden="true"')
    return format_html(
        '<svg class="icon-svg{}" focusable="false"{}><use href="{}#{}"></use></svg>',
        f" {classes}" if classes else "",
        role,
        icon_sprite_url(),
        name,
    )


@register.simple_tag
def badge(text, variant="", prefix=""):
    """A DKFDS badge: a short, non-interactive label such as a status.

    text     the label
    variant  "info", "success", "warning", "error" or empty for the neutral (dark) badge
    prefix   optional visually hidden text read before the label, e.g. "Status: "
    """
    return format_html(
        '<span class="badge{}">{}{}</span>',
        f" badge-{variant}" if variant else "",
        format_html('<span class="sr-only">{}</span>', prefix) if prefix else "",
        text,
    )


@register.simple_tag
def example_marker(obj):
    """A visible "Eksempel" marker, for a detail (a deadline, an amount, a time, a status, an
    agreement, a contact) of an object whose details are not yet confirmed
    (home.models.ExampleContentMixin: `is_example`); nothing otherwise. Screen readers hear
    "Eksempel, ikke bekræftet". Put it right after each such detail, where it is shown."""
    if not getattr(obj, "is_example", False):
        return ""
    return format_html(
        ' <span class="badge badge-small example-marker">{}'
        '<span class="sr-only">, {}</span></span>',
        gettext("Eksempel"),
        gettext("ikke bekræftet"),
    )


@register.filter(expects_localtime=True)
def datetime_attribute(value) -> str:
    """A date or datetime for a <time datetime="..."> attribute: ISO 8601 in the site's time
    zone, to the second. (Django's "c" format writes microseconds, and HTML allows at most three
    digits of a second.)"""
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
