"""``{% page_meta %}``: everything ``components/head_meta.html`` prints, in one place."""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.models import Page

from core.models import SiteSettings
from languages import codes as language_codes
from languages.paths import page_path, translate_path
from pages.models import StoryPage

from .. import structured_data
from ..seo import Alternates, absolute, og_locale, page_alternates, share_image, share_image_card

register = template.Library()

DESCRIPTION_LENGTH = 200


def _site_settings(request):
    if request is None:
        return None
    return SiteSettings.for_request(request)


def _view_alternates(request):
    """Alternates of a non-page view (search…); none for 404s and unknown paths."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name == "wagtail_serve":
        return Alternates()
    urls = {}
    for code in language_codes():
        path = translate_path(request, request.path, code)
        if path:
            urls[code] = absolute(path)
    return Alternates(urls)


def _page_number_query(context):
    """``?page=N`` for the second and later pages of a paginated listing."""
    page_of_items = context.get("stories")
    number = getattr(page_of_items, "number", 1)
    return f"?page={number}" if isinstance(number, int) and number > 1 else ""


def _breadcrumb_trail(context, page, canonical, language, subpage_title=""):
    ancestors = context.get("breadcrumbs") or []
    if not ancestors:
        return []
    trail = []
    for ancestor in ancestors:
        name = gettext("Home") if ancestor.depth == 2 else ancestor.title
        trail.append((name, absolute(page_path(ancestor, language))))
    if subpage_title:
        trail.append((page.title, absolute(page_path(page, language))))
        trail.append((subpage_title, canonical))
    else:
        trail.append((page.title, canonical))
    return trail


@register.simple_tag(takes_context=True)
def page_meta(context):
    request = context.get("request")
    page = context.get("page")
    language = translation.get_language()
    site_settings = _site_settings(request)
    is_page = isinstance(page, Page)
    is_story = isinstance(page, StoryPage)

    # A routable page's own sub-address (a lot: ``lot/<code>/``), with its own title.
    subpage_path = context.get("subpage_path") or ""
    if is_page:
        alternates = page_alternates(page, subpage_path + _page_number_query(context))
        title = context.get("meta_title") or (
            page.meta_title if hasattr(page, "meta_title") else page.title
        )
        description = context.get("meta_description") or (
            page.meta_description if hasattr(page, "meta_description") else ""
        )
    else:
        alternates = _view_alternates(request) if request is not None else Alternates()
        title = context.get("meta_title") or "ACOPAGRO"
        description = context.get("meta_description") or ""
    description = Truncator(" ".join(str(description or "").split())).chars(DESCRIPTION_LENGTH)
    canonical = alternates.canonical
    image_card = share_image_card(share_image(page if is_page else None, site_settings))

    home_path = f"/{language}/"
    nodes = [structured_data.organization(site_settings, absolute(home_path))]
    if is_page:
        trail = _breadcrumb_trail(context, page, canonical, language, subpage_path and title)
        if trail:
            nodes.append(structured_data.breadcrumb_list(trail))
        if is_story:
            nodes.append(
                structured_data.article(page, canonical, language, description, image_card)
            )
        # A page with data of its own (the impact page: Dataset, Observations).
        page_nodes = getattr(page, "structured_data_nodes", None)
        if page_nodes is not None:
            nodes.extend(page_nodes(structured_data.organization_id(), canonical, site_settings))

    try:
        feed_url = reverse("story_feed")
    except NoReverseMatch:
        feed_url = None

    return {
        "title": title,
        "description": description,
        "canonical": canonical,
        "alternates": alternates.links(),
        "robots": context.get("robots", ""),
        "og_type": "article" if is_story else "website",
        "og_locale": og_locale(language),
        "og_locale_alternates": [og_locale(code) for code in language_codes() if code != language],
        "image": image_card,
        "published_time": page.date_iso if is_story else None,
        "modified_time": page.last_published_at if is_page else None,
        "feed_url": feed_url,
        "json_ld": structured_data.json_ld_script(structured_data.graph(*nodes)),
    }
