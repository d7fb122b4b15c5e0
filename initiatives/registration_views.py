"""The sign-up pages of an event: the form (`tilmelding/`), the receipt (`tilmelding/kvittering/`)
and the cancel link (`afmelding/?t=<token>`), served by EventPage's routes. The registration logic
is in initiatives.registrations; these views only read the request and pick what to show.

Every answer is a page in the reader's language: bad input shows the form again with the error
summary, a broken or expired link says so (400 / 410), and a closed sign-up says it is closed.
"""

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from haderslev_site.public_forms import RATE_LIMITED_MESSAGE, rate_limited

from . import registrations
from .forms import RegistrationForm
from .models.registrations import RegistrationStatus

TEMPLATE = "initiatives/event_registration.html"


def _render(request, page, step, status=200, **context):
    return TemplateResponse(
        request,
        TEMPLATE,
        {
            "page": page,
            "self": page,
            "request": request,
            "step": step,
            "retention_days": settings.EVENT_REGISTRATION_RETENTION_DAYS,
            **context,
        },
        status=status,
    )


def _places(source):
    """(places left or None for no limit, whether new registrations go on the waiting list)."""
    if source.registration_capacity is None:
        return None, False
    left = max(source.registration_capacity - registrations.seats_taken(source), 0)
    someone_waits = source.registrations.filter(status=RegistrationStatus.WAITING).exists()
    return left, someone_waits or left == 0


@csrf_protect
def register(request, page):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if not page.registration_enabled:
        raise Http404("no sign-up on this event")
    source = page.registration_source()
    if not page.registration_is_open():
        return _render(request, page, "closed", is_past=page.is_past())
    max_guests = source.registration_max_guests
    if request.method == "POST":
        form = RegistrationForm(request.POST, max_guests=max_guests)
        if form.is_valid():
            if form.is_robot:
                # Answered like a success, stored and sent nowhere.
                return HttpResponseRedirect(
                    page.get_url(request) + page.reverse_subpage("registered")
                )
            data = form.cleaned_data
            if rate_limited(
                request,
                "event-registration",
                settings.EVENT_REGISTRATION_RATE,
                email=data["email"],
            ):
                form.add_error(None, RATE_LIMITED_MESSAGE)
            else:
                registration, created = registrations.register(
                    source,
                    name=data["name"],
                    email=data["email"],
                    organisation=data.get("organisation", ""),
                    guests=data.get("guests") or 0,
                    language=page.locale.language_code,
                )
                token = registrations.receipt_token(registration)
                query = f"?t={token}" + ("" if created else "&igen=1")
                return HttpResponseRedirect(
                    page.get_url(request) + page.reverse_subpage("registered") + query
                )
    else:
        form = RegistrationForm(max_guests=max_guests)
    places_left, waiting_list = _places(source)
    return _render(
        request, page, "form", form=form, places_left=places_left, waiting_list=waiting_list
    )


@never_cache
def registered(request, page):
    if not page.registration_enabled:
        raise Http404("no sign-up on this event")
    registration = registrations.registration_from_receipt_token(
        request.GET.get("t", ""), page.registration_source()
    )
    return _render(
        request,
        page,
        "receipt",
        registration=registration,
        again=request.GET.get("igen") == "1",
        waiting=registration is not None and registration.status == RegistrationStatus.WAITING,
    )


@csrf_protect
@never_cache
def cancel(request, page, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    source = page.registration_source()
    try:
        registration = registrations.registration_from_cancel_token(token, source)
    except registrations.CancelLinkError as error:
        status = 410 if error.reason == "expired" else 400
        return _render(request, page, f"cancel-{error.reason}", status=status)
    if registration.status == RegistrationStatus.CANCELLED:
        return _render(request, page, "cancelled", already=True)
    if request.method == "POST":
        registrations.cancel(registration.pk)
        return _render(request, page, "cancelled", already=False)
    return _render(
        request,
        page,
        "cancel-confirm",
        registration=registration,
        waiting=registration.status == RegistrationStatus.WAITING,
        now=timezone.now(),
    )
