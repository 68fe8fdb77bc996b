"""`{% fragment name arg… [every=seconds] %}…{% endfragment %}`: render once, keep.

The enclosed template is rendered on the first request that needs it and
kept in this process until the next change to public content
(`public/fragments.py`). The key is the name, the site, the mirror mode
(active, live site's address) and the arguments; `every=N` adds the current
N-second period, for a piece that must not grow older than that (a form's
signed stamp). Only what is the same for every anonymous reader may go in a
fragment: no CSRF token, nothing about who is signed in.
"""

from collections.abc import Hashable
from typing import Any

from django import template
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.models import Site

from ..fragments import memoised

register = template.Library()


def mirror_state() -> tuple[bool, str]:
    """Return whether the static mirror is being rendered, and its live site."""
    from newsdesk.mirror.render import mirror_context  # the mirror renders us

    mirror = mirror_context(None)["mirror"]
    return bool(mirror["active"]), str(mirror["live_url"])


def fragment_key(
    request: HttpRequest | None, name: str, args: tuple, every: int = 0
) -> Hashable:
    """Return the store's key for the fragment `name` with `args` on this site."""
    site = Site.find_for_request(request) if request is not None else None
    period = int(timezone.now().timestamp() // every) if every else None
    return ("fragment", name, site.pk if site else None, mirror_state(), period, args)


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, args, every) -> None:
        self.nodelist, self.name, self.args, self.every = nodelist, name, args, every

    def render(self, context: Any) -> str:
        request = context.get("request")
        args = tuple(arg.resolve(context) for arg in self.args)
        every = int(self.every.resolve(context)) if self.every else 0
        key = fragment_key(request, self.name, args, every)
        html = memoised(key, lambda: self.nodelist.render(context), request=request)
        return mark_safe(html)  # noqa: S308 - rendered by the template engine


@register.tag
def fragment(parser, token):
    """Compile `{% fragment "name" arg… [every=N] %}…{% endfragment %}`."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError(
            'Give {% fragment %} a quoted name: {% fragment "nav" page.pk %}'
        )
    every = None
    args = []
    for bit in bits[2:]:
        if bit.startswith("every="):
            every = parser.compile_filter(bit.removeprefix("every="))
        else:
            args.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1][1:-1], args, every)


@register.filter
def listed_pk(item: Any) -> Any:
    """Return a listing item's id without loading it (see `public.listings`)."""
    # Read from the instance itself: a template's `item.listed_pk` would first
    # try `item["listed_pk"]`, and that loads the lazy item.
    found = vars(item).get("listed_pk")
    return item.pk if found is None else found
