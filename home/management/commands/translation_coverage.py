from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Count, Q
from wagtail.models import Page
from wagtail_localize.models import Translation


class Command(BaseCommand):
    help = (
        "Report translated content per language: pages per locale, and how many text segments "
        "of the synchronised translations are translated (the rest show the Danish source). "
        "With -v 2, list the untranslated segments."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", help="only this language code")

    def handle(self, *args, language=None, verbosity=1, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        if language:
            languages = [language]

        pages = dict(
            Page.objects.filter(depth__gte=2)
            .order_by()
            .values_list("locale__language_code")
            .annotate(count=Count("id", filter=Q(alias_of__isnull=True)))
        )
        aliases = dict(
            Page.objects.filter(depth__gte=2, alias_of__isnull=False)
            .order_by()
            .values_list("locale__language_code")
            .annotate(count=Count("id"))
        )
        self.stdout.write("Pages per locale (aliases in brackets):")
        for code in languages:
            self.stdout.write(f"  {code}: {pages.get(code, 0)} ({aliases.get(code, 0)})")

        self.stdout.write("Translated segments per locale:")
        for code in languages:
            if code == settings.LANGUAGE_CODE:
                continue
            translations = Translation.objects.filter(
                target_locale__language_code=code, enabled=True
            ).select_related("source", "target_locale")
            total = translated = 0
            missing = []
            for translation in translations:
                segments, done = translation.get_progress()
                total += segments
                translated += done
                if verbosity > 1 and done < segments:
                    missing += [
                        f"    {translation.source.object_repr}: {segment.string.data[:80]}"
                        for segment in translation.source.stringsegment_set.annotate_translation(
                            translation.target_locale
                        ).select_related("string")
                        if not segment.translation
                    ]
            share = f"{100 * translated / total:.0f} %" if total else "-"
            self.stdout.write(
                f"  {code}: {translated} of {total} segments ({share}) "
                f"in {len(translations)} translated objects"
            )
            for line in missing:
                self.stdout.write(line)
