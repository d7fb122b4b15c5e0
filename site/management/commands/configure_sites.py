"""`manage.py configure_sites`: write the configured host names (settings.SITE_HOSTNAMES, from
SITE_HOSTNAME and SITE_HOSTNAMES) into the Wagtail Site records, so absolute URLs (sitemap,
hreflang, API) name the address readers use. Idempotent; the deploy runs it after `migrate`."""

import re

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

_HOSTNAME = re.compile(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?)+$|^\[[0-9a-fA-F:]+\]$"
)


def parse_host(value):
    """("host", port) from "host:port"; CommandError for anything else."""
    host, _, port = value.rpartition(":")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise CommandError(f"{value!r}: the port must be a number (e.g. host:443).")
    if not _HOSTNAME.match(host):
        raise CommandError(f"{value!r}: {host!r} is not a host name.")
    return host.lower(), int(port)


class Command(BaseCommand):
    help = "Write SITE_HOSTNAME / SITE_HOSTNAMES into the Wagtail Site records."

    def handle(self, *args, **options):
        configured = settings.SITE_HOSTNAMES
        if not configured:
            self.stdout.write("No SITE_HOSTNAME or SITE_HOSTNAMES set: Site records unchanged.")
            return
        sites = list(Site.objects.all())
        plan = []
        for name, value in configured.items():
            host, port = parse_host(value)
            if name == "default":
                matches = [site for site in sites if site.is_default_site]
            else:
                matches = [site for site in sites if (site.site_name or "").lower() == name]
            if len(matches) != 1:
                known = ", ".join(sorted(repr(s.site_name) for s in sites)) or "none"
                raise CommandError(
                    f"SITE_HOSTNAMES names {name!r}, but there is no single Site of that name "
                    f"(use 'default' or a site name; sites: {known})."
                )
            plan.append((matches[0], host, port))
        with transaction.atomic():
            for site, host, port in plan:
                if (site.hostname, site.port) == (host, port):
                    self.stdout.write(f"{site.site_name or site}: {site.root_url} (unchanged)")
                    continue
                site.hostname, site.port = host, port
                site.save()
                self.stdout.write(f"{site.site_name or site}: now {site.root_url}")
