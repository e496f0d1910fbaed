"""Settings shared by every environment.

Everything that differs between a laptop and production comes from environment
variables (see README "Configuration"); the defaults here are safe for development only
where noted, and production.py refuses to start without the values it needs.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the project's apps and Wagtail's admin: it
    # patches Page before subclasses register (else DescendantRegistered at start-up).
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    # The project's apps, each depending only on those listed after it (README
    # "Architecture"; `make lint` checks the layers with import-linter).
    "demo",
    "operations",
    "contact",
    "editorial",
    "discovery",
    "pages",
    "impact",
    "cooperative",
    "core",
    "languages",
    "serving",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "serving.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous page views from the cache, before sessions and auth (serving/cache.py).
    "serving.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, plus: / redirects by cookie or Accept-Language, and
    # unknown prefixes (/de/, /xx/) stay 404s instead of redirecting (languages app).
    "languages.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "languages.middleware.AdminLanguageMiddleware",
    # Last: turns a locked-out login attempt into the lockout page (serving/, django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "acopagro_site.urls"
# A form refused for a missing or wrong CSRF token: a page in the visitor's language.
CSRF_FAILURE_VIEW = "acopagro_site.views.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "acopagro_site.wsgi.application"

# SQLite by default (nothing to install); PostgreSQL (or any database) from DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it refuses a locked-out login before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# --- Languages -------------------------------------------------------------------------
# The site's languages, the one list the code reads (through `languages.codes()`): French
# is the default and the language every content field must have. Content fields get one
# column per language from django-modeltranslation (`title_fr`, `title_es`, `title_en`),
# template strings come from the catalogs in locale/<code>. README "Adding a language"
# says what else a new language needs (a migration, a catalog, content).
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("en", _("English")),
]
# What each language needs besides its code: the Open Graph locale of shared links, and
# the PostgreSQL text-search configuration of the site search (stemming).
LANGUAGE_DETAILS = {
    "fr": {"og_locale": "fr_FR", "search_config": "french"},
    "es": {"og_locale": "es_PE", "search_config": "spanish"},
    "en": {"og_locale": "en_US", "search_config": "english"},
}
# A visitor whose browser asks only for languages the site does not have (German,
# Japanese…) is shown this one rather than the default: the international buyers' language.
LANGUAGE_FOR_OTHER_VISITORS = "en"
# locale/: the project's own strings (makemessages keeps it in step with the code).
# admin_locale/: Wagtail admin strings that Wagtail's own Spanish (and French) catalogs
# lack, kept apart so that makemessages never prunes them (scripts/admin-catalog).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "admin_locale"]
# The language the message ids are written in: its catalog translates each to itself
# (`manage.py update_catalogs`).
MESSAGE_ID_LANGUAGE = "en"
# Numbers and dates per language where the site writes them differently from Django's
# defaults (acopagro_site/formats/<code>/formats.py).
FORMAT_MODULE_PATH = ["acopagro_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Lima"

# Everything below follows LANGUAGES: the languages are listed nowhere else in the code.
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# An empty field shows the default language's text (templates mark it with its lang).
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": (LANGUAGE_CODE,)}
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
# One page tree serves every language: Wagtail's own per-language trees stay off.
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media ------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "ACOPAGRO"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "gif": "webp", "png": "webp", "jpeg": "webp"}
# Alternative text required in both languages unless the image is marked decorative.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.forms.AltTextImageForm"
# Redirects from a moved or renamed page's old URLs are made in every language by
# discovery/redirects.py; Wagtail's own would cover the editor's active language only.
WAGTAILREDIRECTS_AUTO_CREATE = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
# Documents (annual reports, certificates) always go through Wagtail's view, which checks
# privacy and adds `X-Content-Type-Options: nosniff` and `Content-Security-Policy:
# default-src 'none'`; only PDFs open in the browser, everything else is downloaded.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "ol", "ul", "document-link"]},
    }
}

# Map tiles (pages/maps.py): any {z}/{x}/{y} tile URL; empty draws the map without tiles
# (the places are listed as text in any case). The attribution is shown on the map.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task and per page action is noise on the console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# --- Discoverability: negotiation, sitemap, feeds, search ------------------------------
# Public address of the site, no trailing slash: canonical and hreflang links, sitemap,
# feeds, Open Graph images and JSON-LD are absolute on it.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The language a visitor picks in the switcher is remembered for a year.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"


# --- Staff editing: roles, workflow, forms, email ---------------------------------------
# The admin is in Spanish for anyone who has not chosen French or English in their account
# (languages/middleware.py).
WAGTAILADMIN_DEFAULT_LANGUAGE = "es"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("es", "Español"), ("fr", "Français"), ("en", "English")]
# Edit forms show the French and the Spanish field of each translated field (labelled
# "[fr]" / "[es]"); the language toggles above the form hide one, and the choice is kept.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = MODELTRANSLATION_LANGUAGES
WAGTAILMODELTRANSLATION_LOCALE_PICKER_RESTORE = True

# Contact page (contact/limits.py): messages per visitor IP address and hour.
CONTACT_RATE_LIMIT = int(os.environ.get("CONTACT_RATE_LIMIT", "5"))

# Email: SMTP when EMAIL_HOST is set, otherwise printed on the console (development).
# Messages are stored before they are emailed, so a mail failure loses nothing.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ACOPAGRO <webmaster@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL


# --- Production serving: cache, security headers, storage -------------------------------
# Shared cache (and sessions) in Redis when REDIS_URL is set, so that several app servers
# see one cache; otherwise a per-process memory cache (development, one server).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's, reusing its Redis client (serving/redis_cache.py).
            "BACKEND": "serving.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "acopagro"),
            "TIMEOUT": 3600,
            # A Redis that is down or frozen costs a request at most this long (then it
            # is a cache miss, and Redis is left alone for a few seconds).
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                "health_check_interval": 30,
            },
        }
    }
    # Sessions read from Redis and written through to the database (they survive eviction,
    # and when Redis is unavailable they are read from the database).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Page cache (serving/cache.py): anonymous views of live pages, per URL, until the site
# changes or PAGE_CACHE_SECONDS pass. PAGE_CACHE_ENABLED=false turns it off (benchmarks).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/static/", "/media/"]
# Query parameters a cached page may have (others are rendered afresh: no cache flooding).
PAGE_CACHE_QUERY_PARAMETERS = ["page"]
# Besides every model of the project's apps, saving these starts a new generation.
PAGE_CACHE_INVALIDATING_MODELS = ["wagtailcore.Site", "wagtailcore.PageViewRestriction"]

# A CDN in front (wagtail.contrib.frontend_cache), only when configured: every live page
# is purged in each language when the site changes; PAGE_CACHE_CDN_SECONDS is how long
# the CDN may keep a page (s-maxage).
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "300"))
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
            "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", ""),
        }
    }
elif os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx or any proxy that accepts PURGE requests at this address.
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

# Admin login throttling (django-axes, attempts kept in the database so every server sees
# them): after AXES_FAILURE_LIMIT failures for one user name from one address, that pair
# is refused for AXES_COOLOFF_MINUTES, with a 429 and a page in French and Spanish.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "serving.views.login_locked_out"
AXES_VERBOSE = False
# The visitor's address, for this throttling and the contact form's rate limit: behind
# PROXY_COUNT reverse proxies, the PROXY_COUNT-th entry from the right in X-Forwarded-For
# (serving/client_ip.py; django-ipware is not installed, so axes asks our function).
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "serving.client_ip.client_ip"

# Upload limits: a too large file or a decompression bomb gets a form error, not a crash.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("MAX_IMAGE_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("MAX_IMAGE_MEGAPIXELS", "40")) * 1_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("MAX_DOCUMENT_UPLOAD_MB", "20")) * 1024 * 1024
# No SVG: it can carry scripts. Raster formats only.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
