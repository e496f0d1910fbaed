"""Content-Security-Policy and the other browser security headers.

The public site has no inline script, style or event handler (STYLE.md), so its policy
allows only this site's own files (plus the map tile host and S3 media host when set).
The Wagtail admin ships inline scripts and styles of its own: it gets a looser policy,
limited to the same origin. Django's SecurityMiddleware sends HSTS (on HTTPS),
X-Content-Type-Options, Referrer-Policy and Cross-Origin-Opener-Policy; this middleware
adds Cross-Origin-Resource-Policy (same-origin for pages, cross-origin for files).
"""

from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings

ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
# Files other sites may embed (images of a partner's article, a linked PDF).
EMBEDDABLE_PATH_PREFIXES = ("/media/", "/static/", "/documents/")


def cross_origin_resource_policy(path):
    """Cross-Origin-Resource-Policy: pages and the admin are loaded by this site only;
    static files, images and documents may be embedded by others."""
    if path.startswith(EMBEDDABLE_PATH_PREFIXES):
        return "cross-origin"
    return "same-origin"


PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
)


def origin_of(url):
    """``https://{s}.tile.example.org/{z}/{x}/{y}.png`` -> ``https://*.tile.example.org``."""
    if not url:
        return ""
    parts = urlsplit(url.replace("{s}.", "x-subdomain-placeholder."))
    if not parts.scheme or not parts.netloc:
        return ""  # a relative URL is the site itself: 'self' covers it
    host = parts.netloc.replace("x-subdomain-placeholder.", "*.")
    return f"{parts.scheme}://{host}"


def _extra_image_sources():
    sources = [origin_of(getattr(settings, "MAP_TILE_URL", "")), origin_of(settings.MEDIA_URL)]
    return " ".join(source for source in sources if source)


def _directives(public):
    images = " ".join(filter(None, ["'self' data:", _extra_image_sources()]))
    if public:
        directives = {
            "default-src": "'self'",
            "script-src": "'self'",
            "style-src": "'self'",
            "img-src": images,
            "font-src": "'self'",
            "connect-src": "'self'",
            "media-src": "'self'",
            "frame-src": "'self'",
            "object-src": "'none'",
            "base-uri": "'self'",
            "form-action": "'self'",
            "frame-ancestors": "'none'",
        }
    else:
        directives = {
            "default-src": "'self'",
            "script-src": "'self' 'unsafe-inline'",
            "style-src": "'self' 'unsafe-inline'",
            "img-src": images + " blob:",
            "font-src": "'self' data:",
            "connect-src": "'self'",
            "frame-src": "'self'",
            "object-src": "'none'",
            "base-uri": "'self'",
            "form-action": "'self'",
            "frame-ancestors": "'self'",
        }
    if getattr(settings, "SECURE_SSL_REDIRECT", False):
        directives["upgrade-insecure-requests"] = ""
    return "; ".join(f"{name} {value}".strip() for name, value in directives.items())


@lru_cache(maxsize=8)
def _policy(public, _settings_key):
    return _directives(public)


def content_security_policy(path):
    """The policy for a response to ``path`` (the admin's or the public site's)."""
    public = not path.startswith(ADMIN_PATH_PREFIXES)
    key = (
        getattr(settings, "MAP_TILE_URL", ""),
        settings.MEDIA_URL,
        getattr(settings, "SECURE_SSL_REDIRECT", False),
    )
    return _policy(public, key)


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response.

    Placed right after Django's SecurityMiddleware, so that responses served from the page
    cache get the same headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_dummy", False):
            # Wagtail's preview renders the page through the middleware again, with a dummy
            # request for the page's public URL; the admin request around it sets the
            # headers (the admin's policy: the live preview panel frames the preview).
            return response
        if settings.DEBUG and response.status_code >= 400:
            return response  # Django's debug pages use inline styles and scripts
        response.headers.setdefault(
            "Content-Security-Policy", content_security_policy(request.path)
        )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", cross_origin_resource_policy(request.path)
        )
        if request.method == "HEAD" and not response.streaming:
            # gunicorn drops (and warns about) a body on a HEAD response: send none.
            response.content = b""
        return response
