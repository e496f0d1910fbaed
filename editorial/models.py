"""Editorial bookkeeping: per object and language, when its text last changed."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageEdit(models.Model):
    """When the text of one language of one object last changed, and whether it is behind
    the other language (the other changed and this one has not caught up since)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    fingerprint = models.CharField(max_length=40)
    edited_at = models.DateTimeField()
    behind_since = models.DateTimeField(null=True, blank=True)

    # Admin bookkeeping, never on a public page: saving it must not empty the page cache.
    page_cache_independent = True

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="unique_language_edit"
            )
        ]
        verbose_name = _("language edit")
        verbose_name_plural = _("language edits")

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} ({self.language})"
