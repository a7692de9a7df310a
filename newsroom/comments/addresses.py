"""The submitter's network address, for per-IP limits, network bans and the stored address.

Behind a reverse proxy REMOTE_ADDR is the proxy's own address, which would make the per-IP limit
one limit for all readers and a network ban useless. COMMENTS_TRUSTED_PROXIES lists the networks of
the proxies whose X-Forwarded-For header is believed. The header is read from the right (the hop
nearest to us) and the first address that is not a trusted proxy is the client: everything to its
left was written by the client and can be forged. With no trusted proxies (the default) the header
is ignored and REMOTE_ADDR is the address.
"""

import ipaddress
from functools import lru_cache

from newsroom.comments import conf


@lru_cache(maxsize=8)
def _networks(spec):
    items = spec if isinstance(spec, (list, tuple)) else str(spec or "").split(",")
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in items if item.strip())


def _address(value):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request):
    """The reader's address as a string, or None when the request carries none we can parse."""
    remote = _address(request.META.get("REMOTE_ADDR") or "")
    trusted = _networks(conf.get("COMMENTS_TRUSTED_PROXIES"))
    if remote is None:
        return None
    if not trusted or not any(remote in network for network in trusted):
        return str(remote)
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            return str(remote)  # a garbled header: fall back to what we know, the proxy
        if not any(address in network for network in trusted):
            return str(address)
    return str(remote)  # only proxies in the chain (or no header): the request came from one
