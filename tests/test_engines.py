"""
The how-to pages run as pasted: each page's ``python`` blocks, in order, in one script file.

Each page in ``docs/howto/`` is written to a file and run as ``python page.py``
in a fresh folder and a fresh process, as a reader who pastes it runs it: under
``__main__`` (so worker processes started by *spawn* import it again), with no
``PYSPARK_PYTHON`` and a ``PATH`` that does not lead to this environment's
``python3``.  Its standard output must equal the page's ``text title="Output"``
blocks, in order.  A few names the page defines are then probed (evaluated at
the end of the script and pickled back), and checked against
``parse(text).to_row()`` for each of the page's texts.
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import newsrecord
from newsrecord.exports import ROW_COLUMNS, ROW_DTYPES, RowValue

pytest.importorskip("pandas", reason="every engine recipe needs pandas (extra `pandas`)")

HOWTO = Path(__file__).parents[1] / "docs" / "howto"

_BLOCK = re.compile(
    r"""
    ^(?P<indent>[ ]*)```(?P<info>[^\n]*)\n   # an opening fence, maybe indented (admonitions)
    (?P<code>.*?)                            # the block's lines
    ^(?P=indent)```[ ]*$                     # the closing fence at the same indent
    """,
    re.MULTILINE | re.DOTALL | re.VERBOSE,
)

# What each page's script hands back: a name, and the expression that computes it there.
_FRAME = (
    "{0}[list(ROW_COLUMNS)].astype(object)"
    ".where({0}[list(ROW_COLUMNS)].notna(), None).to_dict('records')"
)
_DTYPES = "{{c: str({0}.dtypes[c]) for c in {0}.columns}}"
_SPARK_ROWS = "[r.asDict() for r in {0}.orderBy('id').select(*ROW_COLUMNS).collect()]"
PROBES: dict[str, dict[str, str]] = {
    "pandas.md": {
        "texts": "list(articles['text'])",
        "ids": "list(articles['id'])",
        "table_ids": "list(table['id'])",
        "table_rows": _FRAME.format("table"),
        "rows_dtypes": _DTYPES.format("rows"),
        "records": "list(table['record'])",
        "parallel_equal": "rows_parallel.equals(rows)",
        "warning_sum": "int(table['warning_count'].sum())",
    },
    "dask.md": {
        "texts": "texts",
        "rows": "rows",
        "frame_dtypes": _DTYPES.format("frame"),
        "frame_rows": _FRAME.format("frame.compute(scheduler='synchronous')"),
        "from_files": "from_files",
        "from_jsonl": "from_jsonl",
        "parsed_columns": "list(parsed.columns)",
        "parsed_dtypes": _DTYPES.format("parsed"),
        "table_dtypes": _DTYPES.format("table"),
        "table_rows": _FRAME.format("table"),
        "table_ids": "list(table['id'])",
    },
    "spark.md": {
        "texts": "texts",
        "schema": "[(f.name, f.dataType.simpleString()) for f in parsed.schema.fields]",
        "parsed_rows": _SPARK_ROWS.format("parsed"),
        "with_records_columns": "with_records.columns",
        "flat_rows": _SPARK_ROWS.format("flat"),
        "parquet_schema": (
            "[(f.name, f.dataType.simpleString()) for f in from_parquet.schema.fields]"
        ),
    },
    "parquet.md": {"texts": "texts", "frame_dtypes": _DTYPES.format("frame")},
    "warc.md": {"pairs": "list(newsrecord.parse_files('crawl.warc.wet.gz'))"},
}

_POSTLUDE = """

if __name__ == "__main__":  # added by tests/test_engines.py: hand the probed names back
    import pickle as _pickle
    import sys as _sys

    from newsrecord.exports import ROW_COLUMNS

    with open(_sys.argv[1], "wb") as _file:
        _pickle.dump({{_name: eval(_expr) for _name, _expr in {probes!r}.items()}}, _file)
"""


def page_script(name: str) -> tuple[str, str]:
    """The page's python blocks as one script, and the Output blocks it must print, in order."""
    markdown = (HOWTO / name).read_text(encoding="utf-8")
    blocks = list(_BLOCK.finditer(markdown))
    code, expected = [], []
    for index, block in enumerate(blocks):
        if block["info"].strip() != "python":
            continue
        code.append(_dedent(block["code"], block["indent"]))
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following["info"].strip() == 'text title="Output"':
            expected.append(_dedent(following["code"], following["indent"]))
    return "\n".join(code), "".join(expected)


def run_page(name: str, folder: Path, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Run ``docs/howto/<name>`` as one script in ``folder``; check its output; give its probes."""
    script, expected = page_script(name)
    (folder / "page.py").write_text(
        script + _POSTLUDE.format(probes=PROBES[name]), encoding="utf-8"
    )
    # Not this environment's bin first on PATH: the page must not count on it for python3.
    bin_dir = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p != bin_dir)
    clean = {k: v for k, v in os.environ.items() if k not in ("PYSPARK_PYTHON", "VIRTUAL_ENV")}
    result = subprocess.run(
        [sys.executable, "page.py", "probes.pickle"],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**clean, "PATH": path, "PYTHONWARNINGS": "ignore", **(env or {})},
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, f"{name} failed as a script:\n{result.stderr[-3000:]}"
    assert _lines(result.stdout) == _lines(expected), f"{name}: printed output differs"
    with (folder / "probes.pickle").open("rb") as file:
        probes: dict[str, Any] = pickle.load(file)
    return probes


def _dedent(code: str, indent: str) -> str:
    return "".join(line.removeprefix(indent) for line in code.splitlines(keepends=True))


def _lines(text: str) -> list[str]:
    """The non-blank lines without trailing spaces (``show()`` ends a table with a blank line)."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def expected_rows(texts: list[str]) -> list[dict[str, RowValue]]:
    """The rows the recipes must give: ``parse(text).to_row()`` for each text, in order."""
    return [newsrecord.parse(text).to_row() for text in texts]


def assert_row_dtypes(dtypes: Mapping[str, str]) -> None:
    """The row columns are there, in order, typed as ``ROW_DTYPES`` says."""
    assert [column for column in dtypes if column in ROW_DTYPES] == list(ROW_COLUMNS)
    assert {column: dtypes[column] for column in ROW_COLUMNS} == dict(ROW_DTYPES)


def test_row_dtypes_describe_the_rows_to_row_builds() -> None:
    """A row has exactly the columns ``ROW_DTYPES`` declares, in order, ints where it says."""
    row = newsrecord.parse("Rain\n\nIt fell.").to_row()
    assert tuple(row) == tuple(ROW_DTYPES)
    assert all(isinstance(row[name], int) for name, dtype in ROW_DTYPES.items() if dtype == "int64")


def test_every_howto_page_has_probes() -> None:
    """Each page of ``docs/howto/`` is run by a test here."""
    assert sorted(p.name for p in HOWTO.glob("*.md")) == sorted(PROBES)


# pandas ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pandas_page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The pandas page, run as a script; the names it defines."""
    return run_page("pandas.md", tmp_path_factory.mktemp("pandas-howto"))


def test_pandas_rows_equal_parse(pandas_page: Mapping[str, Any]) -> None:
    """Mapping ``parse`` over a column gives ``parse(text).to_row()`` per text, in order."""
    assert pandas_page["table_rows"] == expected_rows(pandas_page["texts"])
    assert pandas_page["table_ids"] == pandas_page["ids"]
    assert_row_dtypes(pandas_page["rows_dtypes"])
    assert pandas_page["warning_sum"] > 0


def test_pandas_keeps_the_records(pandas_page: Mapping[str, Any]) -> None:
    """The ``record`` column holds the very records ``parse`` returns."""
    assert pandas_page["records"] == [newsrecord.parse(text) for text in pandas_page["texts"]]


def test_pandas_parse_many_matches_map(pandas_page: Mapping[str, Any]) -> None:
    """``parse_many`` in worker processes gives the same frame as mapping ``parse``."""
    assert pandas_page["parallel_equal"] is True


# Dask -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The Dask page, run as a script (its bag in spawned worker processes); its names."""
    pytest.importorskip("dask.bag", reason="the Dask recipes need dask[bag] (extra `dask`)")
    pytest.importorskip("dask.dataframe", reason="the Dask recipes need dask (extra `dask`)")
    return run_page("dask.md", tmp_path_factory.mktemp("dask-howto"))


def test_dask_bag_rows_equal_parse(dask_page: Mapping[str, Any]) -> None:
    """A bag of texts, mapped in worker processes, gives ``parse(text).to_row()`` per text."""
    rows = dask_page["rows"]
    assert rows == expected_rows(dask_page["texts"])
    assert any(row["warning_count"] for row in rows)


def test_dask_bag_to_dataframe_has_the_row_dtypes(dask_page: Mapping[str, Any]) -> None:
    """``to_dataframe(meta=ROW_DTYPES)`` declares, and computes, the row columns and types."""
    assert_row_dtypes(dask_page["frame_dtypes"])
    assert dask_page["frame_rows"] == expected_rows(dask_page["texts"])


def test_dask_files_and_jsonl_read_whole_articles(dask_page: Mapping[str, Any]) -> None:
    """Whole files and JSON Lines give one row per article, not one per line of text."""
    expected = expected_rows(dask_page["texts"])
    assert dask_page["from_files"] == expected
    assert dask_page["from_jsonl"] == expected


def test_dask_dataframe_rows_match_meta(dask_page: Mapping[str, Any]) -> None:
    """``map_partitions`` gives the rows in order after the key, typed as ``meta`` declares."""
    assert dask_page["parsed_columns"] == ["id", *ROW_COLUMNS]
    assert_row_dtypes(dask_page["parsed_dtypes"])
    assert_row_dtypes(dask_page["table_dtypes"])
    assert dask_page["table_rows"] == expected_rows(dask_page["texts"])
    assert dask_page["table_ids"] == list(range(len(dask_page["texts"])))


# Spark ----------------------------------------------------------------------------------------

SPARK_TYPE_NAMES = {"string": "string", "int64": "bigint"}

# Start-up speed over peak speed for these tiny jobs, given to the page's own session:
# one core, no UI, quick JIT only, one GC thread, no query codegen.
_SPARK_SUBMIT_ARGS = (
    "--master local[1] --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false "
    "--conf spark.sql.shuffle.partitions=1 --conf spark.sql.codegen.wholeStage=false "
    '--driver-java-options "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" pyspark-shell'
)


def _java_missing() -> str | None:
    """Why PySpark cannot start a JVM here, or ``None``: it runs JAVA_HOME's java, else PATH's."""
    home = os.environ.get("JAVA_HOME")
    if home:
        return None if Path(home, "bin", "java").is_file() else f"JAVA_HOME={home} has no bin/java"
    return None if shutil.which("java") else "no `java` on PATH and JAVA_HOME is not set"


@pytest.fixture(scope="module")
def spark_page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The Spark page, run as a script with no PYSPARK_PYTHON set; its names."""
    pytest.importorskip("pyspark.sql", reason="the Spark recipes need pyspark (extra `spark`)")
    pytest.importorskip("pyarrow", reason="PySpark's pandas functions need pyarrow")
    missing = _java_missing()
    if missing:
        pytest.skip(f"PySpark needs Java 17 or newer: {missing}")
    env = {"PYSPARK_SUBMIT_ARGS": _SPARK_SUBMIT_ARGS}
    return run_page("spark.md", tmp_path_factory.mktemp("spark-howto"), env)


def test_spark_map_in_pandas_rows_equal_parse(spark_page: Mapping[str, Any]) -> None:
    """``mapInPandas`` gives ``parse(text).to_row()`` per text, in the schema from the dtypes."""
    assert spark_page["schema"] == [
        ("id", "bigint"),
        *((name, SPARK_TYPE_NAMES[dtype]) for name, dtype in ROW_DTYPES.items()),
    ]
    rows = spark_page["parsed_rows"]
    assert rows == expected_rows(spark_page["texts"])
    assert any(row["warning_count"] for row in rows)


def test_spark_pandas_udf_rows_equal_parse(spark_page: Mapping[str, Any]) -> None:
    """The pandas UDF adds a struct column holding ``parse(text).to_row()``, other columns kept."""
    assert spark_page["with_records_columns"] == ["id", "text", "record"]
    assert spark_page["flat_rows"] == expected_rows(spark_page["texts"])


def test_spark_reads_parquet_with_real_types(spark_page: Mapping[str, Any]) -> None:
    """Spark reads newsrecord's Parquet with dates, arrays and arrays of structs."""
    types = dict(spark_page["parquet_schema"])
    assert types["date"] == "date"
    assert types["published_utc"] == "timestamp"
    assert types["paragraphs"] == "array<string>"
    assert types["authors"] == "array<struct<name:string,role:string,email:string>>"
    assert types["dateline"] == "struct<raw:string,location:string,agency:string,date:date>"


# Parquet and WARC -----------------------------------------------------------------------------


def test_parquet_page_reads_back_typed_columns(tmp_path: Path) -> None:
    """The Parquet page writes records and pandas reads dates and lists with their types."""
    pytest.importorskip("pyarrow", reason="the parquet extra")
    pytest.importorskip("dask.dataframe", reason="the page reads with Dask too (extra `dask`)")
    page = run_page("parquet.md", tmp_path)
    assert page["frame_dtypes"]["date"] == "date32[day][pyarrow]"
    assert page["frame_dtypes"]["authors"].startswith("list<element: struct<name: string")


def test_warc_page_parses_its_wet_file(tmp_path: Path) -> None:
    """The WARC page's hand-written WET file gives three ``(url, record)`` pairs."""
    pytest.importorskip("fastwarc", reason="the warc extra")
    pairs = run_page("warc.md", tmp_path)["pairs"]
    assert [url for url, _ in pairs] == [
        "https://harbour-news.example/pier",
        "https://vesk-herald.example/fares",
        "https://greyfield.example/council?id=12",
    ]
