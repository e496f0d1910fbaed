"""Compressed and conditional responses: gzip and Brotli, ETag and 304 Not Modified.

Text responses (HTML, feeds, sitemap, JSON) are sent compressed when the client accepts
it (``Accept-Encoding``; Brotli preferred). The page cache (serving/cache.py) keeps each
page's compressed bodies next to the plain one, so that a hit costs no compression; this
module compresses the other responses on the way out.

BREACH: an attacker who can make a victim's browser fetch a compressed page that holds a
secret *and* text the attacker chose can guess the secret from the compressed sizes. The
site's only secret in a public page is the CSRF token of a form, so a response is never
compressed when the request used a CSRF token (Django records it in
``request.META["CSRF_COOKIE_NEEDS_UPDATE"]``, set by ``get_token``). Responses that set
cookies are not compressed either.

Every public text response also gets an ``ETag`` (a digest of its plain body; the
compressed representations add ``-br`` / ``-gzip``), and a request whose ``If-None-Match``
names it, or whose ``If-Modified-Since`` is not older than the response's
``Last-Modified`` (feeds), is answered ``304 Not Modified`` without a body.
"""

import gzip
import hashlib

import brotli
from django.http import HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_http_date_safe

COMPRESSIBLE_TYPES = {
    "text/html",
    "text/plain",
    "text/xml",
    "text/csv",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/ld+json",
    "application/manifest+json",
}
MIN_COMPRESSED_SIZE = 256  # bytes: below this, the encoding headers cost more than they save
ENCODINGS = ("br", "gzip")  # in order of preference
# Brotli quality: 9 for what the page cache keeps (once per page and generation), 5 on the
# fly (about as fast as gzip at level 6, smaller).
STORED_BROTLI_QUALITY = 9
ON_THE_FLY_BROTLI_QUALITY = 5
# Headers a 304 repeats (RFC 9110 §15.4.5).
NOT_MODIFIED_HEADERS = ("Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Vary")


def compress(body, encoding, stored=False):
    if encoding == "br":
        quality = STORED_BROTLI_QUALITY if stored else ON_THE_FLY_BROTLI_QUALITY
        return brotli.compress(body, quality=quality)
    return gzip.compress(body, compresslevel=6, mtime=0)


def accepted_encoding(request):
    """The best encoding the client accepts (``br``, ``gzip``) or None (identity)."""
    header = request.META.get("HTTP_ACCEPT_ENCODING", "")
    weights = {}
    for item in header.split(","):
        name, _sep, params = item.strip().partition(";")
        name = name.strip().lower()
        weight = 1.0
        params = params.strip().replace(" ", "")
        if params.startswith("q="):
            try:
                weight = float(params[2:])
            except ValueError:
                weight = 0.0
        if name:
            weights[name] = weight
    for encoding in ENCODINGS:
        weight = weights.get(encoding, weights.get("*", 0.0))
        if weight > 0:
            return encoding
    return None


def is_compressible(response):
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    return (
        content_type in COMPRESSIBLE_TYPES
        and not response.streaming
        and not response.has_header("Content-Encoding")
        and response.status_code == 200
    )


def request_used_csrf_token(request):
    return bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))


def may_compress(request, response):
    return (
        is_compressible(response)
        and len(response.content) >= MIN_COMPRESSED_SIZE
        and not request_used_csrf_token(request)
        and not response.cookies
    )


def body_etag(body):
    return hashlib.sha256(body).hexdigest()[:32]


def etag_header(base, encoding=None):
    return f'"{base}-{encoding}"' if encoding else f'"{base}"'


def _etag_base(tag):
    tag = tag.strip()
    if tag.startswith("W/"):
        tag = tag[2:]
    tag = tag.strip('"')
    for encoding in ENCODINGS:
        if tag.endswith(f"-{encoding}"):
            return tag[: -len(encoding) - 1]
    return tag


def not_modified(request, response, base_etag=None):
    """A 304 for ``response`` when the request's validators match it, else None."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return None
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        if base_etag is None and response.has_header("ETag"):
            base_etag = _etag_base(response["ETag"])
        if base_etag is None:
            return None
        tags = {_etag_base(tag) for tag in if_none_match.split(",")}
        if base_etag not in tags and "*" not in tags:
            return None
    else:
        since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        if since is None or last_modified is None or last_modified > since:
            return None
    answer = HttpResponseNotModified()
    for name in NOT_MODIFIED_HEADERS:
        if response.has_header(name):
            answer[name] = response[name]
    if response.has_header("Last-Modified"):
        answer["Last-Modified"] = response["Last-Modified"]
    return answer


def finish(request, response):
    """Compress (when allowed) and answer conditional requests, for a response that does
    not come from the page cache."""
    if not is_compressible(response) or response.cookies or response.has_header("Set-Cookie"):
        return response
    cache_control = response.get("Cache-Control", "").lower()
    public = "private" not in cache_control and "no-store" not in cache_control
    if public and request.method in ("GET", "HEAD") and not response.has_header("ETag"):
        base = body_etag(response.content)
        response["ETag"] = etag_header(base)
    else:
        base = _etag_base(response["ETag"]) if response.has_header("ETag") else None
    patch_vary_headers(response, ["Accept-Encoding"])
    if public:
        answer = not_modified(request, response, base)
        if answer is not None:
            return answer
    encoding = accepted_encoding(request)
    if encoding and may_compress(request, response):
        response.content = compress(response.content, encoding)
        response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(response.content))
        if base:
            response["ETag"] = etag_header(base, encoding)
    return response
