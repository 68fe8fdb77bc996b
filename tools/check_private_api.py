"""Fail when newsdesk uses a private name of a library (Django, Wagtail, gunicorn…).

`python tools/check_private_api.py [PATH …]` (default: src/newsdesk and
benchmarks; `make lint` runs it) reads every Python file and reports, with
its file and line:

- `obj._name` and `getattr(obj, "_name")` (also hasattr, setattr, delattr)
  when `_name` is not defined anywhere in the files read: a leading
  underscore is private to whoever defines it, and newsdesk may use only its
  own (`self._cache`, a module's `_helper`, a hook it overrides);
- names that are always a library's private, even if newsdesk happened to
  define the same name (`PRIVATE_NAMES`);
- `from lib import _name`, a private module (`lib._impl`), and a library's
  internal modules (`INTERNAL_MODULES`, e.g. gunicorn's workers).

Documented names with a leading underscore are allowed (`DOCUMENTED`).
Django's release notes say what changes in its documented API; a private
name changes without notice. Uses that are being removed are listed in
`TEMPORARY` with the file they are in; an entry that no longer matches is an
error too, so the list only shrinks.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = ("src/newsdesk", "benchmarks")
SKIPPED_FOLDERS = {"migrations"}

# Documented in the libraries' own references.
DOCUMENTED = {
    # Django: Model._meta (Model _meta API), Model._default_manager and
    # _base_manager (Managers), Model._state (Model instance reference).
    "_meta",
    "_default_manager",
    "_base_manager",
    "_state",
    # Python: namedtuple's methods and fields, os._exit.
    "_asdict",
    "_replace",
    "_fields",
    "_make",
    "_exit",
}

# Private to Django, Wagtail or gunicorn whoever else defines the name.
PRIVATE_NAMES = {
    "_key_to_file",  # FileBasedCache
    "_store",  # HttpResponse.headers (ResponseHeaders)
    "_find_for_request",  # wagtail Site
    "_result_cache",  # QuerySet
    "_prefetch_done",  # QuerySet
    "_prefetch_related_lookups",  # QuerySet
    "_chain",  # QuerySet
    "_clone",  # QuerySet
    "_get_raw_host",  # HttpRequest
    "_middleware_chain",  # BaseHandler
    "_cached_parent_obj",  # wagtail Page
    "_get_path",  # treebeard MP_Node
    "_out",  # management OutputWrapper
}
PRIVATE_PREFIXES = ("_wagtail_",)  # attributes Wagtail keeps on requests

# Internal modules: documented only as names for settings, not for import.
INTERNAL_MODULES = (
    "gunicorn.workers",
    "gunicorn.arbiter",
    "gunicorn.http",
    "gunicorn.sock",
    "gunicorn.util",
)

# Temporary: removed by issue #18 work (the page cache/server, templates and
# search rewrites). Path (from the repository's root) -> private names used
# there. Delete each entry as its use goes; a stale entry fails the check.
TEMPORARY: dict[str, set[str]] = {
    "src/newsdesk/mirror/tests/test_lean.py": {"_middleware_chain"},
}

ATTRIBUTE_FUNCTIONS = {"getattr", "hasattr", "setattr", "delattr"}
OWNERS = {"self", "cls"}


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    name: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.name}: {self.why}"


def is_private(name: str) -> bool:
    """Return whether `name` has a leading underscore and is not a dunder."""
    dunder = name.startswith("__") and name.endswith("__")
    return name.startswith("_") and name != "_" and not dunder


def own_names(tree: ast.AST) -> set[str]:
    """Return the private names `tree` defines: functions, classes, variables,
    and attributes set on `self` or `cls`."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if isinstance(node.value, ast.Name) and node.value.id in OWNERS:
                names.add(node.attr)
    return {name for name in names if is_private(name)}


def _on_owner(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in OWNERS


def _attribute_uses(tree: ast.AST) -> Iterator[tuple[int, str, bool]]:
    """Yield (line, name, on self/cls) for each private attribute used."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            yield node.lineno, node.attr, _on_owner(node.value)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ATTRIBUTE_FUNCTIONS
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and is_private(node.args[1].value)
        ):
            yield node.lineno, node.args[1].value, _on_owner(node.args[0])


def _module_uses(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Yield (line, dotted name) for each absolute import and dotted string."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.startswith(INTERNAL_MODULES):
                yield node.lineno, node.value


def _module_hit(dotted: str) -> tuple[str, str] | None:
    if dotted.split(".")[0] == "newsdesk":
        return None
    if dotted.startswith(INTERNAL_MODULES):
        internal = next(m for m in INTERNAL_MODULES if dotted.startswith(m))
        return internal, "a library's internal module"
    private = [part for part in dotted.split(".") if is_private(part)]
    if private:
        return private[0], f"private to {dotted.split('.')[0]} ({dotted})"
    return None


def check_tree(tree: ast.AST, path: str, own: set[str]) -> list[Hit]:
    """Return the private names `tree` uses that are not its own to use."""
    hits = []
    for line, name, on_owner in _attribute_uses(tree):
        known = name in PRIVATE_NAMES or name.startswith(PRIVATE_PREFIXES)
        if name in DOCUMENTED or (on_owner and (name in own or not known)):
            continue  # documented, or an attribute of newsdesk's own class
        if known:
            hits.append(Hit(path, line, name, "a library's private attribute"))
        elif name not in own:
            hits.append(Hit(path, line, name, "private, and not defined by newsdesk"))
    for line, dotted in _module_uses(tree):
        found = _module_hit(dotted)
        if found:
            hits.append(Hit(path, line, found[0], found[1]))
    # One report per name and line (an import yields its module and names).
    return sorted(set(hits), key=lambda hit: (hit.line, hit.name))


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        for file in files:
            if not SKIPPED_FOLDERS & set(file.parts):
                yield file


def display_name(file: Path, root: Path) -> str:
    """Return `file` from `root` when it is under it, else in full."""
    file = file.resolve()
    return (file.relative_to(root) if file.is_relative_to(root) else file).as_posix()


def check(
    paths: Iterable[Path], temporary: dict[str, set[str]], *, root: Path = ROOT
) -> list[str]:
    """Return the problems found in `paths`: hits, then stale temporary entries.

    `temporary` names files from `root`; entries for files not read are skipped.
    """
    trees = {}
    for file in python_files(paths):
        name = display_name(file, root.resolve())
        trees[name] = ast.parse(file.read_bytes(), filename=name)
    own: set[str] = set().union(*(own_names(tree) for tree in trees.values()))
    problems = []
    used: dict[str, set[str]] = {}
    for name, tree in trees.items():
        for hit in check_tree(tree, name, own):
            used.setdefault(name, set()).add(hit.name)
            if hit.name not in temporary.get(name, set()):
                problems.append(str(hit))
    for name, allowed in sorted(temporary.items()):
        if name not in trees:
            continue  # not among the paths read this time
        for stale in sorted(allowed - used.get(name, set())):
            problems.append(
                f"{name}: {stale} is no longer used there: remove it from "
                "TEMPORARY in tools/check_private_api.py"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(arg).resolve() for arg in args] or [ROOT / p for p in DEFAULT_PATHS]
    problems = check(paths, TEMPORARY)
    for problem in problems:
        print(problem)
    if problems:
        print(
            f"{len(problems)} private name(s): use the documented API "
            "(or record the exception: see CONVENTIONS, 'Documented APIs only')."
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
