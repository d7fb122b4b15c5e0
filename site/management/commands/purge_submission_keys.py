"""Delete public forms' idempotency keys older than a day (run daily; docs/deployment.md)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from haderslev_site.models import SubmissionKey


class Command(BaseCommand):
    help = "Delete idempotency keys of public form submissions older than a day."

    def handle(self, *args, **options):
        deleted, _ = SubmissionKey.objects.filter(
            created_at__lt=timezone.now() - timedelta(days=1)
        ).delete()
        self.stdout.write(f"{deleted} submission keys deleted")
