import re
from pathlib import Path

import polib
from django.core.management.base import BaseCommand, CommandError

from home import admin_catalogues

CONTRIBUTION_NAME = re.compile(r"(?:^|\.)(?P<group>[a-z0-9_]+)\.(?P<domain>django|djangojs)\.po$")


class Command(BaseCommand):
    help = (
        "(Re)build the project's override catalogues of the admin's third-party messages "
        "(locale/packages/<group>/<language>/LC_MESSAGES/<domain>.po) from the installed "
        "packages: new messages are added, removed ones dropped, translations kept. With "
        "--from, translated entries of translators' .po files named '*.<group>.<domain>.po' "
        "(e.g. chunk03.wagtail.django.po) are merged in and win. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            choices=admin_catalogues.ADMIN_LANGUAGES,
            help="only this language (repeatable); default: all admin languages",
        )
        parser.add_argument(
            "--from",
            dest="sources",
            action="append",
            default=[],
            metavar="DIR_OR_FILE",
            help="translated .po files (or directories of them) to merge in (repeatable)",
        )

    def handle(self, *args, language=None, sources=(), verbosity=1, **options):
        languages = language or admin_catalogues.ADMIN_LANGUAGES
        contributions = self._contributions(sources)
        for lang in languages:
            for group, domain in admin_catalogues.groups_and_domains():
                given = contributions.get((group, domain, lang), {})
                catalogue, counts = admin_catalogues.build_catalogue(
                    group, domain, lang, [given] if given else []
                )
                path = admin_catalogues.override_path(group, lang, domain)
                path.parent.mkdir(parents=True, exist_ok=True)
                catalogue.save(str(path))
                if verbosity:
                    self.stdout.write(
                        f"{lang} {group} {domain}: {len(catalogue)} messages; "
                        + ", ".join(f"{name} {count}" for name, count in counts.items())
                    )

    def _contributions(self, sources):
        """(group, domain, language) -> key -> translated entry, from the given files."""
        files = []
        for source in sources:
            path = Path(source)
            if path.is_dir():
                files += sorted(path.glob("*.po"))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"{source}: no such file or directory")
        found = {}
        for path in files:
            match = CONTRIBUTION_NAME.search(path.name)
            if not match or match["group"] not in admin_catalogues.PACKAGE_CATALOGUES:
                raise CommandError(
                    f"{path}: name it '<anything>.<group>.<domain>.po' with group one of "
                    f"{', '.join(admin_catalogues.PACKAGE_CATALOGUES)}"
                )
            try:
                catalogue = polib.pofile(str(path))
            except (OSError, ValueError) as error:
                raise CommandError(f"{path}: not a readable .po file ({error})") from error
            lang = catalogue.metadata.get("Language", "").strip()
            if lang not in admin_catalogues.ADMIN_LANGUAGES:
                raise CommandError(f"{path}: its header names no admin language ({lang!r})")
            target = found.setdefault((match["group"], match["domain"], lang), {})
            target.update(admin_catalogues.read_catalogue(path))
        return found
