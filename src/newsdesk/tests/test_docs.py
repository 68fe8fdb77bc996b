"""The README keeps up with the code: every variable, every command."""

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1]
README = (PACKAGE.parents[1] / "README.md").read_text()


def environment_variables() -> set[str]:
    names = {"DJANGO_SETTINGS_MODULE"}
    for path in (PACKAGE / "settings").glob("*.py"):
        names |= set(re.findall(r'env_\w+\(\s*"([A-Z][A-Z0-9_]+)"', path.read_text()))
    return names


def commands() -> set[str]:
    return {
        path.stem
        for path in PACKAGE.glob("*/management/commands/*.py")
        if not path.stem.startswith("_")
    }


def test_variables_found():
    assert {"DATABASE_URL", "NEWSDESK_SECRET_KEY"} <= environment_variables()


@pytest.mark.parametrize("name", sorted(environment_variables()))
def test_every_environment_variable_is_documented(name):
    assert f"`{name}`" in README, f"Document {name} in README.md's configuration table"


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_is_documented(name):
    assert f"newsdesk {name}" in README, f"Document `newsdesk {name}` in README.md"


@pytest.mark.parametrize("target", ["run", "test", "lint", "format"])
def test_every_make_target_is_documented(target):
    assert f"make {target}" in README
