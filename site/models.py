"""The project package's own table: idempotency keys of public form submissions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubmissionKey(models.Model):
    """One row per public form submission that was stored (haderslev_site.public_forms): the
    random key of the form as it was shown. Holds no personal data; `manage.py outbox` is not
    involved. Keys older than a day are deleted by `manage.py purge_submission_keys`."""

    scope = models.CharField(max_length=50)
    key = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="unique_submission_key")
        ]
        verbose_name = _("formularnøgle")
        verbose_name_plural = _("formularnøgler")

    def __str__(self):
        return f"{self.scope}:{self.key}"
