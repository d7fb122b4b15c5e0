"""Two-factor login for editors: wagtail-2fa 1.8 on django-otp 1.7.5.

wagtail-2fa's code form lets django-otp match the code against all of the editor's devices.
django-otp 1.7.1 stopped doing that and now requires the form to name the device, so with
django-otp 1.7.1+ an editor with a device could never get past wagtail-2fa's code form ("Please
select a device."). This module replaces only that form: it names the editor's own authenticator
whose code matches (or the first one), and leaves verification, throttling and login to
django-otp and wagtail-2fa. It is served at wagtail-2fa's own URL (`wagtail_2fa_auth`, see
wagtail_hooks.py).

Throttling holds across devices: django-otp throttles the named device (`verify_is_allowed`
before, `throttle_increment` on a miss), and a code that is wrong is wrong for every device, so
the miss is counted against each of the editor's other authenticators too (`throttle_increment`
on those django-otp would still allow). An editor with two devices cannot try twice as many
codes, or keep guessing on one device while the other is throttled.
"""

import time

from django import forms
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import views as wagtail_2fa_views


def _code_matches(device, token):
    """Whether the code is the device's current one, without recording anything."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return totp.verify(int(token), device.tolerance, device.last_t + 1)


def device_for_token(devices, token):
    """The authenticator the code belongs to; the first device if none matches."""
    if str(token).isdigit():
        for device in devices:
            if _code_matches(device, token):
                return device
    return devices[0] if devices else None


class TokenForm(wagtail_2fa_forms.TokenForm):
    def clean(self):
        devices = list(TOTPDevice.objects.devices_for_user(self.user, confirmed=True))
        device = device_for_token(devices, self.cleaned_data.get("otp_token", ""))
        if device is not None:
            self.cleaned_data["otp_device"] = device.persistent_id
        try:
            return super().clean()
        except forms.ValidationError:
            for other in devices:
                if other.pk != device.pk and other.verify_is_allowed()[0]:
                    other.throttle_increment()
            raise


class LoginView(wagtail_2fa_views.LoginView):
    form_class = TokenForm
