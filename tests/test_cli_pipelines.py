"""
``newsrecord parse`` cannot go quietly wrong: refusals, junk input, encodings, outputs, stops.

Run in this process through ``main(argv)`` (``tests/cli_run.py``), except the
two signal tests, which need a process to stop.
"""

from __future__ import annotations

import bz2
import datetime
import gzip
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsrecord
from newsrecord.exports import derived_uri

from .cli_run import Result, invoke
from .test_exports import NINJS

# Invented stories: the places, people and events are made up.
FERRY = (
    " date 2022-06-03 By Harborline\n\nBy Temperance Quillfeather\n\n"
    "The ferry between Lornby and Veska will run every hour from July.\n"
)
BRIDGE = "Bridge vote delayed\n\nThe Eastmere council put off its bridge vote until May.\n"
WIRE = "Rain floods Vesk\n\nVESK, Jan 12 (Kestrel) - Rain flooded the lower town, officials said.\n"
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(120)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(40)
WET = Path(__file__).parent / "data" / "three.warc.wet"


def jsonl(*objects: object) -> bytes:
    """JSON Lines of ``objects``, UTF-8."""
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects).encode("utf-8")


def lines(text: str) -> list[dict[str, Any]]:
    """The JSON documents of JSON Lines output."""
    return [json.loads(line) for line in text.splitlines()]


def usage_error(result: Result) -> str:
    """The one-line reason of a refused command line (and that nothing else happened)."""
    assert (result.returncode, result.stdout) == (2, ""), result
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("newsrecord parse: error: ")
    return result.stderr.removeprefix("newsrecord parse: error: ").rstrip("\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of three stories."""
    top = tmp_path / "dump"
    top.mkdir()
    for name, text in (("a.txt", FERRY), ("b.txt", BRIDGE), ("c.txt", WIRE)):
        (top / name).write_text(text, encoding="utf-8")
    return top


# Refusals ---------------------------------------------------------------------------------------


def test_folder_of_compressed_json_lines_is_refused_with_a_hint(tmp_path: Path) -> None:
    """A folder holding only ``*.jsonl.gz`` is refused, naming what it holds and the switch."""
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(jsonl({"text": BRIDGE})))
    reason = usage_error(invoke("parse", tmp_path))
    assert reason == (
        f"no file under {tmp_path} matches *.txt, *.txt.gz, *.txt.bz2, ...; "
        "it holds 1 *.jsonl.gz (add --jsonl, or --glob)"
    )


def test_folder_of_compressed_texts_is_read(tmp_path: Path) -> None:
    """``*.txt.gz`` files are taken from a folder by default, and decompressed."""
    (tmp_path / "bridge.txt.gz").write_bytes(gzip.compress(BRIDGE.encode()))
    result = invoke("parse", "--format", "jsonl", tmp_path)
    assert result.returncode == 0, result.stderr
    (record,) = lines(result.stdout)
    assert record["headline"] == "Bridge vote delayed"


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        pytest.param(
            ["--text-field", "body"],
            "--text-field applies to JSON Lines input, and no input is JSON Lines (add --jsonl)",
            id="text-field",
        ),
        pytest.param(
            ["--id-field", "guid"],
            "--id-field applies to JSON Lines input, and no input is JSON Lines (add --jsonl)",
            id="id-field",
        ),
        pytest.param(
            ["--reference-date-field", "day"],
            "--reference-date-field applies to JSON Lines input, and no input is JSON Lines "
            "(add --jsonl)",
            id="reference-date-field",
        ),
        pytest.param(
            ["--glob", "*.md"], "--glob applies to directories, and no PATH is one", id="glob"
        ),
        pytest.param(
            ["--format", "ninjs", "--with-source"],
            "--with-source does nothing with --format ninjs, whose documents are fixed",
            id="source-ninjs",
        ),
        pytest.param(
            ["--format", "schemaorg", "--no-blocks"],
            "--no-blocks does nothing with --format schemaorg, whose documents are fixed",
            id="blocks-schemaorg",
        ),
        pytest.param(
            ["--format", "csv", "--no-blocks"],
            "--no-blocks does nothing with --format csv, which has no blocks column",
            id="blocks-csv",
        ),
        pytest.param(
            ["--fields", "headline,title"],
            "--fields: no json field title; the fields are headline, byline, authors, "
            "publisher, date, published, date_source, dateline, paragraphs, credits, "
            "warnings, blocks",
            id="unknown-field",
        ),
        pytest.param(
            ["--format", "parquet"],
            "--format parquet needs -o FILE (Parquet is a file format, not a stream)",
            id="parquet-stdout",
        ),
        pytest.param(
            ["--format", "jsonl", "-o", "out.csv"],
            "-o out.csv names a csv file, but --format is jsonl",
            id="suffix-contradicts-format",
        ),
        pytest.param(
            ["-o", "out.parquet.gz"],
            "a Parquet file compresses itself: drop the compression suffix of -o",
            id="parquet-gz",
        ),
    ],
)
def test_switches_that_do_nothing_are_refused(
    args: list[str], reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A switch with no effect on these inputs exits 2 with a one-line reason, writing nothing."""
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "bridge.txt"
    story.write_text(BRIDGE, encoding="utf-8")
    assert usage_error(invoke("parse", *args, story)) == reason
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bridge.txt"]


def test_encoding_with_only_json_lines_is_refused(tmp_path: Path) -> None:
    """``--encoding`` does nothing to JSON Lines, which is UTF-8 text."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl({"text": BRIDGE}))
    reason = usage_error(invoke("parse", "--encoding", "cp1252", feed))
    assert reason == "--encoding applies to text files and WET records; JSON Lines is UTF-8"


def test_unknown_encoding_is_a_usage_error(tmp_path: Path) -> None:
    """An encoding Python does not know exits 2 before anything is read."""
    result = invoke("parse", "--encoding", "klingon", tmp_path)
    assert result.returncode == 2
    assert "unknown encoding: 'klingon'" in result.stderr


def test_a_jsonl_file_is_read_as_json_lines_by_its_name(tmp_path: Path) -> None:
    """A ``.jsonl`` file given without ``--jsonl`` is JSON Lines, not one junk text."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl({"id": "b1", "text": BRIDGE}, {"id": "w1", "text": WIRE}))
    result = invoke("parse", "--format", "jsonl", feed)
    assert result.returncode == 0, result.stderr
    assert [(r["id"], r["headline"]) for r in lines(result.stdout)] == [
        ("b1", "Bridge vote delayed"),
        ("w1", "Rain floods Vesk"),
    ]


# Junk is not parsed as articles ----------------------------------------------------------------


def test_binary_and_empty_files_get_error_warnings_and_no_fields(folder: Path) -> None:
    """An executable, an image and an empty file give records with only their error warning."""
    (folder / "d.txt").write_bytes(ELF)
    (folder / "e.txt").write_bytes(PNG)
    (folder / "f.txt").write_bytes(b"")
    result = invoke("parse", "--format", "jsonl", folder)
    assert result.returncode == 0, result.stderr
    junk = {Path(r["source"]).name: r for r in lines(result.stdout)[3:]}
    for name, code in (("d.txt", "not-text"), ("e.txt", "not-text"), ("f.txt", "empty-input")):
        assert junk[name]["warnings"][0]["code"] == code
        assert junk[name]["warnings"][0]["severity"] == "error"
        assert (junk[name]["headline"], junk[name]["paragraphs"]) == (None, [])
    assert result.stderr.endswith(
        "6 records written, 0 inputs failed, 3 with error warnings, 1 with info warnings only\n"
    )


def test_strict_fails_binary_input(folder: Path) -> None:
    """With ``--strict`` an image is a failure naming ``not-text``; the stories are written."""
    (folder / "d.txt").write_bytes(PNG)
    result = invoke("parse", "--strict", "--format", "jsonl", folder)
    assert result.returncode == 1
    reason = "not-text: the input is not text: it starts like a PNG image"
    assert f"newsrecord: {folder / 'd.txt'}: {reason}" in result.stderr
    assert len(lines(result.stdout)) == 3


def test_gzip_on_stdin_is_decompressed() -> None:
    """Compressed standard input is recognised by its first bytes and decompressed."""
    result = invoke("parse", stdin=gzip.compress(BRIDGE.encode()))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == newsrecord.parse(BRIDGE).to_dict()


# Encodings ---------------------------------------------------------------------------------------


def test_encoding_reads_a_cp1252_archive_without_error_warnings(tmp_path: Path) -> None:
    """``--encoding cp1252`` decodes as cp1252: no ``bytes-not-utf8``, and ``--strict`` passes."""
    story = tmp_path / "cafe.txt"
    story.write_bytes("Café opens in Velmora\n\nThe café opened on “Monday”.\n".encode("cp1252"))
    plain = invoke("parse", "--strict", story)
    assert plain.returncode == 1
    assert "bytes-not-utf8" in plain.stderr
    given = invoke("parse", "--strict", "--encoding", "cp1252", story)
    assert given.returncode == 0, given.stderr
    record = json.loads(given.stdout)
    assert (record["paragraphs"], record["warnings"]) == (["The café opened on “Monday”."], [])


def test_encoding_still_tells_binary_from_text(tmp_path: Path) -> None:
    """With ``--encoding``, an image is still ``not-text``, so ``--strict`` tells them apart."""
    image = tmp_path / "photo.txt"
    image.write_bytes(PNG)
    result = invoke("parse", "--strict", "--encoding", "cp1252", image)
    assert result.returncode == 1
    assert ": not-text: " in result.stderr


# Outputs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        pytest.param("out.jsonl.gz", gzip.open, id="gzip"),
        pytest.param("out.jsonl.bz2", bz2.open, id="bzip2"),
    ],
)
def test_output_is_compressed_by_its_suffix(name: str, reader: Any, folder: Path) -> None:
    """``-o NAME.gz`` (``.bz2``, ``.xz``, ``.zst``) is compressed; the format follows the name."""
    target = folder.parent / name
    result = invoke("parse", "-o", target, folder)
    assert result.returncode == 0, result.stderr
    with reader(target, "rt", encoding="utf-8") as file:
        assert [Path(r["source"]).name for r in lines(file.read())] == ["a.txt", "b.txt", "c.txt"]


def test_zstd_output(folder: Path) -> None:
    """``-o NAME.zst`` writes zstd when the ``zstd`` extra is installed."""
    zstandard: Any = pytest.importorskip("zstandard", reason="the zstd extra")
    target = folder.parent / "out.jsonl.zst"
    assert invoke("parse", "-o", target, folder).returncode == 0
    data = zstandard.ZstdDecompressor().decompressobj().decompress(target.read_bytes())
    assert len(lines(data.decode("utf-8"))) == 3


def test_with_source_names_a_single_input(tmp_path: Path) -> None:
    """``--with-source`` adds ``source`` even for one file, as ``grep -H`` names it."""
    story = tmp_path / "bridge.txt"
    story.write_text(BRIDGE, encoding="utf-8")
    record = json.loads(invoke("parse", "--with-source", story).stdout)
    assert list(record)[:2] == ["source", "headline"]
    assert record["source"] == str(story)


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        pytest.param(
            ["--no-blocks"],
            [k for k in newsrecord.parse("").to_dict() if k != "blocks"],
            id="no-blocks",
        ),
        pytest.param(["--fields", "date,headline"], ["headline", "date"], id="fields"),
    ],
)
def test_fields_choose_the_record_keys(args: list[str], keys: list[str], tmp_path: Path) -> None:
    """``--fields`` keeps the keys named (in record order); ``--no-blocks`` drops the blocks."""
    story = tmp_path / "bridge.txt"
    story.write_text(BRIDGE, encoding="utf-8")
    record = json.loads(invoke("parse", *args, story).stdout)
    assert list(record) == keys


def test_ninjs_uri_of_a_numeric_id_validates(tmp_path: Path) -> None:
    """An id ``17`` becomes the ninjs uri ``urn:newsrecord:id:17``, which the schema accepts."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl({"id": 17, "text": WIRE}, {"id": "https://x.example/a", "text": WIRE}))
    documents = lines(invoke("parse", "--format", "ninjs", feed).stdout)
    assert [d["uri"] for d in documents] == ["urn:newsrecord:id:17", "https://x.example/a"]
    for document in documents:
        NINJS.validate(document)


def test_schema_org_always_has_an_identifier(tmp_path: Path) -> None:
    """A text file's schema.org document has the derived identifier, as no input id is given."""
    story = tmp_path / "bridge.txt"
    story.write_text(BRIDGE, encoding="utf-8")
    (document,) = lines(invoke("parse", "--format", "schemaorg", story).stdout)
    assert document["identifier"] == derived_uri(newsrecord.parse(BRIDGE))


def test_schema_org_of_a_wet_record_has_its_address() -> None:
    """A WET record's address is its schema.org ``identifier`` and ``url``."""
    pytest.importorskip("fastwarc", reason="WARC input needs the warc extra")
    (crawled, *_) = lines(invoke("parse", "--format", "schemaorg", WET).stdout)
    address = "https://harbour-news.example/2024/03/pier-closes"
    assert crawled["identifier"] == crawled["url"] == address


def test_errors_file_collects_failures_as_json_lines(tmp_path: Path) -> None:
    """``--errors FILE`` writes each failure as a JSON line, not on stderr."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl({"id": "a", "text": BRIDGE}, {"id": "b"}, {"id": "c", "text": ""}))
    report = tmp_path / "errors.jsonl"
    result = invoke("parse", "--strict", "--errors", report, feed)
    assert result.returncode == 1
    assert result.stderr == (
        f"newsrecord: 1 record written, 2 inputs failed (see {report}), "
        "0 with error warnings, 0 with info warnings only\n"
    )
    first, second = lines(report.read_text(encoding="utf-8"))
    assert first == {
        "where": f"{feed}:2 (id=b)",
        "id": "b",
        "error": "input",
        "message": "text field 'text' is missing",
        "warnings": None,
    }
    assert (second["where"], second["error"]) == (f"{feed}:3 (id=c)", "strict")
    assert second["warnings"] == [
        {
            "code": "empty-input",
            "severity": "error",
            "message": "the input has no visible character",
        }
    ]


def test_reference_date_field_dates_each_line(tmp_path: Path) -> None:
    """``--reference-date-field`` gives each line its reference date; a bad one fails the line."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        jsonl(
            {"id": 1, "day": "1999-03-01", "text": WIRE},
            {"id": 2, "day": "2004-06-30", "text": WIRE},
            {"id": 3, "text": WIRE},
            {"id": 4, "day": "yesterday", "text": WIRE},
        )
    )
    result = invoke("parse", "--reference-date-field", "day", "--format", "jsonl", feed)
    assert result.returncode == 1
    assert [r["date"] for r in lines(result.stdout)] == ["1999-01-12", "2004-01-12", None]
    assert (
        f"{feed}:4 (id=4): reference date field 'day' is not a YYYY-MM-DD date: 'yesterday'"
        in result.stderr
    )


def test_verbose_logs_what_is_read_and_written(folder: Path) -> None:
    """``-v`` logs the inputs and the output through `logging`; ``-vv`` each text."""
    result = invoke("parse", "-vv", "--format", "jsonl", folder)
    assert f"newsrecord: INFO: reading {folder} as text" in result.stderr
    assert "newsrecord: INFO: writing jsonl to standard output" in result.stderr
    assert f"newsrecord: DEBUG: parsed {folder / 'a.txt'}: 0 warnings" in result.stderr
    logger = logging.getLogger("newsrecord")
    assert (logger.handlers, logger.level, logger.propagate) == ([], logging.NOTSET, True)


# WARC / WET ------------------------------------------------------------------------------------


@pytest.fixture
def wet_gz(tmp_path: Path) -> Path:
    """The hand-made WET file, gzip-compressed as Common Crawl ships them."""
    pytest.importorskip("fastwarc", reason="WARC input needs the warc extra")
    path = tmp_path / "three.warc.wet.gz"
    path.write_bytes(gzip.compress(WET.read_bytes()))
    return path


def test_wet_file_gives_three_records_with_ids_and_dates(wet_gz: Path) -> None:
    """Each conversion record gives a record: id from WARC-Target-URI, year from WARC-Date."""
    result = invoke("parse", "--format", "jsonl", wet_gz)
    assert result.returncode == 0, result.stderr
    got = [(r["id"], r["warc_date"], r["date"]) for r in lines(result.stdout)]
    assert got == [
        ("https://harbour-news.example/2024/03/pier-closes", "2024-03-07T09:15:02Z", "2024-03-06"),
        ("https://vesk-herald.example/news/ferry-fares", "2024-03-08T11:00:00Z", "2024-03-07"),
        ("https://greyfield.example/council?id=12", "2024-03-09T16:45:30Z", None),
    ]


def test_parse_files_reads_wet_as_the_command_does(wet_gz: Path) -> None:
    """`parse_files` yields ``(id, Article)`` pairs, with the WARC-Date as reference date."""
    pairs = list(newsrecord.parse_files(wet_gz))
    texts = [t for t in newsrecord.read_texts(wet_gz) if isinstance(t, newsrecord.Text)]
    assert pairs == [
        (t.id, newsrecord.parse(t.text, reference_date=t.reference_date)) for t in texts
    ]
    assert (texts[0].id, texts[0].reference_date) == (
        "https://harbour-news.example/2024/03/pier-closes",
        datetime.date(2024, 3, 7),
    )


def test_warc_without_conversion_records_fails(tmp_path: Path) -> None:
    """A WARC with no conversion record (HTML responses) is a failure, not silence."""
    pytest.importorskip("fastwarc", reason="WARC input needs the warc extra")
    only_info = WET.read_bytes().split(b"WARC/1.0\r\nWARC-Type: conversion")[0]
    path = tmp_path / "info.warc"
    path.write_bytes(only_info)
    result = invoke("parse", path)
    assert result.returncode == 1
    assert f"{path}: no conversion records: not a WET file, or an empty one" in result.stderr


# Parquet ---------------------------------------------------------------------------------------


def test_parquet_output_has_typed_columns_and_same_rows_with_two_workers(folder: Path) -> None:
    """``--format parquet`` gives dates as dates and lists as lists, the same with 2 workers."""
    pq: Any = pytest.importorskip("pyarrow.parquet", reason="the parquet extra")
    one, two = folder.parent / "one.parquet", folder.parent / "two.parquet"
    assert invoke("parse", "-o", one, folder).returncode == 0
    assert invoke("parse", "-o", two, "--workers", "2", folder).returncode == 0
    table = pq.read_table(one)
    assert table.equals(pq.read_table(two))
    pa: Any = pytest.importorskip("pyarrow")
    types = {field.name: field.type for field in table.schema}
    assert types["source"] == types["id"] == types["headline"] == pa.string()
    assert types["date"] == pa.date32()
    assert types["paragraphs"].value_type == pa.string()
    assert types["warnings"].value_type.field("code").type == pa.string()
    assert table.column("date").to_pylist()[0].isoformat() == "2022-06-03"


# Stops -----------------------------------------------------------------------------------------


def _started(args: list[str], target: Path, count: int) -> Iterator[subprocess.Popen[bytes]]:
    """A run reading JSON Lines from a pipe left open, once ``count`` records reached ``target``."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsrecord", "parse", "--jsonl", "-o", str(target), *args],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    process.stdin.write(jsonl(*({"id": n, "text": BRIDGE} for n in range(count))))
    process.stdin.flush()
    deadline = time.monotonic() + 30
    while target.read_bytes().count(b'"id": ') < count and time.monotonic() < deadline:
        time.sleep(0.05)
    yield process
    process.stdin.close()


@pytest.mark.parametrize(
    ("sent", "status", "name", "fmt"),
    [
        pytest.param(signal.SIGTERM, 143, "SIGTERM", "jsonl", id="sigterm-jsonl"),
        pytest.param(signal.SIGINT, 130, "Ctrl-C", "json", id="ctrl-c-json"),
    ],
)
@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_a_stopped_run_keeps_what_it_parsed(
    sent: signal.Signals, status: int, name: str, fmt: str, tmp_path: Path
) -> None:
    """SIGTERM or Ctrl-C: every parsed record is in a valid output, a summary, no traceback."""
    target = tmp_path / f"out.{fmt}"
    target.touch()
    for process in _started(["--format", fmt], target, 3):
        process.send_signal(sent)
        assert process.wait(timeout=30) == status
        assert process.stderr is not None
        stderr = process.stderr.read().decode("utf-8")
        process.stderr.close()
        assert "Traceback" not in stderr
        assert stderr == (
            f"newsrecord: stopped by {name}: 3 records written, 0 inputs failed, "
            "0 with error warnings, 0 with info warnings only\n"
        )
    text = target.read_text(encoding="utf-8")
    records = json.loads(text) if fmt == "json" else lines(text)
    assert [r["id"] for r in records] == [0, 1, 2]


def test_gzip_output_is_the_same_bytes_with_one_or_two_workers(folder: Path) -> None:
    """``.jsonl.gz`` output holds no name or time: 1 and 2 workers give identical files."""
    one, two = folder.parent / "one.jsonl.gz", folder.parent / "two.jsonl.gz"
    assert invoke("parse", "-o", one, folder).returncode == 0
    assert invoke("parse", "-o", two, "--workers", "2", folder).returncode == 0
    assert one.read_bytes() == two.read_bytes()
