"""The ``newsrecord`` command, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsrecord

SCRIPT = Path(sys.executable).with_name("newsrecord.exe" if os.name == "nt" else "newsrecord")

PAGE = (
    " date 2022-06-03 By Harborline\n\n\n\n\n\nBy Temperance Quillfeather\n\n"
    "The ferry between Lornby and Veska will run every hour from July, the operator said.\n\n"
    "Tickets bought before June keep their price.\n"
)
WIRE = "Bridge vote delayed\n\nThe Eastmere council put off its bridge vote until May.\n"


def run(
    *args: str | Path, stdin: bytes = b"", command: str = "module"
) -> subprocess.CompletedProcess[str]:
    """Run the command line with ``args``; ``command`` is ``module`` or ``script``."""
    prefix = [sys.executable, "-m", "newsrecord"] if command == "module" else [str(SCRIPT)]
    result = subprocess.run(
        [*prefix, *map(str, args)],
        input=stdin,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


@pytest.fixture
def page(tmp_path: Path) -> Path:
    """A crawl-format article file."""
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    """A plain wire-copy article file."""
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    return path


def sourced(path: Path, text: str) -> dict[str, object]:
    """The record of ``text`` as ``parse`` writes it for one of several files."""
    return {"source": str(path), **newsrecord.parse(text).to_dict()}


COMMANDS = [pytest.param("module", id="python-m"), pytest.param("script", id="console-script")]


@pytest.mark.parametrize("command", COMMANDS)
def test_version(command: str) -> None:
    """``--version`` prints ``newsrecord <version>`` and exits 0."""
    result = run("--version", command=command)
    assert result.returncode == 0
    assert result.stdout == f"newsrecord {newsrecord.__version__}\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_parse_one_file(command: str, page: Path) -> None:
    """``parse FILE`` prints one JSON object equal to ``parse(text).to_dict()``."""
    result = run("parse", page, command=command)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == newsrecord.parse(PAGE).to_dict()
    assert result.stderr == ""


def test_parse_several_files_prints_an_array(page: Path, wire: Path) -> None:
    """``parse A B`` prints a JSON array of the records, each naming its file, in order."""
    result = run("parse", page, wire)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [sourced(page, PAGE), sourced(wire, WIRE)]


def test_parse_jsonl(page: Path, wire: Path) -> None:
    """``--format jsonl`` prints one record per line."""
    result = run("parse", "--format", "jsonl", page, wire)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line) for line in lines] == [sourced(page, PAGE), sourced(wire, WIRE)]


def test_parse_stdin() -> None:
    """``-`` reads the text from standard input."""
    result = run("parse", "-", stdin=PAGE.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == newsrecord.parse(PAGE).to_dict()


def test_parse_reference_date(wire: Path) -> None:
    """A valid ``--reference-date`` is accepted and passed to ``parse``."""
    result = run("parse", "--reference-date", "2022-06-03", wire)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == newsrecord.parse(WIRE).to_dict()


def test_missing_file_fails_but_others_print(page: Path, wire: Path, tmp_path: Path) -> None:
    """A missing file exits 1 naming it on stderr, and the other files are still printed."""
    missing = tmp_path / "no-such-file.txt"
    result = run("parse", page, missing, wire)
    assert result.returncode == 1
    assert str(missing) in result.stderr
    assert json.loads(result.stdout) == [sourced(page, PAGE), sourced(wire, WIRE)]


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2022-13-01", id="bad-month"),
        pytest.param("June 3", id="words"),
        pytest.param("", id="empty"),
    ],
)
def test_bad_reference_date_is_a_usage_error(value: str, page: Path) -> None:
    """A ``--reference-date`` that is no YYYY-MM-DD date exits 2 with a message."""
    result = run("parse", "--reference-date", value, page)
    assert result.returncode == 2
    assert "--reference-date" in result.stderr
    assert result.stdout == ""


def test_strict_fails_on_invalid_utf8(tmp_path: Path, wire: Path) -> None:
    """``--strict`` exits 1 for a file that is not UTF-8, naming it, and prints the others."""
    bad = tmp_path / "cp1252.txt"
    bad.write_bytes(b"caf\xe9 \x93quoted\x94\n")
    result = run("parse", "--strict", bad, wire)
    assert result.returncode == 1
    assert str(bad) in result.stderr
    assert "bytes-not-utf8" in result.stderr
    assert json.loads(result.stdout) == [sourced(wire, WIRE)]


def test_lenient_parses_invalid_utf8(tmp_path: Path) -> None:
    """Without ``--strict`` a file that is not UTF-8 parses, with its warning in the record."""
    bad = tmp_path / "cp1252.txt"
    bad.write_bytes(b"caf\xe9 \x93quoted\x94\n")
    result = run("parse", bad)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["paragraphs"] == ["café “quoted”"]
    assert [w["code"] for w in record["warnings"]] == ["bytes-not-utf8"]


@pytest.mark.parametrize("command", COMMANDS)
def test_demo(command: str) -> None:
    """``demo`` exits 0 and prints a record with paragraphs, a publisher and an author."""
    result = run("demo", command=command)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["paragraphs"]
    assert all(isinstance(p, str) and p for p in record["paragraphs"])
    assert record["publisher"]
    assert record["authors"]
    assert record["authors"][0]["name"]


def test_no_command_is_a_usage_error() -> None:
    """Running without a command exits 2."""
    assert run().returncode == 2
