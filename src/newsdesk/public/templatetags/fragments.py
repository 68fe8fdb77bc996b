"""The fragment store's keys, for the code that still uses the store.

The theme caches its pieces with Django's `{% cache %}`; only
`public/search_results.py` still keeps search results in the process's
store (`public/fragments.py`) under these keys, until search moves to
standard parts.
"""

from collections.abc import Hashable

from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Site


def fragment_key(
    request: HttpRequest | None, name: str, args: tuple, every: int = 0
) -> Hashable:
    """Return the store's key for the piece `name` with `args` on this site.

    The static mirror empties the store when an export starts and ends, so
    no piece built for the live site is shown in a mirror, or the reverse.
    """
    site = Site.find_for_request(request) if request is not None else None
    period = int(timezone.now().timestamp() // every) if every else None
    return ("fragment", name, site.pk if site else None, period, args)
