"""Read a web page without a feed through a selector recipe, as FreshRSS does.

A recipe names the items of the page and, inside each item, its title, link
and date: each an XPath expression (starting with `/`, `./` or `(`) or a CSS
selector. CSS is the common subset (`tag`, `.class`, `#id`, `[attr]`,
`[attr=value]`, descendant and `>` child combinators), translated to XPath
here: lxml's own CSS support needs a package the project does not carry.
Bad recipes and unreadable pages give problems, never exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from lxml import etree, html

from .parse import ParsedEntry, ParsedFeed
from .social import element_text

_COMPOUND = re.compile(
    r"(?P<tag>\*|[A-Za-z][\w-]*)?(?P<rest>(?:[.#][\w-]+|\[[^\]]+\])*)$"
)
_PART = re.compile(r"([.#])([\w-]+)|\[\s*([\w-]+)\s*(?:=\s*(['\"]?)(.*?)\4)?\s*\]")


class RecipeError(ValueError):
    """A selector that cannot be read; the message says which and why."""


@dataclass(frozen=True)
class Recipe:
    """Where a page keeps its items, and each item its title, link and date."""

    item: str
    title: str = ""
    link: str = ""
    date: str = ""


def to_xpath(selector: str, *, relative: bool) -> str:
    """Return `selector` as XPath: XPath as it is, CSS translated."""
    selector = selector.strip()
    if selector.startswith(("/", "./", "(", "..")):
        return selector
    steps, axis = [], "descendant-or-self::" if relative else "//"
    for step in re.split(r"\s*(>)\s*|\s+", selector):
        if not step:
            continue
        if step == ">":
            axis = "/"
            continue
        steps.append(axis + _compound(step, selector))
        axis = "//"
    if not steps:
        raise RecipeError(f"the selector {selector!r} is empty")
    path = "".join(steps)
    return f"./{path}" if relative and not path.startswith(".") else path


def _compound(token: str, selector: str) -> str:
    found = _COMPOUND.match(token)
    if found is None:
        raise RecipeError(
            f"{selector!r} is not a CSS selector this recipe reads: use tag, "
            ".class, #id, [attr], [attr=value], spaces and >, or write XPath."
        )
    tests = []
    for dot, name, attr, _quote, value in _PART.findall(found.group("rest")):
        if dot == ".":
            tests.append(
                f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
            )
        elif dot == "#":
            tests.append(f"@id='{name}'")
        elif value:
            tests.append(f"@{attr}='{value}'")
        else:
            tests.append(f"@{attr}")
    tag = found.group("tag") or "*"
    return tag + "".join(f"[{test}]" for test in tests)


def parse_page(data: bytes, *, url: str, recipe: Recipe) -> ParsedFeed:
    """Return the items `recipe` finds in the page `data` (from `url`)."""
    try:
        root = html.document_fromstring(data)
        items = root.xpath(to_xpath(recipe.item, relative=False))
    except (etree.ParserError, ValueError) as exc:
        return ParsedFeed(problems=[f"unreadable page: {exc}"])
    except etree.XPathError as exc:
        return ParsedFeed(problems=[f"the item selector cannot be used: {exc}"])
    title = root.findtext(".//title") or ""
    parsed = ParsedFeed(kind="page", title=title.strip())
    if not items:
        parsed.problems.append(f"the item selector {recipe.item!r} found nothing")
    for number, item in enumerate(items, start=1):
        try:
            parsed.entries.append(_entry(item, url=url, recipe=recipe, parsed=parsed))
        except (RecipeError, etree.XPathError) as exc:
            parsed.problems.append(f"item {number} skipped: {exc}")
    return parsed


def _entry(item: Any, *, url: str, recipe: Recipe, parsed: ParsedFeed) -> ParsedEntry:
    link_node = _find(item, recipe.link) if recipe.link else _first_link(item)
    href = _value(link_node, "href")
    if not href:
        raise RecipeError("no link found")
    title_node = _find(item, recipe.title) if recipe.title else link_node
    return ParsedEntry(
        url=urljoin(url, href.strip()),
        title=" ".join(_value(title_node, "").split()),
        published_at=_date(_value(_find(item, recipe.date), "datetime"), parsed)
        if recipe.date
        else None,
    )


def _find(item: Any, selector: str) -> Any:
    found = item.xpath(to_xpath(selector, relative=True))
    if isinstance(found, list):
        return found[0] if found else None
    return found


def _first_link(item: Any) -> Any:
    if item.tag == "a":
        return item
    found = item.xpath(".//a[@href]")
    return found[0] if found else None


def _value(node: Any, attribute: str) -> str:
    """Return a node's attribute (when it has it), else its text."""
    if node is None:
        return ""
    if isinstance(node, str):
        return node
    if attribute and node.get(attribute):
        return str(node.get(attribute))
    return element_text(node) if attribute != "href" else ""


def _date(value: str, parsed: ParsedFeed) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            parsed.problems.append(f"unreadable date {value!r} ignored")
            return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
