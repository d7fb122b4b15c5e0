"""Frivilligbørsen in a real browser: no WCAG 2.1 A/AA violation (axe-core) on the list, a post,
the form empty and with errors, the confirmation page and the manage page, at 375 and 1280 px;
and one journey through the whole flow: submit, confirm from the outbox, approve as a volunteer
moderator in the admin, see it public, answer it, withdraw it.

The meeting place is the seeded second Site, on its own host name: frivilligboers.localhost
(Chromium resolves every *.localhost name to this machine, where the live server listens)."""

import re
import time
from urllib.parse import urlsplit

import pytest

from .conftest import WCAG_A_AA, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HOST = "frivilligboers.localhost"


def meeting_place_url(site, path):
    return f"http://{HOST}:{urlsplit(site.url).port}{path}"


@pytest.fixture(scope="module")
def posts(site, django_db_blocker):
    """A published example post and an unconfirmed one (for its confirmation link), committed so
    the live server sees them."""
    from volunteering import services
    from volunteering.models import Post, PostStatus

    with django_db_blocker.unblock():
        published = Post.objects.filter(status=PostStatus.PUBLISHED).order_by("pk").first()
        pending = Post.objects.create(
            kind="offer",
            title="Hjælper gerne med indkøb",
            text="Jeg handler gerne ind for en nabo.",
            poster_name="Test",
            poster_email="browser@example.test",
        )
        return {
            "post": published,
            "confirm_token": services.confirmation_token(pending),
            "manage": (published.pk, published.manage_key),
        }


def _axe(chromium, url, width, prepare=None):
    from axe_playwright_python.sync_playwright import Axe

    context = chromium.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        if prepare:
            prepare(page)
        violations = Axe().run(page, options=WCAG_A_AA).response["violations"]
        too_wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        return violations, too_wide, page.content()
    finally:
        context.close()


def _submit_empty(page):
    page.click("button[type=submit].button-primary")
    page.wait_for_selector(".error-summary")


VIEWS = {
    "list": lambda posts: "/da/",
    "post": lambda posts: f"/da/opslag/{posts['post'].pk}/",
    "form": lambda posts: "/da/nyt-opslag/",
    "form with errors": lambda posts: "/da/nyt-opslag/",
    "confirmation": lambda posts: f"/da/bekraeft/{posts['confirm_token']}/",
    "manage": lambda posts: "/da/mit-opslag/{}/{}/".format(*posts["manage"]),
}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("view", VIEWS)
def test_meeting_place_pages_pass_axe(chromium, site, posts, view, width):
    url = meeting_place_url(site, VIEWS[view](posts))
    prepare = _submit_empty if view == "form with errors" else None
    violations, too_wide, content = _axe(chromium, url, width, prepare)
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    assert not too_wide, f"{view} scrolls sideways at {width} px"
    if view == "form with errors":
        assert 'aria-describedby="id_title_error"' in content or "id_title_error" in content


def _last_message_to(django_db_blocker, address):
    from mailer.models import Message

    with django_db_blocker.unblock():
        for message in Message.objects.order_by("-pk"):
            # The moderators' notices go to them as blind copies.
            if address in [*message.email.to, *message.email.bcc]:
                return message.email.body
    return ""


def test_journey_submit_confirm_approve_answer_withdraw(
    chromium, site, settings, django_db_blocker
):
    from django.contrib.auth.models import Group, User

    # The production wiring: e-mail is stored in the one outbox (django-mailer's queue).
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    with django_db_blocker.unblock():
        moderator, _ = User.objects.get_or_create(
            username="browser-moderator", defaults={"email": "mod@example.test"}
        )
        moderator.set_password("a-long-test-password-42")
        moderator.save()
        moderator.groups.add(Group.objects.get(name="Frivillige moderatorer"))

    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    title = "Læser højt for børn på biblioteket"
    poster = "journey.poster@example.test"

    # Submit.
    page.goto(meeting_place_url(site, "/da/nyt-opslag/"))
    page.click("label[for=id_kind_2]")  # DKFDS moves the radio itself off screen
    page.fill("#id_title", title)
    page.fill("#id_text", "Vi søger frivillige, der vil læse højt for børn om lørdagen.")
    page.fill("#id_poster_name", "Journey Jensen")
    page.fill("#id_poster_email", poster)
    time.sleep(3.2)  # a person takes longer than PUBLIC_FORM_MIN_SECONDS
    page.click("button[type=submit].button-primary")
    page.wait_for_selector("text=Tjek din e-mail")

    # Confirm from the outbox.
    body = _last_message_to(django_db_blocker, poster)
    confirm = re.search(r"https?://\S+/bekraeft/\S+/", body).group(0)
    page.goto(meeting_place_url(site, urlsplit(confirm).path))
    page.wait_for_selector("text=Tak, dit opslag er bekræftet")

    # Approve as a volunteer moderator in the admin.
    admin = context.new_page()
    admin.goto(site.url + "/admin/login/")
    admin.fill("#id_username", "browser-moderator")
    admin.fill("#id_password", "a-long-test-password-42")
    admin.click("button[type=submit]")
    admin.wait_for_url(re.compile(r"/admin/$"))
    moderators_mail = _last_message_to(django_db_blocker, "mod@example.test")
    admin.goto(
        re.search(r"https?://\S+/moderate/\d+/", moderators_mail)
        .group(0)
        .replace("http://testserver", site.url)
    )
    admin.click("text=Godkend og vis")
    admin.wait_for_selector("dd:has-text('Offentliggjort')")

    # See it public.
    page.goto(meeting_place_url(site, "/da/"))
    page.click(f"text={title}")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == title
    assert poster not in page.content()

    # Answer it.
    page.click("text=Skriv til opslagsgiveren")
    page.fill("#id_name", "Læsehest")
    page.fill("#id_email", "reader@example.test")
    page.fill("#id_message", "Jeg vil gerne læse højt!")
    time.sleep(3.2)
    page.click("button[type=submit].button-primary")
    page.wait_for_selector("text=Din besked er sendt videre")
    relay = _last_message_to(django_db_blocker, poster)
    assert "Jeg vil gerne læse højt!" in relay

    # Withdraw it with the private link from the relayed message.
    manage = re.search(r"https?://\S+/mit-opslag/\S+/", relay).group(0)
    page.goto(meeting_place_url(site, urlsplit(manage).path))
    page.click("text=Træk opslaget tilbage")
    page.wait_for_selector("text=Opslaget er trukket tilbage")
    page.goto(meeting_place_url(site, "/da/"))
    assert title not in page.content()
    context.close()
