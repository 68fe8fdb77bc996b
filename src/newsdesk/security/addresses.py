"""Which addresses the server may be sent to: the policy `outbound.py` applies.

Internal addresses (loopback, private, link-local and cloud metadata, CGNAT,
multicast, reserved, unspecified, and the IPv4-mapped IPv6 forms of these)
are refused unless a network of NEWSDESK['FETCH_ALLOWED_NETWORKS'] allows
them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class AddressPolicy:
    """Refuse internal addresses, except in the networks a deployment allows."""

    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_settings(cls) -> AddressPolicy:
        """Return the policy of NEWSDESK['FETCH_ALLOWED_NETWORKS']."""
        from newsdesk.conf import get

        return cls.from_strings(get("FETCH_ALLOWED_NETWORKS"))

    @classmethod
    def from_strings(cls, networks: Iterable[str]) -> AddressPolicy:
        """Return the policy allowing `networks` (CIDRs such as 10.0.0.0/8)."""
        allowed = []
        for text in networks:
            try:
                allowed.append(ipaddress.ip_network(text.strip(), strict=False))
            except ValueError:
                raise ImproperlyConfigured(
                    f"NEWSDESK_FETCH_ALLOWED_NETWORKS: {text!r} is not a network; "
                    "write comma-separated CIDRs such as 10.0.0.0/8,fd00::/8."
                ) from None
        return cls(allowed=tuple(allowed))

    def permits(self, address: IPAddress) -> bool:
        """Tell whether a connection to `address` may be made."""
        address = _unmapped(address)
        if any(address in network for network in self.allowed):
            return True
        return not is_internal(address)


def _unmapped(address: IPAddress) -> IPAddress:
    """Return the IPv4 address inside an IPv4-mapped IPv6 one (::ffff:a.b.c.d)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def is_internal(address: IPAddress) -> bool:
    """Tell whether `address` is one the server must not be sent to by default."""
    address = _unmapped(address)
    return (
        not address.is_global
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def parse_ip(text: str) -> IPAddress:
    # getaddrinfo gives scoped IPv6 link-local addresses as "fe80::1%eth0".
    return ipaddress.ip_address(text.split("%", 1)[0])
