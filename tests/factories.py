"""What tests build their content with: a factory (factory_boy, wagtail-factories) for every
page model and snippet, and a few plain helpers.

Every translated field gets a value in every configured language (``settings.LANGUAGES``),
made from the language code, so a test can ask a page for its text in each language and
check that each language shows its own: ``page.title_es == "Story 3 (es)"``; with ``text_in``
a test writes the same value the factories make.

    home = HomePageFactory()                      # under the tree's root
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home))
    story.title_es, story.slug_es                 # "Story page 7 (es)", "story-page-7-es"
    ImpactFigureFactory(value="3000000", unit="trees", is_minimum=True)
"""

import datetime
import itertools
import uuid
from decimal import Decimal

import factory
import wagtail_factories
from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Collection, Page, Site, get_page_models

import languages
from contact.models import ContactPage
from cooperative.models import Certification, Partner, Province
from core.models import CustomImage, SiteSettings
from impact.models import ImpactFigure
from pages import models as page_models
from trade import models as trade_models

_numbers = itertools.count(1)


def text_in(label, code, number):
    """The value the factories give a translated field in language ``code``."""
    return f"{label} {number} ({code})"


class TranslatedFieldsMixin:
    """Fills, in every configured language, each field of ``_translated`` (field → label)
    that the caller did not give; a page also gets its title and slug in every language."""

    _translated = {}

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        number = next(_numbers)
        for field, label in cls._translated.items():
            for code in languages.codes():
                kwargs.setdefault(f"{field}_{code}", text_in(label, code, number))
        return super()._adjust_kwargs(**kwargs)


class BasePageFactory(TranslatedFieldsMixin, wagtail_factories.PageFactory):
    """A live page under ``parent`` (the tree's root when none is given)."""

    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        abstract = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        number = next(_numbers)
        label = cls._meta.model.__name__
        for code in languages.codes():
            title = kwargs.setdefault(f"title_{code}", text_in(label, code, number))
            kwargs.setdefault(f"slug_{code}", slugify(title))
        kwargs["title"] = kwargs[f"title_{languages.default()}"]
        kwargs["slug"] = kwargs[f"slug_{languages.default()}"]
        return super()._adjust_kwargs(**kwargs)


class IntroPageFactory(BasePageFactory):
    _translated = {"intro": "Introduction"}

    class Meta:
        abstract = True


class HomePageFactory(IntroPageFactory):
    class Meta:
        model = page_models.HomePage


class HistoryPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.HistoryPage


class CacaoQualityPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.CacaoQualityPage


class ImpactPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.ImpactPage


class StandardPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.StandardPage


class SocialProgramIndexPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.SocialProgramIndexPage


class SocialProgramPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.SocialProgramPage


class ClimateProjectIndexPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.ClimateProjectIndexPage


class ClimateProjectPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.ClimateProjectPage


class StoryIndexPageFactory(IntroPageFactory):
    class Meta:
        model = page_models.StoryIndexPage


class StoryPageFactory(IntroPageFactory):
    date = datetime.date(2026, 1, 15)

    class Meta:
        model = page_models.StoryPage


class ContactPageFactory(IntroPageFactory):
    _translated = {"intro": "Introduction", "thank_you_text": "Thank you"}

    class Meta:
        model = ContactPage


class BuyersIndexPageFactory(IntroPageFactory):
    class Meta:
        model = trade_models.BuyersIndexPage


class ProductPageFactory(IntroPageFactory):
    class Meta:
        model = trade_models.ProductPage


class EudrPageFactory(IntroPageFactory):
    class Meta:
        model = trade_models.EudrPage


PAGE_FACTORIES = {
    factory_class._meta.model: factory_class
    for factory_class in (
        HomePageFactory,
        HistoryPageFactory,
        CacaoQualityPageFactory,
        ImpactPageFactory,
        StandardPageFactory,
        SocialProgramIndexPageFactory,
        SocialProgramPageFactory,
        ClimateProjectIndexPageFactory,
        ClimateProjectPageFactory,
        StoryIndexPageFactory,
        StoryPageFactory,
        ContactPageFactory,
        BuyersIndexPageFactory,
        ProductPageFactory,
        EudrPageFactory,
    )
}


class CustomImageFactory(TranslatedFieldsMixin, wagtail_factories.ImageFactory):
    """An image with a generated PNG file and alt text in every language."""

    _translated = {"description": "Alt text"}
    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.django.ImageField(width=320, height=240, color="green")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = CustomImage


class ProvinceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Province {n}")

    class Meta:
        model = Province


class PartnerFactory(TranslatedFieldsMixin, factory.django.DjangoModelFactory):
    _translated = {"description": "Partner description"}
    name = factory.Sequence(lambda n: f"Partner {n}")

    class Meta:
        model = Partner


class CertificationFactory(TranslatedFieldsMixin, factory.django.DjangoModelFactory):
    _translated = {"name": "Certification", "description": "Certification description"}

    class Meta:
        model = Certification


class ImpactFigureFactory(TranslatedFieldsMixin, factory.django.DjangoModelFactory):
    _translated = {"label": "figure label", "source": "Figure source"}
    key = factory.Sequence(lambda n: f"figure-{n}")
    value = Decimal("1234567")
    unit = "trees"
    category = ImpactFigure.Category.FOREST
    as_of = datetime.date(2025, 6, 30)

    class Meta:
        model = ImpactFigure


class SiteSettingsFactory(TranslatedFieldsMixin, factory.django.DjangoModelFactory):
    """The settings of the default site (one row per site: updated when it exists)."""

    _translated = {"address": "Address", "footer_text": "Footer"}
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    phone = "+51 42 000 000"
    email = "contact@example.org"

    class Meta:
        model = SiteSettings
        django_get_or_create = ("site",)

    @classmethod
    def _get_or_create(cls, model_class, *args, **kwargs):
        settings_row, _created = model_class.objects.update_or_create(
            site=kwargs.pop("site"), defaults=kwargs
        )
        return settings_row


SNIPPET_FACTORIES = {
    factory_class._meta.model: factory_class
    for factory_class in (
        CustomImageFactory,
        ProvinceFactory,
        PartnerFactory,
        CertificationFactory,
        ImpactFigureFactory,
        SiteSettingsFactory,
    )
}


def demo_page(model):
    """The demo content's (first) live page of this type."""
    return model.objects.live().order_by("path").first()


def home_page():
    return page_models.HomePage.objects.get()


def make_figure(key="test-figure", value="1234567", unit="trees", is_minimum=False, **fields):
    figure = ImpactFigure(
        key=key,
        value=Decimal(value),
        unit=unit,
        is_minimum=is_minimum,
        category=fields.pop("category", ImpactFigure.Category.FOREST),
        as_of=fields.pop("as_of", datetime.date(2025, 6, 30)),
        label_fr=fields.pop("label_fr", "arbres de test"),
        label_es=fields.pop("label_es", "árboles de prueba"),
        source_fr=fields.pop("source_fr", "Source de test"),
        source_es=fields.pop("source_es", "Fuente de prueba"),
        **fields,
    )
    figure.full_clean()
    figure.save()
    return figure


def figure_form_data(figure, action=None, **changes):
    """The admin form of ``figure`` as it is posted, with ``changes``; ``action`` is
    ``publish``, ``submit`` or None (save a draft)."""
    data = {
        "key": figure.key,
        "value": str(figure.value),
        "unit": figure.unit,
        "category": figure.category,
        "sort_order": figure.sort_order,
        "label_fr": figure.label_fr,
        "label_es": figure.label_es,
        "description_fr": figure.description_fr or "",
        "description_es": figure.description_es or "",
        "source_fr": figure.source_fr,
        "source_es": figure.source_es,
        "source_url": figure.source_url,
        "as_of": figure.as_of.isoformat(),
        "as_of_precision": figure.as_of_precision,
    }
    if figure.is_minimum:
        data["is_minimum"] = "on"
    data.update(changes)
    if action:
        data[f"action-{action}"] = action
    return {key: value for key, value in data.items() if value is not None}


def make_story(
    title_fr="Une histoire de test", title_es="Una historia de prueba", date=None, **fields
):
    index = page_models.StoryIndexPage.objects.get()
    story = page_models.StoryPage(
        title=title_fr,
        title_fr=title_fr,
        title_es=title_es,
        slug_fr=slugify(title_fr),
        slug_es=slugify(title_es),
        date=date or datetime.date(2026, 1, 15),
        intro_fr=fields.pop("intro_fr", "Introduction en français."),
        intro_es=fields.pop("intro_es", "Introducción en español."),
        **fields,
    )
    index.add_child(instance=story)
    return story


def make_photo_image(width=2400, height=1600, title="Photo de test", focal_point=None):
    """A photo-like JPEG (sky-to-earth gradient, grain, a darker subject off-centre), as
    staff would upload one, saved as a Wagtail image with its alt text in every language.
    ``focal_point``: (x, y, width, height) in pixels, or None."""
    import io
    import random

    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw, ImageFilter

    picture = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        t = y / height
        sky, ground = (150, 190, 215), (70, 95, 40)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(sky, ground, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    draw.ellipse([width * 0.55, height * 0.35, width * 0.8, height * 0.85], fill=(110, 60, 30))
    rng = random.Random(4)
    for _ in range(width * height // 400):
        x, y = rng.randrange(width), rng.randrange(height)
        shade = rng.randrange(-25, 25)
        r, g, b = picture.getpixel((x, y))
        draw.point((x, y), fill=(r + shade, g + shade, b + shade))
    picture = picture.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    from core.models import CustomImage

    image = CustomImage(
        title=title,
        **{f"description_{code}": f"Test photograph ({code})" for code in languages.codes()},
    )
    image.file = ImageFile(buffer, name="photo-de-test.jpg")
    if focal_point:
        (
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        ) = focal_point
    image.save()
    return image


# Which parent each page type is created under in the tests (see test_tree_rules).
PAGE_MODELS = [
    page_models.HomePage,
    page_models.HistoryPage,
    page_models.CacaoQualityPage,
    page_models.SocialProgramIndexPage,
    page_models.SocialProgramPage,
    page_models.ClimateProjectIndexPage,
    page_models.ClimateProjectPage,
    page_models.StoryIndexPage,
    page_models.StoryPage,
    ContactPage,
    page_models.ImpactPage,
    page_models.StandardPage,
    trade_models.BuyersIndexPage,
    trade_models.ProductPage,
    trade_models.EudrPage,
]


def all_page_models():
    """Every concrete page model of the project (so a new one cannot be forgotten)."""
    return [model for model in get_page_models() if model is not Page]


def stories_in_bulk(total):
    """Add live stories under the story index until it holds ``total``; returns how many
    were added. Rows are written in bulk (no revisions, signals or search entries): for
    tests and benchmarks of costs that grow with the number of stories."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone
    from modeltranslation.utils import build_localized_fieldname

    index = page_models.StoryIndexPage.objects.get()
    existing = page_models.StoryPage.objects.child_of(index).count()
    if total <= existing:
        return 0
    model = page_models.StoryPage
    template = model.objects.child_of(index).order_by("path").first()
    codes = [code for code, _name in settings.LANGUAGES]
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    now = timezone.now()
    pages = []
    for number in range(existing + 1, total + 1):
        step += 1
        fields = {}
        for code in codes:
            slug = f"bulk-story-{number}-{code}"
            fields[build_localized_fieldname("title", code)] = f"Bulk story {number} ({code})"
            fields[build_localized_fieldname("slug", code)] = slug
            parent_path = getattr(index, build_localized_fieldname("url_path", code))
            fields[build_localized_fieldname("url_path", code)] = f"{parent_path}{slug}/"
        pages.append(
            Page(
                path=Page._get_path(index.path, index.depth + 1, step),
                depth=index.depth + 1,
                numchild=0,
                content_type=ContentType.objects.get_for_model(model),
                locale_id=index.locale_id,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                draft_title=fields[build_localized_fieldname("title", codes[0])],
                translation_key=uuid.uuid4(),
                **fields,
            )
        )
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=500)
        stories = []
        for offset, page in enumerate(pages):
            story = model(page_ptr_id=page.pk, date=datetime.date(2020, 1, 1))
            story.date += datetime.timedelta(days=offset % 2000)
            story.image_id = template.image_id if template else None
            for name in ("intro", "body"):
                for code in codes:
                    localized = build_localized_fieldname(name, code)
                    setattr(story, localized, getattr(template, localized, None))
            stories.append(story)
        fields = model._meta.local_concrete_fields
        for first in range(0, len(stories), 500):
            # Only the story table: the page rows above are its parents.
            model._base_manager._insert(stories[first : first + 500], fields=fields)
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
    return len(pages)
