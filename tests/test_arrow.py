"""Records as Arrow tables and Parquet files with real types, read back by pandas and Dask."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

import newsrecord
from newsrecord.arrow import COLUMNS

pa: Any = pytest.importorskip("pyarrow", reason="Arrow and Parquet need the parquet extra")

# Invented stories: the places, people and events are made up.
TEXTS = [
    "Rain floods Vesk\n\nBy ODA PELLINEN\n\nVESK, Jan 12 (Kestrel) - Rain flooded the lower town."
    "\n\n(Reporting by Kai Voss; Editing by Ilse Varga)",
    " date 2022-06-03 By Harborline\n\nBy Temperance Quillfeather\n\nThe ferry runs hourly.",
    "Fares rise\n\nPublished: 2021-01-12T08:30:00+02:00\n\nFares rise by eight percent.",
    "",
]
RECORDS = [newsrecord.parse(text, reference_date="2021-02-01") for text in TEXTS]


def test_columns_have_real_types() -> None:
    """Dates are date32, lists are lists, warnings and blocks lists of structs."""
    table = newsrecord.to_arrow(RECORDS)
    types = {field.name: field.type for field in table.schema}
    assert tuple(types) == COLUMNS
    assert types["date"] == pa.date32()
    assert types["published_utc"] == pa.timestamp("us", tz="UTC")
    assert types["dateline"].field("date").type == pa.date32()
    assert types["paragraphs"] == pa.list_(pa.string())
    assert types["authors"].value_type.field("name").type == pa.string()
    assert types["blocks"].value_type.field("start").type == pa.int64()


def test_values_match_the_records() -> None:
    """Each row holds the record's values: dates as dates, the UTC instant of an offset time."""
    rows = newsrecord.to_arrow(RECORDS).to_pylist()
    assert [row["date"] for row in rows] == [r.date for r in RECORDS]
    assert rows[0]["date"] == datetime.date(2021, 1, 12)
    assert rows[0]["authors"] == [{"name": "Oda Pellinen", "role": None, "email": None}]
    assert rows[0]["credits"] == [
        {"role": "reporting", "names": ["Kai Voss"]},
        {"role": "editing", "names": ["Ilse Varga"]},
    ]
    assert rows[2]["published"] == "2021-01-12T08:30:00+02:00"
    assert rows[2]["published_utc"] == datetime.datetime(
        2021, 1, 12, 6, 30, tzinfo=datetime.timezone.utc
    )
    assert rows[3]["warnings"][0]["code"] == "empty-input"
    assert rows[0]["paragraphs"] == list(RECORDS[0].paragraphs)


def test_columns_can_be_chosen() -> None:
    """*columns* builds only the columns named, in that order; an unknown one is refused."""
    table = newsrecord.to_arrow(RECORDS, columns=["date", "headline"])
    assert table.column_names == ["date", "headline"]
    with pytest.raises(ValueError, match=r"^unknown columns \['title'\]"):
        newsrecord.to_arrow(RECORDS, columns=["title"])


def test_parquet_reads_back_in_pandas_with_types(tmp_path: Path) -> None:
    """pandas reads the Parquet file with date, list and struct columns (pyarrow dtypes)."""
    pd: Any = pytest.importorskip("pandas", reason="the pandas extra")
    path = tmp_path / "records.parquet"
    assert newsrecord.to_parquet(iter(RECORDS), path, row_group_size=2) == len(RECORDS)
    frame = pd.read_parquet(path, dtype_backend="pyarrow")
    assert str(frame["date"].dtype) == "date32[day][pyarrow]"
    assert str(frame["paragraphs"].dtype) == "list<element: string>[pyarrow]"
    assert str(frame["published_utc"].dtype) == "timestamp[us, tz=UTC][pyarrow]"
    plain = pd.read_parquet(path)
    assert plain.loc[0, "date"] == datetime.date(2021, 1, 12)
    assert list(plain.loc[1, "paragraphs"]) == list(RECORDS[1].paragraphs)


# Dask's Parquet reader calls ``reset_index(inplace=True)``, which pandas 3.1 deprecates.
@pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.reset_index")
def test_parquet_reads_back_in_dask_with_types(tmp_path: Path) -> None:
    """Dask reads the Parquet file lazily with the same column types."""
    dd: Any = pytest.importorskip("dask.dataframe", reason="the dask extra")
    path = tmp_path / "records.parquet"
    newsrecord.to_parquet(RECORDS, path)
    frame = dd.read_parquet(path, dtype_backend="pyarrow")
    assert str(frame.dtypes["date"]) == "date32[day][pyarrow]"
    computed = frame.compute(scheduler="synchronous")
    assert computed["headline"].tolist()[0] == RECORDS[0].headline
    assert computed["headline"].isna().tolist() == [r.headline is None for r in RECORDS]


def test_empty_input_writes_an_empty_file_with_the_schema(tmp_path: Path) -> None:
    """No records still give a Parquet file with every column."""
    pq: Any = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "empty.parquet"
    assert newsrecord.to_parquet([], path) == 0
    assert pq.read_table(path).column_names == list(COLUMNS)
