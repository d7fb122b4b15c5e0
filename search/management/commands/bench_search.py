"""Benchmark the site search on PostgreSQL: `make bench-search` (which runs this command).

Fills an empty database with a site of 10,000 pages - text built from the policy's own words (the
seed modules), spread over the six locales and the page types - indexes it, then sends 50 fixed
searches through the real view with Django's test client and prints p50, p95 and max latency in
milliseconds and the SQL queries per search. A benchmark, not a test: nothing here asserts.

It only ever writes to an empty database or one it filled itself (its site is named
"Benchmark"); it refuses any other.
"""

import gc
import os
import random
import re
import statistics
import time
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.search.models import IndexEntry
from wagtail.signal_handlers import disable_reference_index_auto_update

from search.cache import forget_results

SITE_NAME = "Benchmark"
LANGUAGE_SHARE = {"da": 0.5, "en": 0.1, "de": 0.1, "sv": 0.1, "nb": 0.1, "fi": 0.1}
PETAL_TITLES = {
    "da": ["Synlighed", "Sammenhold", "Bosætning", "Sundhed", "Læring"],
    "en": ["Visibility", "Cohesion", "Settlement", "Health", "Learning"],
    "de": ["Sichtbarkeit", "Zusammenhalt", "Ansiedlung", "Gesundheit", "Lernen"],
    "sv": ["Synlighet", "Sammanhållning", "Bosättning", "Hälsa", "Lärande"],
    "nb": ["Synlighet", "Samhold", "Bosetting", "Helse", "Læring"],
    "fi": ["Näkyvyys", "Yhteisöllisyys", "Asuminen", "Terveys", "Oppiminen"],
}
# A few hundred words per other language would be overkill: these make realistic, stemmable text.
WORDS = {
    "en": "volunteer volunteers volunteering association associations citizen citizens "
    "municipality community communities cooperation together local democracy culture nature "
    "health learning children young elderly meeting meetings project projects support funding "
    "network networks neighbourhood village villages town council activity activities events "
    "open everyone welcome idea ideas help helping work working engagement",
    "de": "Ehrenamt ehrenamtlich Ehrenamtliche Verein Vereine Bürger Bürgerinnen Gemeinde "
    "Gemeinschaft Zusammenarbeit gemeinsam lokal Demokratie Kultur Natur Gesundheit Lernen "
    "Kinder Jugendliche Senioren Treffen Projekt Projekte Unterstützung Förderung Netzwerk "
    "Nachbarschaft Dorf Dörfer Stadt Rat Aktivität Aktivitäten Veranstaltungen offen alle "
    "willkommen Idee Ideen Hilfe helfen Arbeit arbeiten Engagement Minderheit",
    "sv": "frivillig frivilliga förening föreningar medborgare kommun gemenskap samarbete "
    "tillsammans lokal demokrati kultur natur hälsa lärande barn unga äldre möte möten "
    "projekt stöd bidrag nätverk grannskap by byar stad råd aktivitet aktiviteter evenemang "
    "öppen alla välkommen idé idéer hjälp hjälpa arbete engagemang vänort",
    "nb": "frivillig frivillige forening foreninger innbyggere kommune fellesskap samarbeid "
    "sammen lokal demokrati kultur natur helse læring barn unge eldre møte møter prosjekt "
    "prosjekter støtte tilskudd nettverk nabolag bygd bygder by råd aktivitet aktiviteter "
    "arrangementer åpen alle velkommen idé ideer hjelp hjelpe arbeid engasjement vennskapsby",
    "fi": "vapaaehtoinen vapaaehtoiset yhdistys yhdistykset kansalainen kansalaiset kunta "
    "yhteisö yhteistyö yhdessä paikallinen demokratia kulttuuri luonto terveys oppiminen "
    "lapset nuoret ikäihmiset kokous kokoukset hanke hankkeet tuki avustus verkosto "
    "naapurusto kylä kylät kaupunki neuvosto toiminta tapahtumat avoin kaikki tervetuloa "
    "idea ideat apu auttaa työ osallistuminen ystävyyskaupunki",
}

# (label, language, query parameters). Petals are named by position (1-5) and resolved to ids.
QUERIES = [
    # One Danish word
    ("1 word", "da", {"q": "frivillig"}),
    ("1 word", "da", {"q": "forening"}),
    ("1 word", "da", {"q": "medborgerskab"}),
    ("1 word", "da", {"q": "samarbejde"}),
    ("1 word", "da", {"q": "kommunen"}),
    ("1 word", "da", {"q": "borgere"}),
    ("1 word", "da", {"q": "fællesskab"}),
    ("1 word", "da", {"q": "kultur"}),
    ("1 word", "da", {"q": "natur"}),
    ("1 word", "da", {"q": "sundhed"}),
    ("1 word", "da", {"q": "landdistrikter"}),
    ("1 word", "da", {"q": "ildsjæle"}),
    ("1 word", "da", {"q": "demokrati"}),
    ("1 word", "da", {"q": "Haderslev"}),
    ("1 word", "da", {"q": "puljemidler"}),
    # Two Danish words
    ("2 words", "da", {"q": "frivillige foreninger"}),
    ("2 words", "da", {"q": "aktive medborgerskab"}),
    ("2 words", "da", {"q": "lokale demokrati"}),
    ("2 words", "da", {"q": "kommunens ansatte"}),
    ("2 words", "da", {"q": "natur kultur"}),
    ("2 words", "da", {"q": "unge ældre"}),
    ("2 words", "da", {"q": "samspil frivillige"}),
    ("2 words", "da", {"q": "borgere kommune"}),
    # With facets (and a later page)
    ("facets", "da", {"q": "frivillig", "kind": "initiatives.initiativepage"}),
    ("facets", "da", {"q": "frivillig", "petal": 1}),
    ("facets", "da", {"q": "forening", "petal": 3, "kind": "initiatives.initiativepage"}),
    ("facets", "da", {"q": "borgere", "kind": "home.standardpage"}),
    ("facets", "da", {"q": "samarbejde", "petal": 5}),
    ("facets", "da", {"q": "kommunen", "page": "4"}),
    ("facets", "da", {"q": "frivillige foreninger", "petal": 2}),
    ("facets", "da", {"q": "medborgerskab", "kind": "initiatives.petalpage"}),
    # No hits (and the suggestions that come with them)
    ("no hits", "da", {"q": "xylofonkvartet"}),
    ("no hits", "da", {"q": "frivilig foreniger"}),
    ("no hits", "da", {"q": "zzqqxx"}),
    ("no hits", "da", {"q": "bilværksted motorvej"}),
    ("no hits", "da", {"q": "medborgerskap"}),
    ("no hits", "en", {"q": "spaceship"}),
    # Other languages
    ("other lang", "en", {"q": "volunteering"}),
    ("other lang", "en", {"q": "associations community"}),
    ("other lang", "de", {"q": "Ehrenamtliche"}),
    ("other lang", "de", {"q": "Vereine Gemeinschaft"}),
    ("other lang", "sv", {"q": "föreningar"}),
    ("other lang", "sv", {"q": "frivilliga"}),
    ("other lang", "nb", {"q": "foreninger"}),
    ("other lang", "nb", {"q": "frivillige fellesskap"}),
    ("other lang", "fi", {"q": "vapaaehtoiset"}),
    ("other lang", "fi", {"q": "yhdistykset"}),
    # Bad input
    ("bad input", "da", {"q": "' \" & | ! : * ( ) \\ frivillig"}),
    ("bad input", "da", {"q": "frivillig " * 1000}),
    ("bad input", "da", {"q": "frivillig", "page": "99999", "kind": "nope"}),
]


def policy_words():
    """The words of the policy's text as seeded (home and initiatives seed modules)."""
    from home import seed as home_seed
    from initiatives import seed as initiatives_seed

    texts = []

    def collect(value):
        if isinstance(value, str):
            texts.append(re.sub(r"<[^>]+>", " ", value))
        elif isinstance(value, dict):  # block values, page fields; not block types or slugs
            for key, item in value.items():
                if key not in {"type", "level", "slug", "status", "link_type", "icon"}:
                    collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                collect(item)

    for module in (home_seed, initiatives_seed):
        for name, value in vars(module).items():
            if name.isupper():
                collect(value)
    words = re.findall(r"[^\W\d_]{2,}", " ".join(texts))
    if len(words) < 500:
        raise CommandError("Too few policy words found in the seed modules.")
    return words


def bulk_add_children(parent, pages):
    """Insert pages of one type under `parent` in bulk: tree paths computed here, the base rows
    with bulk_create, the page type's own rows with one INSERT. Thousands of pages in seconds,
    where add_child would take minutes; the result is the tree treebeard would have built."""
    if not pages:
        return 0
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    for offset, page in enumerate(pages, start=parent.numchild + 1):
        page.depth = parent.depth + 1
        page.path = parent._get_path(parent.path, page.depth, offset)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = parent.locale_id
        page.content_type = content_type
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    base_rows = [
        Page(**{field.attname: getattr(page, field.attname) for field in base_fields})
        for page in pages
    ]
    Page.objects.bulk_create(base_rows, batch_size=500)
    for page, base in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = base.pk
    for start in range(0, len(pages), 500):
        model._base_manager._insert(
            pages[start : start + 500], fields=model._meta.local_concrete_fields
        )
    parent.numchild += len(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
    return len(pages)


class TextMaker:
    def __init__(self, rng):
        self.rng = rng
        self.words = {"da": policy_words()}
        for code, text in WORDS.items():
            self.words[code] = text.split()

    def sentence(self, language, low=8, high=18):
        words = self.rng.choices(self.words[language], k=self.rng.randint(low, high))
        return (" ".join(words)).capitalize() + "."

    def paragraph(self, language, sentences=4):
        return " ".join(self.sentence(language) for _ in range(sentences))

    def title(self, language):
        words = self.rng.choices(self.words[language], k=self.rng.randint(2, 5))
        return " ".join(words).capitalize()


class Command(BaseCommand):
    help = "Fill a PostgreSQL database with 10,000 pages and measure the search view."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000)
        parser.add_argument("--rounds", type=int, default=5, help="timed runs of each query")
        parser.add_argument("--seed", type=int, default=2013)
        parser.add_argument(
            "--refill",
            action="store_true",
            help="refuse to reuse earlier pages (the script drops the database for this)",
        )

    def handle(self, *args, pages, rounds, seed, refill, **options):
        if connection.vendor != "postgresql":
            raise CommandError("The search benchmark runs on PostgreSQL (set DATABASE_URL).")
        self.check_database()
        existing = (
            Page.objects.filter(depth__gt=1).count()
            if Site.objects.filter(site_name=SITE_NAME).exists()
            else 0
        )
        if existing and (existing < pages or refill):
            raise CommandError(
                f"The database holds {existing} benchmark pages. To fill it anew, drop and "
                "recreate it: scripts/bench-search.sh --refill"
            )
        if not existing:
            self.fill(pages, random.Random(seed))  # noqa: S311 - test data, not security
        else:
            self.stdout.write(f"Reusing the {existing} benchmark pages already in the database.")
        self.measure(rounds)

    # Safety --------------------------------------------------------------------------------

    def check_database(self):
        other_sites = Site.objects.exclude(site_name=SITE_NAME)
        pages = Page.objects.filter(depth__gt=1)
        welcome_only = pages.count() <= 1 and not pages.exclude(slug="home").exists()
        if other_sites.exists() and not welcome_only:
            raise CommandError(
                f"{connection.settings_dict['NAME']} holds a site that is not a benchmark. "
                "Point BENCH_SEARCH_DATABASE_URL at an empty database."
            )

    def backends_without_auto_update(self):
        return {
            name: {**conf, "AUTO_UPDATE": False}
            for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()
        }

    # Filling -------------------------------------------------------------------------------

    def fill(self, total, rng):
        from home.models import HomePage, StandardPage
        from initiatives.models import InitiativePage, InitiativeStatus, PetalPage

        started = time.perf_counter()
        text = TextMaker(rng)
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_SHARE
        }
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2, slug="home").delete()  # Wagtail's welcome page
        now = timezone.now()
        live = {"live": True, "first_published_at": now, "last_published_at": now}
        no_index = self.backends_without_auto_update()
        created = 0
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=no_index),
            disable_reference_index_auto_update(),
        ):
            translation_key = None
            for code, share in LANGUAGE_SHARE.items():
                count = round(total * share)
                with transaction.atomic():
                    home = HomePage(
                        title="Medborgerskab Haderslev",
                        slug=f"home-{code}",
                        locale=locales[code],
                        intro=text.paragraph(code, 2),
                        vision_quote=text.sentence(code),
                        **live,
                    )
                    if translation_key:
                        home.translation_key = translation_key
                    root.add_child(instance=home)
                    translation_key = home.translation_key
                    if code == "da":
                        Site.objects.update_or_create(
                            is_default_site=True,
                            defaults={
                                "hostname": "testserver",
                                "port": 80,
                                "root_page": home,
                                "site_name": SITE_NAME,
                            },
                        )
                    petals = []
                    for position, title in enumerate(PETAL_TITLES[code], start=1):
                        petal = PetalPage(
                            title=title,
                            slug=f"tema-{position}",
                            intro=text.sentence(code),
                            goal=f"<p>{text.paragraph(code, 2)}</p>",
                            guiding_question=text.sentence(code, 5, 9),
                            guiding_answer=f"<p>{text.paragraph(code, 3)}</p>",
                            show_in_menus=True,
                            **live,
                        )
                        home.add_child(instance=petal)
                        petals.append(petal)
                    created += 6
                    remaining = count - 6
                    standard = remaining // 7  # about one page in seven is a standard page
                    standard_pages, initiatives = [], defaultdict(list)
                    for number in range(remaining):
                        body = [
                            {"type": "paragraph", "value": f"<p>{text.paragraph(code)}</p>"}
                            for _ in range(rng.randint(1, 3))
                        ]
                        if number < standard:
                            standard_pages.append(
                                StandardPage(
                                    title=text.title(code),
                                    slug=f"side-{number}",
                                    intro=text.sentence(code),
                                    body=body,
                                    **live,
                                )
                            )
                        else:
                            initiatives[number % len(petals)].append(
                                InitiativePage(
                                    title=text.title(code),
                                    slug=f"indsats-{number}",
                                    summary=text.sentence(code, 12, 24),
                                    status=rng.choice(InitiativeStatus.values),
                                    intro=text.sentence(code),
                                    body=body,
                                    **live,
                                )
                            )
                    created += bulk_add_children(home, standard_pages)
                    for index, pages_of_petal in initiatives.items():
                        created += bulk_add_children(petals[index], pages_of_petal)
                self.stdout.write(f"  {code}: {count} pages")
        self.stdout.write(f"Created {created} pages in {time.perf_counter() - started:.0f} s.")
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        indexed = IndexEntry.objects.count()
        self.stdout.write(f"Indexed {indexed} objects in {time.perf_counter() - started:.0f} s.")
        with connection.cursor() as cursor:
            # What autovacuum would do shortly: drop the dead rows the indexing left behind and
            # gather fresh planner statistics.
            cursor.execute("VACUUM ANALYZE")

    # Measuring -----------------------------------------------------------------------------

    def resolve(self, language, params):
        petals = list(
            Page.objects.filter(
                depth=3, locale__language_code=language, content_type__model="petalpage"
            )
            .order_by("path")
            .values_list("pk", flat=True)
        )
        resolved = dict(params)
        if "petal" in resolved:
            resolved["petal"] = str(petals[resolved["petal"] - 1])
        return resolved

    def measure(self, rounds):
        """Each query: one warm-up, then `rounds` cold runs (cached results forgotten before each,
        so the full-text search runs) and `rounds` warm runs (as a facet or page click).

        Wall-clock times depend on what else the machine is doing. So the CPU time of each search
        is measured too - this process's and its PostgreSQL backend's (read from /proc when the
        database is on this machine) - which is what a search costs on an idle core.
        """
        client = Client()
        client.get("/da/search/", {"q": "haderslev"})  # open the connection
        # As a gunicorn worker does once the site is loaded (site/gunicorn.conf.py): a full
        # garbage collection then skips the objects of Django, Wagtail and the filling.
        gc.collect()
        gc.freeze()
        cpu_of_backend = backend_cpu_reader()
        load_before = os.getloadavg()
        results = []
        for label, language, params in QUERIES:
            url = f"/{language}/search/"
            params = self.resolve(language, params)
            response = client.get(url, params)
            if response.status_code != 200:
                raise CommandError(f"{url} {params} answered {response.status_code}")
            run = {"label": label, "language": language, "params": params}
            for mode in ("cold", "warm"):
                walls, queries = [], []
                cpu_start = (time.process_time(), cpu_of_backend())
                for _ in range(rounds):
                    if mode == "cold":
                        forget_results()
                    reset_queries()
                    with CaptureQueriesContext(connection) as captured:
                        started = time.perf_counter()
                        response = client.get(url, params)
                        walls.append((time.perf_counter() - started) * 1000)
                    queries.append(len(captured.captured_queries))
                python_cpu = (time.process_time() - cpu_start[0]) * 1000 / rounds
                backend = cpu_of_backend()
                pg_cpu = None if backend is None else (backend - cpu_start[1]) * 1000 / rounds
                run[mode] = {"wall": walls, "queries": queries, "py": python_cpu, "pg": pg_cpu}
            hits = re.search(r"(\d+) resultat", response.content.decode())
            run["hits"] = hits.group(1) if hits else "-"
            results.append(run)
        self.report(rounds, results, load_before)

    def report(self, rounds, results, load_before):
        def percentile(values, fraction):
            ordered = sorted(values)
            return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]

        def summary(name, values):
            return (
                f"  {name:<24} p50 {percentile(values, 0.5):6.1f}   "
                f"p95 {percentile(values, 0.95):6.1f}   max {max(values):6.1f}  ms"
            )

        def cpu(run, mode):
            pg = run[mode]["pg"]
            return run[mode]["py"] + (pg or 0)

        pages = Page.objects.filter(depth__gt=1)
        by_language = dict(
            pages.order_by().values_list("locale__language_code").annotate(n=Count("id"))
        )
        languages = ", ".join(f"{code} {n}" for code, n in sorted(by_language.items()))
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0].split()[0]
        has_pg_cpu = results[0]["cold"]["pg"] is not None
        write = self.stdout.write
        write("")
        write(f"Search benchmark: {pages.count()} pages ({languages}),")
        entries = IndexEntry.objects.count()
        write(f"  {entries} index entries, PostgreSQL {version}, {os.cpu_count()} CPUs.")
        write(
            f"  {len(QUERIES)} queries through the search view, each {rounds}x cold and {rounds}x"
        )
        write("  warm after a warm-up. cold: the full-text search runs; warm: its ranked rows come")
        write("  from the cache (a facet or page click, a repeated search).")
        write(
            f"  Load average before {load_before[0]:.1f}, after {os.getloadavg()[0]:.1f}: other "
            "processes slow the wall-clock figures; CPU figures are what a search itself costs"
        )
        write(
            "  (Python + PostgreSQL backend)."
            if has_pg_cpu
            else "  (Python only: the database is not on this machine)."
        )
        write("")
        write(
            f"  {'kind':<10} ln  {'query':<44} {'hits':>5} {'wall cold':>9} {'max':>6} "
            f"{'CPU cold':>8} {'CPU warm':>8} {'SQL':>4}"
        )
        for run in results:
            shown = " ".join(f"{key}={str(value)[:20]}" for key, value in run["params"].items())
            write(
                f"  {run['label']:<10} {run['language']}  {shown[:44]:<44} {run['hits']:>5} "
                f"{statistics.median(run['cold']['wall']):9.1f} {max(run['cold']['wall']):6.1f} "
                f"{cpu(run, 'cold'):8.1f} "
                f"{cpu(run, 'warm'):8.1f} {max(run['cold']['queries']):4d}"
            )
        write("")
        write("  Wall clock, per search (every round):")
        by_label = defaultdict(list)
        for run in results:
            by_label[run["label"]].extend(run["cold"]["wall"])
        for label, values in by_label.items():
            write(summary(f"cold, {label}", values))
        write(summary("COLD, all queries", [w for run in results for w in run["cold"]["wall"]]))
        write(summary("WARM, all queries", [w for run in results for w in run["warm"]["wall"]]))
        write("  CPU, per search (mean of the rounds of each query):")
        write(summary("COLD, all queries", [cpu(run, "cold") for run in results]))
        write(summary("WARM, all queries", [cpu(run, "warm") for run in results]))
        counts = [n for run in results for mode in ("cold", "warm") for n in run[mode]["queries"]]
        write(
            f"  SQL queries per search: {min(counts)} to {max(counts)}, set by the kind of page "
            "(no hits, filters, logged or not, cached or not), never by the number of hits."
        )


def backend_cpu_reader():
    """A function returning the CPU seconds used so far by this connection's PostgreSQL backend
    process, or None when that process is not on this machine."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid(), inet_server_addr()")
        pid, address = cursor.fetchone()
    stat = f"/proc/{pid}/stat"
    local = address is None or str(address).split("/")[0] in {"127.0.0.1", "::1"}
    if not local or not os.path.exists(stat):
        return lambda: None

    def read():
        with open(stat, encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    return read
