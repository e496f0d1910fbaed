"""The visitor's address behind reverse proxies (PROXY_COUNT), as the contact form's rate
limit and the admin login throttling see it."""

import pytest
from django.test import RequestFactory, override_settings

from contact.models import ContactSubmission
from serving.client_ip import client_ip
from tests.staff.test_contact import URLS, VALID

PROXY = "10.0.0.2"


def ip_of(remote_addr, forwarded=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **headers))


@override_settings(PROXY_COUNT=0)
def test_without_proxies_the_forwarded_header_is_ignored():
    assert ip_of("198.51.100.7", "203.0.113.9") == "198.51.100.7"


@override_settings(PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_visitor_wrote():
    assert ip_of(PROXY, "203.0.113.9") == "203.0.113.9"
    assert ip_of(PROXY, "1.1.1.1, 203.0.113.9") == "203.0.113.9"
    assert ip_of(PROXY, "2001:db8::1") == "2001:db8::1"


@override_settings(PROXY_COUNT=2)
def test_behind_two_proxies_the_second_entry_from_the_right_counts():
    assert ip_of(PROXY, "1.1.1.1, 203.0.113.9, 10.0.0.1") == "203.0.113.9"


@override_settings(PROXY_COUNT=2)
def test_a_short_or_garbled_header_falls_back_to_the_connection():
    assert ip_of(PROXY, "203.0.113.9") == PROXY
    assert ip_of(PROXY, "<script>, 10.0.0.1") == PROXY
    assert ip_of("", "") == "unknown"


@pytest.mark.django_db
@override_settings(PROXY_COUNT=1, CONTACT_RATE_LIMIT=1)
def test_contact_rate_limit_counts_each_visitor_behind_the_proxy(client):
    assert (
        client.post(
            URLS["fr"], VALID, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.9"
        ).status_code
        == 302
    )
    # The same visitor, pretending to be someone else on the left of the header: refused.
    refused = client.post(
        URLS["fr"], VALID, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.44, 203.0.113.9"
    )
    assert refused.status_code == 429
    # Another visitor through the same proxy is not.
    assert (
        client.post(
            URLS["fr"], VALID, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.10"
        ).status_code
        == 302
    )
    assert ContactSubmission.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.usefixtures("superuser")
@override_settings(PROXY_COUNT=1, AXES_ENABLED=True, AXES_FAILURE_LIMIT=2)
def test_login_lockout_counts_the_visitor_behind_the_proxy_not_the_proxy(client):
    def attempt(visitor, password="wrong"):
        return client.post(
            "/admin/login/",
            {"username": "admin", "password": password},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=visitor,
        )

    attempt("203.0.113.9")
    assert attempt("203.0.113.9").status_code == 429
    # The administrator signing in from another address through the same proxy is not locked out.
    assert attempt("203.0.113.10", "pw-for-tests").status_code == 302
