"""Check every external address the site sends readers to, and record what each one answered.

Addresses come from the external services (snippets) and from the text of live pages (links in
rich text, URL fields, URL blocks). Each address is asked once: HEAD first (cheap), then GET when
the server refuses HEAD or fails it, following redirects, with a timeout. Results go into
`LinkCheck`, one row per address, with the services and pages that use it.
"""

import json
import re
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import requests
from django.db import models, transaction
from django.utils import timezone
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .models import ExternalService, LinkCheck, LinkError

URL_PATTERN = re.compile(r"https?://[^\s\"'<>\\]+", re.IGNORECASE)
USER_AGENT = "MedborgerskabHaderslev-linktjek/1.0"
# Servers that do not implement HEAD answer with these; the GET that follows is the real answer.
RETRY_WITH_GET = {403, 404, 405, 501}
MAX_REDIRECTS = 10


@dataclass
class Outcome:
    status_code: int | None = None
    error: str = ""
    final_url: str = ""
    elapsed_ms: int = 0

    @property
    def is_broken(self):
        return bool(self.error) or self.status_code is None or self.status_code >= 400


def _text_of(page):
    """The raw stored text of a page's rich-text, StreamField and URL fields."""
    parts = []
    for model_field in page._meta.get_fields():
        if not isinstance(model_field, models.Field) or not model_field.concrete:
            continue
        if isinstance(model_field, StreamField):
            value = getattr(page, model_field.attname)
            parts.append(json.dumps(getattr(value, "raw_data", value), default=str))
        elif isinstance(model_field, (RichTextField, models.URLField)):
            parts.append(getattr(page, model_field.attname) or "")
    return "\n".join(parts)


def urls_in(text):
    return {match.rstrip(".,;:)") for match in URL_PATTERN.findall(text or "")}


def collect_urls():
    """{url: (set of service ids, set of page ids)} for every external address in use."""
    found = defaultdict(lambda: (set(), set()))
    for service in ExternalService.objects.only("pk", "url"):
        found[service.url][0].add(service.pk)
    for page in Page.objects.live().specific(defer=False).iterator(chunk_size=200):
        for url in urls_in(_text_of(page)):
            if len(url) > 500:
                continue
            found[url][1].add(page.pk)
    return found


def _request(session, method, url, timeout):
    return session.request(
        method, url, timeout=timeout, allow_redirects=True, stream=method == "GET"
    )


def check_url(url, timeout=10.0, session=None):
    """Ask one address; never raises."""
    session = session or requests.Session()
    session.max_redirects = MAX_REDIRECTS
    session.headers["User-Agent"] = USER_AGENT
    started = time.monotonic()
    outcome = Outcome()
    for method in ("HEAD", "GET"):
        try:
            response = _request(session, method, url, timeout)
        except requests.exceptions.TooManyRedirects:
            outcome = Outcome(error=LinkError.TOO_MANY_REDIRECTS)
        except requests.exceptions.Timeout:
            outcome = Outcome(error=LinkError.TIMEOUT)
        except requests.exceptions.ConnectionError:
            outcome = Outcome(error=LinkError.CONNECTION)
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema):
            outcome = Outcome(error=LinkError.INVALID)
            break
        except requests.exceptions.RequestException:
            outcome = Outcome(error=LinkError.OTHER)
        else:
            outcome = Outcome(
                status_code=response.status_code,
                final_url=response.url if response.url != url else "",
            )
            response.close()
            if method == "HEAD" and response.status_code in RETRY_WITH_GET:
                continue
            if method == "HEAD" and response.status_code >= 500:
                continue
            break
        if outcome.error == LinkError.TIMEOUT:
            break  # a server too slow for HEAD is too slow for GET: do not wait twice
    outcome.elapsed_ms = int((time.monotonic() - started) * 1000)
    return outcome


def check_all(timeout=10.0, workers=8, only_broken=False):
    """Check every address in use; return the LinkCheck rows written."""
    found = collect_urls()
    urls = sorted(found)
    if only_broken:
        broken = set(LinkCheck.objects.broken().values_list("url", flat=True))
        urls = [url for url in urls if url in broken]

    def run(url):
        with requests.Session() as session:
            return url, check_url(url, timeout=timeout, session=session)

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        outcomes = dict(pool.map(run, urls))

    now = timezone.now()
    rows = []
    with transaction.atomic():
        for url in urls:
            outcome = outcomes[url]
            row, _created = LinkCheck.objects.update_or_create(
                url=url,
                defaults={
                    "checked_at": now,
                    "status_code": outcome.status_code,
                    "error": outcome.error,
                    "final_url": outcome.final_url[:500],
                    "elapsed_ms": outcome.elapsed_ms,
                    "is_broken": outcome.is_broken,
                },
            )
            service_ids, page_ids = found[url]
            row.services.set(service_ids)
            row.pages.set(page_ids)
            rows.append(row)
        if not only_broken:
            # Addresses no longer used anywhere are forgotten.
            LinkCheck.objects.exclude(url__in=list(found)).delete()
    return rows
