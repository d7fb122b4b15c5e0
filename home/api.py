"""The read-only partner API (Wagtail API v2) at /api/v2/: pages, images and documents.

What differs from Wagtail's defaults, and why:

- Only public, live pages: pages behind a login or password and their subtrees are left out for
  everybody (Wagtail would show them to a logged-in user, and responses here are shared from a
  cache), and so are alias pages (copies that only mirror another page). Images and documents
  in collections with a view restriction are left out in the same way.
- No authentication at all: the API is anonymous and read-only, so it is no way to try
  passwords, and every client sees the same thing.
- `?locale=xx` with a language the site does not have, and `?site=` with an unknown site, are
  400 Bad Request (Wagtail gives 404 and 500).
- Errors are JSON with a Danish `message` (translatable) and Wagtail's original `detail`.
- A rate limit per client (`API_RATE_LIMIT`, default 120/min; 429 with Retry-After).
- Responses are cached: `Cache-Control: public, max-age=API_CACHE_SECONDS` for clients and
  proxies, and the rendered JSON in Django's cache; any change to pages, media, contacts or view
  restrictions empties that cache at once: its keys carry the page cache's generation, the site's
  one invalidation scheme (haderslev_site.cache).
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache, caches
from django.core.exceptions import ValidationError
from django.db import DatabaseError, DataError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, Throttled
from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)

# --- Errors in Danish --------------------------------------------------------------------------


class DanishBadRequest(BadRequestError):
    """A 400 whose message is already written for the reader (in the active language)."""


def _error_messages():
    """Wagtail's API error messages (English, not translatable) and their Danish wording."""
    return [
        (
            r"query parameter is not an operation or a recognised field: (?P<names>.+)",
            _(
                "Ukendt parameter: %(names)s. Brug et felt fra listen eller en af limit, offset, "
                "fields, order, search, type, child_of, descendant_of, ancestor_of, "
                "translation_of, locale."
            ),
        ),
        (r"unknown fields: (?P<names>.+)", _("Ukendt felt i fields: %(names)s.")),
        (r"fields error: (?P<detail>.+)", _("fields-parameteren kan ikke læses: %(detail)s.")),
        (
            r"'(?P<name>.+)' does not support nested fields",
            _("Feltet %(name)s har ingen underfelter."),
        ),
        (
            r"type doesn't exist",
            _("Ukendt sidetype i type. Skriv den som app.Model, fx initiatives.InitiativePage."),
        ),
        (r"offset must be a positive integer", _("offset skal være et helt tal, 0 eller større.")),
        (r"limit must be a positive integer", _("limit skal være et helt tal, 0 eller større.")),
        (r"limit cannot be higher than (?P<max>\d+)", _("limit må højst være %(max)s.")),
        (
            r"cannot order by '(?P<name>.+)' \((unknown|invalid) field\)",
            _("Der kan ikke sorteres efter »%(name)s«: feltet findes ikke."),
        ),
        (
            r"random ordering cannot be combined with other fields",
            _("order=random kan ikke kombineres med andre felter."),
        ),
        (
            r"random ordering with offset is not supported",
            _("order=random kan ikke bruges sammen med offset."),
        ),
        (
            r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<name>\w+) .*",
            _("»%(value)s« er ikke en gyldig værdi for %(name)s."),
        ),
        (
            r"field filter error\. null characters are not allowed for (?P<name>\w+)",
            _("%(name)s må ikke indeholde nul-tegn."),
        ),
        (
            r"(?P<name>child_of|descendant_of|ancestor_of|translation_of) must be a positive "
            r"integer",
            _("%(name)s skal være en sides id (et positivt helt tal)."),
        ),
        (
            r"(parent|descendant|ancestor|translation_of) page doesn't exist",
            _("Siden findes ikke, eller den er ikke offentlig."),
        ),
        (
            r"filtering by descendant_of with child_of is not supported",
            _("child_of og descendant_of kan ikke bruges sammen."),
        ),
        (r"search is disabled", _("Søgning er slået fra.")),
        (
            r"filtering by tag with a search query is not supported",
            _("Der kan ikke både søges og filtreres på tags."),
        ),
        (
            r"cannot (filter|order) by '(?P<name>.+)' while searching \(field is not indexed\)",
            _("Der kan ikke filtreres eller sorteres efter »%(name)s« under en søgning."),
        ),
    ]


def danish_message(message: str) -> str:
    for pattern, danish in _error_messages():
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            return danish % match.groupdict()
    return _("Ugyldig forespørgsel.")


# --- Rate limit --------------------------------------------------------------------------------


class PartnerAPIThrottle(SimpleRateThrottle):
    """`API_RATE_LIMIT` requests per client address (see REST_FRAMEWORK["NUM_PROXIES"]),
    counted in the database cache of every rate limit (RATELIMIT_USE_CACHE), so the limit
    holds when Redis is down and is shared by every app server."""

    scope = "partner_api"

    @property
    def cache(self):
        return caches[settings.RATELIMIT_USE_CACHE]

    def get_rate(self):
        return settings.API_RATE_LIMIT

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


# --- Cache -------------------------------------------------------------------------------------


def content_version() -> str | None:
    """The content's version: the page cache's generation (haderslev_site.cache), replaced on
    any change readers can see, so every cached response keyed by it becomes unused at once.
    None when the shared cache cannot be reached (nothing is cached then)."""
    from haderslev_site.cache import current_generation

    return current_generation()


# --- Views -------------------------------------------------------------------------------------


def restricted_collection_ids() -> set[int]:
    """Collections with a view restriction, and everything inside them, for every client."""
    paths = Collection.objects.filter(
        id__in=CollectionViewRestriction.objects.values("collection_id")
    ).values_list("path", flat=True)
    query = Q()
    for path in paths:
        query |= Q(path__startswith=path)
    return set(Collection.objects.filter(query).values_list("id", flat=True)) if query else set()


class PartnerAPIMixin:
    authentication_classes = []
    throttle_classes = [PartnerAPIThrottle]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # PostgreSQL cannot compare a string holding NUL ("A string literal cannot contain
        # NUL"): refuse it in any parameter before a filter or search sees it.
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                shown = name.replace("\x00", "")[:40] or "?"
                raise DanishBadRequest(_("%(name)s må ikke indeholde nul-tegn.") % {"name": shown})

    def handle_exception(self, exc):
        if isinstance(exc, Throttled):
            wait = int(exc.wait or 60)
            response = Response(
                {
                    "message": _("For mange forespørgsler. Prøv igen om %(seconds)d sekunder.")
                    % {"seconds": wait}
                },
                status=status.HTTP_429_TOO_MANY_REQUESTS,
            )
            response["Retry-After"] = str(wait)
            return response
        if isinstance(exc, DanishBadRequest):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, BadRequestError):
            return Response(
                {"message": danish_message(str(exc)), "detail": str(exc)},
                status=status.HTTP_400_BAD_REQUEST,
            )
        if isinstance(exc, (ValidationError, OverflowError, DataError)):
            # A filter value the database cannot compare, e.g. ?first_published_at=garbage or an
            # id beyond the integer range (Wagtail would answer 500).
            messages = getattr(exc, "messages", None) or []
            return Response(
                {
                    "message": " ".join(
                        [_("En værdi i forespørgslen har et ugyldigt format."), *messages]
                    )
                },
                status=status.HTTP_400_BAD_REQUEST,
            )
        if isinstance(exc, DatabaseError) and "search" in self.request.GET:
            # The SQLite search backend cannot parse some text, e.g. an unmatched quote.
            return Response(
                {
                    "message": _(
                        "Søgeteksten kunne ikke bruges. "
                        "Prøv igen uden specialtegn som anførselstegn."
                    )
                },
                status=status.HTTP_400_BAD_REQUEST,
            )
        if isinstance(exc, Http404):
            return Response(
                {"message": _("Findes ikke, eller er ikke offentligt tilgængeligt.")},
                status=status.HTTP_404_NOT_FOUND,
            )
        if isinstance(exc, APIException) and exc.status_code == 405:
            return Response(
                {"message": _("API'et kan kun læses (GET).")},
                status=status.HTTP_405_METHOD_NOT_ALLOWED,
            )
        return super().handle_exception(exc)

    # Server-side cache of rendered JSON, keyed by content version, host and full URL.

    def _cache_key(self, request):
        if getattr(request, "accepted_renderer", None) is None:
            return None
        if request.accepted_renderer.format != "json":
            return None  # the browsable API (HTML) is not cached
        version = content_version()
        if version is None:
            return None
        url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        return f"partner-api:{version}:{url}"

    def _cached(self, request, handler):
        key = self._cache_key(request)
        if key is not None:
            hit = cache.get(key)
            if hit is not None:
                content, content_type = hit
                return HttpResponse(content, content_type=content_type)
        self._store_as = key
        return handler()

    def listing_view(self, request):
        return self._cached(request, lambda: super(PartnerAPIMixin, self).listing_view(request))

    def detail_view(self, request, pk):
        return self._cached(request, lambda: super(PartnerAPIMixin, self).detail_view(request, pk))

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code != 200:
            add_never_cache_headers(response)
            return response
        if isinstance(response, Response):
            is_json = response.accepted_renderer.format == "json"
        else:  # a response from the server-side cache
            is_json = response.get("Content-Type", "").startswith("application/json")
        if not is_json:
            patch_cache_control(response, private=True, no_cache=True)
            return response
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        patch_vary_headers(response, ["Accept"])
        key = getattr(self, "_store_as", None)
        if key is not None and isinstance(response, Response):
            response.render()
            cache.set(key, (response.content, response["Content-Type"]), settings.API_CACHE_SECONDS)
        return response


class LocaleFilter(BaseFilterBackend):
    """?locale=da: only pages in that language. An unknown language is a 400, not a 404."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        code = request.GET["locale"]
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            codes = ", ".join(
                Locale.objects.order_by("language_code").values_list("language_code", flat=True)
            )
            raise DanishBadRequest(
                _("Ukendt sprog i locale: »%(code)s«. Sitet har: %(codes)s.")
                % {"code": code[:20], "codes": codes}
            )
        filtered_by_child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale=locale)
        if filtered_by_child_of:
            queryset._filtered_by_child_of = filtered_by_child_of
        return queryset


class PartnerPagesAPIViewSet(PartnerAPIMixin, PagesAPIViewSet):
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]

    def _check_site_parameter(self):
        value = self.request.GET.get("site")
        if value is None:
            return
        hostname, _sep, port = value.partition(":")
        query = {"hostname": hostname}
        if port:
            if not port.isdigit():
                raise DanishBadRequest(_("Portnummeret i site skal være et tal."))
            query["port"] = int(port)
        if Site.objects.filter(**query).count() != 1:
            raise DanishBadRequest(
                _("Ukendt site: »%(site)s«. Udelad site, eller angiv værtsnavn:port.")
                % {"site": value[:100]}
            )

    def get_base_queryset(self):
        # Wagtail asks for it several times per request (listing, filters, serializer context).
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = self._public_live_pages()
        return self._base_queryset

    def _public_live_pages(self):
        self._check_site_parameter()
        # Aliases are excluded by id: `alias_of` is not a search filter field, `id` is.
        aliases = list(Page.objects.filter(alias_of__isnull=False).values_list("id", flat=True))
        return super().get_base_queryset().public().exclude(id__in=aliases)

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        search = self.request.GET.get("search")
        if search is not None and ("\x00" in search or len(search) > 255):
            raise DanishBadRequest(_("search må højst være 255 tegn og ingen nul-tegn."))
        operator = self.request.GET.get("search_operator")
        if operator is not None and operator not in ("and", "or"):
            raise DanishBadRequest(_("search_operator skal være and eller or."))

    def get_queryset(self):
        queryset = super().get_queryset()
        model = queryset.model
        # Page types name the relations their API fields need, so a listing of 100 pages is
        # not 100 extra queries per relation.
        if getattr(model, "api_select_related", None):
            queryset = queryset.select_related(*model.api_select_related)
        if getattr(model, "api_prefetch_related", None):
            queryset = queryset.prefetch_related(*model.api_prefetch_related)
        return queryset.select_related("locale")

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["restricted_paths"] = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
        return context


class PartnerImagesAPIViewSet(PartnerAPIMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return (
            self.model.objects.exclude(collection__in=restricted_collection_ids())
            .prefetch_related("tagged_items__tag")
            .order_by("id")
        )


class PartnerDocumentsAPIViewSet(PartnerAPIMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return (
            self.model.objects.exclude(collection__in=restricted_collection_ids())
            .prefetch_related("tagged_items__tag")
            .order_by("id")
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PartnerPagesAPIViewSet)
api_router.register_endpoint("images", PartnerImagesAPIViewSet)
api_router.register_endpoint("documents", PartnerDocumentsAPIViewSet)
