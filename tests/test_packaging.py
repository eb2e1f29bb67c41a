"""The optional dependencies: one extra per engine, none of them a runtime dependency."""

from __future__ import annotations

import re
from importlib.metadata import metadata

import pytest

REQUIRES = metadata("newsrecord").get_all("Requires-Dist") or []
_EXTRA = re.compile(r"""extra\s*==\s*['"](?P<extra>[^'"]+)['"]""")


def extra(name: str) -> list[str]:
    """The requirements of extra ``name``, as the installed package's metadata lists them."""
    found = []
    for requirement in REQUIRES:
        _, _, marker = requirement.partition(";")
        match = _EXTRA.search(marker)
        if match is not None and match["extra"] == name:
            found.append(requirement.partition(";")[0].strip())
    return found


def names(requirements: list[str]) -> set[str]:
    """The project names of ``requirements``."""
    return {re.split(r"[^A-Za-z0-9._-]", r, maxsplit=1)[0].lower() for r in requirements}


@pytest.mark.parametrize(
    ("name", "brings", "not_brings"),
    [
        pytest.param("pandas", {"pandas"}, {"pyspark", "dask"}, id="pandas"),
        pytest.param("parquet", {"pyarrow"}, {"pyspark", "dask"}, id="parquet"),
        pytest.param("dask", {"dask", "pandas", "pyarrow"}, {"pyspark"}, id="dask"),
        pytest.param("spark", {"pyspark", "pandas", "pyarrow"}, {"dask"}, id="spark"),
        pytest.param("warc", {"fastwarc"}, set(), id="warc"),
        pytest.param("zstd", {"zstandard"}, set(), id="zstd"),
    ],
)
def test_each_engine_has_its_own_extra(name: str, brings: set[str], not_brings: set[str]) -> None:
    """An engine's extra brings what its recipe needs and no other engine."""
    assert brings <= names(extra(name))
    assert not names(extra(name)) & not_brings


def test_engines_is_every_engine() -> None:
    """``engines`` is the union of the engine extras."""
    engines = ("pandas", "parquet", "dask", "spark")
    assert names(extra("engines")) == set().union(*(names(extra(e)) for e in engines))


def test_runtime_dependencies_stay_two() -> None:
    """Only attrs and regex are installed with the package itself."""
    runtime = [r for r in REQUIRES if "extra" not in r.partition(";")[2]]
    assert names(runtime) == {"attrs", "regex"}
