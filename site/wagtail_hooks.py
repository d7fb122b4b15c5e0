import copy

from django.urls import path
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.utils.version import get_main_version
from wagtail_localize.wagtail_hooks import TranslationsReportMenuItem

from .two_factor import LoginView


@hooks.register("register_admin_urls")
def two_factor_login_url():
    # Same path and name as wagtail-2fa's own view; this app's hooks load first (it comes
    # before wagtail_2fa in INSTALLED_APPS), so this view answers /admin/2fa/auth.
    return [path("2fa/auth", LoginView.as_view(), name="wagtail_2fa_auth")]


# Two admin menu labels are translated once, when the menu is first built, in the language of
# whoever asked first (Wagtail formats "What's new in Wagtail %(version)s" straight away;
# wagtail-localize's "Translations" report uses gettext, not gettext_lazy). Every request gets
# a copy labelled in its own language.
def _relabelled(item, label):
    item = copy.copy(item)
    item.label = label
    return item


@hooks.register("construct_help_menu")
def translate_whats_new_label(request, menu_items):
    version = get_main_version(include_patch=False)
    for index, item in enumerate(menu_items):
        if item.name == f"whats-new-in-wagtail-{version}":
            label = gettext("What's new in Wagtail %(version)s") % {"version": version}
            menu_items[index] = _relabelled(item, label)


@hooks.register("construct_reports_menu")
def translate_translations_report_label(request, menu_items):
    for index, item in enumerate(menu_items):
        if isinstance(item, TranslationsReportMenuItem):
            menu_items[index] = _relabelled(item, gettext("Translations"))
