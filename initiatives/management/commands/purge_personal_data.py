"""Delete the personal data the public forms collected once it is no longer needed (GDPR).
Run daily from the scheduler (docs/deployment.md):

    manage.py purge_personal_data

- Event registrations: name, e-mail and organisation are blanked EVENT_REGISTRATION_RETENTION_DAYS
  (30) after the event ended; the anonymous row (status, guests) stays for the head count.
- Editor-built forms: submissions older than FORM_SUBMISSION_RETENTION_DAYS (180) are deleted.
`--dry-run` only counts.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from initiatives.models import EventRegistration


class Command(BaseCommand):
    help = "Blank registrations' personal data after their event and delete old form submissions."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="count, change nothing")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        event_cutoff = now - datetime.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
        form_cutoff = now - datetime.timedelta(days=settings.FORM_SUBMISSION_RETENTION_DAYS)
        registrations = EventRegistration.objects.filter(
            event__end__lt=event_cutoff, anonymised_at__isnull=True
        )
        submissions = FormSubmission.objects.filter(submit_time__lt=form_cutoff)
        with transaction.atomic():
            if dry_run:
                blanked, deleted = registrations.count(), submissions.count()
            else:
                blanked = registrations.update(
                    name="", email="", organisation="", anonymised_at=now
                )
                deleted, _by_model = submissions.delete()
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            f"{blanked} registrations {verb} anonymised, {deleted} form submissions {verb} deleted"
        )
