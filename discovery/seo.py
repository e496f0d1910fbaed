"""What search engines and link previews read about a page, in the active language.

Everything is absolute and built on ``settings.SITE_URL`` (the public address of the
site), never on the request's host, so that a page fetched through a proxy, a test client
or a preview still declares its real public address.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation

from languages import codes as language_codes
from languages import detail as language_detail
from languages.paths import page_path

# Open Graph wants a territory: French as written in France, Spanish as in Peru.
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg|jpegquality-80"
SHARE_IMAGE_SIZE = (1200, 630)


def og_locale(language):
    """The Open Graph locale of ``language``: ``fr_FR``, ``es_PE``, ``en_US``."""
    return language_detail(language, "og_locale", language)


def absolute(url):
    """``/fr/histoire/`` → ``https://www.example.org/fr/histoire/`` (absolute URLs kept)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return f"{settings.SITE_URL}{url}"


def logo_url():
    return absolute(static("img/logo.svg"))


@dataclass
class Alternates:
    """A page's address in each language, plus x-default (the French one)."""

    urls: dict = field(default_factory=dict)  # language code → absolute URL

    @property
    def canonical(self):
        return self.urls.get(translation.get_language())

    @property
    def x_default(self):
        return self.urls.get(settings.LANGUAGE_CODE)

    def links(self):
        """(hreflang, URL) for the <link rel="alternate"> tags, x-default last."""
        links = list(self.urls.items())
        if self.x_default:
            links.append(("x-default", self.x_default))
        return links


def page_alternates(page, query=""):
    urls = {}
    for code in language_codes():
        path = page_path(page, code)
        if path:
            urls[code] = absolute(path + query)
    return Alternates(urls)


def share_image(page, site_settings):
    """The page's image, else the site's default share image (either may be None)."""
    image = getattr(page, "image", None)
    if image is None and site_settings is not None:
        image = site_settings.default_share_image
    return image


def share_image_card(image):
    """URL, size and alt text of the image's 1200 × 630 JPEG rendition (cards want JPEG)."""
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    return {
        "url": absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text,
    }
