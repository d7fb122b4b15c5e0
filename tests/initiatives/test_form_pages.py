"""Editor-built forms (initiatives.FormPage, wagtail.contrib.forms) with the real page type: the
answers are stored without the spam traps, the staff notice goes through the outbox, robots and
too-fast senders are handled, the admin exports the submissions, and old ones are deleted."""

import datetime
import secrets
import time
from io import StringIO

import pytest
import wagtail_factories
from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from initiatives.models import FormField, FormPage
from tests.initiatives.factories import InitiativePageFactory


class FormPageFactory(wagtail_factories.PageFactory):
    title = "Indstil en ildsjæl eller æreshertug"
    purpose = "Kultur og Fritid bruger indstillingen til at vælge årets æreshertug."
    to_address = "kulturogfritid@eksempel.invalid"
    subject = "Ny indstilling"

    class Meta:
        model = FormPage


def stamp(seconds_ago=30):
    return signing.dumps(
        {"t": time.time() - seconds_ago, "k": secrets.token_urlsafe(8)},
        salt="haderslev_site.public_forms.shown-at",
    )


@pytest.fixture
def form_page(petals):
    initiative = InitiativePageFactory(parent=petals["synlighed"], title="Hyldest af ildsjæle")
    page = FormPageFactory(parent=initiative)
    for order, (label, field_type, required) in enumerate(
        [
            ("Hvem indstiller du?", "singleline", True),
            ("Begrundelse", "multiline", True),
            ("Din e-mail", "email", True),
        ]
    ):
        FormField.objects.create(
            page=page, label=label, field_type=field_type, required=required, sort_order=order
        )
    return page


def answers(**extra):
    return {
        "hvem_indstiller_du": "Karen fra Vojens",
        "begrundelse": "Hun har drevet frivilligcaféen i 12 år.",
        "din_e_mail": "borger@example.test",
        "website": "",
        "shown_at": stamp(),
        **extra,
    }


def test_the_form_renders_with_labels_hints_and_the_purpose(client, form_page):
    html = client.get(form_page.url).content.decode()
    assert '<label class="form-label" for="id_hvem_indstiller_du">' in html
    assert "Kultur og Fritid bruger indstillingen" in html
    assert "Svarene gemmes i 180 dage" in html
    assert 'class="spam-trap" aria-hidden="true"' in html


def test_a_submission_is_stored_without_the_traps_and_the_staff_notified(client, form_page):
    response = client.post(form_page.url, answers())

    assert response.status_code == 200
    assert "Tak, vi har modtaget det, du sendte" in response.content.decode()
    submission = FormSubmission.objects.get(page=form_page)
    assert submission.get_data()["begrundelse"] == "Hun har drevet frivilligcaféen i 12 år."
    assert "website" not in submission.form_data and "shown_at" not in submission.form_data
    assert [m.to for m in mail.outbox] == [["kulturogfritid@eksempel.invalid"]]
    assert "Begrundelse: Hun har drevet frivilligcaféen i 12 år." in mail.outbox[0].body
    assert "Lad dette felt" not in mail.outbox[0].body
    assert f"/admin/forms/submissions/{form_page.pk}/" in mail.outbox[0].body


def test_a_filled_honeypot_is_thanked_and_nothing_is_stored_or_sent(client, form_page):
    response = client.post(form_page.url, answers(website="http://spam.test"))
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_a_form_sent_too_fast_keeps_the_input_and_says_why(client, form_page):
    response = client.post(form_page.url, answers(shown_at=stamp(0)))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Formularen blev sendt meget hurtigt" in html
    assert "Karen fra Vojens" in html
    assert FormSubmission.objects.count() == 0


@pytest.mark.parametrize(
    "data",
    [{}, {"din_e_mail": "ikke-en-adresse"}, {"begrundelse": "", "hvem_indstiller_du": "x" * 9000}],
)
def test_bad_input_shows_the_error_summary_never_a_500(client, form_page, data):
    response = client.post(form_page.url, answers(**data) if data else {})
    assert response.status_code == 200
    assert 'class="alert alert-error error-summary"' in response.content.decode()


def test_the_rate_limit_keeps_the_input(client, form_page, settings):
    settings.FORM_SUBMISSION_RATE = "1/h"
    client.post(form_page.url, answers())
    response = client.post(form_page.url, answers(hvem_indstiller_du="Bo"))
    assert "Du har sendt mange formularer" in response.content.decode()
    assert FormSubmission.objects.count() == 1


def test_the_staff_notice_waits_in_the_outbox_when_the_mail_server_is_down(
    client, form_page, settings
):
    from mailer.models import Message

    from tests.site.test_outbox import free_port

    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    client.post(form_page.url, answers())
    call_command("outbox")
    assert FormSubmission.objects.count() == 1
    assert Message.objects.deferred().count() == 1


def test_submissions_csv_export_in_the_admin(client, form_page, django_user_model):
    client.post(form_page.url, answers())
    admin = django_user_model.objects.create_superuser("admin", "a@example.test", "kodeord-123")
    client.force_login(admin)

    response = client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": "csv"})

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    header, row = content.splitlines()[:2]
    assert "Begrundelse" in header and "website" not in header
    assert "Karen fra Vojens" in row


def test_old_submissions_are_deleted(form_page, settings):
    settings.FORM_SUBMISSION_RETENTION_DAYS = 180
    old = FormSubmission.objects.create(page=form_page, form_data={"begrundelse": "gammel"})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=181)
    )
    FormSubmission.objects.create(page=form_page, form_data={"begrundelse": "ny"})
    out = StringIO()

    call_command("purge_personal_data", stdout=out)

    assert list(FormSubmission.objects.values_list("form_data", flat=True)) == [
        {"begrundelse": "ny"}
    ]
    assert "1 form submissions were deleted" in out.getvalue()


def test_form_pages_live_under_initiatives(form_page):
    from initiatives.models import InitiativePage

    assert FormPage.allowed_parent_page_models() == [InitiativePage]


def test_choices_use_the_dkfds_radio_markup(client, form_page):
    FormField.objects.create(
        page=form_page,
        label="Hvad indstiller du til?",
        field_type="radio",
        choices="Årets æreshertug\nIldsjæl i foreningslivet",
        sort_order=9,
    )
    html = client.get(form_page.url).content.decode()
    assert '<legend class="form-label">Hvad indstiller du til?</legend>' in html
    assert '<div class="form-group-radio"><input type="radio"' in html
    assert 'class="form-radio"' in html
    assert (
        '<label class="form-label" for="id_hvad_indstiller_du_til_0">Årets æreshertug</label>'
        in html
    )


@pytest.fixture
def chrome_cache(settings):
    from tests.site.conftest import clear_memory_caches

    settings.CHROME_CACHE_ENABLED = True
    clear_memory_caches(settings)


@pytest.mark.usefixtures("chrome_cache")
def test_form_page_queries_do_not_grow_with_its_fields(
    client, form_page, django_assert_max_num_queries
):
    from tests.site.query_budget import assert_constant_queries

    def grow():
        for n in range(10):
            FormField.objects.create(
                page=form_page, label=f"Spørgsmål {n}", field_type="singleline", sort_order=20 + n
            )

    assert_constant_queries(
        client,
        form_page.url,
        grow=grow,
        budget=22,
        warm_budget=10,
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_the_same_form_sent_twice_is_stored_and_notified_once(client, form_page):
    """A double click, or the form sent again after a server went away before answering: the
    shown form's key (in its signed stamp) makes the second submission a thank-you only."""
    same = answers()
    first = client.post(form_page.url, same)
    second = client.post(form_page.url, same)

    assert first.status_code == second.status_code == 200
    assert "Tak, vi har modtaget det, du sendte" in second.content.decode()
    assert FormSubmission.objects.filter(page=form_page).count() == 1
    assert len(mail.outbox) == 1

    client.post(form_page.url, answers())  # the form shown anew: a new submission
    assert FormSubmission.objects.filter(page=form_page).count() == 2
