"""The public search page and the autocomplete endpoint."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail import hooks

from .services import MAX_MATCHES, SiteSearch, autocomplete
from .text import MAX_QUERY_LENGTH


@require_GET
def search(request):
    outcome = SiteSearch(request).run()
    # Other apps may add a section of results that are not pages (the meeting place's posts):
    # a "site_search_extra_results" hook takes (request, query, locale) and returns None or
    # {"heading", "results": [{"title", "url", "excerpt", "lang"}], "more_url", "more_label"}.
    extra_sections = []
    if outcome.searched:
        for hook in hooks.get_hooks("site_search_extra_results"):
            section = hook(request, outcome.query, outcome.locale)
            if section and section["results"]:
                extra_sections.append(section)
    response = TemplateResponse(
        request,
        "search/search_results.html",
        {
            "search": outcome,
            "max_query_length": MAX_QUERY_LENGTH,
            "max_matches": MAX_MATCHES,
            "extra_sections": extra_sections,
        },
    )
    # Result pages are endless and thin: keep them out of search engines (the page says so too).
    # The search page itself, with no query or filter, may be indexed.
    if outcome.query.text or outcome.clear_filters_url:
        response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def autocomplete_view(request):
    response = JsonResponse({"results": autocomplete(request, request.GET.get("q"))})
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "public, max-age=60"
    return response
