"""The meeting place as in production: its front page the root of a second Site, beside the
municipal site's home page (the default Site)."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from tests.initiatives.factories import LocalAreaFactory

from .factories import CategoryFactory, MeetingPlacePageFactory

HOST = "frivilligboers.localhost"


@pytest.fixture
def meeting_place(home_page):
    page = MeetingPlacePageFactory(parent=Page.get_first_root_node(), slug="frivilligboersen")
    Site.objects.create(hostname=HOST, port=80, root_page=page, site_name="Frivilligbørsen")
    return page


@pytest.fixture
def area(locale_da):
    return LocalAreaFactory(name="Omkring Vojens", slug="omkring-vojens", locale=locale_da)


@pytest.fixture
def category(locale_da):
    return CategoryFactory(name="Transport og kørsel", slug="transport")


@pytest.fixture
def reader(client, settings):
    """A reader's browser on the meeting place's host; public forms may be sent at once."""
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    client.defaults["HTTP_HOST"] = HOST
    return client


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "frivillig", "moderator@example.test", "a-long-password-123"
    )
    user.groups.add(Group.objects.get(name="Frivillige moderatorer"))
    return user


def shown_at(response):
    """The signed "form shown at" stamp of a rendered public form."""
    match = re.search(rb'name="shown_at" value="([^"]+)"', response.content)
    assert match, "the form has no shown_at stamp"
    return match.group(1).decode()
