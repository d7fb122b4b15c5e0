"""Run once a day (production: a timer or cron job, docs/deployment.md):

1. posts past their end date or period leave the list (expired);
2. posters whose post ends within the editors' reminder period get a renew link;
3. posts that ended (expired, withdrawn, rejected) more than the retention period ago are deleted
   with the poster's name and e-mail, as are unconfirmed posts whose link expired long ago.

Safe to run more often or twice: each step only acts on what is due and marks what it did.
"""

from django.core.management.base import BaseCommand

from volunteering import services


class Command(BaseCommand):
    help = "Frivilligbørsen's daily round: expire posts, send reminders, delete old personal data."

    def handle(self, *args, **options):
        expired = services.expire_posts()
        reminded = services.send_reminders()
        purged = services.purge_personal_data()
        self.stdout.write(f"expired {expired}, reminded {reminded}, deleted {purged}")
