"""Impact figures: the numbers a buyer, partner or journalist may quote.

Each figure is stored once, with its source and the date it is true as of; every page
that shows it reads it from here, so correcting a figure in the admin corrects the site.

Figures go through the same moderation as pages (issue 5): an editor's change is a draft
(a revision holding both languages) until a moderator approves and publishes it. While a
change waits, a live figure's row keeps its published values; a new figure's row is not
``live`` until its first publication, so public code reads live figures only
(``ImpactFigure.objects.live()``).
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    WorkflowMixin,
    WorkflowState,
)
from wagtail.search import index

from core.dates import DatePrecision, partial_iso
from languages.fields import localized_search_fields

from .formatting import (
    format_as_of,
    format_figure,
    format_value,
    unit_choices,
    unit_label,
)


class ImpactFigureQuerySet(models.QuerySet):
    def live(self):
        """Published figures: the only ones visitors see."""
        return self.filter(live=True)

    def prefetch_workflow_states(self):
        """The figures' workflow states in progress, in one query, where ``WorkflowMixin``
        looks for them (``workflow_in_progress``): Wagtail's own
        ``PageQuerySet.prefetch_workflow_states`` for a snippet."""
        in_progress = WorkflowState.objects.active().select_related("current_task_state__task")
        return self.prefetch_related(
            models.Prefetch(
                "_workflow_states", queryset=in_progress, to_attr="_current_workflow_states"
            )
        )


class ImpactFigure(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    class Category(models.TextChoices):
        MEMBERS = "members", _("Members")
        QUALITY = "quality", _("Cacao quality")
        SOCIAL = "social", _("Social programs")
        FOREST = "forest", _("Forests")
        CLIMATE = "climate", _("Climate")

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_(
            "A stable identifier used by templates and imports, e.g. trees-planted. "
            "Change it only if you know no template uses it."
        ),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(0, message=_("A figure cannot be negative."))],
        help_text=_("The number itself, without spaces or points: 3000000."),
    )
    is_minimum = models.BooleanField(
        _("more than"),
        default=False,
        help_text=_('Tick when the figure is a lower bound: shown as "more than 3,000,000".'),
    )
    unit = models.CharField(
        _("unit"),
        max_length=20,
        choices=unit_choices(),
        help_text=_("What is counted; the site writes it in each language, singular or plural."),
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        help_text=_("A short caption under the number, e.g. trees planted since 2008."),
    )
    description = models.TextField(
        _("short description"),
        blank=True,
        help_text=_("One or two sentences of context, shown on the impact page."),
    )
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category.choices,
        help_text=_("Groups the figures on the impact page."),
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        help_text=_("Where the figure comes from, e.g. ACOPAGRO, 2025 annual report."),
    )
    source_url = models.URLField(
        _("source link"),
        blank=True,
        help_text=_("Optional. Where a reader can check the figure, starting with https://."),
    )
    as_of = models.DateField(
        _("as of"),
        help_text=_(
            "The date the figure is true as of. If the source gives only a year or a month, "
            "pick any day in it and set the precision below."
        ),
    )
    as_of_precision = models.CharField(
        _("as-of precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.YEAR,
        help_text=_(
            "How much of the date the source gives: the site shows only that "
            "(2025, June 2025 or 30 June 2025)."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Smaller numbers come first in a category.")
    )
    updated_at = models.DateTimeField(_("last edited"), auto_now=True)

    objects = ImpactFigureQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("key"),
                FieldRowPanel([FieldPanel("value"), FieldPanel("is_minimum"), FieldPanel("unit")]),
                FieldPanel("category"),
                FieldPanel("sort_order"),
            ],
            heading=_("Figure"),
        ),
        FieldPanel("label"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("source_url"),
                FieldRowPanel([FieldPanel("as_of"), FieldPanel("as_of_precision")]),
            ],
            heading=_("Source"),
        ),
    ]

    search_fields = [
        index.SearchField("key"),
        *localized_search_fields("label"),
        index.FilterField("category"),
    ]

    class Meta:
        ordering = ["category", "sort_order", "key"]
        verbose_name = _("impact figure")
        verbose_name_plural = _("impact figures")

    def __str__(self):
        return f"{self.formatted} – {self.label}"

    @classmethod
    def grouped_by_category(cls):
        """[(category value, category label, [live figures])] in the order of ``Category``,
        empty categories left out; one query."""
        by_category = {}
        for figure in cls.objects.live().order_by("sort_order", "key"):
            by_category.setdefault(figure.category, []).append(figure)
        return [
            (value, label, by_category[value])
            for value, label in cls.Category.choices
            if value in by_category
        ]

    @property
    def moderation_status(self):
        """The admin listing's status: live, draft, in moderation, or live with either.

        Reads ``workflow_in_progress`` (prefetched by the listing) and the row's own
        fields, not ``status_string``, which queries the revisions of every row.
        """
        in_moderation = self.workflow_in_progress
        if not self.live:
            if in_moderation:
                return pgettext_lazy("impact figure status", "in moderation")
            if self.expired:
                return pgettext_lazy("impact figure status", "expired")
            return pgettext_lazy("impact figure status", "draft")
        if in_moderation:
            return pgettext_lazy("impact figure status", "live + in moderation")
        if self.has_unpublished_changes:
            return pgettext_lazy("impact figure status", "live + draft")
        return pgettext_lazy("impact figure status", "live")

    @property
    def formatted(self):
        """The whole figure in the active language: ``plus de 3 000 000 arbres``."""
        return format_figure(self.value, self.unit, self.is_minimum)

    @property
    def formatted_value(self):
        """The number alone, with its qualifier: ``plus de 3 000 000``."""
        return format_value(self.value, self.is_minimum)

    @property
    def as_of_display(self):
        """``situation en 2025``: the as-of date, no more precise than its source."""
        return format_as_of(self.as_of, self.as_of_precision)

    @property
    def as_of_iso(self):
        """``2025``, ``2025-06`` or ``2025-06-30`` for ``<time datetime>`` and the data."""
        return partial_iso(self.as_of, self.as_of_precision)

    @property
    def unit_label(self):
        return unit_label(self.unit, self.value)
