"""
Shared test configuration.

Hypothesis profiles: ``ci`` (the default, small and fast) and ``long`` (the
nightly run); pick one with ``HYPOTHESIS_PROFILE=long``.
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
