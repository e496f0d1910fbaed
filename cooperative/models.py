"""What the cooperative is made of and works with: provinces, partners, certifications.

Partners and certifications are organisations of the same shape (a name, a website, a
logo, a description); provinces and climate projects share one group of map coordinates.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from core.models import CustomImage
from languages.fields import localized_search_fields


class Coordinates(models.Model):
    """A point on the map (WGS84), optional: a place without coordinates is listed but
    not drawn. Enter only coordinates a source gives."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional. Where to place it on the map, in decimal degrees, e.g. -7.18."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("e.g. -76.73."),
    )

    coordinates_panel = FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class Province(Coordinates):
    """A province of San Martín where members farm (proper names, the same in every
    language)."""

    name = models.CharField(
        _("name"),
        max_length=80,
        unique=True,
        help_text=_("The province's name, written the same in every language."),
    )

    panels = [FieldPanel("name"), Coordinates.coordinates_panel]

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return self.name


class Organisation(index.Indexed, models.Model):
    """The fields partners and certifications share."""

    url = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The full address, starting with https://."),
    )
    logo = models.ForeignKey(
        CustomImage,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A logo or seal on a light background works best."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=500,
        help_text=_(
            "One or two sentences a source backs up: what it is and what it means for the "
            "cooperative."
        ),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


class Partner(Organisation):
    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("The partner's own name, as it writes it."),
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class Certification(Organisation):
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("The certification as buyers know it, e.g. Organic (EU), Fairtrade."),
    )
    year = models.PositiveSmallIntegerField(
        _("certified since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year the cooperative first obtained it, e.g. 2004."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"),
        default=100,
        help_text=_("Smaller numbers are listed first."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("sort_order")]),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = localized_search_fields("name")

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")


def with_logos(organisations):
    """Partners or certifications with their logos and renditions in two more queries."""
    return list(
        organisations.prefetch_related(
            models.Prefetch("logo", queryset=CustomImage.objects.prefetch_renditions())
        )
    )
