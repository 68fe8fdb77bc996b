"""Listing pages put together from their items, as the site would render them.

A new post shifts every page of every listing it is in, so an incremental
export renders thousands of listing pages whose items it already holds
(`pieces.py`). Every middle page of a listing (neither the first two nor the
last) is the same frame around its items: head, breadcrumbs, pagination,
where only numbers that follow the page number change (`Page 7`,
`/page/6/`, `/page/8/`). So, for each listing, a few of its pages are
rendered through the site (`samples`), and the frame is learnt from them:
the text around the items split at every number, each number either the
same on every sample or the page number plus a fixed offset. What is learnt
must give back, byte for byte, two more rendered pages (one of them near
the end, with more digits) before it is used; a listing that does not fit
(too short, an item not kept, a frame that does not follow) is rendered
page by page as before. The template stays the theme's: nothing here knows
what a listing page looks like.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from newsdesk.public.listings import items_html

from .prepare import prepare, prepare_text
from .render import Answer, Renderer

LISTING_PAGE = re.compile(r"(?P<base>/(?:.*/)?)page/(?P<number>[1-9][0-9]{0,8})/")
NUMBER = re.compile(r"([0-9]+)")
FIRST = 3  # pages 1 and 2 differ from the rest (page 1 has no `/page/1/`)
SHORTEST = 8  # pages a listing needs: 3, 4 learnt, 5 and the last-but-one checked


@dataclass(frozen=True)
class Frame:
    """The text around a listing page's items, as a function of its number.

    `parts` alternate text and numbers: a number is `(True, offset)` (the
    page number plus `offset`) or `(False, text)` (the same on every page).
    """

    parts: tuple[Any, ...]
    separator: str

    def page(self, number: int, items: list[str]) -> str:
        """Return the page `number`'s HTML around `items`."""
        before, after = self.around(number)
        return before + self.separator.join(items) + after

    def around(self, number: int) -> tuple[str, str]:
        """Return the page `number`'s HTML before its items and after them."""
        out: list[str] = []
        cut = 0
        for index, part in enumerate(self.parts):
            if index % 2 == 0:
                out.append(part)
            elif part == ITEMS:
                cut = len(out)
            else:
                variable, value = part
                out.append(str(number + value) if variable else value)
        return "".join(out[:cut]), "".join(out[cut:])


ITEMS = ("items",)  # where the items go, among `parts`


@dataclass
class Listing:
    """What an assembler knows of one listing: its order, frame and samples."""

    ids: Any  # the listing's post ids, newest first
    size: int
    pages: int
    frame: Frame | None
    content_type: str = ""


class Assembler:
    """Answer listing pages from their items where it can, else through the site.

    `prepared` answers as the mirror stores them (`prepare.py`): an assembled
    page is prepared piece by piece, each item once, the frame once a page.
    """

    def __init__(
        self,
        renderer: Renderer,
        *,
        base: str,
        origins: list[str],
        built: dict[int, str] | None = None,
    ) -> None:
        self.renderer = renderer
        # Listing items' HTML rendered by this process, by id (`pieces.py`).
        self.built = {} if built is None else built
        self.listings: dict[str, Listing | None] = {}
        self.samples: dict[str, Answer] = {}
        self.assembled = 0
        self.preparing = {"base": base, "origins": origins}
        self.items: dict[int, tuple[str, set[str]]] = {}  # prepared, by id

    def prepared(self, path: str) -> Answer:
        """Return `get(path)` as the mirror stores it (see `prepare`)."""
        match = LISTING_PAGE.fullmatch(path)
        if match is not None and path not in self.samples:
            found = self._prepared_page(path, match["base"], int(match["number"]))
            if found is not None:
                return found
        return prepare(path, self.get(path), **self.preparing)  # type: ignore[arg-type]

    def _prepared_page(self, path: str, base: str, number: int) -> Answer | None:
        if number < FIRST:
            return None
        listing = self._listing(base)
        if listing is None or not listing.frame or number >= listing.pages:
            return None
        ids = self._ids(listing, number)
        items = self._items(listing, number)
        if items is None:
            return None
        before, after = listing.frame.around(number)
        links: set[str] = set()
        texts = []
        for pk, html in zip(ids, items, strict=True):
            text, linked = self._prepared_item(pk, html, path)
            texts.append(text)
            links |= linked
        parts = [before, listing.frame.separator.join(texts), after]
        for at in (0, 2):
            parts[at], linked = prepare_text(parts[at], path=path, **self.preparing)  # type: ignore[arg-type]
            links |= linked
        body = "".join(parts).encode("utf-8")
        self.assembled += 1
        return Answer(
            status=200,
            content_type=listing.content_type,
            body=body,
            links=tuple(sorted(links)),
            digest=hashlib.sha256(body).hexdigest(),
        )

    def _prepared_item(self, pk: int, html: str, path: str) -> tuple[str, set[str]]:
        found = self.items.get(pk)
        if found is None:
            # An item's links are from the root: the same from every page.
            found = self.items[pk] = prepare_text(html, path=path, **self.preparing)  # type: ignore[arg-type]
        return found

    def _listing(self, base: str) -> Listing | None:
        if base not in self.listings:
            self.listings[base] = self._learn(base)
        return self.listings[base]

    def _ids(self, listing: Listing, number: int) -> Any:
        start = (number - 1) * listing.size
        return listing.ids[start : start + listing.size]

    def get(self, path: str) -> Answer:
        """Return the answer for `path`, assembled if it is a listing's middle page."""
        found = self.samples.pop(path, None)
        if found is not None:
            return found
        match = LISTING_PAGE.fullmatch(path)
        if match is None:
            return self._render(path)[0]
        base, number = match["base"], int(match["number"])
        listing = self._listing(base) if number >= FIRST else None
        if listing is not None and listing.frame and FIRST <= number < listing.pages:
            answer = self._assembled(listing, number)
            if answer is not None:
                self.assembled += 1
                return answer
        return self._render(path)[0]

    def _assembled(self, listing: Listing, number: int) -> Answer | None:
        items = self._items(listing, number)
        if items is None or listing.frame is None:
            return None  # an item not kept: the site builds it
        body = listing.frame.page(number, items).encode("utf-8")
        return Answer(status=200, content_type=listing.content_type, body=body)

    def _items(self, listing: Listing, number: int) -> list[str] | None:
        request = self.renderer.request
        if request is None:
            return None
        ids = list(self._ids(listing, number))
        found = items_html(request, ids)
        if len(found) != len(ids):
            return None  # an item not cached: the site renders the page
        return [found[pk] for pk in ids]

    def _render(self, path: str) -> tuple[Answer, Any]:
        answer = self.renderer.get(path)
        shown = self.renderer.listing
        if shown is not None and self.renderer.request is not None:
            pks = list(shown.paginator.object_list[_page_slice(shown)])
            self.built.update(items_html(self.renderer.request, pks))
        return answer, shown

    def _learn(self, base: str) -> Listing | None:
        """Render a few pages of the listing at `base`; learn its frame from them."""
        first, shown = self._render(f"{base}page/{FIRST}/")
        self.samples[f"{base}page/{FIRST}/"] = first
        if first.status != 200 or shown is None:
            return None
        paginator = shown.paginator
        listing = Listing(
            ids=list(paginator.object_list),
            size=int(paginator.per_page),
            pages=int(paginator.num_pages),
            frame=None,
            content_type=first.content_type,
        )
        if listing.pages < SHORTEST:
            return listing
        numbers = [FIRST + 1, FIRST + 2, listing.pages - 1]
        texts = {FIRST: first.body.decode("utf-8", errors="strict")}
        for number in numbers:
            path = f"{base}page/{number}/"
            answer, _ = self._render(path)
            self.samples[path] = answer
            if answer.status != 200 or answer.content_type != listing.content_type:
                return listing
            texts[number] = answer.body.decode("utf-8")
        listing.frame = self._frame(listing, texts)
        if listing.frame is not None and not self._prepares_alike(base, listing):
            listing.frame = None
        return listing

    def _prepares_alike(self, base: str, listing: Listing) -> bool:
        """Tell whether page 5 prepared piece by piece is page 5 prepared whole."""
        path = f"{base}page/{FIRST + 2}/"
        whole = prepare(path, self.samples[path], **self.preparing)  # type: ignore[arg-type]
        self.listings[base] = listing
        pieces = self._prepared_page(path, base, FIRST + 2)
        if pieces is None:
            return False
        self.assembled -= 1  # a check, not an answer
        return (pieces.body, pieces.links) == (whole.body, whole.links)

    def _frame(self, listing: Listing, texts: dict[int, str]) -> Frame | None:
        """Learn the frame from pages 3 and 4; keep it if it gives 5 and M-1 again."""
        a, b = FIRST, FIRST + 1
        cut_a = _split(texts[a], self._items(listing, a))
        cut_b = _split(texts[b], self._items(listing, b))
        if cut_a is None or cut_b is None or cut_a[1] != cut_b[1]:
            return None
        parts = _parts(cut_a[0], cut_b[0], b - a, a)
        if parts is None:
            return None
        frame = Frame(parts, cut_a[1])
        for number in (FIRST + 2, listing.pages - 1):
            items = self._items(listing, number)
            if items is None or frame.page(number, items) != texts[number]:
                return None
        return frame


def _page_slice(shown: Any) -> slice:
    """Return the slice of its listing's order that a listing page shows."""
    return slice(shown.start_index() - 1, shown.end_index())


def _split(text: str, items: list[str] | None) -> tuple[list[str], str] | None:
    """Return the text before and after `items` in `text`, and what separates them."""
    if not items:
        return None
    start = text.find(items[0])
    if start < 0:
        return None
    end = start + len(items[0])
    separator = None
    for item in items[1:]:
        at = text.find(item, end)
        if at < 0:
            return None
        gap = text[end:at]
        if separator is not None and gap != separator:
            return None
        separator, end = gap, at + len(item)
    return [text[:start], text[end:]], separator or ""


def _parts(a: list[str], b: list[str], step: int, first: int) -> tuple[Any, ...] | None:
    """Return the frame's parts from its text on pages `first` and `first+step`."""
    parts: list[Any] = []
    for index, (text_a, text_b) in enumerate(zip(a, b, strict=True)):
        if index:
            parts.append(ITEMS)
        pieces_a, pieces_b = NUMBER.split(text_a), NUMBER.split(text_b)
        if len(pieces_a) != len(pieces_b):
            return None
        for at, (x, y) in enumerate(zip(pieces_a, pieces_b, strict=True)):
            if at % 2 == 0:
                if x != y:
                    return None
                parts.append(x)
            elif x == y:
                parts.append((False, x))
            elif int(y) - int(x) == step and str(int(x)) == x:
                parts.append((True, int(x) - first))
            else:
                return None
    return _alternating(parts)


def _alternating(parts: list[Any]) -> tuple[Any, ...] | None:
    """Return `parts` as text, value, text, …: adjacent texts joined."""
    out: list[Any] = []
    for part in parts:
        if isinstance(part, str):
            if out and isinstance(out[-1], str):
                out[-1] += part
            else:
                out.append(part)
        else:
            if not out or not isinstance(out[-1], str):
                out.append("")
            out.append(part)
    if out and not isinstance(out[-1], str):
        out.append("")
    return tuple(out)
