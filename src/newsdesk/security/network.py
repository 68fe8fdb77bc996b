"""Who is asking: the client's address behind proxies, and its keyed hash.

Every view that takes reader input reads the address through `client_ip`, and
stores it, when it must, only through `ip_hash`.
"""

import hashlib
import hmac
import ipaddress
from typing import Any

from django.conf import settings

from newsdesk import conf


def client_ip(request: Any) -> str:
    """Return the client's address, trusting only the configured proxies.

    With NEWSDESK["TRUSTED_PROXIES"] = n, the n-th address from the right of
    X-Forwarded-For is the client (each trusted proxy appends the address it
    saw); anything further left was written by the client and is ignored.
    With n = 0 the header is ignored and REMOTE_ADDR is the client.
    """
    remote = str(request.META.get("REMOTE_ADDR", ""))
    count = int(conf.get("TRUSTED_PROXIES"))
    if count <= 0:
        return _valid(remote)
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if len(hops) < count:
        return _valid(remote)
    return _valid(hops[-count]) or _valid(remote)


def _valid(address: str) -> str:
    """Return the address if it parses as IPv4/IPv6, else an empty string."""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return ""


def ip_hash(ip: str) -> str:
    """Return a keyed HMAC-SHA256 of an address; the address itself is never kept."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()


def from_another_site(request: Any) -> bool:
    """Return True when the browser says the form was sent from another site.

    Browsers send Origin with every POST (and Sec-Fetch-Site); a client that
    sends neither still needs the page's signed stamp.
    """
    origin = request.META.get("HTTP_ORIGIN")
    if origin is not None:
        own = f"{request.scheme}://{request.get_host()}"
        return origin not in {own, *settings.CSRF_TRUSTED_ORIGINS}
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE", "same-origin")
    return fetch_site not in {"same-origin", "none"}
