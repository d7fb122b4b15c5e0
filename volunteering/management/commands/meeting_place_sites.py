"""Print the addresses of both sites; with --port (development: `make run`), first give both
Site records that port, so links between the two sites (made by Wagtail from each Site's host
name and port) work on a development server at 127.0.0.1:PORT."""

from django.core.management.base import BaseCommand
from wagtail.models import Site


class Command(BaseCommand):
    help = "Show the municipal site's and Frivilligbørsen's addresses (--port: set it first)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, help="development only: the runserver port")

    def handle(self, *args, port=None, **options):
        sites = Site.objects.select_related("root_page").order_by("-is_default_site", "pk")
        if port:
            sites.update(port=port)
        for site in sites:
            self.stdout.write(f"{site.site_name or site.hostname}: {site.root_url}/")
