"""The optional dependencies: one extra per engine, none of them a runtime dependency."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

if sys.version_info < (3, 11):
    pytest.skip("tomllib is new in Python 3.11", allow_module_level=True)

import tomllib

PROJECT = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))[
    "project"
]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]


def names(requirements: list[str]) -> set[str]:
    """The project names of ``requirements``."""
    return {re.match(r"[A-Za-z0-9._-]+", r)[0].lower() for r in requirements}  # type: ignore[index]


@pytest.mark.parametrize(
    ("extra", "brings", "not_brings"),
    [
        pytest.param("pandas", {"pandas"}, {"pyspark", "dask"}, id="pandas"),
        pytest.param("parquet", {"pyarrow"}, {"pyspark", "dask"}, id="parquet"),
        pytest.param("dask", {"dask", "pandas", "pyarrow"}, {"pyspark"}, id="dask"),
        pytest.param("spark", {"pyspark", "pandas", "pyarrow"}, {"dask"}, id="spark"),
        pytest.param("warc", {"fastwarc"}, set(), id="warc"),
        pytest.param("zstd", {"zstandard"}, set(), id="zstd"),
    ],
)
def test_each_engine_has_its_own_extra(extra: str, brings: set[str], not_brings: set[str]) -> None:
    """An engine's extra brings what its recipe needs and no other engine."""
    assert brings <= names(EXTRAS[extra])
    assert not names(EXTRAS[extra]) & not_brings


def test_engines_is_every_engine() -> None:
    """``engines`` is the union of the engine extras."""
    assert EXTRAS["engines"] == ["newsrecord[pandas,parquet,dask,spark]"]


def test_runtime_dependencies_stay_two() -> None:
    """Only attrs and regex are installed with the package itself."""
    assert names(PROJECT["dependencies"]) == {"attrs", "regex"}
