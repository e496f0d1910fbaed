"""Compressed and conditional responses (serving/compression.py, serving/cache.py): gzip
and Brotli when accepted, compressed bodies kept in the page cache, never with a CSRF token
(BREACH), ETag / Last-Modified and 304."""

import gzip
from unittest import mock

import brotli
import pytest
from django.test import override_settings

from contact.models import ContactPage
from serving import compression
from serving.cache import HEADER
from tests.factories import demo_page

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


def test_pages_are_sent_with_brotli_or_gzip_as_accepted(client):
    plain = client.get("/fr/", HTTP_ACCEPT_ENCODING="identity").content
    br = client.get("/fr/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert br["Content-Encoding"] == "br"
    assert brotli.decompress(br.content) == plain
    assert len(br.content) < len(plain) / 3
    gz = client.get("/fr/", HTTP_ACCEPT_ENCODING="gzip")
    assert gz["Content-Encoding"] == "gzip"
    assert gzip.decompress(gz.content) == plain
    assert "Accept-Encoding" in gz["Vary"]
    refused = client.get("/fr/", HTTP_ACCEPT_ENCODING="br;q=0, gzip;q=0")
    assert not refused.has_header("Content-Encoding")


def test_a_cache_hit_costs_no_compression(client):
    assert client.get("/es/", HTTP_ACCEPT_ENCODING="br")[HEADER] == "MISS"
    with mock.patch.object(compression, "compress", side_effect=AssertionError("compressed")):
        hit = client.get("/es/", HTTP_ACCEPT_ENCODING="br")
    assert hit[HEADER] == "HIT"
    assert hit["Content-Encoding"] == "br"
    assert hit["Content-Length"] == str(len(hit.content))


def test_feed_sitemap_and_search_are_compressed_too(client):
    for url in ("/fr/feed/", "/sitemap-1.xml", "/fr/recherche/?q=cacao"):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response["Content-Encoding"] == "gzip", url
        assert gzip.decompress(response.content)


def test_a_page_with_a_csrf_token_is_never_compressed(client):
    contact = demo_page(ContactPage)
    response = client.get(contact.url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert not response.has_header("Content-Encoding")


def test_a_matching_etag_gets_304_on_a_miss_and_on_a_hit(client):
    first = client.get("/fr/", HTTP_ACCEPT_ENCODING="br")
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('-br"')
    again = client.get("/fr/", HTTP_ACCEPT_ENCODING="br", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    # The same page, asked without compression but with the compressed ETag: same content.
    plain = client.get("/fr/", HTTP_IF_NONE_MATCH=f"W/{etag}")
    assert plain.status_code == 304
    changed = client.get("/fr/", HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200


@override_settings(PAGE_CACHE_ENABLED=False)
def test_uncached_pages_also_answer_304():
    from django.test import Client

    client = Client()
    etag = client.get("/es/")["ETag"]
    assert client.get("/es/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_feed_answers_304_to_if_modified_since_and_etag(client):
    feed = client.get("/fr/feed/")
    assert feed.has_header("Last-Modified")
    since = client.get("/fr/feed/", HTTP_IF_MODIFIED_SINCE=feed["Last-Modified"])
    assert since.status_code == 304
    assert client.get("/fr/feed/", HTTP_IF_NONE_MATCH=feed["ETag"]).status_code == 304


def test_sitemap_answers_304_to_its_etag(client):
    sitemap = client.get("/sitemap.xml")
    assert client.get("/sitemap.xml", HTTP_IF_NONE_MATCH=sitemap["ETag"]).status_code == 304
