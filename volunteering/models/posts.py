"""The meeting place's posts (opslag), their categories, flags and the editors' settings.

A post is a plain Django model, not a page: the public writes it without an account, the
volunteer moderators handle it in the Wagtail admin (volunteering/wagtail_hooks.py), and the
meeting place's front page (MeetingPlacePage) lists and shows it. Its life:

    unconfirmed --(link in the e-mail)--> pending --(moderator)--> published
    pending --> rejected        published --> hidden (moderator, or N flags)
    published --> expired (end date or the period)     any --> withdrawn (by the poster)

The poster's name and e-mail are personal data: never shown, serialised, indexed or logged.
`ended_at` records when a post left the public list for good; `manage.py meeting_place_daily`
deletes such posts (with everything they hold) after the retention period.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Category(TranslatableMixin, models.Model):
    """What a post is about (transport, company, practical help...), managed by editors."""

    name = models.CharField(_("navn"), max_length=80)
    slug = models.SlugField(
        _("kortnavn i adressen"),
        max_length=80,
        help_text=_('Bruges i filterets adresse, fx "transport". Kun a-z, 0-9 og bindestreg.'),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kategori")
        verbose_name_plural = _("kategorier")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_category_slug")
        ]

    def __str__(self):
        return self.name


class PostKind(models.TextChoices):
    OFFER = "offer", _("Tilbud om hjælp")
    REQUEST = "request", _("Efterspørgsel på hjælp")
    ACTIVITY = "activity", _("Aktivitet")


class PostStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Ikke bekræftet")
    PENDING = "pending", _("Venter på moderation")
    PUBLISHED = "published", _("Offentliggjort")
    REJECTED = "rejected", _("Afvist")
    HIDDEN = "hidden", _("Skjult")
    WITHDRAWN = "withdrawn", _("Trukket tilbage")
    EXPIRED = "expired", _("Udløbet")


# Statuses after which a post never comes back by itself: its data is deleted after the
# retention period (counted from ended_at).
ENDED_STATUSES = (PostStatus.REJECTED, PostStatus.WITHDRAWN, PostStatus.EXPIRED)


class PostQuerySet(models.QuerySet):
    def public(self):
        """Published and not past its end: what readers, feeds, search and the API see."""
        return self.filter(status=PostStatus.PUBLISHED, expires_at__gt=timezone.now())

    def awaiting_moderation(self):
        return self.filter(status=PostStatus.PENDING)


def new_manage_key():
    return secrets.token_urlsafe(24)


class Post(models.Model):
    kind = models.CharField(_("slags opslag"), max_length=12, choices=PostKind.choices)
    title = models.CharField(_("overskrift"), max_length=120)
    text = models.TextField(_("tekst"), max_length=3000)
    area = models.ForeignKey(
        "initiatives.LocalArea",
        verbose_name=_("område"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    categories = models.ManyToManyField(
        Category, verbose_name=_("kategorier"), blank=True, related_name="posts"
    )
    starts_on = models.DateField(_("fra dato"), null=True, blank=True)
    ends_on = models.DateField(_("til dato"), null=True, blank=True)
    association = models.CharField(_("forening"), max_length=120, blank=True)
    language = models.CharField(
        _("sprog"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    # Personal data: never public.
    poster_name = models.CharField(_("navn"), max_length=100)
    poster_email = models.EmailField(_("e-mail"), max_length=254)

    status = models.CharField(
        _("status"),
        max_length=12,
        choices=PostStatus.choices,
        default=PostStatus.UNCONFIRMED,
        db_index=True,
    )
    rejection_reason = models.TextField(_("begrundelse for afvisning"), blank=True)
    hidden_by_flags = models.BooleanField(_("skjult efter anmeldelser"), default=False)
    manage_key = models.CharField(max_length=64, default=new_manage_key, editable=False)
    created_at = models.DateTimeField(_("oprettet"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("bekræftet"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("offentliggjort"), null=True, blank=True)
    expires_at = models.DateTimeField(_("udløber"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    ended_at = models.DateTimeField(_("afsluttet"), null=True, blank=True, editable=False)

    objects = PostQuerySet.as_manager()

    # The site search finds public posts through a hook (volunteering/wagtail_hooks.py), by a
    # query of its own: posts are not put into the pages' search index, so unconfirmed or
    # rejected text never enters it.

    class Meta:
        verbose_name = _("opslag")
        verbose_name_plural = _("opslag")
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["status", "expires_at"], name="post_public_idx")]

    def __str__(self):
        return self.title

    @property
    def is_public(self):
        return (
            self.status == PostStatus.PUBLISHED
            and self.expires_at is not None
            and self.expires_at > timezone.now()
        )

    @property
    def is_ongoing(self):
        return self.starts_on is None and self.ends_on is None

    def compute_expiry(self, now=None, days=None):
        """The end of the day after the end date, or `days` (the editors' period) from now,
        whichever comes first; an ongoing post runs the whole period."""
        now = now or timezone.now()
        days = days if days is not None else MeetingPlaceSettings.load().expiry_days
        period_end = now + timedelta(days=days)
        last_day = self.ends_on or self.starts_on
        if last_day is None:
            return period_end
        from datetime import datetime, time

        day_end = timezone.make_aware(datetime.combine(last_day + timedelta(days=1), time.min))
        return min(day_end, period_end) if day_end > now else period_end

    def end(self, status):
        self.status = status
        self.ended_at = timezone.now()


class PostFlag(models.Model):
    """A reader's report of a post, with the reason; nothing about who reported it."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    reason = models.TextField(_("begrundelse"), max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    handled = models.BooleanField(_("behandlet"), default=False)

    class Meta:
        verbose_name = _("anmeldelse")
        verbose_name_plural = _("anmeldelser")
        ordering = ["-created_at"]

    def __str__(self):
        return self.reason[:60]


@register_setting(icon="group")
class MeetingPlaceSettings(BaseGenericSetting):
    """The meeting place's rules that editors set: how long posts run, when reports hide a post,
    how long ended posts are kept."""

    expiry_days = models.PositiveSmallIntegerField(
        _("opslag udløber efter (dage)"),
        default=60,
        help_text=_("Et opslag uden slutdato forsvinder fra listen efter så mange dage."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("påmindelse før udløb (dage)"),
        default=7,
        help_text=_(
            "Så mange dage før udløb får opslagsgiveren en e-mail med et link til at forny."
        ),
    )
    flags_to_hide = models.PositiveSmallIntegerField(
        _("skjul efter antal anmeldelser"),
        default=3,
        help_text=_(
            "Et opslag skjules, indtil en moderator har set på det, efter så mange anmeldelser."
        ),
    )
    retention_days = models.PositiveSmallIntegerField(
        _("slet persondata efter (dage)"),
        default=30,
        help_text=_(
            "Udløbne, tilbagetrukne og afviste opslag slettes helt (med navn og e-mail) så mange "
            "dage efter."
        ),
    )

    panels = [
        FieldPanel("expiry_days"),
        FieldPanel("reminder_days"),
        FieldPanel("flags_to_hide"),
        FieldPanel("retention_days"),
    ]

    class Meta:
        verbose_name = _("Frivilligbørsens regler")
