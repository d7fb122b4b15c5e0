"""The "Her kan du handle" services of a page, in the reader's language, in one query.

A page's action links point at the services of its own language (wagtail-localize swaps them in a
translation); a service not translated yet is shown in Danish. `.localized` per service would
cost a query each; this resolves them all at once.
"""

from django import template

from home import chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def action_services(context, stream):
    """The external services of an ActionLinksBlock stream, localized, in the editor's order."""
    services = [block.value for block in stream or () if block.value is not None]
    if not services:
        return []
    locale = chrome.active_locale(context.get("request"))
    foreign = {service.translation_key for service in services if service.locale_id != locale.pk}
    translations = {}
    if foreign:
        model = type(services[0])
        translations = {
            service.translation_key: service
            for service in model.objects.filter(translation_key__in=foreign, locale=locale)
        }
    return [translations.get(service.translation_key, service) for service in services]
