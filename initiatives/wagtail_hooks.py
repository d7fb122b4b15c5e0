import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.models import Locale
from wagtail.signals import page_published
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import registrations
from .models import EventPage, EventRegistration, LocalArea, RegistrationStatus


class LocalAreaViewSet(SnippetViewSet):
    """The areas that group local councils on their index page."""

    model = LocalArea
    icon = "site"
    menu_label = _("Områder for lokalråd")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(LocalAreaViewSet)


# --- Event registrations: the participants list per event, with CSV/XLSX export ----------------


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Arrangement"),
        queryset=lambda request: EventPage.objects.filter(
            locale=Locale.get_default(), registration_enabled=True
        ).order_by("-start"),
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)

    class Meta:
        model = EventRegistration
        fields = ["event", "status"]


class EventRegistrationViewSet(ModelViewSet):
    """Who has signed up, per event (filter), exported as CSV or XLSX for the organiser.
    Registrations are made by the public form; editors may correct a name or the number of
    guests, and delete a registration."""

    model = EventRegistration
    icon = "group"
    menu_label = _("Tilmeldinger")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "email", "organisation", "guests", "status", "event", "created_at"]
    filterset_class = RegistrationFilterSet
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "guests",
        "status",
        "created_at",
        "promoted_at",
    ]
    export_filename = "tilmeldinger"
    search_fields = ["name", "email", "organisation"]
    form_fields = ["name", "organisation", "guests"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return EventRegistrationViewSet("event_registrations")


def _promote_after_publish(sender, instance, **kwargs):
    """More places published: whoever now fits on the waiting list gets a place and an e-mail."""
    if (
        instance.registration_enabled
        and instance.registrations.filter(status=RegistrationStatus.WAITING).exists()
    ):
        registrations.promote_after_change(instance)


page_published.connect(
    _promote_after_publish, sender=EventPage, dispatch_uid="initiatives.promote_after_publish"
)


@hooks.register("register_page_header_buttons")
def participants_button(page, user, view_name, next_url=None):
    """On an event with sign-up: "Deltagere", its participants list (the Danish event holds the
    registrations of every language)."""
    specific = page.specific_deferred
    if (
        isinstance(specific, EventPage)
        and specific.registration_enabled
        and user.has_perm("initiatives.view_eventregistration")
    ):
        source = specific.registration_source()
        yield Button(
            _("Deltagere"),
            f"{reverse('event_registrations:index')}?event={source.pk}",
            icon_name="group",
            priority=80,
        )
