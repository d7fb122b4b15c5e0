"""All of the site's e-mail goes through one stored outbox (django-mailer) and survives a mail
server that is down or refuses: shown with a real SMTP server (aiosmtpd) on this machine."""

import socket

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.management import call_command
from mailer.models import RESULT_SUCCESS, Message, MessageLog


class RefusingThenAccepting:
    """An SMTP server's DATA handler: '451 try again later' while `refusing`, then accepts."""

    def __init__(self):
        self.refusing = True
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        if self.refusing:
            return "451 4.3.0 Mail server temporarily unavailable"
        self.received.append(envelope)
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    handler = RefusingThenAccepting()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, handler
    controller.stop()


@pytest.fixture
def outbox_to(settings):
    """The production wiring: the outbox stores; delivery goes over SMTP to `port`."""

    def configure(port):
        settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
        settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        settings.EMAIL_TIMEOUT = 5

    return configure


def queue_confirmation():
    return mail.send_mail(
        "Bekræft din tilmelding",
        "Tak for din tilmelding.",
        "noreply@haderslev.test",
        ["borger@example.test"],
    )


@pytest.mark.django_db
def test_sending_only_stores_the_message(outbox_to):
    outbox_to(free_port())  # nothing listens there: sending must not even try

    assert queue_confirmation() == 1

    assert Message.objects.count() == 1
    assert Message.objects.get().email.to == ["borger@example.test"]


@pytest.mark.django_db
def test_a_refusing_mail_server_defers_and_a_retry_delivers(smtp_server, outbox_to):
    controller, handler = smtp_server
    outbox_to(controller.port)
    queue_confirmation()

    call_command("outbox")  # the server answers 451

    assert Message.objects.deferred().count() == 1
    assert handler.received == []

    handler.refusing = False
    call_command("outbox")  # requeues the deferred message and delivers it

    assert Message.objects.count() == 0
    assert len(handler.received) == 1
    assert handler.received[0].rcpt_tos == ["borger@example.test"]
    assert b"Tak for din tilmelding." in handler.received[0].content
    assert MessageLog.objects.filter(result=RESULT_SUCCESS).count() == 1


@pytest.mark.django_db
def test_a_mail_server_that_is_down_loses_nothing(outbox_to):
    port = free_port()
    outbox_to(port)
    queue_confirmation()

    call_command("outbox")  # connection refused: nothing listens on the port

    assert Message.objects.deferred().count() == 1

    handler = RefusingThenAccepting()
    handler.refusing = False
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        call_command("outbox")
    finally:
        controller.stop()

    assert Message.objects.count() == 0
    assert [envelope.rcpt_tos for envelope in handler.received] == [["borger@example.test"]]
