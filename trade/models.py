"""The buyers' corner: the cacao on offer, its origin lots, the certificate register and
the EUDR data room (plots, buyers' access links, the download log).

What is public: the buyers' section (``BuyersIndexPage``), its product pages, the live
lots (a route of the section: ``…/lot/<code>/``), the valid certificates and the EUDR page
with figures computed from the plots. What is not: the plots themselves and each lot's
GeoJSON and information sheet, served only through a ``BuyerAccess`` link (trade/views.py).

Lots are snippets with drafts, revisions and moderation like impact figures (not pages):
they are records a buyer compares in a table, referenced by plots, access links and
sample requests by their code, and they live under one URL scheme of the section.
"""

import datetime
import hashlib
import secrets

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count, Prefetch, Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    RevisionMixin,
    WorkflowMixin,
    WorkflowState,
)
from wagtail.search import index

from cooperative.models import Certification, Province
from pages.blocks import BODY_HELP_TEXT, BodyStoryBlock
from pages.models import BasePage

MONTHS = [
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
    (8, _("August")),
    (9, _("September")),
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
]

PERCENT = [MinValueValidator(0), MaxValueValidator(100)]
# (field, label in the quality table, unit) in the table's order.
QUALITY_ROWS = [
    ("moisture_percent", _("Moisture"), "%"),
    ("bean_count_per_100g", _("Bean count"), _("beans per 100 g")),
    ("fermentation_days", _("Fermentation"), _("days")),
    ("cut_test_well_fermented_percent", _("Cut test: well fermented"), "%"),
    ("cut_test_violet_percent", _("Cut test: violet"), "%"),
    ("cut_test_slaty_percent", _("Cut test: slaty"), "%"),
    ("cut_test_mouldy_percent", _("Cut test: mouldy"), "%"),
    ("cut_test_insect_damaged_percent", _("Cut test: insect-damaged"), "%"),
]


class MonthsField(models.JSONField):
    """A list of month numbers (1–12), edited as twelve tick boxes."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=MONTHS,
            coerce=int,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )


# --- Quality parameters ------------------------------------------------------------------


def percent_field(verbose_name, help_text):
    """An optional percentage with one decimal, 0 to 100."""
    return models.DecimalField(
        verbose_name,
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=PERCENT,
        help_text=help_text,
    )


class QualityParameters(models.Model):
    """Measured quality of the beans, each with its unit; empty means "on request"."""

    moisture_percent = percent_field(
        _("moisture (%)"),
        _("Water content of the dried beans, in percent, e.g. 7.0. Empty: on request."),
    )
    bean_count_per_100g = models.PositiveSmallIntegerField(
        _("bean count (beans per 100 g)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("Number of beans in 100 g, e.g. 95. Empty: on request."),
    )
    fermentation_days = models.PositiveSmallIntegerField(
        _("fermentation (days)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(30)],
        help_text=_("Days the beans ferment in the boxes. Empty: on request."),
    )
    cut_test_well_fermented_percent = percent_field(
        _("cut test: well fermented (%)"),
        _("Share of brown, well-fermented beans in the cut test, in percent."),
    )
    cut_test_violet_percent = percent_field(
        _("cut test: violet (%)"), _("Share of violet (under-fermented) beans, in percent.")
    )
    cut_test_slaty_percent = percent_field(
        _("cut test: slaty (%)"), _("Share of slaty (unfermented) beans, in percent.")
    )
    cut_test_mouldy_percent = percent_field(
        _("cut test: mouldy (%)"), _("Share of mouldy beans, in percent.")
    )
    cut_test_insect_damaged_percent = percent_field(
        _("cut test: insect-damaged (%)"),
        _("Share of insect-damaged or germinated beans, in percent."),
    )

    quality_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("moisture_percent"),
                        FieldPanel("bean_count_per_100g"),
                        FieldPanel("fermentation_days"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("cut_test_well_fermented_percent"),
                        FieldPanel("cut_test_violet_percent"),
                        FieldPanel("cut_test_slaty_percent"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("cut_test_mouldy_percent"),
                        FieldPanel("cut_test_insect_damaged_percent"),
                    ]
                ),
            ],
            heading=_("Quality parameters"),
            help_text=_(
                'Leave a measurement empty when it is not known: the site shows "on request".'
            ),
        )
    ]

    class Meta:
        abstract = True

    @property
    def quality_rows(self):
        """(label, value, unit) for each parameter, in the order of the quality table;
        value is None when the field is empty (the template says "on request")."""
        return [(label, getattr(self, name), unit) for name, label, unit in QUALITY_ROWS]


# --- The buyers' section ---------------------------------------------------------------


class BuyersIndexPage(RoutablePageMixin, BasePage):
    """The buyers' section: the products, the lots, the certificates, the EUDR page.

    Each live lot is shown at ``<section>/lot/<code>/`` in every language.
    """

    template = "trade/buyers_index_page.html"
    max_count = 1
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["trade.ProductPage", "trade.EudrPage"]

    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        *BasePage.intro_panels,
        *BasePage.image_panels,
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("buyers' section")

    @classmethod
    def for_site_root(cls):
        return cls.objects.live().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["products"] = ProductPage.objects.child_of(self).live().specific()
        context["lots"] = Lot.objects.for_listing()
        context["certificates"] = Certificate.objects.valid().select_related(
            "certification", "document"
        )
        context["eudr_page"] = EudrPage.objects.child_of(self).live().first()
        return context

    def lot_url(self, lot, request=None):
        return self.get_url(request=request) + self.reverse_subpage("lot", args=[lot.code])

    @path("lot/<str:code>/", name="lot")
    def lot_view(self, request, code):
        lot = get_object_or_404(Lot.objects.for_listing(), code=code)
        title = gettext("Lot %(code)s") % {"code": lot.code}
        description = gettext("Origin lot %(code)s of %(product)s from ACOPAGRO.") % {
            "code": lot.code,
            "product": lot.product.title,
        }
        return self.render(
            request,
            context_overrides={
                "lot": lot,
                "contact_url": sample_request_url(lot, request),
                # The lot's own address after the section's, in every language: its
                # canonical and hreflang links, its language switcher, its cache keys.
                "subpage_path": self.reverse_subpage("lot", args=[lot.code]),
                "meta_title": title,
                "meta_description": description,
                "robots": "noindex" if lot.is_sample else "",
            },
            template="trade/lot_detail.html",
        )

    @path("", name="index")
    def index_view(self, request):
        return self.render(request)


def sample_request_url(lot, request=None):
    """The contact form, with "samples" and the lot's code filled in (None without one)."""
    from urllib.parse import urlencode

    from django.apps import apps

    contact_page_model = apps.get_model("contact", "ContactPage")
    contact_page = contact_page_model.objects.live().first()
    if contact_page is None:
        return None
    query = urlencode({"request_type": "samples", "lot": lot.code})
    return f"{contact_page.get_url(request=request)}?{query}"


class ProductPage(QualityParameters, BasePage):
    """One cacao the cooperative sells, with its quality and terms."""

    template = "trade/product_page.html"
    parent_page_types = ["trade.BuyersIndexPage"]
    subpage_types = []

    bean_type = models.CharField(
        _("type of bean"),
        max_length=120,
        blank=True,
        help_text=_("e.g. the genetic group or variety. Empty: on request."),
    )
    post_harvest_process = models.TextField(
        _("post-harvest process"),
        blank=True,
        max_length=800,
        help_text=_("How the beans are collected, fermented and dried, in a few sentences."),
    )
    certifications = ParentalManyToManyField(
        Certification,
        verbose_name=_("certifications"),
        blank=True,
        related_name="products",
        help_text=_("The certifications this cacao is sold under."),
    )
    provinces = ParentalManyToManyField(
        Province,
        verbose_name=_("provinces of origin"),
        blank=True,
        related_name="products",
    )
    packaging = models.CharField(
        _("packaging"),
        max_length=160,
        blank=True,
        help_text=_("e.g. the kind and weight of the sacks. Empty: on request."),
    )
    minimum_order = models.CharField(
        _("minimum order"),
        max_length=120,
        blank=True,
        help_text=_("With its unit, e.g. one container. Empty: on request."),
    )
    incoterms = models.CharField(
        _("Incoterms"),
        max_length=120,
        blank=True,
        help_text=_("The delivery terms offered, e.g. FOB Callao. Empty: on request."),
    )
    sample_policy = models.TextField(
        _("sample policy"),
        blank=True,
        max_length=600,
        help_text=_("How buyers get samples: weight, who pays the shipping. Empty: on request."),
    )
    harvest_months = MonthsField(
        _("harvest months"),
        default=list,
        blank=True,
        help_text=_("Tick the months in which this cacao is harvested."),
    )

    content_panels = Page.content_panels + [
        *BasePage.intro_panels,
        *BasePage.image_panels,
        MultiFieldPanel(
            [
                FieldPanel("bean_type"),
                FieldPanel("post_harvest_process"),
                FieldPanel("certifications", widget=forms.CheckboxSelectMultiple),
                FieldPanel("provinces", widget=forms.CheckboxSelectMultiple),
                FieldPanel("harvest_months"),
            ],
            heading=_("The cacao"),
        ),
        *QualityParameters.quality_panels,
        MultiFieldPanel(
            [
                FieldPanel("packaging"),
                FieldPanel("minimum_order"),
                FieldPanel("incoterms"),
                FieldPanel("sample_policy"),
            ],
            heading=_("Terms of sale"),
        ),
    ]

    class Meta:
        verbose_name = _("cacao product")

    def __str__(self):
        return self.title

    @property
    def harvest_calendar(self):
        """(month name, harvested?) for the twelve months."""
        months = set(self.harvest_months or [])
        return [(name, number in months) for number, name in MONTHS]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["product_certifications"] = list(self.certifications.all())
        context["product_provinces"] = list(self.provinces.all())
        context["lots"] = Lot.objects.for_listing().filter(product=self)
        context["certificates"] = (
            Certificate.objects.valid()
            .filter(certification__in=context["product_certifications"])
            .select_related("certification", "document")
        )
        context["buyers_index"] = self.get_parent().specific
        return context


class EudrPage(BasePage):
    """What the cooperative provides for the EU Deforestation Regulation, with aggregate
    figures computed from the plots and lots (never typed)."""

    template = "trade/eudr_page.html"
    max_count = 1
    parent_page_types = ["trade.BuyersIndexPage"]
    subpage_types = []

    body = StreamField(
        BodyStoryBlock(), blank=True, verbose_name=_("body"), help_text=BODY_HELP_TEXT
    )

    content_panels = Page.content_panels + [
        *BasePage.intro_panels,
        *BasePage.image_panels,
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("EUDR page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["figures"] = eudr_figures()
        context["contact_url"] = _contact_url(request)
        return context


def _contact_url(request):
    from django.apps import apps

    contact_page = apps.get_model("contact", "ContactPage").objects.live().first()
    return contact_page.get_url(request=request) if contact_page else None


def eudr_figures():
    """The public EUDR figures, from the data: plots mapped (linked to a live lot or not),
    their hectares, and the share of live lots whose data is complete."""
    plots = Plot.objects.aggregate(count=Count("pk"), hectares=Sum("area_ha"))
    lots = list(Lot.objects.live().with_plot_counts())
    complete = sum(1 for lot in lots if lot.eudr_complete)
    return {
        "plots": plots["count"] or 0,
        "hectares": plots["hectares"] or 0,
        "lots": len(lots),
        "complete_lots": complete,
        "complete_percent": round(100 * complete / len(lots)) if lots else None,
        "includes_sample_data": any(lot.is_sample for lot in lots)
        or Plot.objects.filter(is_sample=True).exists(),
    }


# --- Lots ------------------------------------------------------------------------------

LOT_CODE_VALIDATOR = RegexValidator(
    r"^[A-Z0-9][A-Z0-9-]{2,39}$",
    _("A lot code uses capital letters, digits and hyphens only (3 to 40), e.g. ACO-2026-001."),
)


class LotQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def with_plot_counts(self):
        return self.annotate(plot_count=Count("plots", distinct=True))

    def for_listing(self):
        """Live lots with what a listing shows, in a constant number of queries."""
        return (
            self.live()
            .with_plot_counts()
            .select_related("product", "province")
            .prefetch_related("certifications")
            .order_by("status", "-harvest_end", "code")
        )

    def prefetch_workflow_states(self):
        in_progress = WorkflowState.objects.active().select_related("current_task_state__task")
        return self.prefetch_related(
            Prefetch("_workflow_states", queryset=in_progress, to_attr="_current_workflow_states")
        )


class Lot(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    QualityParameters,
    ClusterableModel,
):
    """An origin lot: beans from named committees and a province, one harvest period."""

    class Status(models.TextChoices):
        AVAILABLE = "available", pgettext_lazy("lot status", "Available")
        RESERVED = "reserved", pgettext_lazy("lot status", "Reserved")
        SOLD = "sold", pgettext_lazy("lot status", "Sold")

    code = models.CharField(
        _("lot code"),
        max_length=40,
        unique=True,
        validators=[LOT_CODE_VALIDATOR],
        help_text=_("The code on the sacks and documents, e.g. ACO-2026-001. Unique."),
        error_messages={"unique": _("Another lot already has this code.")},
    )
    product = models.ForeignKey(
        ProductPage,
        verbose_name=_("product"),
        on_delete=models.PROTECT,
        related_name="lots",
    )
    committees = models.CharField(
        _("committees"),
        max_length=255,
        blank=True,
        help_text=_("The base committees the beans come from, e.g. Dos de Mayo, Shepte."),
    )
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lots",
    )
    harvest_start = models.DateField(
        _("harvest from"),
        null=True,
        blank=True,
        help_text=_("First day of the harvest period (part of the EUDR data)."),
    )
    harvest_end = models.DateField(
        _("harvest until"),
        null=True,
        blank=True,
        help_text=_("Last day of the harvest period."),
    )
    volume_tonnes = models.DecimalField(
        _("volume (tonnes)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Empty: on request."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.AVAILABLE
    )
    certifications = ParentalManyToManyField(
        Certification,
        verbose_name=_("certifications"),
        blank=True,
        related_name="lots",
    )
    notes = models.TextField(
        _("notes for buyers"),
        blank=True,
        max_length=800,
        help_text=_("Optional: flavour profile, storage, what makes this lot special."),
    )
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Ticked for the demonstration lots: every page showing it says so."),
    )
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("product"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("volume_tonnes")]),
                FieldPanel("is_sample"),
            ],
            heading=_("Lot"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("committees"),
                FieldPanel("province"),
                FieldRowPanel([FieldPanel("harvest_start"), FieldPanel("harvest_end")]),
            ],
            heading=_("Origin"),
        ),
        FieldPanel("certifications", widget=forms.CheckboxSelectMultiple),
        *QualityParameters.quality_panels,
        FieldPanel("notes"),
    ]

    objects = LotQuerySet.as_manager()

    search_fields = [index.SearchField("code"), index.AutocompleteField("code")]

    class Meta:
        ordering = ["code"]
        verbose_name = _("lot")
        verbose_name_plural = _("lots")

    def __str__(self):
        return self.code

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.harvest_start and self.harvest_end and self.harvest_start > self.harvest_end:
            raise ValidationError({"harvest_end": _("The harvest cannot end before it starts.")})

    @property
    def eudr_complete(self):
        """Geolocation and harvest period present: what a due-diligence statement needs
        from the cooperative. Reads ``plot_count`` when the queryset annotated it."""
        plot_count = getattr(self, "plot_count", None)
        if plot_count is None:
            plot_count = self.plots.count()
        return bool(plot_count and self.harvest_start and self.harvest_end)

    @property
    def eudr_status(self):
        if self.eudr_complete:
            return _("Geolocation data complete")
        return _("Geolocation data in preparation")

    @property
    def moderation_status(self):
        if not self.live:
            if self.workflow_in_progress:
                return pgettext_lazy("lot status", "in moderation")
            return pgettext_lazy("lot status", "draft")
        if self.workflow_in_progress:
            return pgettext_lazy("lot status", "live + in moderation")
        if self.has_unpublished_changes:
            return pgettext_lazy("lot status", "live + draft")
        return pgettext_lazy("lot status", "live")

    def get_url(self, request=None):
        index_page = BuyersIndexPage.for_site_root()
        return index_page.lot_url(self, request) if index_page else None


# --- EUDR data room --------------------------------------------------------------------


class Plot(models.Model):
    """A production place (a farm plot) as the EU information system describes it: a
    point (plots up to 4 ha, area given) or a polygon, WGS84, six decimals.

    Holds no personal data: the producer's name stays out unless the cooperative types
    it in ``producer_name`` on purpose.
    """

    reference = models.CharField(
        _("plot reference"),
        max_length=80,
        unique=True,
        help_text=_("The field team's identifier of the plot, unique."),
    )
    geometry = models.JSONField(_("geometry"), help_text=_("GeoJSON Point or Polygon (WGS84)."))
    area_ha = models.DecimalField(
        _("area (ha)"), max_digits=10, decimal_places=4, null=True, blank=True
    )
    production_place = models.CharField(_("production place"), max_length=160, blank=True)
    producer_name = models.CharField(
        _("producer name"),
        max_length=160,
        blank=True,
        help_text=_("Empty by default: fill only with the producer's consent."),
    )
    producer_country = models.CharField(_("producer country"), max_length=2, default="PE")
    lots = models.ManyToManyField(Lot, verbose_name=_("lots"), blank=True, related_name="plots")
    is_sample = models.BooleanField(_("sample data"), default=False)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("reference"),
        FieldRowPanel([FieldPanel("area_ha"), FieldPanel("producer_country", read_only=True)]),
        FieldPanel("production_place"),
        FieldPanel("producer_name"),
        FieldPanel("lots", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        ordering = ["reference"]
        verbose_name = _("plot")
        verbose_name_plural = _("plots")

    def __str__(self):
        return self.reference

    @property
    def geometry_type(self):
        return self.geometry.get("type", "")


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class BuyerAccessQuerySet(models.QuerySet):
    def usable(self, today=None):
        today = today or timezone.localdate()
        return self.filter(revoked_at__isnull=True, expires_on__gte=today)


class BuyerAccess(models.Model):
    """A buyer's link to the data room of some lots: an unguessable token (only its hash
    is stored: the link is shown once, when the access is created), an expiry date, and
    revocable at any time."""

    buyer = models.CharField(
        _("buyer"), max_length=160, help_text=_("The company or person the link is for.")
    )
    email = models.EmailField(_("buyer's email address"), blank=True)
    lots = models.ManyToManyField(
        Lot,
        verbose_name=_("lots"),
        related_name="accesses",
        help_text=_("The lots whose data this buyer may download."),
    )
    expires_on = models.DateField(
        _("valid until"), help_text=_("The link works until the end of this day.")
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = BuyerAccessQuerySet.as_manager()
    page_cache_independent = True  # never shown on a public page (serving/signals.py)

    panels = [
        FieldPanel("buyer"),
        FieldPanel("email"),
        FieldPanel("lots", widget=forms.CheckboxSelectMultiple),
        FieldPanel("expires_on"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("buyer access link")
        verbose_name_plural = _("buyer access links")

    def __str__(self):
        return self.buyer

    def save(self, *args, **kwargs):
        if not self.token_hash:
            # The raw token exists only in memory, for the message that shows the link.
            self.new_token = secrets.token_urlsafe(32)
            self.token_hash = hash_token(self.new_token)
        super().save(*args, **kwargs)

    @classmethod
    def find(cls, token):
        """The usable access for ``token``, or None (unknown, expired or revoked)."""
        if not token or len(token) > 100:
            return None
        return cls.objects.usable().filter(token_hash=hash_token(token)).first()

    @property
    def is_usable(self):
        return self.revoked_at is None and self.expires_on >= timezone.localdate()

    @property
    def state(self):
        if self.revoked_at:
            return pgettext_lazy("access link", "revoked")
        if self.expires_on < timezone.localdate():
            return pgettext_lazy("access link", "expired")
        return pgettext_lazy("access link", "active")

    def data_room_path(self, token):
        """The data room's address for ``token``, in the site's default language."""
        from django.urls import reverse
        from django.utils import translation

        with translation.override(settings.LANGUAGE_CODE):
            return reverse("trade:data_room", args=[token])

    def revoke(self):
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])


class DownloadLog(models.Model):
    """One download from the data room: who (which access link), when, which lot, what,
    from which address."""

    class Kind(models.TextChoices):
        GEOJSON = "geojson", _("GeoJSON of the plots")
        SHEET_HTML = "sheet-html", _("Information sheet (web page)")
        SHEET_PDF = "sheet-pdf", _("Information sheet (PDF)")

    access = models.ForeignKey(
        BuyerAccess,
        verbose_name=_("access link"),
        on_delete=models.CASCADE,
        related_name="downloads",
    )
    lot = models.ForeignKey(
        Lot, verbose_name=_("lot"), on_delete=models.CASCADE, related_name="downloads"
    )
    kind = models.CharField(_("file"), max_length=12, choices=Kind.choices)
    downloaded_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=255, blank=True)

    page_cache_independent = True

    class Meta:
        ordering = ["-downloaded_at"]
        verbose_name = _("data room download")
        verbose_name_plural = _("data room downloads")

    def __str__(self):
        return f"{self.access} – {self.lot} – {self.get_kind_display()}"


# --- Certificate register --------------------------------------------------------------

EXPIRY_WARNING_DAYS = (60, 14)


class CertificateQuerySet(models.QuerySet):
    def valid(self, today=None):
        """Valid today: the only certificates the public site shows."""
        today = today or timezone.localdate()
        return self.filter(valid_from__lte=today, valid_until__gte=today)

    def expiring_within(self, days, today=None):
        today = today or timezone.localdate()
        return self.valid(today).filter(valid_until__lte=today + datetime.timedelta(days=days))


class Certificate(models.Model):
    """A certificate held under a certification (organic, Fairtrade, Demeter…)."""

    certification = models.ForeignKey(
        Certification,
        verbose_name=_("certification"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    holder = models.CharField(
        _("certificate holder"),
        max_length=200,
        help_text=_("As written on the certificate, e.g. the cooperative's legal name."),
    )
    certifying_body = models.CharField(
        _("certifying body"), max_length=200, help_text=_("Who issued the certificate.")
    )
    certificate_id = models.CharField(
        _("certificate ID"),
        max_length=80,
        help_text=_("The number on the certificate, e.g. Fairtrade's FLO ID."),
    )
    scope = models.TextField(
        _("scope"),
        blank=True,
        max_length=600,
        help_text=_("What the certificate covers: products, activities, sites."),
    )
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(
        _("valid until"),
        help_text=_("After this day the certificate disappears from the public site."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("certificate (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verification_url = models.URLField(
        _("verification link"),
        blank=True,
        help_text=_("Where a buyer can check the certificate on the certifier's database."),
    )
    notified_days = models.JSONField(
        _("expiry warnings sent"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("The warnings (days before expiry) already emailed to editors."),
    )

    objects = CertificateQuerySet.as_manager()

    panels = [
        FieldPanel("certification"),
        FieldPanel("holder"),
        FieldRowPanel([FieldPanel("certifying_body"), FieldPanel("certificate_id")]),
        FieldPanel("scope"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("document"),
        FieldPanel("verification_url"),
    ]

    class Meta:
        ordering = ["certification__sort_order", "valid_until"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return f"{self.certification} – {self.certificate_id}"

    def save(self, *args, **kwargs):
        # A renewed certificate (new end date) gets its warnings again.
        if self.pk:
            previous = type(self).objects.filter(pk=self.pk).values_list("valid_until", flat=True)
            if previous and previous[0] != self.valid_until:
                self.notified_days = []
        super().save(*args, **kwargs)

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValidationError({"valid_until": _("A certificate cannot end before it starts.")})

    @property
    def days_left(self):
        return (self.valid_until - timezone.localdate()).days
