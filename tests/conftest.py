"""
Shared test configuration.

Hypothesis profiles: ``ci`` (the default, small and fast) and ``long`` (the
nightly run); pick one with ``HYPOTHESIS_PROFILE=long``.

``--update-golden`` makes ``test_corpus.py`` rewrite the golden records of
``tests/corpus`` from the current parser instead of comparing with them (see
``tests/corpus/README.md``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

import newsrecord
from newsrecord import Policy

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--update-golden``, which rewrites the golden corpus records instead of comparing."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/corpus/*/*.json from the current parser instead of comparing "
        "(cases in tests/corpus/KNOWN_FAILURES.txt are skipped); review the diff before "
        "committing",
    )


@pytest.fixture(
    params=[
        pytest.param(newsrecord.DEFAULT, id="default"),
        pytest.param(newsrecord.STRICT, id="strict"),
    ]
)
def policy(request: pytest.FixtureRequest) -> Policy:
    """Each parse policy users pick from: lenient ``DEFAULT`` and raising ``STRICT``."""
    value: Policy = request.param
    return value
