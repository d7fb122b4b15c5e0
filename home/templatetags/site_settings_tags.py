"""`{% get_settings %}` as in Wagtail's wagtailsettings_tags, reading through the chrome cache.

Installed under the name `wagtailsettings_tags` (TEMPLATES' "libraries" option in settings), so
templates keep `{% load wagtailsettings_tags %}` and `{% get_settings use_default_site=True %}`;
for anonymous readers the default site and its settings come from home.chrome instead of two
queries per page. Same syntax, same result.
"""

from django.template import Library
from wagtail.contrib.settings.templatetags.wagtailsettings_tags import (
    SettingsNode as WagtailSettingsNode,
)
from wagtail.contrib.settings.templatetags.wagtailsettings_tags import (
    get_settings as wagtail_get_settings,
)

from home import chrome

register = Library()


class SettingsNode(WagtailSettingsNode):
    @staticmethod
    def get_settings_object(context, use_default_site=False):
        request = context.get("request")
        if use_default_site:
            return chrome.setting_proxy(chrome.default_site(request), request)
        if request is not None:
            return chrome.setting_proxy(request, request)
        return chrome.setting_proxy(None)


@register.tag
def get_settings(parser, token):
    node = wagtail_get_settings(parser, token)
    return SettingsNode(node.kwargs, node.target_var)
