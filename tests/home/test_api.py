"""The partner API at /api/v2/: read-only, public live pages only, a locale filter, useful fields
(never a contact without consent), cached responses, a rate limit per client, and a 400 with a
Danish message (never a 500) for bad parameters."""

import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

from initiatives.models import InitiativeRelatedLink
from tests.home.factories import ContactFactory, StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

PAGES = "/api/v2/pages/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The API's cache and rate-limit counters live in Django's cache: start every test clean."""
    cache.clear()
    yield
    cache.clear()


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def site(home_page):
    """A petal with initiatives in every state a page can be in."""
    publish(home_page)
    petal = publish(PetalPageFactory(parent=home_page, title="Synlighed", slug="synlighed"))
    consenting = ContactFactory(name="Eksempel: Anne Frivillig", may_publish=True)
    withholding = ContactFactory(
        name="Eksempel: Bo Hemmelig", email="bo@example.org", may_publish=False
    )
    live = InitiativePageFactory(
        parent=petal,
        title="Fælles Forum",
        slug="faelles-forum",
        contact=consenting,
        responsible_unit="Kultur og Fritid",
        body=[
            (
                "paragraph",
                f'<p>Se <a linktype="page" id="{petal.id}">temaet</a> og '
                '<a href="https://example.org/">mere</a>.</p>',
            )
        ],
    )
    publish(live)
    no_consent = publish(
        InitiativePageFactory(parent=petal, title="Ildsjæle", slug="ildsjaele", contact=withholding)
    )
    draft = InitiativePageFactory(parent=petal, title="Kladde", slug="kladde", live=False)
    unpublished = publish(InitiativePageFactory(parent=petal, title="Trukket tilbage"))
    unpublished.unpublish()
    live.related_links = [
        InitiativeRelatedLink(related=no_consent),
        InitiativeRelatedLink(related=draft),
    ]
    publish(live)

    private = publish(StandardPageFactory(parent=home_page, title="Intern", slug="intern"))
    publish(StandardPageFactory(parent=private, title="Intern underside", slug="under"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    alias = petal.create_alias(parent=private.get_parent(), update_slug="synlighed-alias")
    return {
        "home": home_page,
        "petal": petal,
        "live": live,
        "no_consent": no_consent,
        "draft": draft,
        "unpublished": unpublished,
        "private": private,
        "alias": alias,
    }


def titles(response):
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


# --- What is published ----------------------------------------------------------------------------


def test_only_public_live_pages_are_listed(client, site):
    assert titles(client.get(PAGES)) == {
        "Medborgerskab Haderslev",
        "Synlighed",
        "Fælles Forum",
        "Ildsjæle",
    }


@pytest.mark.parametrize("name", ["draft", "unpublished", "private", "alias"])
def test_pages_that_are_not_public_and_live_are_not_found(client, site, name):
    response = client.get(f"{PAGES}{site[name].id}/")
    assert response.status_code == 404
    assert response.json()["message"]


def test_a_private_pages_subpages_are_not_found_either(client, site, django_user_model):
    # Not even for a logged-in user: API responses are shared from a cache.
    client.force_login(django_user_model.objects.create_user(username="u", password="x"))
    assert "Intern underside" not in titles(client.get(PAGES, {"search": "Intern"}))
    assert "Intern underside" not in titles(client.get(PAGES))


def test_related_initiatives_list_only_live_pages(client, site):
    data = client.get(f"{PAGES}{site['live'].id}/").json()
    assert [item["title"] for item in data["related_initiatives"]] == ["Ildsjæle"]
    assert data["related_initiatives"][0]["html_url"].endswith("/da/synlighed/ildsjaele/")


# --- Fields ---------------------------------------------------------------------------------------


def test_an_initiatives_useful_fields(client, site):
    data = client.get(f"{PAGES}{site['live'].id}/").json()
    assert data["title"] == "Fælles Forum"
    assert data["summary"] == site["live"].summary
    assert (data["status"], data["status_label"]) == ("in_progress", "I gang")
    assert data["responsible_unit"] == "Kultur og Fritid"
    assert data["meta"]["locale"] == "da"
    assert data["meta"]["html_url"] == "http://localhost/da/synlighed/faelles-forum/"
    assert data["meta"]["parent"]["title"] == "Synlighed"
    # Internal links in rich text become real URLs.
    paragraph = data["body"][0]["value"]
    assert 'href="/da/synlighed/"' in paragraph and "linktype" not in paragraph
    assert 'href="https://example.org/"' in paragraph


def test_a_contact_is_shown_only_with_consent(client, site):
    with_consent = client.get(f"{PAGES}{site['live'].id}/").json()
    assert with_consent["contact_person"]["name"] == "Eksempel: Anne Frivillig"
    assert set(with_consent["contact_person"]) == {"name", "role", "organisation", "email", "phone"}

    response = client.get(f"{PAGES}{site['no_consent'].id}/")
    assert response.json()["contact_person"] is None
    assert b"Hemmelig" not in response.content and b"bo@example.org" not in response.content


def test_withdrawn_consent_takes_the_contact_out_at_once(client, site):
    url = f"{PAGES}{site['live'].id}/"
    assert client.get(url).json()["contact_person"] is not None  # now cached
    contact = site["live"].contact
    contact.may_publish = False
    contact.save()
    assert client.get(url).json()["contact_person"] is None


def test_no_internal_fields(client, site):
    response = client.get(PAGES, {"type": "initiatives.InitiativePage", "fields": "*"})
    item = response.json()["items"][0]
    allowed_meta = {
        "type",
        "detail_url",
        "html_url",
        "slug",
        "show_in_menus",
        "seo_title",
        "search_description",
        "first_published_at",
        "alias_of",
        "locale",
    }
    assert set(item["meta"]) <= allowed_meta
    assert set(item) == {
        "id",
        "meta",
        "title",
        "intro",
        "body",
        "last_published_at",
        "summary",
        "status",
        "status_label",
        "responsible_unit",
        "contact_person",
        "related_initiatives",
    }
    for internal in ("contact", "owner", "locked", "draft_title", "latest_revision"):
        response = client.get(PAGES, {"type": "initiatives.InitiativePage", "fields": internal})
        assert response.status_code == 400, internal


def test_petal_and_home_fields(client, site):
    petal = client.get(f"{PAGES}{site['petal'].id}/").json()
    assert petal["guiding_question"] == site["petal"].guiding_question
    assert petal["goal"].startswith("<p>")
    home = client.get(f"{PAGES}{site['home'].id}/").json()
    assert home["vision_attribution"] == "Byrådet, december 2011"
    assert home["centre_title"] == "Medborgerskab"


# --- Locale ---------------------------------------------------------------------------------------


@pytest.fixture
def swedish(site):
    locale = Locale.objects.get_or_create(language_code="sv")[0]
    petal_sv = site["petal"].copy_for_translation(locale, copy_parents=True)
    petal_sv.title = "Synlighet"
    publish(petal_sv)
    return petal_sv


def test_the_locale_filter(client, site, swedish):
    # The Swedish home page is only an alias of the Danish one (not translated yet): left out.
    assert titles(client.get(PAGES, {"locale": "sv"})) == {"Synlighet"}
    assert "Synlighet" not in titles(client.get(PAGES, {"locale": "da"}))
    item = client.get(PAGES, {"locale": "sv", "slug": "synlighed"}).json()["items"][0]
    assert item["meta"]["locale"] == "sv"
    assert item["meta"]["html_url"] == "http://localhost/sv/synlighed/"


def test_translations_of_a_page(client, site, swedish):
    response = client.get(PAGES, {"translation_of": site["petal"].id})
    assert titles(response) == {"Synlighet"}


# --- Bad parameters: 400 with a Danish message, never a 500 ---------------------------------------

BAD_PAGE_PARAMETERS = [
    {"foo": "1"},
    {"fields": "nope"},
    {"fields": "title("},
    {"fields": "title(id)"},
    {"limit": "abc"},
    {"limit": "-1"},
    {"limit": "101"},
    {"offset": "abc"},
    {"offset": "-5"},
    {"type": "nope.Nope"},
    {"type": "foo"},
    {"type": "home.Contact"},
    {"locale": "xx"},
    {"locale": ""},
    {"order": "nope"},
    {"order": "-nope"},
    {"order": "random,title"},
    {"order": "random", "offset": "1"},
    {"child_of": "abc"},
    {"child_of": "999999"},
    {"child_of": "99999999999999999999"},
    {"descendant_of": "abc"},
    {"ancestor_of": "-1"},
    {"translation_of": "abc"},
    {"child_of": "root", "descendant_of": "root"},
    {"first_published_at": "garbage"},
    {"id": "abc"},
    {"slug": "\x00"},
    {"search": "x" * 300},
    {"search": "a", "search_operator": "xor"},
    {"site": "nope"},
    {"site": "localhost:abc"},
]


@pytest.mark.parametrize("params", BAD_PAGE_PARAMETERS, ids=lambda p: repr(p)[:40])
def test_bad_page_parameters_are_a_400_with_a_danish_message(client, home_page, params):
    response = client.get(PAGES, params)
    assert response.status_code == 400, response.content
    assert response["Content-Type"].startswith("application/json")
    message = response.json()["message"]
    assert message and "Traceback" not in message


@pytest.mark.parametrize("endpoint", ["/api/v2/images/", "/api/v2/documents/"])
@pytest.mark.parametrize(
    "params",
    [{"fields": "nope"}, {"limit": "abc"}, {"order": "nope"}, {"foo": "1"}, {"id": "x"}],
    ids=repr,
)
def test_bad_media_parameters_are_a_400(client, db, endpoint, params):
    response = client.get(endpoint, params)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize("text", ['"', 'a "b', "(", "NEAR(", "*", "a OR", "æøå 😀"])
def test_any_search_text_is_an_answer_not_a_500(client, site, text):
    """PostgreSQL's search reads any text; SQLite's cannot parse an unmatched quote, which is then
    a 400 with a Danish message."""
    response = client.get(PAGES, {"search": text})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "Søgeteksten" in response.json()["message"]


def test_a_danish_message_keeps_wagtails_detail(client, home_page):
    data = client.get(PAGES, {"limit": "abc"}).json()
    assert data == {
        "message": "limit skal være et helt tal, 0 eller større.",
        "detail": "limit must be a positive integer",
    }


def test_a_missing_object_is_a_json_404_not_a_redirect_to_a_language(client, db):
    response = client.get(f"{PAGES}999999/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert client.get("/api/v2/nope/").status_code == 404
    # The same for the other paths served without a language prefix.
    assert client.get("/documents/999999/notat.pdf").status_code == 404


def test_the_public_site_still_redirects_to_the_readers_language(client, home_page):
    assert client.get("/")["Location"] == "/da/"
    assert client.get("/om-politikken/")["Location"] == "/da/om-politikken/"


def test_read_only(client, site):
    for method in (client.post, client.put, client.delete):
        response = method(PAGES)
        assert response.status_code == 405
    assert client.get(f"{PAGES}{site['live'].id}/").status_code == 200


# --- Cache ----------------------------------------------------------------------------------------


def test_responses_are_cached_and_publishing_refreshes_them(client, site):
    first = client.get(PAGES)
    assert first["Cache-Control"] == "public, max-age=300"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(PAGES)
    # The only queries left are the rate limit's counter, which lives in the database.
    statements = [q["sql"] for q in queries.captured_queries if "SAVEPOINT" not in q["sql"]]
    assert statements
    assert all("rate_limit_counters" in sql for sql in statements), statements
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=300"

    page = site["live"]
    page.title = "Fælles Forum 2026"
    publish(page)
    assert "Fælles Forum 2026" in titles(client.get(PAGES))


def test_scheduled_unpublishing_refreshes_the_cache(client, site):
    from django.core.management import call_command
    from django.utils import timezone

    assert "Ildsjæle" in titles(client.get(PAGES))
    site["no_consent"].__class__.objects.filter(id=site["no_consent"].id).update(
        expire_at=timezone.now()
    )
    call_command("publish_scheduled", stdout=io.StringIO())
    assert "Ildsjæle" not in titles(client.get(PAGES))


def test_errors_are_not_cached(client, home_page):
    response = client.get(PAGES, {"limit": "abc"})
    assert "no-store" in response["Cache-Control"]


def test_the_browsable_api_is_not_shared(client, site):
    response = client.get(PAGES, {"format": "api"})
    assert response.status_code == 200
    assert "public" not in response["Cache-Control"]


# --- Rate limit -----------------------------------------------------------------------------------


def test_a_client_over_the_rate_limit_gets_429(client, site, settings):
    settings.API_RATE_LIMIT = "3/min"
    for _ in range(3):
        assert client.get(PAGES, REMOTE_ADDR="192.0.2.1").status_code == 200
    response = client.get(PAGES, REMOTE_ADDR="192.0.2.1")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "For mange forespørgsler" in response.json()["message"]
    # Served from the cache or not, every request counts; another client is not affected.
    assert client.get(PAGES, REMOTE_ADDR="192.0.2.2").status_code == 200


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(client, site, settings):
    settings.API_RATE_LIMIT = "2/min"
    statuses = [
        client.get(PAGES, REMOTE_ADDR="192.0.2.9", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


# --- Query counts ---------------------------------------------------------------------------------


def _count_queries(client, django_assert_max_num_queries, params):
    cache.clear()
    with django_assert_max_num_queries(40) as captured:
        assert client.get(PAGES, params).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "100"},
        {"limit": "100", "type": "initiatives.InitiativePage", "fields": "*"},
    ],
    ids=["default fields", "initiatives with every field"],
)
def test_a_listing_costs_the_same_queries_for_3_or_30_pages(
    client, home_page, django_assert_max_num_queries, params
):
    petal = PetalPageFactory(parent=home_page)
    contact = ContactFactory()

    def add_initiatives(numbers):
        for n in numbers:
            page = InitiativePageFactory(parent=petal, title=f"Indsats {n}", contact=contact)
            if n:
                page.related_links = [InitiativeRelatedLink(related_id=page.id - 1)]
                page.save()

    add_initiatives(range(3))
    few = _count_queries(client, django_assert_max_num_queries, params)
    add_initiatives(range(3, 30))
    assert _count_queries(client, django_assert_max_num_queries, params) == few


# --- Images and documents -------------------------------------------------------------------------


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return SimpleUploadedFile("foto.png", buffer.getvalue())


def test_images_and_documents_in_restricted_collections_are_left_out(client, db):
    root = Collection.get_first_root_node()
    internal = root.add_child(name="Internt")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    Image = get_image_model()
    Image.objects.create(title="Dyrehaven", file=_png(), description="Skov", credit="Kommunen")
    Image.objects.create(title="Internt billede", file=_png(), collection=internal)
    Document = get_document_model()
    Document.objects.create(title="Politikken", file=SimpleUploadedFile("p.pdf", b"%PDF-1.4"))
    Document.objects.create(
        title="Internt notat", file=SimpleUploadedFile("n.pdf", b"%PDF-1.4"), collection=internal
    )

    images = client.get("/api/v2/images/", {"fields": "*"}).json()["items"]
    assert [(i["title"], i["description"], i["credit"]) for i in images] == [
        ("Dyrehaven", "Skov", "Kommunen")
    ]
    documents = client.get("/api/v2/documents/").json()["items"]
    assert [d["title"] for d in documents] == ["Politikken"]
