"""The layers hold (docs/architecture.md): import-linter's contracts are kept, and they
are broken, as they must be, by an import against the layers or by a cycle, even one
hidden inside a function."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
PACKAGES = ["people_first", "petitions", "campaign"]


def lint_imports(cwd):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_the_layers_point_one_way_and_no_modules_import_each_other_in_a_cycle():
    result = lint_imports(ROOT)

    assert result.returncode == 0, result.stdout[-3000:]
    assert "Contracts: 2 kept, 0 broken." in result.stdout


@pytest.fixture
def copy(tmp_path):
    """The three packages and the contracts, in a scratch directory."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def add_line(path, line):
    path.write_text(path.read_text() + "\n" + line + "\n")


def test_an_import_against_the_layers_breaks_the_contract(copy):
    add_line(copy / "petitions" / "lookups.py", "from campaign import models  # noqa")

    result = lint_imports(copy)

    assert result.returncode != 0
    assert "Layers: campaign above petitions above people_first BROKEN" in result.stdout
    assert "petitions.lookups -> campaign.models" in result.stdout


def test_a_cycle_hidden_inside_a_function_breaks_the_contract(copy):
    # rules imports tokens; tokens importing rules, even lazily, closes a cycle.
    add_line(copy / "petitions" / "tokens.py", "def late():\n    from . import rules  # noqa")

    result = lint_imports(copy)

    assert result.returncode != 0
    assert "No import cycles between the modules of a package BROKEN" in result.stdout
