from django.core.management.base import BaseCommand, CommandError

from home import admin_catalogues


class Command(BaseCommand):
    help = (
        "How much of the admin's third-party messages (Wagtail, wagtail-localize, two-factor "
        "screens) the project's override catalogues translate, per package group and domain, "
        "measured against the installed packages' catalogues: after an upgrade, their new "
        "messages show up here as untranslated. -v 2 lists the untranslated messages; "
        "--fail-under N exits with status 1 if any catalogue is below N %."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", default="da", choices=admin_catalogues.ADMIN_LANGUAGES)
        parser.add_argument("--fail-under", type=float, default=None, metavar="PERCENT")

    def handle(self, *args, language="da", fail_under=None, verbosity=1, **options):
        below = []
        total = translated = 0
        for group, domain in admin_catalogues.groups_and_domains():
            result = admin_catalogues.coverage(group, domain, language)
            total += result.total
            translated += result.translated
            self.stdout.write(
                f"{language} {group:<17} {domain:<9} "
                f"{result.translated:>5}/{result.total:<5} {result.percent:6.1f} %"
            )
            if verbosity > 1:
                for msgid in result.untranslated:
                    self.stdout.write("    " + msgid.replace("\n", "\\n")[:200])
            if fail_under is not None and result.percent < fail_under:
                below.append(f"{group} {domain} ({result.percent:.1f} %)")
        share = 100.0 * translated / total if total else 100.0
        self.stdout.write(f"{language} all{'':<24} {translated:>5}/{total:<5} {share:6.1f} %")
        if below:
            raise CommandError(
                f"Below {fail_under:g} % for {language}: {', '.join(below)}. "
                "Run `manage.py update_admin_catalogues` and translate the missing messages "
                "(-v 2 lists them).",
                returncode=1,
            )
