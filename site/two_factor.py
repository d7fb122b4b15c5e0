"""Two-factor login for editors: wagtail-2fa 1.8 on django-otp 1.7.5.

wagtail-2fa's code form lets django-otp match the code against all of the editor's devices.
django-otp 1.7.1 stopped doing that (it recorded a failed attempt against every device that did
not match) and now requires the form to name the device, so with django-otp 1.7.1+ an editor
with a device could never get past wagtail-2fa's code form ("Please select a device."). This
module replaces only that form: it names the editor's own authenticator whose code matches (or
the first one, so a wrong code is still counted and throttled), and leaves the verification,
throttling and login to django-otp and wagtail-2fa. It is served at wagtail-2fa's own URL
(`wagtail_2fa_auth`, see wagtail_hooks.py).
"""

import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import views as wagtail_2fa_views


def device_for_token(user, token):
    """The user's confirmed authenticator that the code belongs to, without recording an
    attempt against the others; the first device if none matches."""
    devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True))
    if str(token).isdigit():
        for device in devices:
            totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
            totp.time = time.time()
            if totp.verify(int(token), device.tolerance, device.last_t + 1):
                return device
    return devices[0] if devices else None


class TokenForm(wagtail_2fa_forms.TokenForm):
    def clean(self):
        device = device_for_token(self.user, self.cleaned_data.get("otp_token", ""))
        if device is not None:
            self.cleaned_data["otp_device"] = device.persistent_id
        return super().clean()


class LoginView(wagtail_2fa_views.LoginView):
    form_class = TokenForm
