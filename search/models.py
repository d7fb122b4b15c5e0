"""The search log's one addition to Wagtail's query statistics: how often a search found nothing.

Wagtail's ``Query``/``QueryDailyHits`` (wagtail.contrib.search_promotions) count how often each
query is searched. They know neither the language nor whether anything was found, so each logged
search also counts here, per query, language and day. Like Wagtail's tables, this stores no
personal data: no IP address, no user, no time of day - the query's words and two counters.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DailySearchOutcomeQuerySet(models.QuerySet):
    def since(self, date):
        return self.filter(date__gte=date)


class DailySearchOutcome(models.Model):
    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        verbose_name=_("søgning"),
        on_delete=models.CASCADE,
        related_name="daily_outcomes",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("sprog"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    date = models.DateField(_("dato"))
    searches = models.PositiveIntegerField(_("søgninger"), default=0)
    searches_without_results = models.PositiveIntegerField(
        _("søgninger uden resultater"), default=0
    )

    objects = DailySearchOutcomeQuerySet.as_manager()

    class Meta:
        verbose_name = _("søgninger på en dag")
        verbose_name_plural = _("søgninger pr. dag")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "locale", "date"], name="search_outcome_unique_per_day"
            )
        ]
        indexes = [models.Index(fields=["locale", "date"], name="search_outcome_locale_date")]

    def __str__(self):
        return f"{self.query} ({self.date}): {self.searches}"

    @classmethod
    def count(cls, query, locale, found_results: bool, date=None):
        """Count one search of `query` in `locale` today (race-safe: update, else create)."""
        date = date or timezone.localdate()
        missed = 0 if found_results else 1
        rows = cls.objects.filter(query=query, locale=locale, date=date)
        changes = {
            "searches": F("searches") + 1,
            "searches_without_results": F("searches_without_results") + missed,
        }
        if rows.update(**changes):
            return
        try:
            with transaction.atomic():
                cls.objects.create(
                    query=query,
                    locale=locale,
                    date=date,
                    searches=1,
                    searches_without_results=missed,
                )
        except IntegrityError:  # another request created today's row in the meantime
            rows.update(**changes)

    @classmethod
    def garbage_collect(cls, days=None):
        """Delete counts older than WAGTAILSEARCH_HITS_MAX_AGE days (Wagtail's own setting)."""
        days = settings.WAGTAILSEARCH_HITS_MAX_AGE if days is None else days
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        return cls.objects.filter(date__lt=cutoff).delete()[0]


class SearchSynonym(models.Model):
    """Citizens' words: a word or phrase readers type, and what the site's pages call it.

    A search containing the term also searches for each expansion (the term replaced), so
    "vejhul" finds the page about reporting holes in the roads. Editors' promoted results for the
    term are shown too. Managed as a snippet ("Synonymer i søgningen").
    """

    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("sprog"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Det sprog, ordet skrives på."),
    )
    term = models.CharField(
        _("borgerens ord"),
        max_length=100,
        help_text=_(
            'Det ord eller den frase, borgerne søger på, fx "vejhul" eller "bliv frivillig".'
        ),
    )
    expansions = models.TextField(
        _("søg også efter"),
        help_text=_(
            'Det, sitets sider kalder det, fx "huller i vejene". Skriv ét ord eller én frase pr. '
            "linje."
        ),
    )

    class Meta:
        verbose_name = _("synonym i søgningen")
        verbose_name_plural = _("synonymer i søgningen")
        ordering = ["locale", "term"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "term"], name="unique_search_synonym_term")
        ]

    def __str__(self):
        return self.term

    @property
    def expansion_list(self):
        return [line.strip() for line in self.expansions.splitlines() if line.strip()]

    def clean(self):
        from django.core.exceptions import ValidationError

        from .text import clean_query

        if not clean_query(self.term).terms:
            raise ValidationError({"term": _("Skriv mindst ét ord med bogstaver eller tal.")})
        if not any(clean_query(line).terms for line in self.expansion_list):
            raise ValidationError(
                {"expansions": _("Skriv mindst ét ord eller én frase at søge efter.")}
            )
