"""The site search index: one row per page and language.

Wagtail's own search index holds every language of a page in one document and one
text-search configuration; this table keeps each language apart, with the French or
Spanish configuration (stemming: "cacaoyers" finds "cacaoyer", "árboles" finds "árbol").
It is rebuilt from the pages, never edited: see search.py.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="search_entries",
    )
    language = models.CharField(_("language"), max_length=8)
    title = models.TextField(_("title"), blank=True)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    # Lower-case, accent-free copy of the three texts: what SQLite searches in.
    plain_text = models.TextField(blank=True)
    # The weighted French/Spanish tsvector: what PostgreSQL searches in (NULL on SQLite).
    search_vector = SearchVectorField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Rebuilt when a page is published (which already renews the page cache); search
    # results are never cached: writing an entry must not empty the cache or purge the CDN.
    page_cache_independent = True

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="discovery_one_entry_per_language"
            ),
        ]
        indexes = [models.Index(fields=["language"])]

    def __str__(self):
        return f"{self.title} ({self.language})"
