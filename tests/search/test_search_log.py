"""The search log: Wagtail's query statistics, plus a daily count of searches that found
nothing, with no personal data; and the editors' reports built on it."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import DailySearchOutcome

from .helpers import get_search


def outcome(term):
    return DailySearchOutcome.objects.get(query__query_string=term)


def test_a_search_counts_a_hit_in_wagtails_statistics(client, site_pages):
    get_search(client, q="Motion")
    get_search(client, q="motion")
    assert Query.objects.get(query_string="motion").hits == 2
    row = outcome("motion")
    assert (row.searches, row.searches_without_results) == (2, 0)
    assert row.locale.language_code == "da"
    assert row.date == timezone.localdate()


def test_a_search_without_results_is_counted_as_such(client, site_pages):
    get_search(client, q="xylofon")
    row = outcome("xylofon")
    assert (row.searches, row.searches_without_results) == (1, 1)


def test_the_logged_query_is_the_cleaned_words(client, site_pages):
    get_search(client, q='  "Motion" & <b>naturen</b>!! ')
    assert Query.objects.filter(query_string="motion b naturen").exists()  # "b" once


def test_paging_and_narrowing_do_not_count_again(client, site_pages):
    get_search(client, q="frivillige")
    get_search(client, q="frivillige", page="1")
    get_search(client, q="frivillige", kind="home.standardpage")
    get_search(client, q="frivillige", petal=str(site_pages["health"].pk))
    assert outcome("frivillige").searches == 1


@pytest.mark.parametrize(
    "query",
    [
        "anne@example.org",
        "010203-1234",
        "0102031234",
        "12 34 56 78",
        "+45 12345678",
        "jens.hansen＠gmail.com",  # full-width @ (NFKC makes it @)
        "jens.hansen (at) gmail.com",
        "jens.hansen [at] gmail [dot] com",
        "jens hansen snabel-a gmail punktum com",
        "０１０２０３－１２３４",  # full-width digits
    ],
)
def test_queries_that_look_like_personal_data_are_not_logged(client, site_pages, query):
    get_search(client, q=query)
    assert not Query.objects.exists()
    assert not DailySearchOutcome.objects.exists()


@pytest.mark.parametrize("query", ["at være frivillig", "frivillige at hjælpe"])
def test_the_danish_word_at_is_not_mistaken_for_an_address(client, site_pages, query):
    get_search(client, q=query)
    assert Query.objects.exists()


def test_empty_and_wordless_queries_are_not_logged(client, site_pages):
    for query in ("", "🙂", "&&"):
        get_search(client, q=query)
    assert not Query.objects.exists()


def test_the_log_stores_no_personal_data():
    """The tables hold the query's words, dates and counters: no IP, user, session or time."""
    for model in (Query, QueryDailyHits, DailySearchOutcome):
        names = {field.name for field in model._meta.get_fields()}
        assert not names & {"ip", "ip_address", "user", "user_agent", "session", "created_at"}
    assert {field.name for field in DailySearchOutcome._meta.concrete_fields} == {
        "id",
        "query",
        "locale",
        "date",
        "searches",
        "searches_without_results",
    }


def test_old_statistics_are_deleted(client, site_pages, settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    get_search(client, q="motion")
    old = timezone.localdate() - timezone.timedelta(days=31)
    DailySearchOutcome.count(Query.get("motion"), site_pages["health"].locale, True, date=old)
    call_command("search_garbage_collect", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(DailySearchOutcome.objects.values_list("date", flat=True)) == [timezone.localdate()]


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(username="redaktoer", password="x" * 16)
    user.groups.add(Group.objects.get(name="Redaktører"))
    return user


def test_editors_see_popular_searches(client, site_pages, editor):
    for _ in range(3):
        get_search(client, q="motion")
    get_search(client, q="xylofon")
    client.force_login(editor)
    response = client.get("/admin/search-reports/popular/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Populære søgninger" in html
    assert html.index("motion") < html.index("xylofon")


def test_editors_see_searches_without_results(client, site_pages, editor):
    get_search(client, q="motion")
    get_search(client, q="xylofon")
    client.force_login(editor)
    response = client.get("/admin/search-reports/without-results/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "xylofon" in html
    assert ">motion<" not in html


def test_reports_filter_by_language_and_export(client, site_pages, editor, english_pages):
    get_search(client, q="motion")
    get_search(client, language="en", q="volunteers")
    client.force_login(editor)
    html = client.get("/admin/search-reports/popular/", {"locale": "en"}).content.decode()
    assert "volunteers" in html and ">motion<" not in html
    export = client.get("/admin/search-reports/popular/", {"export": "csv"})
    assert export.status_code == 200
    assert b"motion" in b"".join(export.streaming_content)


@pytest.mark.parametrize(
    "params",
    [
        {"locale": "xx"},
        {"locale": ""},
        {"locale": "\x00"},
        {"locale": "da", "date_after": "not-a-date", "page": "999", "export": "xlsx"},
        {"locale": "en", "date_after": "2020-01-01", "date_before": "2099-12-31"},
    ],
)
def test_reports_answer_bad_filter_values_without_an_error(
    client, site_pages, editor, english_pages, params
):
    get_search(client, q="motion")
    client.force_login(editor)
    for url in ("/admin/search-reports/popular/", "/admin/search-reports/without-results/"):
        assert client.get(url, params).status_code in (200, 404)


def test_reports_refuse_anonymous_visitors(client, site_pages):
    for url in ("/admin/search-reports/popular/", "/admin/search-reports/without-results/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


def test_reports_refuse_users_without_admin_access(client, site_pages, django_user_model):
    user = django_user_model.objects.create_user(username="borger", password="x" * 16)
    client.force_login(user)
    response = client.get("/admin/search-reports/popular/")
    assert response.status_code in (302, 403)
    assert "motion" not in response.content.decode()


def test_reports_are_in_the_reports_menu(client, site_pages, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "/admin/search-reports/popular/" in html
    assert "/admin/search-reports/without-results/" in html
