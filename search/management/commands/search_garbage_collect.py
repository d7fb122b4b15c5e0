"""Delete search statistics older than WAGTAILSEARCH_HITS_MAX_AGE days. Run it daily."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from search.models import DailySearchOutcome


class Command(BaseCommand):
    help = "Delete search statistics older than WAGTAILSEARCH_HITS_MAX_AGE days (run daily)."

    def handle(self, **options):
        deleted = DailySearchOutcome.garbage_collect()
        self.stdout.write(f"Deleted {deleted} daily search outcome rows.")
        # Wagtail's own: old daily hits, then queries with neither hits nor promotions (their
        # remaining outcome rows go with them).
        call_command("searchpromotions_garbage_collect", stdout=self.stdout)
