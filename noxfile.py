"""
Nox sessions for newsrecord, the same checks as ``.ci/run`` on every supported Python.

``nox`` runs them all; ``nox -s tests-3.12`` one; ``nox -l`` lists them.
Arguments after ``--`` go to pytest: ``nox -s tests-3.13 -- -x -k dateline``.

Each session installs the project the way a user would (not editable) into a
fresh virtual environment, so the tests exercise the built package, not ./src.
Tool versions come from the ``dev`` extra in pyproject.toml, the single list.

Interpreters are found on PATH or through pyenv and similar version managers.
With pyenv, every version must be active, not only installed, for example
``pyenv global 3.11.7 3.10.13 3.12.1 3.13.0`` or
``PYENV_VERSION=3.11.7:3.10.13:3.12.1:3.13.0 nox``.
A missing interpreter skips its session locally and fails it on CI.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
ROOT = Path(__file__).parent

nox.options.sessions = ["lint", "types", "tests", "docs", "build"]

PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
DEV_REQUIREMENTS: list[str] = PYPROJECT["project"]["optional-dependencies"]["dev"]


def dev_tools(*patterns: str) -> list[str]:
    """
    Return the ``dev`` extra's requirements whose project names match *patterns*.

    Raises:
        ValueError: a pattern matches nothing, so pyproject.toml and this file disagree.
    """
    chosen = []
    for pattern in patterns:
        # The name is the requirement's start, up to a version, extra or marker.
        found = [r for r in DEV_REQUIREMENTS if re.match(rf"(?:{pattern})(?![\w.-])", r)]
        if not found:
            raise ValueError(f"no requirement matching {pattern!r} in the dev extra")
        chosen += found
    return chosen


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite against the installed package with the ``test`` extra."""
    session.install(".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and check formatting with ruff."""
    session.install(*dev_tools("ruff"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def types(session: nox.Session) -> None:
    """Type-check the package with ``mypy --strict``."""
    session.install(".[cli]", *dev_tools("mypy", r"types-.+"))
    session.run("mypy", "--strict", "src")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation with warnings as errors, into a temporary directory."""
    session.install(".[docs]")
    site = Path(session.create_tmp()) / "site"
    session.run(
        "mkdocs",
        "build",
        "--strict",
        "--site-dir",
        str(site),
        env={"NO_MKDOCS_2_WARNING": "1"},  # the Material end-of-life banner is no build warning
    )


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and wheel, then check them with twine and tools/check_wheel.py."""
    session.install(*dev_tools("build", "twine"))
    dist = Path(session.create_tmp()) / "dist"
    shutil.rmtree(dist, ignore_errors=True)  # check_wheel.py wants exactly one of each
    session.run("python", "-m", "build", "--outdir", str(dist), ".")
    session.run("twine", "check", "--strict", *(str(p) for p in sorted(dist.iterdir())))
    session.run("python", "tools/check_wheel.py", str(dist), *session.posargs)
