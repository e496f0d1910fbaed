"""The visitor's IP address, for the contact form's rate limit and the admin login throttling.

Without a reverse proxy (the default), it is REMOTE_ADDR. Behind ``PROXY_COUNT`` proxies
(nginx, a load balancer…), each proxy appends the address it received the request from to
``X-Forwarded-For``, so the visitor's address is the ``PROXY_COUNT``-th entry from the
right; whatever lies further left was written by the client and is not trusted. A header
with fewer entries than proxies, or an entry that is not an IP address, falls back to
REMOTE_ADDR.
"""

import ipaddress

from django.conf import settings


def _is_ip(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_ip(request):
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PROXY_COUNT
    if proxies:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [hop for hop in hops if hop]
        if len(hops) >= proxies and _is_ip(hops[-proxies]):
            return hops[-proxies]
    return remote_addr if _is_ip(remote_addr) else "unknown"
