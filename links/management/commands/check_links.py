from django.core.management.base import BaseCommand

from links.checker import check_all


class Command(BaseCommand):
    help = (
        "Check every external address the site links to (external services and links in live "
        "pages) and record the answers; broken ones appear in the admin report 'Brudte links'."
    )

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
        parser.add_argument("--workers", type=int, default=8, help="addresses checked at once")
        parser.add_argument(
            "--only-broken", action="store_true", help="re-check only the addresses found broken"
        )

    def handle(self, *args, timeout, workers, only_broken, **options):
        rows = check_all(timeout=timeout, workers=workers, only_broken=only_broken)
        broken = [row for row in rows if row.is_broken]
        for row in broken:
            self.stdout.write(f"  BROKEN {row.url}: {row.outcome}")
        self.stdout.write(
            self.style.SUCCESS(f"Checked {len(rows)} addresses: {len(broken)} broken.")
        )
