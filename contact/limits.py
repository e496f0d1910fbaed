"""At most ``settings.CONTACT_RATE_LIMIT`` messages per visitor address and hour, counted
in Django's cache (the address as seen behind the configured proxies)."""

from django.conf import settings
from django.core.cache import cache

from serving.client_ip import client_ip

RATE_LIMIT_WINDOW = 3600  # seconds: CONTACT_RATE_LIMIT counts messages per hour


def rate_limited(request):
    """True once this address has sent CONTACT_RATE_LIMIT messages in the last hour."""
    return cache.get(_rate_key(request), 0) >= settings.CONTACT_RATE_LIMIT


def count_message(request):
    key = _rate_key(request)
    cache.add(key, 0, RATE_LIMIT_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, RATE_LIMIT_WINDOW)


def _rate_key(request):
    return f"contact-rate:{client_ip(request)}"
