"""Sign-up for the municipality's own events: places, the waiting list, cancel links, e-mail.

- `register()` stores a registration, confirmed while there are places and nobody waits, else on
  the waiting list. The same e-mail address twice for one event gives the existing registration
  back (idempotent; a database constraint holds it even for two requests at once).
- `cancel()` cancels (and blanks the personal data at once) and promotes the waiting list in
  order while the freed places suffice; each promoted person is told by e-mail.
- Capacity decisions lock the event's row, so two requests never take the last place twice.
- Cancel links are signed (django.core.signing) and stop working when the event is over.
- Every message goes through django.core.mail into the stored outbox, after the registration is
  committed: a mail server that is down never loses a registration.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .models import COPENHAGEN, EventPage
from .models.registrations import EventRegistration, RegistrationStatus

logger = logging.getLogger(__name__)

CANCEL_SALT = "initiatives.registrations.cancel"
RECEIPT_SALT = "initiatives.registrations.receipt"
RECEIPT_MAX_AGE = 3600  # seconds the "you are registered" page can be shown again


class CancelLinkError(Exception):
    """A cancel link that cannot be used; `reason` is "invalid" or "expired"."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


# --- Places -------------------------------------------------------------------------------------


def seats_taken(event) -> int:
    confirmed = event.registrations.filter(status=RegistrationStatus.CONFIRMED)
    return sum(1 + guests for guests in confirmed.values_list("guests", flat=True))


def _lock(event):
    """Lock the event's row until the transaction ends (PostgreSQL; SQLite serialises writes)."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def _promote_waiting(event) -> list[EventRegistration]:
    """Confirm waiting registrations in the order they came while the free places suffice; the
    first that does not fit keeps its turn (nobody overtakes it)."""
    capacity = event.registration_capacity
    free = None if capacity is None else capacity - seats_taken(event)
    promoted = []
    waiting = event.registrations.filter(status=RegistrationStatus.WAITING).order_by(
        "created_at", "id"
    )
    for registration in waiting.select_for_update():
        if free is not None and registration.seats > free:
            break
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = timezone.now()
        registration.save(update_fields=["status", "promoted_at"])
        promoted.append(registration)
        if free is not None:
            free -= registration.seats
    return promoted


def register(event, *, name, email, organisation="", guests=0, language="da"):
    """Store a registration for `event` (the source-language page). Returns (registration,
    created); `created` is False when the address was registered already. Queues the
    confirmation e-mail after the registration is committed."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            locked = _lock(event)
            existing = (
                locked.registrations.filter(email=email)
                .exclude(status=RegistrationStatus.CANCELLED)
                .first()
            )
            if existing is not None:
                return existing, False
            capacity = locked.registration_capacity
            someone_waits = locked.registrations.filter(status=RegistrationStatus.WAITING).exists()
            fits = capacity is None or seats_taken(locked) + 1 + guests <= capacity
            registration = EventRegistration.objects.create(
                event=locked,
                name=name.strip(),
                email=email,
                organisation=organisation.strip(),
                guests=guests,
                language=language,
                status=(
                    RegistrationStatus.CONFIRMED
                    if fits and not someone_waits
                    else RegistrationStatus.WAITING
                ),
            )
    except IntegrityError:
        # The same address sent twice at the same moment (without the lock, on SQLite): the
        # other request stored it.
        existing = event.registrations.exclude(status=RegistrationStatus.CANCELLED).get(email=email)
        return existing, False
    send_registration_mail(registration, "registered")
    return registration, True


def cancel(registration_id) -> tuple[EventRegistration, list[EventRegistration]]:
    """Cancel a registration and promote the waiting list. Returns (registration, promoted).
    Cancelling twice changes nothing the second time (promoted is then empty)."""
    with transaction.atomic():
        registration = EventRegistration.objects.get(pk=registration_id)
        event = _lock(registration.event)
        registration = EventRegistration.objects.select_for_update().get(pk=registration_id)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration, []
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.anonymise()
        registration.save()
        promoted = _promote_waiting(event)
    for person in promoted:
        send_registration_mail(person, "promoted")
    return registration, promoted


def promote_after_change(event) -> list[EventRegistration]:
    """After an editor changed the number of places: promote whoever now fits, and tell them."""
    with transaction.atomic():
        promoted = _promote_waiting(_lock(event))
    for person in promoted:
        send_registration_mail(person, "promoted")
    return promoted


# --- Links --------------------------------------------------------------------------------------


def cancel_token(registration) -> str:
    return signing.dumps({"r": registration.pk, "e": registration.event_id}, salt=CANCEL_SALT)


def registration_from_cancel_token(token, event, now=None) -> EventRegistration:
    """The registration a cancel link names, if the link is genuine, belongs to `event` and the
    event is not over. Raises CancelLinkError("invalid" | "expired")."""
    try:
        data = signing.loads(token, salt=CANCEL_SALT)
        registration_id, event_id = int(data["r"]), int(data["e"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise CancelLinkError("invalid") from error
    if event_id != event.pk:
        raise CancelLinkError("invalid")
    if event.is_past(now):
        raise CancelLinkError("expired")
    registration = EventRegistration.objects.filter(pk=registration_id, event=event).first()
    if registration is None:
        raise CancelLinkError("invalid")
    return registration


def receipt_token(registration) -> str:
    return signing.dumps(registration.pk, salt=RECEIPT_SALT)


def registration_from_receipt_token(token, event):
    try:
        registration_id = int(signing.loads(token, salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return EventRegistration.objects.filter(pk=registration_id, event=event).first()


def page_for_reader(event, language):
    """The event's page in the reader's language if it is live, else the source page."""
    if language != event.locale.language_code:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            translated = (
                EventPage.objects.live()
                .filter(translation_key=event.translation_key, locale=locale)
                .first()
            )
            if translated is not None:
                return translated
    return event


def cancel_url(registration, page=None) -> str:
    page = page or page_for_reader(registration.event, registration.language)
    return f"{page.get_full_url()}{page.reverse_subpage('cancel')}?t={cancel_token(registration)}"


# --- E-mail -------------------------------------------------------------------------------------


def send_registration_mail(registration, kind) -> None:
    """Queue the confirmation ("registered") or the promotion ("promoted") e-mail in the
    registrant's language. The registration is stored already: a failure is logged, never
    raised to the reader."""
    try:
        with translation.override(registration.language):
            page = page_for_reader(registration.event, registration.language)
            context = {
                "registration": registration,
                "page": page,
                "kind": kind,
                "waiting": registration.status == RegistrationStatus.WAITING,
                "cancel_url": cancel_url(registration, page),
                "start": timezone.localtime(page.start, COPENHAGEN),
                "end": timezone.localtime(page.end, COPENHAGEN),
            }
            if kind == "promoted":
                subject = _("Du har fået en plads: %(event)s")
            elif context["waiting"]:
                subject = _("Du er på venteliste: %(event)s")
            else:
                subject = _("Du er tilmeldt: %(event)s")
            body = render_to_string("initiatives/email/registration.txt", context)
            EmailMessage(
                subject % {"event": page.title},
                body,
                settings.DEFAULT_FROM_EMAIL,
                [registration.email],
            ).send()
    except Exception:
        logger.exception("registration e-mail could not be queued", extra={"kind": kind})
