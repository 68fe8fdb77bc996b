"""The private-name check: what it reports, what it lets through."""

import ast
import textwrap

import pytest

from tools.check_private_api import ROOT, check, check_tree, main, own_names

FLAGGED = [
    ("path = cache._key_to_file(key)", "_key_to_file"),
    ("response.headers._store.update(kept)", "_store"),
    ("site = Site._find_for_request(request)", "_find_for_request"),
    ("request._wagtail_site = site", "_wagtail_site"),
    ("queryset._result_cache = rows", "_result_cache"),
    ("return queryset._chain()", "_chain"),
    ("lookups = queryset._prefetch_related_lookups", "_prefetch_related_lookups"),
    ("call_command('x', stdout=self.stdout._out)", "_out"),
    ("chain = handler._middleware_chain", "_middleware_chain"),
    ("if not hasattr(request, '_wagtail_site'): pass", "_wagtail_site"),
    ("value = getattr(thing, '_secret', None)", "_secret"),
    ("thing._anything_unknown()", "_anything_unknown"),
    ("from django.utils._os import safe_join", "_os"),
    ("from django.db.models.query import _private", "_private"),
    ("from gunicorn.workers.gthread import ThreadWorker", "gunicorn.workers"),
    ("import gunicorn.arbiter", "gunicorn.arbiter"),
    ("WORKER = 'gunicorn.workers.sync.SyncWorker'", "gunicorn.workers"),
]

ALLOWED = [
    "field = Model._meta.get_field('title')",
    "rows = model._default_manager.all()",
    "adding = page._state.adding",
    "point = point._replace(x=1)",
    "self._cache = {}\nvalue = self._cache",
    "def _helper(): pass\nmodule._helper()",
    "class Factory:\n    def _create(cls): return super()._create(cls)",
    "from __future__ import annotations",
    "from gunicorn.app.base import BaseApplication",
    "from newsdesk.monitor.fetch import _pace",
    "name = obj.__class__.__name__",
    "from . import _sibling",
]


def hits(source: str) -> set[str]:
    tree = ast.parse(textwrap.dedent(source))
    return {hit.name for hit in check_tree(tree, "x.py", own_names(tree))}


@pytest.mark.parametrize(("source", "name"), FLAGGED)
def test_private_names_of_libraries_are_reported(source, name):
    assert name in hits(source)


@pytest.mark.parametrize("source", ALLOWED)
def test_documented_and_own_names_pass(source):
    assert hits(source) == set()


def test_an_own_name_defined_in_another_file_passes(tmp_path):
    (tmp_path / "fetch.py").write_text("def _pace(url): pass\n")
    (tmp_path / "test_fetch.py").write_text("fetcher._pace('x')\nthing._other\n")
    problems = check([tmp_path], {}, root=tmp_path)
    assert problems == ["test_fetch.py:2: _other: private, and not defined by newsdesk"]


def test_a_temporary_entry_lets_its_use_pass_and_a_stale_one_fails(tmp_path):
    (tmp_path / "sites.py").write_text("request._wagtail_site = site\n")
    temporary = {"sites.py": {"_wagtail_site"}, "gone.py": {"_chain"}}
    assert check([tmp_path], temporary, root=tmp_path) == []
    temporary["sites.py"].add("_find_for_request")
    problems = check([tmp_path], temporary, root=tmp_path)
    assert len(problems) == 1
    assert "sites.py: _find_for_request is no longer used there" in problems[0]


def test_migrations_are_not_read(tmp_path):
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "0001_initial.py").write_text("x._private\n")
    assert check([tmp_path], {}, root=tmp_path) == []


def test_the_project_passes(capsys):
    assert main([str(ROOT / "src/newsdesk"), str(ROOT / "benchmarks")]) == 0, (
        capsys.readouterr().out
    )


def test_a_file_given_alone_is_read(tmp_path, capsys):
    source = tmp_path / "bad.py"
    source.write_text("queryset._result_cache = []\n")
    assert main([str(source)]) == 1
    assert "_result_cache" in capsys.readouterr().out
