"""Measure the partner API's response time for a listing of N pages (default 100).

Adds N initiatives under a temporary petal, times the listings in-process (Django's test client:
everything but the network and the WSGI server), prints the figures, and rolls everything back,
so the database is left as it was. Example:

    .venv/bin/python manage.py measure_api --pages 100 --runs 20
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from haderslev_site.cache import bump_generation
from home.models import Contact
from home.seeding import source_locale


class _RollBack(Exception):
    pass


class Command(BaseCommand):
    help = "Time /api/v2/pages/ listings of N pages (cold and cached), then roll back."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=100)
        parser.add_argument("--runs", type=int, default=20)

    def handle(self, *args, pages, runs, **options):
        if not 1 <= pages <= 100:
            raise CommandError("--pages must be between 1 and 100 (the API's page size limit).")
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site: run `manage.py seed_content` first.")
        try:
            with transaction.atomic():
                self._measure(site, pages, runs)
                raise _RollBack
        except _RollBack:
            self.stdout.write("(the pages added for the measurement were rolled back)")

    def _measure(self, site, pages, runs):
        from initiatives.models import InitiativePage, PetalPage

        home = site.root_page.specific
        petal = PetalPage(
            title="Måling",
            slug="maaling-api",
            goal="<p>Midlertidig.</p>",
            guiding_question="Hvor hurtigt?",
            locale=home.locale,
        )
        home.add_child(instance=petal)
        contact = Contact.objects.create(name="Måling", may_publish=True, locale=source_locale())
        for n in range(pages):
            petal.add_child(
                instance=InitiativePage(
                    title=f"Indsats {n}",
                    slug=f"indsats-{n}",
                    summary="Midlertidig side til måling.",
                    contact=contact,
                    body=[("paragraph", "<p>Tekst med <b>fed</b> skrift.</p>")],
                    locale=home.locale,
                )
            )

        client = Client(HTTP_HOST=site.hostname)
        listings = {
            "default fields": f"/api/v2/pages/?limit={pages}&child_of={petal.id}",
            "every field": (
                f"/api/v2/pages/?limit={pages}&child_of={petal.id}"
                "&type=initiatives.InitiativePage&fields=*"
            ),
        }
        self.stdout.write(f"{pages} pages per listing, {runs} runs each, in-process:")
        with override_settings(API_RATE_LIMIT="1000000/min"):
            for label, url in listings.items():
                cold, warm, queries = [], [], 0
                for _ in range(runs):
                    bump_generation("measure_api")
                    with CaptureQueriesContext(connection) as captured:
                        cold.append(self._time(client, url, pages))
                    queries = len(captured.captured_queries)
                    warm.append(self._time(client, url, pages))
                self.stdout.write(
                    f"  {label:15} uncached: median {statistics.median(cold):6.1f} ms, "
                    f"max {max(cold):6.1f} ms, {queries} SQL queries | "
                    f"cached: median {statistics.median(warm):5.1f} ms"
                )

    def _time(self, client, url, pages):
        start = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200 or len(response.json()["items"]) != pages:
            raise CommandError(f"{url} answered {response.status_code}: {response.content[:200]}")
        return elapsed
