"""Build the complete demo site, in French and Spanish, from pages/demo_content/.

Idempotent: everything is looked up by a stable key (image title, figure key, partner
name, page slug under its parent) and created only when missing, so a second run changes
nothing and never overwrites what editors have changed.
"""

import datetime
import io
import types
from decimal import Decimal

from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from contact.models import ContactPage
from cooperative.models import Certification, Partner, Province
from core.models import CustomImage, SiteSettings
from impact.models import ImpactFigure
from languages.signals import clear_localized_site_root_paths
from pages import models as pages
from pages.demo_content import content
from pages.demo_content.illustrations import render
from trade import demo as trade_demo

page_models = types.SimpleNamespace(
    **{name: getattr(pages, name) for name in pages.__all__},
    ContactPage=ContactPage,
    Certification=Certification,
    Partner=Partner,
    Province=Province,
    CustomImage=CustomImage,
    SiteSettings=SiteSettings,
)

LANGUAGES = ("fr", "es")


def translated(obj, field, values):
    """Set ``field_fr`` and ``field_es`` from ``{"fr": …, "es": …}``."""
    for code in LANGUAGES:
        setattr(obj, f"{field}_{code}", (values or {}).get(code, ""))


class Command(BaseCommand):
    help = "Load the demo content (pages, figures, images) in French and Spanish; idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (what `make run` uses).",
        )
        parser.add_argument(
            "--with-sample-trade-data",
            action="store_true",
            help="Also create sample lots and synthetic plots, marked as sample data (trade app).",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and page_models.HomePage.objects.exists():
            self.stdout.write("The site already has content: demo content not loaded.")
            return
        self.created = 0
        with translation.override("fr"), transaction.atomic():
            self.images = self.load_images()
            self.figures = self.load_figures()
            self.provinces = self.load_provinces()
            self.partners = self.load_partners()
            self.certifications = self.load_certifications()
            home = self.load_home()
            self.load_site_settings()
            self.pending_bodies = []
            self.load_children(home, content.SECTIONS)
            self.fill_bodies()
            self.created += trade_demo.load_offer()
            if options["with_sample_trade_data"]:
                self.created += trade_demo.load_sample_trade_data()
        clear_localized_site_root_paths()
        call_command("rebuild_search_entries", verbosity=0)  # the site search (discovery app)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({self.created} objects created).")
        )

    # --- snippets and images -----------------------------------------------------------

    def load_images(self):
        images = {}
        for spec in content.IMAGES:
            title = spec["title"]
            image = page_models.CustomImage.objects.filter(title=title).first()
            if image is None:
                image = page_models.CustomImage(title=title)
                translated(image, "description", spec["description"])
                data = render(spec["motif"], spec["key"])
                image.file = ImageFile(
                    _named_bytes(data, f"{spec['key']}.jpg"), name=f"{spec['key']}.jpg"
                )
                image.save()
                self.created += 1
            images[spec["key"]] = image
        return images

    def load_figures(self):
        figures = {}
        for spec in content.FIGURES:
            figure = ImpactFigure.objects.filter(key=spec["key"]).first()
            if figure is None:
                figure = ImpactFigure(
                    key=spec["key"],
                    value=Decimal(spec["value"]),
                    is_minimum=spec["is_minimum"],
                    unit=spec["unit"],
                    category=spec["category"],
                    sort_order=spec.get("sort_order", 100),
                    source_url=spec.get("source_url", ""),
                    as_of=datetime.date.fromisoformat(spec["as_of"]),
                )
                for field in ("label", "description", "source"):
                    translated(figure, field, spec.get(field))
                figure.full_clean()
                figure.save()
                self.created += 1
            figures[spec["key"]] = figure
        return figures

    def load_provinces(self):
        provinces = {}
        for spec in content.PROVINCES:
            province, created = page_models.Province.objects.get_or_create(
                name=spec["name"],
                defaults={
                    "latitude": Decimal(spec["latitude"]),
                    "longitude": Decimal(spec["longitude"]),
                },
            )
            self.created += created
            provinces[spec["name"]] = province
        return provinces

    def load_partners(self):
        partners = {}
        for spec in content.PARTNERS:
            partner = page_models.Partner.objects.filter(name=spec["name"]).first()
            if partner is None:
                partner = page_models.Partner(name=spec["name"], url=spec.get("url", ""))
                translated(partner, "description", spec.get("description"))
                partner.save()
                self.created += 1
            partners[spec["name"]] = partner
        return partners

    def load_certifications(self):
        certifications = {}
        for spec in content.CERTIFICATIONS:
            certification = page_models.Certification.objects.filter(
                name_fr=spec["name"]["fr"]
            ).first()
            if certification is None:
                certification = page_models.Certification(
                    year=spec.get("year"),
                    url=spec.get("url", ""),
                    sort_order=spec.get("sort_order", 100),
                )
                translated(certification, "name", spec["name"])
                translated(certification, "description", spec.get("description"))
                certification.save()
                self.created += 1
            certifications[spec["key"]] = certification
        return certifications

    # --- pages -------------------------------------------------------------------------

    def load_home(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = page_models.HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            spec = content.HOME
            home = page_models.HomePage(
                title=spec["title"]["fr"],
                slug="accueil",
                show_in_menus=False,
                image=self.images.get(spec.get("image")),
            )
            self.set_common_fields(home, spec)
            home.slug_fr, home.slug_es = "accueil", "inicio"
            translated(home, "hero_call_to_action", spec.get("hero_call_to_action"))
            root.add_child(instance=home)
            self.link_figures(home, spec.get("figures", []))
            home.save_revision().publish()
            self.created += 1
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="ACOPAGRO",
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "ACOPAGRO"
            site.save()
            # Wagtail's "Welcome to your new Wagtail site!" placeholder, if still there.
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def load_site_settings(self):
        site = Site.objects.get(is_default_site=True)
        site_settings = page_models.SiteSettings.for_site(site)
        if site_settings.address_fr:  # already filled (by a previous run or an editor)
            return
        spec = content.SITE_SETTINGS
        translated(site_settings, "address", spec["address"])
        translated(site_settings, "footer_text", spec["footer_text"])
        site_settings.default_share_image = self.images.get(spec.get("default_share_image"))
        site_settings.save()
        self.created += 1

    def set_common_fields(self, page, spec):
        for field in ("title", "seo_title", "search_description", "intro"):
            if field in spec:
                translated(page, field, spec[field])

    def load_children(self, parent, specs):
        for spec in specs:
            model = getattr(page_models, spec["type"])
            page = model.objects.child_of(parent).filter(slug_fr=spec["slug"]["fr"]).first()
            if page is None:
                page = self.create_page(parent, model, spec)
            self.load_children(page, spec.get("children", []))

    def create_page(self, parent, model, spec):
        page = model(
            title=spec["title"]["fr"],
            slug=spec["slug"]["fr"],
            show_in_menus=spec.get("show_in_menus", False),
            image=self.images.get(spec.get("image")),
        )
        self.set_common_fields(page, spec)
        page.slug_fr = spec["slug"]["fr"]
        page.slug_es = spec["slug"].get("es") or slugify(spec["title"]["es"])
        if "date" in spec:
            page.date = datetime.date.fromisoformat(spec["date"])
        for field in ("form_intro", "thank_you_text"):
            if field in spec:
                translated(page, field, spec[field])
        for field in ("start_year", "carbon_standards"):
            if field in spec:
                setattr(page, field, spec[field])
        for field in ("latitude", "longitude"):
            if spec.get(field):
                setattr(page, field, Decimal(spec[field]))
        if "partners" in spec:
            page.partners = [self.partners[name] for name in spec["partners"]]
        if "provinces" in spec:
            page.provinces = [self.provinces[name] for name in spec["provinces"]]
        if "certifications" in spec:
            page.certifications = [self.certifications[key] for key in spec["certifications"]]
        for milestone in spec.get("milestones", []):
            item = page_models.HistoryMilestone(
                year=milestone["year"], image=self.images.get(milestone.get("image"))
            )
            translated(item, "title", milestone["title"])
            translated(item, "text", milestone["text"])
            page.milestones.add(item)
        parent.add_child(instance=page)
        self.link_figures(page, spec.get("figures", []))
        page.save()
        self.created += 1
        self.pending_bodies.append((page, spec.get("body")))
        return page

    def link_figures(self, page, keys):
        for order, key in enumerate(keys):
            page_models.PageImpactFigure.objects.create(
                page=page, figure=self.figures[key], sort_order=order
            )

    def fill_bodies(self):
        """Bodies last: a call to action may point to any page of the tree."""
        for page, body in self.pending_bodies:
            if body:
                for code in LANGUAGES:
                    setattr(page, f"body_{code}", [self.block(item) for item in body.get(code, [])])
            page.save_revision().publish()

    def block(self, item):
        kind, value = item
        if kind == "heading":
            return ("heading", {"text": value, "level": "h2"})
        if kind == "heading3":
            return ("heading", {"text": value, "level": "h3"})
        if kind == "paragraph":
            return ("paragraph", RichText(value))
        if kind == "quote":
            return ("quote", {"quote": value["quote"], "attribution": value.get("attribution", "")})
        if kind == "image":
            return (
                "image",
                {
                    "image": self.images[value["image"]],
                    "caption": value.get("caption", ""),
                    "wide": value.get("wide", False),
                },
            )
        if kind == "impact_figures":
            return (
                "impact_figures",
                {
                    "heading": value.get("heading", ""),
                    "figures": [self.figures[key] for key in value["figures"]],
                },
            )
        if kind == "call_to_action":
            target = Page.objects.filter(slug_fr=value["page"]).first()
            return (
                "call_to_action",
                {
                    "text": value.get("text", ""),
                    "label": value["label"],
                    "page": target,
                    "external_url": value.get("url", ""),
                },
            )
        raise ValueError(f"Unknown block type in demo content: {kind}")


def _named_bytes(data, name):
    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer
