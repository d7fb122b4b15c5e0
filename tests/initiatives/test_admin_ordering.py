"""The admin explorer lists events by start and funding pools by their next deadline, with the
real page types and the real rule table (home.wagtail_hooks.ADMIN_CHILD_ORDERING)."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import checks
from django.urls import reverse

from home import wagtail_hooks
from home.checks import check_admin_child_ordering
from home.editorial import EDITORS
from initiatives.models.common import local_datetime, local_today
from tests.initiatives.factories import EventPageFactory, FundingPoolPageFactory, deadline


@pytest.fixture
def editor_client(client, django_user_model, home_page):
    user = django_user_model.objects.create_user(username="eva", password="x" * 16)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def _explorer_titles(client, parent, titles, **params):
    html = client.get(reverse("wagtailadmin_explore", args=[parent.id]), params).content.decode()
    positions = {title: html.index(title) for title in titles}
    return sorted(titles, key=positions.get)


def test_funding_pools_are_listed_by_their_next_deadline(editor_client, pool_index):
    today = local_today()
    days = datetime.timedelta
    FundingPoolPageFactory(parent=pool_index, title="A løbende", is_rolling=True)
    FundingPoolPageFactory(
        parent=pool_index,
        title="B om en måned",
        deadlines=[deadline(today - days(3)), deadline(today + days(30))],
    )
    FundingPoolPageFactory(
        parent=pool_index, title="C i morgen", deadlines=[deadline(today + days(1))]
    )
    FundingPoolPageFactory(
        parent=pool_index, title="D udløbet", deadlines=[deadline(today - days(1))]
    )
    titles = ["A løbende", "B om en måned", "C i morgen", "D udløbet"]
    # The next deadline first; past deadlines do not count, no upcoming deadline comes last.
    assert _explorer_titles(editor_client, pool_index, titles) == [
        "C i morgen",
        "B om en måned",
        "A løbende",
        "D udløbet",
    ]
    # The editor can still pick another order.
    assert _explorer_titles(editor_client, pool_index, titles, ordering="title") == titles


def test_events_are_listed_by_start(editor_client, event_index):
    today = local_today()
    for title, offset in (("A om en uge", 7), ("B i morgen", 1), ("C om en måned", 30)):
        start = local_datetime(today + datetime.timedelta(offset), datetime.time(17))
        EventPageFactory(parent=event_index, title=title, start=start)
    titles = ["A om en uge", "B i morgen", "C om en måned"]
    assert _explorer_titles(editor_client, event_index, titles) == [
        "B i morgen",
        "A om en uge",
        "C om en måned",
    ]


def test_the_rule_table_names_real_date_fields(db):
    assert check_admin_child_ordering() == []


def test_a_rule_naming_a_missing_field_fails_the_system_check(monkeypatch):
    monkeypatch.setitem(
        wagtail_hooks.ADMIN_CHILD_ORDERING,
        "initiatives.FundingPoolIndexPage",
        ("initiatives.FundingPoolPage", "deadlines__date", True),
    )
    errors = check_admin_child_ordering()
    assert [error.id for error in errors] == ["home.E001"]
    assert errors[0].level == checks.ERROR
