from django.urls import path
from wagtail import hooks

from .two_factor import LoginView


@hooks.register("register_admin_urls")
def two_factor_login_url():
    # Same path and name as wagtail-2fa's own view; this app's hooks load first (it comes
    # before wagtail_2fa in INSTALLED_APPS), so this view answers /admin/2fa/auth.
    return [path("2fa/auth", LoginView.as_view(), name="wagtail_2fa_auth")]
