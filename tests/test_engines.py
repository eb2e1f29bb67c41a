"""
The how-to pages for pandas, Dask and Spark run as written and give the rows `parse` gives.

Each page in ``docs/howto/`` is run as one program: its ``python`` code blocks
in order, in one namespace, and a ``text title="Output"`` block right after a
code block must equal what that block prints.  The tests then check the
page's results against ``parse(text).to_row()`` for each of the page's texts.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import newsrecord
from newsrecord.exports import ROW_COLUMNS, ROW_DTYPES, RowValue

pytest.importorskip("pandas", reason="every engine recipe needs pandas (extra `engines`)")

HOWTO = Path(__file__).parents[1] / "docs" / "howto"

_BLOCK = re.compile(
    r"""
    ^(?P<indent>[ ]*)```(?P<info>[^\n]*)\n   # an opening fence, maybe indented (admonitions)
    (?P<code>.*?)                            # the block's lines
    ^(?P=indent)```[ ]*$                     # the closing fence at the same indent
    """,
    re.MULTILINE | re.DOTALL | re.VERBOSE,
)

# PySpark 4.3 warns on every pandas-based call (mapInPandas, pandas_udf) when pandas is 3.x;
# the recipes work with pandas 3, which is what these tests check.
_PYSPARK_PANDAS3 = r"ignore:PySpark does not yet fully support pandas >= 3\.0\.0:FutureWarning"


def run_page(name: str) -> dict[str, Any]:
    """Run the python blocks of ``docs/howto/<name>`` in order; check their Output blocks."""
    markdown = (HOWTO / name).read_text(encoding="utf-8")
    namespace: dict[str, Any] = {"__name__": f"howto_{Path(name).stem}"}
    blocks = list(_BLOCK.finditer(markdown))
    for index, block in enumerate(blocks):
        if block["info"].strip() != "python":
            continue
        code = _dedent(block["code"], block["indent"])
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"{name} block {index}", "exec", dont_inherit=True), namespace)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following["info"].strip() == 'text title="Output"':
            expected = _dedent(following["code"], following["indent"])
            assert _lines(printed.getvalue()) == _lines(expected), f"{name} block {index}"
    return namespace


def _dedent(code: str, indent: str) -> str:
    return "".join(line.removeprefix(indent) for line in code.splitlines(keepends=True))


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").splitlines()]


def expected_rows(texts: list[str]) -> list[dict[str, RowValue]]:
    """The rows the recipes must give: ``parse(text).to_row()`` for each text, in order."""
    return [newsrecord.parse(text).to_row() for text in texts]


def frame_rows(frame: Any) -> list[dict[str, RowValue]]:
    """The row columns of a pandas frame as plain dictionaries, missing values as ``None``."""
    plain = frame[list(ROW_COLUMNS)].astype(object)
    records: list[dict[str, RowValue]] = plain.where(plain.notna(), None).to_dict("records")
    return records


def assert_row_frame(frame: Any) -> None:
    """The frame has the row columns in order, typed as ``ROW_DTYPES`` says."""
    columns = [column for column in frame.columns if column in ROW_DTYPES]
    assert columns == list(ROW_COLUMNS)
    assert {column: str(frame.dtypes[column]) for column in ROW_COLUMNS} == dict(ROW_DTYPES)


def test_row_dtypes_describe_the_rows_to_row_builds() -> None:
    """A row has exactly the columns ``ROW_DTYPES`` declares, in order, ints where it says."""
    row = newsrecord.parse("Rain\n\nIt fell.").to_row()
    assert tuple(row) == tuple(ROW_DTYPES)
    assert all(isinstance(row[name], int) for name, dtype in ROW_DTYPES.items() if dtype == "int64")


# pandas ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pandas_page() -> dict[str, Any]:
    """The names the pandas page defines, once run."""
    return run_page("pandas.md")


def test_pandas_rows_equal_parse(pandas_page: Mapping[str, Any]) -> None:
    """Mapping ``parse`` over a column gives ``parse(text).to_row()`` per text, in order."""
    texts = list(pandas_page["articles"]["text"])
    table = pandas_page["table"]
    assert frame_rows(table) == expected_rows(texts)
    assert list(table["id"]) == list(pandas_page["articles"]["id"])
    assert_row_frame(pandas_page["rows"])
    assert table["warning_count"].sum() > 0
    assert table["warning_codes"].notna().any()


def test_pandas_keeps_the_records(pandas_page: Mapping[str, Any]) -> None:
    """The ``record`` column holds the very records ``parse`` returns."""
    texts = list(pandas_page["articles"]["text"])
    assert list(pandas_page["table"]["record"]) == [newsrecord.parse(text) for text in texts]


def test_pandas_parse_many_matches_map(pandas_page: Mapping[str, Any]) -> None:
    """``parse_many`` in worker processes gives the same frame as mapping ``parse``."""
    assert_row_frame(pandas_page["rows_parallel"])
    assert pandas_page["rows_parallel"].equals(pandas_page["rows"])


# Dask -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The names the Dask page defines, once run in an empty folder."""
    dask: Any = pytest.importorskip("dask", reason="the Dask recipes need dask (extra `engines`)")
    pytest.importorskip("dask.bag", reason="the Dask recipes need dask[bag] (extra `engines`)")
    pytest.importorskip(
        "dask.dataframe", reason="the Dask recipes need dask[dataframe] (extra `engines`)"
    )
    # The page asks for worker processes where it means to (the first bag); everything
    # else runs in this thread, which is quicker here and leaves no thread pool behind.
    with pytest.MonkeyPatch.context() as patch, dask.config.set(scheduler="synchronous"):
        patch.chdir(tmp_path_factory.mktemp("dask-howto"))
        return run_page("dask.md")


def test_dask_bag_rows_equal_parse(dask_page: Mapping[str, Any]) -> None:
    """A bag of texts, mapped in worker processes, gives ``parse(text).to_row()`` per text."""
    rows = dask_page["rows"]
    assert rows == expected_rows(dask_page["texts"])
    assert any(row["warning_count"] for row in rows)


def test_dask_bag_to_dataframe_has_the_row_dtypes(dask_page: Mapping[str, Any]) -> None:
    """``to_dataframe(meta=ROW_DTYPES)`` declares, and computes, the row columns and types."""
    frame = dask_page["frame"]
    assert_row_frame(frame)
    computed = frame.compute(scheduler="synchronous")
    assert_row_frame(computed)
    assert frame_rows(computed) == expected_rows(dask_page["texts"])


def test_dask_files_and_jsonl_read_whole_articles(dask_page: Mapping[str, Any]) -> None:
    """Whole files and JSON Lines give one row per article, not one per line of text."""
    expected = expected_rows(dask_page["texts"])
    assert dask_page["from_files"] == expected
    assert dask_page["from_jsonl"] == expected


def test_dask_dataframe_rows_match_meta(dask_page: Mapping[str, Any]) -> None:
    """``map_partitions`` gives the rows in order after the key, typed as ``meta`` declares."""
    parsed, table = dask_page["parsed"], dask_page["table"]
    assert list(parsed.columns) == ["id", *ROW_COLUMNS]
    assert list(table.columns) == ["id", *ROW_COLUMNS]
    assert_row_frame(parsed)
    assert_row_frame(table)
    assert frame_rows(table) == expected_rows(dask_page["texts"])
    assert list(table["id"]) == list(range(len(dask_page["texts"])))


# Spark ----------------------------------------------------------------------------------------

spark_warnings = pytest.mark.filterwarnings(_PYSPARK_PANDAS3)

SPARK_TYPE_NAMES = {"string": "string", "int64": "bigint"}


def _java_missing() -> str | None:
    """Why PySpark cannot start a JVM here, or ``None``: it runs JAVA_HOME's java, else PATH's."""
    home = os.environ.get("JAVA_HOME")
    if home:
        return None if Path(home, "bin", "java").is_file() else f"JAVA_HOME={home} has no bin/java"
    return None if shutil.which("java") else "no `java` on PATH and JAVA_HOME is not set"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """One local Spark session (one core, no UI) for this module, stopped at its end."""
    sql: Any = pytest.importorskip("pyspark.sql", reason="the Spark recipes need pyspark")
    pytest.importorskip("pyarrow", reason="PySpark's pandas functions need pyarrow")
    missing = _java_missing()
    if missing:
        pytest.skip(f"PySpark needs Java 17 or newer: {missing}")
    with pytest.MonkeyPatch.context() as patch:
        # Spark's Python workers run PYSPARK_PYTHON (default: `python3` on PATH), which must
        # be an interpreter with newsrecord and pandas installed: this one.
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        session = (
            sql.SparkSession.builder.master("local[1]")
            .appName("newsrecord-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "1")
            # Start-up speed over peak speed for these tiny jobs: this halves the wall time
            # of the module on two cores (quick JIT only, one GC thread, no query codegen).
            .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
            .config("spark.sql.codegen.wholeStage", "false")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        try:
            yield session
        finally:
            session.stop()


@pytest.fixture(scope="module")
def spark_page(spark: Any) -> dict[str, Any]:
    """The names the Spark page defines, once run (its ``getOrCreate`` finds ``spark``)."""
    namespace = run_page("spark.md")
    assert namespace["spark"] is spark
    return namespace


def spark_rows(frame: Any) -> list[dict[str, RowValue]]:
    """The row columns of a Spark frame, ordered by ``id``, as plain dictionaries."""
    return [row.asDict() for row in frame.orderBy("id").select(*ROW_COLUMNS).collect()]


@spark_warnings
def test_spark_map_in_pandas_rows_equal_parse(spark_page: Mapping[str, Any]) -> None:
    """``mapInPandas`` gives ``parse(text).to_row()`` per text, in the schema from the dtypes."""
    parsed = spark_page["parsed"]
    assert [(field.name, field.dataType.simpleString()) for field in parsed.schema.fields] == [
        ("id", "bigint"),
        *((name, SPARK_TYPE_NAMES[dtype]) for name, dtype in ROW_DTYPES.items()),
    ]
    rows = spark_rows(parsed)
    assert rows == expected_rows(spark_page["texts"])
    assert any(row["warning_count"] for row in rows)


@spark_warnings
def test_spark_pandas_udf_rows_equal_parse(spark_page: Mapping[str, Any]) -> None:
    """The pandas UDF adds a struct column holding ``parse(text).to_row()``, other columns kept."""
    assert spark_page["with_records"].columns == ["id", "text", "record"]
    assert spark_rows(spark_page["flat"]) == expected_rows(spark_page["texts"])
