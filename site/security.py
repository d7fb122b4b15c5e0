"""Security helpers wired in settings: client address behind proxies, log-safe axes client
strings, and the document upload form that checks a file is what its extension says."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import PasswordResetView
from wagtail.documents.forms import BaseDocumentForm


def client_ip_address(request):
    """The client's address for login throttling. Behind PROXY_COUNT trusted proxies it is the
    entry of X-Forwarded-For that the outermost trusted proxy added (counted from the right),
    so a client cannot choose it by sending its own X-Forwarded-For."""
    count = settings.PROXY_COUNT
    if count > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def axes_client_str(username, ip_address, user_agent, path_info, request):
    """What django-axes writes in its log lines: the path only. User names, addresses and
    browsers are personal data and stay out of the logs (the lockout table keeps them until the
    cool-off ends, when axes deletes the attempts)."""
    return f"{{path_info: {path_info!r}}}"


# Office Open XML and OpenDocument files are zip archives.
_ZIP = (b"PK\x03\x04",)
_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": _ZIP,
    "xlsx": _ZIP,
    "odt": _ZIP,
    "ods": _ZIP,
}
_TEXT_EXTENSIONS = {"txt", "csv"}


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content does not match their extension
    (a renamed executable or HTML page), with a clear Danish message."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not isinstance(uploaded, UploadedFile):
            return uploaded  # unchanged on edit
        extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
        uploaded.seek(0)
        head = uploaded.read(4096)
        uploaded.seek(0)
        signatures = _SIGNATURES.get(extension)
        if signatures is not None and not head.startswith(signatures):
            raise ValidationError(
                _(
                    "Filen ligner ikke en rigtig .%(extension)s-fil. Gem den igen fra det "
                    "program, der lavede den, og prøv igen."
                ),
                code="content_mismatch",
                params={"extension": extension},
            )
        if extension in _TEXT_EXTENSIONS and b"\x00" in head:
            raise ValidationError(
                _("Filen er ikke en tekstfil. Upload en almindelig .%(extension)s-fil."),
                code="content_mismatch",
                params={"extension": extension},
            )
        return uploaded


class RateLimitedPasswordResetView(PasswordResetView):
    """Wagtail's password reset form, counted per client address and per e-mail address in the
    database (PASSWORD_RESET_RATE_LIMIT, see public_forms.rate_limited): a client cannot flood
    an editor's inbox or the outbox. Over the limit, the form comes back with a 429 and says so."""

    def form_valid(self, form):
        from .public_forms import RATE_LIMITED_MESSAGE, rate_limited

        if rate_limited(
            self.request,
            "password-reset",
            settings.PASSWORD_RESET_RATE_LIMIT,
            email=form.cleaned_data.get("email"),
        ):
            form.add_error(None, RATE_LIMITED_MESSAGE)
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)
