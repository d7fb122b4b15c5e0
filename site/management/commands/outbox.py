"""Deliver the stored outbox (django-mailer's queue), retrying what the mail server refused.

    manage.py outbox            one round: requeue the deferred messages, then send the queue
    manage.py outbox --loop 10  send the queue every 10 seconds until stopped, requeueing the
                                deferred ones every OUTBOX_RETRY_SECONDS (the service production
                                runs, and what `make run` runs beside the development server)

A message stays in the database until the mail server has accepted it: a refused or failed
delivery marks it deferred (django-mailer), and a later round queues it again. Several workers
may run at once (one per app server): each message is locked while it is sent.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand
from mailer.engine import send_all
from mailer.models import Message


def deliver(retry_deferred: bool = True) -> None:
    """Send the queue; first requeue the deferred messages when `retry_deferred`."""
    if retry_deferred:
        Message.objects.retry_deferred()
    send_all()


class Command(BaseCommand):
    help = "Deliver the stored outbox, retrying deferred messages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=float,
            metavar="SECONDS",
            help="keep delivering, pausing this many seconds between rounds",
        )

    def handle(self, *args, loop=None, **options):
        deliver()
        last_retry = time.monotonic()
        while loop:
            time.sleep(loop)
            retry = time.monotonic() - last_retry >= settings.OUTBOX_RETRY_SECONDS
            deliver(retry_deferred=retry)
            if retry:
                last_retry = time.monotonic()
