"""Build the complete demo site, in every configured language, from demo/content/*.toml.

Idempotent: everything is looked up by a stable key (figure key, partner or province
name, certification and image title in the default language, page slug in the default
language under its parent) and created only when missing, so a second run changes
nothing and never overwrites what editors have changed.
"""

from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from demo import loader, sample_trade
from demo.loader import model
from impact.models import ImpactFigure
from languages.signals import clear_localized_site_root_paths

# Models are found by class name (the data's `type = "StoryPage"`), wherever their app.

# Keys of a page entry that are not plain fields: the command resolves them itself.
PAGE_RELATIONS = {
    "type",
    "slug",
    "image",
    "figures",
    "partners",
    "provinces",
    "certifications",
    "milestones",
    "body",
    "children",
    "sections",
}


class Command(BaseCommand):
    help = "Load the demo content (pages, figures, images) in every configured language."

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
        if options["if_empty"] and model("HomePage").objects.exists():
            self.stdout.write("The site already has content: demo content not loaded.")
            return
        self.created = 0
        with translation.override(loader.default_language()), transaction.atomic():
            self.images = self.load_images()
            self.figures = self.load_figures()
            self.provinces = self.load_provinces()
            self.partners = self.load_partners()
            self.certifications = self.load_certifications()
            home = self.load_home()
            self.load_site_settings()
            self.pending_bodies = []
            sections = [loader.read(section) for section in loader.read("home")["sections"]]
            self.load_children(home, sections)
            self.fill_bodies()
            # Sample lots and plots (not facts) only on request.
            if options["with_sample_trade_data"]:
                self.created += sample_trade.load_sample_trade_data()
        clear_localized_site_root_paths()
        call_command("rebuild_search_entries", verbosity=0)  # the site search (discovery app)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({self.created} objects created).")
        )

    # --- snippets and images -----------------------------------------------------------

    def load_images(self):
        images = {}
        for entry in loader.read("images")["image"]:
            key = entry["key"]
            title = loader.in_default_language(entry["title"])
            image = model("CustomImage").objects.filter(title=title).first()
            if image is None:
                image = model("CustomImage")()
                loader.apply_entry(image, entry, skip={"key"})
                with loader.illustration_path(key).open("rb") as png:
                    image.file = ImageFile(png, name=f"{key}.png")
                    image.save()
                self.created += 1
            images[key] = image
        return images

    def load_figures(self):
        return self.load_entries(
            ImpactFigure,
            loader.read("figures")["figure"],
            lambda entry: (entry["key"], {"key": entry["key"]}),
            validate=True,
        )

    def load_provinces(self):
        return self.load_entries(
            model("Province"),
            loader.read("cooperative")["province"],
            lambda entry: (entry["name"], {"name": entry["name"]}),
        )

    def load_partners(self):
        return self.load_entries(
            model("Partner"),
            loader.read("cooperative")["partner"],
            lambda entry: (entry["name"], {"name": entry["name"]}),
        )

    def load_certifications(self):
        default_name = f"name_{loader.default_language()}"
        return self.load_entries(
            model("Certification"),
            loader.read("cooperative")["certification"],
            lambda entry: (entry["key"], {default_name: loader.in_default_language(entry["name"])}),
            skip={"key"},
        )

    def load_entries(self, entry_model, entries, lookup, skip=(), validate=False):
        """``{key: object}`` for the entries; ``lookup(entry)`` gives the entry's key and
        the filter that finds its object. Only the missing objects are created."""
        objects = {}
        for entry in entries:
            key, filters = lookup(entry)
            instance = entry_model.objects.filter(**filters).first()
            if instance is None:
                instance = entry_model()
                loader.apply_entry(instance, entry, skip=skip)
                if validate:
                    instance.full_clean()
                instance.save()
                self.created += 1
            objects[key] = instance
        return objects

    # --- pages -------------------------------------------------------------------------

    def load_home(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = model("HomePage").objects.first()
        if home is None and site is not None:
            # Wagtail's "Welcome to your new Wagtail site!" placeholder: its slug ("home")
            # would clash with the home page's in a language whose slug is "home".
            placeholder = site.root_page
            if type(placeholder.specific) is Page and not placeholder.get_children().exists():
                site.delete()
                placeholder.delete()
                site = None
        if home is None:
            root = Page.get_first_root_node()
            entry = loader.read("home")
            home = self.new_page(model("HomePage"), entry)
            root.add_child(instance=home)
            self.link_figures(home, entry.get("figures", []))
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
        site_settings = model("SiteSettings").for_site(site)
        if getattr(site_settings, f"address_{loader.default_language()}"):
            return  # already filled (by a previous run or an editor)
        entry = loader.read("site_settings")
        loader.apply_entry(site_settings, entry, skip={"default_share_image"})
        site_settings.default_share_image = self.images.get(entry.get("default_share_image"))
        site_settings.save()
        self.created += 1

    def new_page(self, page_model, entry):
        """An unsaved page with the entry's fields, slugs and image."""
        page = page_model(show_in_menus=False)
        loader.apply_entry(page, entry, skip=PAGE_RELATIONS)
        page.title = loader.in_default_language(entry["title"])
        loader.set_translated(page, "slug", entry["slug"])
        page.slug = loader.in_default_language(entry["slug"])
        page.image = self.images.get(entry.get("image"))
        return page

    def load_children(self, parent, entries):
        default_slug = f"slug_{loader.default_language()}"
        for entry in entries:
            page_model = model(entry["type"])
            slug = loader.in_default_language(entry["slug"])
            page = page_model.objects.child_of(parent).filter(**{default_slug: slug}).first()
            if page is None:
                page = self.create_page(parent, page_model, entry)
            self.load_children(page, entry.get("children", []))

    def create_page(self, parent, page_model, entry):
        page = self.new_page(page_model, entry)
        if "partners" in entry:
            page.partners = [self.partners[name] for name in entry["partners"]]
        if "provinces" in entry:
            page.provinces = [self.provinces[name] for name in entry["provinces"]]
        if "certifications" in entry:
            page.certifications = [self.certifications[key] for key in entry["certifications"]]
        for milestone_entry in entry.get("milestones", []):
            milestone = model("HistoryMilestone")(
                image=self.images.get(milestone_entry.get("image"))
            )
            loader.apply_entry(milestone, milestone_entry, skip={"image"})
            page.milestones.add(milestone)
        parent.add_child(instance=page)
        self.link_figures(page, entry.get("figures", []))
        page.save()
        self.created += 1
        self.pending_bodies.append((page, entry.get("body", [])))
        return page

    def link_figures(self, page, keys):
        for order, key in enumerate(keys):
            model("PageImpactFigure").objects.create(
                page=page, figure=self.figures[key], sort_order=order
            )

    def fill_bodies(self):
        """Bodies last: a call to action may point to any page of the tree."""
        for page, blocks in self.pending_bodies:
            for code in loader.body_languages(blocks):
                setattr(page, f"body_{code}", [self.block(block, code) for block in blocks])
            page.save_revision().publish()

    def block(self, block, code):
        """One body block in language ``code``, as a StreamField (type, value) pair."""

        def text(key):
            return block.get(key, {}).get(code, "")

        kind = block["type"]
        if kind in ("heading", "heading3"):
            return ("heading", {"text": text("text"), "level": "h2" if kind == "heading" else "h3"})
        if kind == "paragraph":
            return ("paragraph", RichText(text("text")))
        if kind == "quote":
            return ("quote", {"quote": text("quote"), "attribution": text("attribution")})
        if kind == "image":
            return (
                "image",
                {
                    "image": self.images[block["image"]],
                    "caption": text("caption"),
                    "wide": block.get("wide", False),
                },
            )
        if kind == "impact_figures":
            return (
                "impact_figures",
                {
                    "heading": text("heading"),
                    "figures": [self.figures[key] for key in block["figures"]],
                },
            )
        if kind == "call_to_action":
            default_slug = f"slug_{loader.default_language()}"
            return (
                "call_to_action",
                {
                    "text": text("text"),
                    "label": text("label"),
                    "page": Page.objects.filter(**{default_slug: block["page"]}).first(),
                    "external_url": block.get("url", ""),
                },
            )
        raise ValueError(f"Unknown block type in demo content: {kind}")
