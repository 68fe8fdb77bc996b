"""The public site's gettext catalogues, kept without GNU gettext installed.

`src/newsdesk/locale/<language>/LC_MESSAGES/django.po` holds the
translations of every string the public templates mark with `{% translate
%}` / `{% blocktranslate %}`. Strings are found as Django's `makemessages`
finds them (`templatize`, then a Python extractor: Babel's instead of
`xgettext`), and compiled to the `.mo` files Django reads with Babel instead
of `msgfmt`. Both `.po` and `.mo` are committed; a test checks that each
`.mo` is what its `.po` compiles to, and that no string lacks a translation.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.utils.translation.template import templatize

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DOMAIN = "django"
# The readers' templates: every app's templates but the admin's and mail's.
TEMPLATE_GLOBS = (
    "public/templates/**/*.html",
    "newsletter/templates/newsletter/*.html",
    "contact/templates/contact/*.html",
    "digests/templates/digests/*.html",
    "digests/templates/digests/includes/*.html",
)
# The readers' forms: their labels, help texts and errors.
PYTHON_GLOBS = (
    "newsletter/forms.py",
    "engagement/forms.py",
    "contact/forms.py",
)
KEYWORDS = {
    "gettext": None,
    "gettext_lazy": None,
    "_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}


HEADER = {
    "project": "newsdesk",
    "copyright_holder": "the newsdesk authors",
    "msgid_bugs_address": "https://example.org/newsdesk/issues",
    "language_team": "newsdesk <https://example.org/newsdesk>",
}


@dataclass(frozen=True)
class Message:
    """One string to translate: its id (a pair when it has a plural), context."""

    id: str | tuple[str, str]
    context: str | None
    location: tuple[str, int]


def template_paths() -> list[Path]:
    """Return the public templates and forms, in a stable order."""
    globs = (*TEMPLATE_GLOBS, *PYTHON_GLOBS)
    found = {path for pattern in globs for path in PACKAGE_DIR.glob(pattern)}
    return sorted(found)


def template_messages(path: Path) -> Iterator[Message]:
    """Yield the strings one template (or Python module) marks for translation."""
    source = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        source = templatize(source, origin=str(path))
        # That is for xgettext, which ignores indentation; Python's tokenizer
        # (Babel's extractor) does not. Each call is on one line (strings are
        # written with repr), so stripping lines keeps strings and line numbers.
        source = "\n".join(line.strip() for line in source.splitlines())
    relative = str(path.relative_to(PACKAGE_DIR))
    for line, text, _comments, context in extract(
        "python", io.BytesIO(source.encode()), keywords=KEYWORDS
    ):
        yield Message(text, context, (relative, line))


def messages_catalogue(paths: Iterable[Path] | None = None) -> Catalog:
    """Return the template catalogue: every marked string, none translated."""
    catalogue = Catalog(fuzzy=False, **HEADER)
    for path in template_paths() if paths is None else paths:
        for message in template_messages(path):
            flags = ["python-format"] if _has_placeholder(message.id) else []
            catalogue.add(
                message.id,
                locations=[message.location],
                context=message.context,
                flags=flags,
            )
    return catalogue


def _has_placeholder(text: str | tuple[str, str]) -> bool:
    return any("%(" in part for part in ((text,) if isinstance(text, str) else text))


def locale_dir() -> Path:
    """Return the folder of the catalogues (the first of `LOCALE_PATHS`)."""
    return Path(settings.LOCALE_PATHS[0])


def po_path(language: str) -> Path:
    """Return where the catalogue of `language` is kept."""
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def translated_languages() -> list[str]:
    """Return the site languages that need a catalogue (all but the default)."""
    return [
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def catalogue_read(language: str) -> Catalog:
    """Return the catalogue of `language` (empty if it has none yet)."""
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, fuzzy=False, **HEADER)
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def catalogue_update(*, language: str, template: Catalog) -> Catalog:
    """Merge the template's strings into `language`'s catalogue and save it.

    New strings are added untranslated; strings no longer used are dropped;
    translations are never guessed (no fuzzy matching).
    """
    catalogue = catalogue_read(language)
    created = catalogue.creation_date  # kept: the file changes only with strings
    catalogue.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalogue.creation_date = created
    catalogue.obsolete.clear()
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=88, sort_output=True, include_previous=False)
    return catalogue


def compiled(language: str) -> bytes:
    """Return the `.mo` file `language`'s `.po` compiles to."""
    buffer = io.BytesIO()
    write_mo(buffer, catalogue_read(language), use_fuzzy=False)
    return buffer.getvalue()


def catalogue_compile(*, language: str) -> Path:
    """Write `language`'s `.mo` beside its `.po`; return its path."""
    path = po_path(language).with_suffix(".mo")
    path.write_bytes(compiled(language))
    return path


def untranslated(language: str, template: Catalog) -> list[str]:
    """Return the template's strings `language`'s catalogue does not translate."""
    catalogue = catalogue_read(language)
    missing = []
    for message in template:
        if not message.id:
            continue
        found = catalogue.get(message.id, context=message.context)
        strings = () if found is None else found.string
        strings = (strings,) if isinstance(strings, str) else strings
        if found is None or found.fuzzy or not all(strings):
            missing.append(str(message.id))
    return missing
