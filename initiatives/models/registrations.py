"""Registrations for the municipality's own events (Fælles Forum, the citizens' meeting, the
award evening), taken by the sign-up form on the event's page. The logic (places, waiting list,
promotion, e-mail) is in initiatives.registrations.

Personal data is kept only as long as it is needed: a cancellation blanks the name, e-mail and
organisation at once, and `manage.py purge_personal_data` blanks them for every registration
EVENT_REGISTRATION_RETENTION_DAYS after its event; the anonymous row (status, number of guests)
stays, so the number of participants can still be counted.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Tilmeldt")
    WAITING = "waiting", _("På venteliste")
    CANCELLED = "cancelled", _("Afmeldt")


class EventRegistration(models.Model):
    event = models.ForeignKey(
        "initiatives.EventPage",
        verbose_name=_("arrangement"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("navn"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    organisation = models.CharField(_("forening eller organisation"), max_length=200, blank=True)
    guests = models.PositiveSmallIntegerField(_("ledsagere"), default=0)
    language = models.CharField(
        _("sprog"), max_length=10, help_text=_("Sproget, e-mails til deltageren skrives på.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrationStatus.choices, db_index=True
    )
    created_at = models.DateTimeField(_("tilmeldt"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("rykket op fra venteliste"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("afmeldt"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personoplysninger slettet"), null=True, blank=True)

    class Meta:
        verbose_name = _("tilmelding")
        verbose_name_plural = _("tilmeldinger")
        ordering = ["event", "created_at", "id"]
        constraints = [
            # One registration per e-mail address and event (the address is stored in lower
            # case); a cancelled one frees the address to sign up again.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status=RegistrationStatus.CANCELLED) & ~Q(email=""),
                name="one_registration_per_email_and_event",
            )
        ]

    def __str__(self):
        return self.name or str(_("(personoplysninger slettet)"))

    @property
    def seats(self) -> int:
        """Places the registration takes: the person and their guests."""
        return 1 + self.guests

    def anonymise(self) -> None:
        self.name = ""
        self.email = ""
        self.organisation = ""
        self.anonymised_at = timezone.now()
