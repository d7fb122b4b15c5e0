from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from home.seeding import SeedReport


def collect_seeders():
    """Every app may have a `seed` module listing `SEEDERS = [(order, function), ...]`.

    Seeders run by ascending order across apps, so an app can build on another's pages
    (home page first, then the apps' sections, translations last) without importing it.
    """
    seeders = []
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.seed"
        if find_spec(module_name) is not None:
            seeders.extend(import_module(module_name).SEEDERS)
    return seeders


class Command(BaseCommand):
    help = (
        "Build the site's content from the policy (idempotent: creates what is missing and "
        "changes nothing that exists)."
    )

    def handle(self, *args, **options):
        report = SeedReport()
        with transaction.atomic():
            for _order, seeder in sorted(collect_seeders(), key=lambda item: item[0]):
                seeder(report)
        for label in report.created:
            self.stdout.write(f"  + {label}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Seed content: {len(report.created)} created, {report.existing} unchanged."
            )
        )
