"""What every form the public can send has in common: spam traps, rate limits and the outbox.

One mechanism for the whole site (event sign-ups, editor-built forms, the volunteers' meeting
place), so each form only says what it stores:

- `SpamProtectedForm`: a honeypot field people never see and a signed "form shown at" stamp. A
  filled honeypot marks the submission as a robot's (`form.is_robot`); the view answers it like a
  success and stores nothing. A form sent faster than `PUBLIC_FORM_MIN_SECONDS` after it was shown,
  or with a missing or forged stamp, gets a clear error and keeps what was typed (a person who
  pasted quickly only has to press the button again).
- `first_submission()`: an idempotency key per shown form (in the signed stamp), so a form sent
  twice -- a double click, or again after a server went away in the middle -- is stored once.
- `rate_limited()`: django-ratelimit counters in the `ratelimit` cache, which is the database
  (Django's DatabaseCache), so limits hold when Redis is down and across app servers.
- E-mail: every message goes through `django.core.mail` into django-mailer's stored outbox
  (`EMAIL_BACKEND = "mailer.backend.DbBackend"`); `manage.py outbox` delivers it with retries.
  A view stores the submission first, then queues its e-mail: nothing is lost when the mail
  server is down, and a failed delivery never undoes a submission.
"""

import hashlib
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

from .security import client_ip_address

_STAMP_SALT = "haderslev_site.public_forms.shown-at"


class SpamProtectedForm(forms.Form):
    """Base class (or mixin for a ModelForm, listed first) for forms sent by the public."""

    # Named like a field a robot fills in; hidden from people by CSS and from assistive
    # technology by aria-hidden on its wrapper (see home/components/spam_trap.html).
    website = forms.CharField(
        label=_("Lad dette felt stå tomt"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    shown_at = forms.CharField(required=False, widget=forms.HiddenInput)

    too_fast_message = _(
        "Formularen blev sendt meget hurtigt, så vi kunne ikke se, om den kom fra en person. "
        "Kontrollér dine oplysninger, og send den igen."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_robot = False
        self.submission_key = ""
        # A fresh stamp every time the form is shown, also when it comes back with errors; its
        # random key identifies one submission of the form (see first_submission).
        self.initial["shown_at"] = signing.dumps(
            {"t": time.time(), "k": secrets.token_urlsafe(16)}, salt=_STAMP_SALT
        )
        if self.is_bound:
            data = self.data.copy()
            data[self.add_prefix("shown_at")] = self.initial["shown_at"]
            self._submitted_stamp = self.data.get(self.add_prefix("shown_at"), "")
            self.data = data
        else:
            self._submitted_stamp = ""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            self.is_robot = True
            return cleaned
        try:
            stamp = signing.loads(self._submitted_stamp, salt=_STAMP_SALT, max_age=24 * 3600)
            shown_at, key = float(stamp["t"]), str(stamp["k"])
        except (signing.BadSignature, TypeError, ValueError, KeyError):
            shown_at, key = None, ""
        if shown_at is None or time.time() - shown_at < settings.PUBLIC_FORM_MIN_SECONDS:
            raise forms.ValidationError(self.too_fast_message, code="too_fast")
        self.submission_key = key
        return cleaned


def first_submission(form: SpamProtectedForm, scope: str) -> bool:
    """Record `form`'s submission key, inside the caller's transaction, and say whether this is
    the first time it arrives. The same form sent twice (a double click, the back button after
    a server went away mid-request, a retry) carries the same key: store it only the first
    time, and tell the person the second time that it was already received. Rolled back with
    the caller's transaction, so a submission that was not stored can be sent again."""
    from django.db import IntegrityError, transaction

    from .models import SubmissionKey

    try:
        with transaction.atomic():
            SubmissionKey.objects.create(scope=scope, key=form.submission_key)
    except IntegrityError:
        return False
    return True


ALREADY_RECEIVED_MESSAGE = _(
    "Vi har allerede modtaget denne formular. Du skal ikke sende den igen."
)


def _digest(value: str) -> str:
    """Counters are keyed by a hash: no address or e-mail is stored in the cache table."""
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def rate_limited(request, scope: str, rate: str, email: str | None = None) -> bool:
    """Count one submission of `scope` and say whether its client, or its e-mail address, has
    sent more than `rate` ("5/h", "20/d"). Counts only when called: call it once a form is
    valid, before storing."""
    keys = [("ip", _digest(client_ip_address(request) or "unknown"))]
    if email:
        keys.append(("email", _digest(email)))
    limited = False
    for kind, digest in keys:
        if is_ratelimited(
            request,
            group=f"{scope}:{kind}",
            key=lambda _group, _request, digest=digest: digest,
            rate=rate,
            increment=True,
        ):
            limited = True
    return limited


RATE_LIMITED_MESSAGE = _(
    "Du har sendt mange formularer på kort tid. Vent lidt, og prøv igen. Det, du har skrevet, "
    "står stadig i formularen."
)
