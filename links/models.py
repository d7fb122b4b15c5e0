"""External services ("Ekstern tjeneste"): where a citizen acts outside this site.

The site explains; applying for a pool, reporting a pothole or finding a volunteer job happens in
the municipality's or a partner's own system. One snippet per service, shared by every page that
sends readers there (the StreamField "Her kan du handle", `home.blocks.ActionLinkBlock`), so an
address is corrected once and the link checker checks it once.

`LinkCheck` records the last check of every external address on the site (`manage.py
check_links`): the services' addresses and the links in live pages' text.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ExternalService(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("navn"),
        max_length=255,
        help_text=_('Tjenestens navn, fx "Conventus" eller "Giv et praj".'),
    )
    url = models.URLField(
        _("adresse"),
        max_length=500,
        help_text=_("Den side, læseren skal ud til. Adressen er den samme på alle sprog."),
    )
    action = models.TextField(
        _("det kan du her"),
        help_text=_('Hvad læseren gør på det andet websted, fx "Søg om tilskud til din forening".'),
    )
    operator = models.CharField(
        _("drives af"),
        max_length=255,
        help_text=_("Hvem står bag tjenesten, fx Haderslev Kommune eller en forening."),
    )
    language = models.CharField(
        _("sprog på det andet websted"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="da",
        help_text=_(
            "Det sprog, tjenesten er skrevet på. Linket fortæller browsere og skærmlæsere, "
            "hvilket sprog det andet websted har."
        ),
    )
    url_confirmed = models.BooleanField(
        _("adressen er bekræftet"),
        default=False,
        help_text=_(
            "Sæt kun flueben, når en redaktør har åbnet adressen og set, at den fører til den "
            "rigtige side. Uden flueben viser sitet ved linket, at adressen ikke er bekræftet."
        ),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("action"),
        index.FilterField("locale"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("url"),
        TranslatableField("action"),
        TranslatableField("operator"),
        SynchronizedField("language"),
        SynchronizedField("url_confirmed"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ekstern tjeneste")
        verbose_name_plural = _("eksterne tjenester")
        ordering = ["name"]

    def __str__(self):
        return self.name


class LinkError(models.TextChoices):
    TIMEOUT = "timeout", _("Siden svarede ikke inden for tidsgrænsen")
    CONNECTION = "connection", _("Kunne ikke forbinde til webstedet")
    TOO_MANY_REDIRECTS = "redirects", _("For mange omdirigeringer")
    INVALID = "invalid", _("Ugyldig adresse")
    OTHER = "other", _("Ukendt fejl")


class LinkCheckQuerySet(models.QuerySet):
    def broken(self):
        return self.filter(is_broken=True)


class LinkCheck(models.Model):
    """The last check of one external address, and where the site uses it."""

    url = models.URLField(_("adresse"), max_length=500, unique=True)
    checked_at = models.DateTimeField(_("tjekket"))
    status_code = models.PositiveSmallIntegerField(_("svarkode"), null=True, blank=True)
    error = models.CharField(_("fejl"), max_length=20, choices=LinkError.choices, blank=True)
    final_url = models.URLField(_("endte på"), max_length=500, blank=True)
    elapsed_ms = models.PositiveIntegerField(_("svartid (ms)"), null=True, blank=True)
    is_broken = models.BooleanField(_("brudt"), default=False, db_index=True)
    services = models.ManyToManyField(
        ExternalService, verbose_name=_("eksterne tjenester"), blank=True, related_name="+"
    )
    pages = models.ManyToManyField(
        "wagtailcore.Page", verbose_name=_("sider"), blank=True, related_name="+"
    )

    objects = LinkCheckQuerySet.as_manager()

    class Meta:
        verbose_name = _("linktjek")
        verbose_name_plural = _("linktjek")
        ordering = ["url"]

    def __str__(self):
        return self.url

    @property
    def outcome(self):
        """What went wrong, in words an editor understands."""
        if self.error:
            return self.get_error_display()
        if self.status_code:
            return _("Svarkode %(code)s") % {"code": self.status_code}
        return ""
