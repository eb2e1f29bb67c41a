"""``newsrecord parse`` over real batches: directories, JSON Lines, formats, workers."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsrecord
from newsrecord.exports import ROW_COLUMNS, derived_uri

from .cli_run import invoke as run

# Invented stories: the places, people and events are made up.
STORIES = {
    "ferry": (
        " date 2022-06-03 By Harborline\n\nBy Temperance Quillfeather\n\n"
        "The ferry between Lornby and Veska will run every hour from July.\n"
    ),
    "bridge": "Bridge vote delayed\n\nThe Eastmere council put off its bridge vote until May.\n",
    "mill": (
        "VELMORA, Sarnland, March 3 (Harbor Wire) - The old paper mill will reopen as a museum,"
        " the mayor said on Friday.\n\n(Reporting by Ilse Varga; Editing by Tomas Brandt)\n"
    ),
}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A dump: stories in nested folders, plus files the default pattern must skip."""
    top = tmp_path / "dump"
    (top / "b-later").mkdir(parents=True)
    (top / "a-first" / "deep").mkdir(parents=True)
    (top / ".hidden").mkdir()
    (top / "a-first" / "deep" / "mill.txt").write_text(STORIES["mill"], encoding="utf-8")
    (top / "a-first" / "ferry.txt").write_text(STORIES["ferry"], encoding="utf-8")
    (top / "b-later" / "bridge.txt").write_text(STORIES["bridge"], encoding="utf-8")
    (top / "b-later" / "notes.md").write_text("not a story", encoding="utf-8")
    (top / ".hidden" / "skip.txt").write_text("hidden", encoding="utf-8")
    return top


DERIVED = "derived"


def jsonl(*objects: object) -> bytes:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects).encode("utf-8")


def records(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_directory_is_walked_recursively_in_sorted_order(tree: Path) -> None:
    """Files under a directory match ``*.txt``, hidden ones are skipped, order is sorted."""
    result = run("parse", "--format", "jsonl", tree)
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    assert [Path(str(r["source"])).name for r in got] == ["mill.txt", "ferry.txt", "bridge.txt"]
    assert got[1]["publisher"] == "Harborline"
    assert "3 records written, 0 inputs failed" in result.stderr


def test_glob_chooses_other_files(tree: Path) -> None:
    """``--glob`` replaces the default file name pattern."""
    result = run("parse", "--format", "jsonl", "--glob", "*.md", tree)
    assert result.returncode == 0, result.stderr
    assert [Path(str(r["source"])).name for r in records(result.stdout)] == ["notes.md"]


def test_empty_directory_is_refused(tmp_path: Path) -> None:
    """A folder with no file to read is a usage error (exit 2) with a one-line reason."""
    result = run("parse", tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"newsrecord parse: error: no file under {tmp_path} matches *.txt, *.txt.gz, "
        "*.txt.bz2, ...: it holds no file\n"
    )


def test_jsonl_passes_fields_through_and_renames_collisions() -> None:
    """Input fields other than the text come first; one named like a record key is renamed."""
    line = {"id": "hv-1", "url": "https://example.test/1", "headline": "As fed", "text": "x"}
    line["text"] = STORIES["bridge"]
    result = run("parse", "--jsonl", "--format", "jsonl", "-", stdin=jsonl(line))
    assert result.returncode == 0, result.stderr
    (got,) = records(result.stdout)
    assert list(got)[:3] == ["id", "url", "input_headline"]
    assert got["input_headline"] == "As fed"
    assert got["headline"] == "Bridge vote delayed"
    del got["id"], got["url"], got["input_headline"]
    assert got == newsrecord.parse(STORIES["bridge"]).to_dict()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param(b"{not json\n", "<stdin>:2: not JSON", id="not-json"),
        pytest.param(b"[1, 2]\n", "<stdin>:2: not a JSON object but list", id="array"),
        pytest.param(
            b'{"id": 7}\n', "<stdin>:2 (id=7): text field 'text' is missing", id="no-text"
        ),
        pytest.param(
            b'{"text": 12}\n', "<stdin>:2: text field 'text' is int, not a string", id="number"
        ),
    ],
)
def test_bad_jsonl_line_is_reported_and_the_batch_goes_on(line: bytes, message: str) -> None:
    """A bad line exits 1 naming its line number; the lines around it are still written."""
    good = jsonl({"id": "a", "text": STORIES["ferry"]})
    after = jsonl({"id": "b", "text": STORIES["bridge"]})
    result = run("parse", "--jsonl", "--format", "jsonl", stdin=good + line + after)
    assert result.returncode == 1
    assert message in result.stderr
    assert [r["id"] for r in records(result.stdout)] == ["a", "b"]
    assert "2 records written, 1 input failed" in result.stderr


def test_custom_text_and_id_fields(tmp_path: Path) -> None:
    """``--text-field`` and ``--id-field`` name the keys; the id labels failures."""
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        jsonl({"doc": "k1", "body": STORIES["mill"]}, {"doc": "k2", "body": None}, {"doc": "k3"})
    )
    result = run(
        "parse", "--jsonl", "--text-field", "body", "--id-field", "doc", "--format", "jsonl", path
    )
    assert result.returncode == 1
    assert f"{path}:2 (doc=k2): text field 'body' is null, not a string" in result.stderr
    assert f"{path}:3 (doc=k3): text field 'body' is missing" in result.stderr
    (got,) = records(result.stdout)
    assert got["doc"] == "k1"
    assert got["dateline"]["location"] == "VELMORA, Sarnland"  # type: ignore[index]


def test_gzip_jsonl_input(tmp_path: Path) -> None:
    """A ``.gz`` input is decompressed on the fly."""
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl({"id": 1, "text": STORIES["ferry"]})))
    result = run("parse", "--jsonl", "--format", "jsonl", path)
    assert result.returncode == 0, result.stderr
    assert records(result.stdout)[0]["authors"] == [{"name": "Temperance Quillfeather"}]


def test_csv_has_the_row_columns(tree: Path) -> None:
    """``--format csv`` writes ``source`` and `ROW_COLUMNS`, one row per file."""
    result = run("parse", "--format", "csv", tree)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["source", *ROW_COLUMNS]
    expected = newsrecord.parse(STORIES["mill"]).to_row()
    assert rows[0] == {
        "source": str(tree / "a-first" / "deep" / "mill.txt"),
        **{key: "" if value is None else str(value) for key, value in expected.items()},
    }
    assert len(rows) == 3


def test_csv_keeps_multiline_bodies_in_one_cell() -> None:
    """A body of several paragraphs stays one quoted cell; nested input fields become JSON."""
    text = "Rain\n\nIt rained in Lornby.\n\nThen it stopped.\n"
    line = {"id": 1, "tags": ["weather", "lornby"], "text": text}
    result = run("parse", "--jsonl", "--format", "csv", stdin=jsonl(line))
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["body"] == "It rained in Lornby.\n\nThen it stopped."
    assert json.loads(row["tags"]) == ["weather", "lornby"]


def test_schemaorg_lines_carry_the_identifier() -> None:
    """``--format schemaorg`` writes one NewsArticle per line, with the input id."""
    feed = jsonl({"id": "x9", "text": STORIES["ferry"]}, {"text": STORIES["bridge"]})
    result = run("parse", "--jsonl", "--format", "schemaorg", stdin=feed)
    assert result.returncode == 0, result.stderr
    first, second = records(result.stdout)
    assert first["@type"] == second["@type"] == "NewsArticle"
    assert first["identifier"] == "x9"
    assert second["identifier"] == derived_uri(newsrecord.parse(STORIES["bridge"]))
    assert first == {
        **newsrecord.parse(STORIES["ferry"]).to_schema_org(),
        "identifier": "x9",
    }


def test_ninjs_lines_use_the_id_as_uri() -> None:
    """``--format ninjs`` writes one ninjs document per line; the input id is its uri."""
    feed = jsonl({"id": "urn:test:1", "text": STORIES["mill"]})
    result = run("parse", "--jsonl", "--format", "ninjs", stdin=feed)
    assert result.returncode == 0, result.stderr
    (document,) = records(result.stdout)
    assert document == newsrecord.parse(STORIES["mill"]).to_ninjs(uri="urn:test:1")


def test_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    """``--workers 2`` writes exactly what one process writes."""
    feed = tmp_path / "feed.jsonl"
    texts = list(STORIES.values())
    feed.write_bytes(jsonl(*({"id": n, "text": texts[n % 3]} for n in range(150))))
    one = run("parse", "--jsonl", "--format", "jsonl", "--workers", "1", feed)
    two = run("parse", "--jsonl", "--format", "jsonl", "--workers", "2", feed)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [r["id"] for r in records(two.stdout)] == list(range(150))


def test_strict_reports_the_failing_record_and_writes_the_rest() -> None:
    """With ``--strict`` a record with an error warning is reported with a caret, not written."""
    feed = jsonl(
        {"id": "ok", "text": STORIES["bridge"]},
        {"id": "bad", "text": " date 2022-02-30 By Harborline\n\nThe fair opened in Lornby.\n"},
    )
    lenient = run("parse", "--jsonl", "--format", "jsonl", stdin=feed)
    assert lenient.returncode == 0
    warnings = records(lenient.stdout)[1]["warnings"]
    assert isinstance(warnings, list)
    assert any(w["severity"] == "error" for w in warnings)
    strict = run("parse", "--jsonl", "--strict", "--format", "jsonl", stdin=feed)
    assert strict.returncode == 1
    assert "<stdin>:2 (id=bad):" in strict.stderr
    assert "^" in strict.stderr
    assert [r["id"] for r in records(strict.stdout)] == ["ok"]


def test_output_option_writes_a_file(tmp_path: Path, tree: Path) -> None:
    """``-o FILE`` writes the output there and nothing to stdout."""
    target = tmp_path / "out.jsonl"
    result = run("parse", "--format", "jsonl", "-o", target, tree)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_lone_surrogates_in_jsonl_text_still_give_valid_json() -> None:
    """Lone surrogates: replaced in the record, kept as JSON escapes in pass-through fields."""
    feed = b'{"id": 1, "note": "x\\udc80", "text": "Rain \\ud800 fell.\\n"}\n'
    result = run("parse", "--jsonl", "--format", "jsonl", stdin=feed)
    assert result.returncode == 0, result.stderr
    (got,) = records(result.stdout)
    assert got["note"] == "x\udc80"
    assert got["paragraphs"] == ["Rain \ufffd fell."]


def test_progress_bar_goes_to_stderr(tree: Path) -> None:
    """``--progress`` draws a tqdm bar on stderr; stdout stays pure records."""
    pytest.importorskip("tqdm", reason="the progress bar needs the cli extra (tqdm)")
    result = run("parse", "--format", "jsonl", "--progress", tree)
    assert result.returncode == 0, result.stderr
    assert "3/3" in result.stderr  # a total, so an ETA
    assert len(records(result.stdout)) == 3


def test_progress_without_tqdm_is_silent(tree: Path, tmp_path: Path) -> None:
    """Without tqdm, ``--progress`` is quietly ignored."""
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "tqdm.py").write_text("raise ImportError('tqdm is not installed')\n")
    code = "import sys; from newsrecord.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "parse", "--format", "jsonl", "--progress", str(tree)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"PYTHONPATH": str(blocker), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "docs/s" not in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_quiet_prints_no_summary(tree: Path) -> None:
    """``-q`` leaves stderr empty when nothing failed."""
    result = run("parse", "-q", "--format", "jsonl", tree)
    assert (result.returncode, result.stderr) == (0, "")


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """A reader that goes away (``| head -1``) ends the run without a traceback."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl(*({"id": n, "text": STORIES["bridge"]} for n in range(3000))))
    process = subprocess.Popen(
        [sys.executable, "-m", "newsrecord", "parse", "--jsonl", "--format", "jsonl", str(feed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert json.loads(process.stdout.readline())["id"] == 0
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    process.stderr.close()
    assert process.wait() == 1
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--workers", "-1"], id="negative-workers"),
        pytest.param(["--workers", "two"], id="word-workers"),
        pytest.param(["--format", "xml"], id="unknown-format"),
    ],
)
def test_bad_options_are_usage_errors(args: list[str], tree: Path) -> None:
    """A bad option value exits 2 before anything is parsed."""
    result = run("parse", *args, tree)
    assert result.returncode == 2
    assert result.stdout == ""


def test_show_prints_the_gutter_view(tmp_path: Path) -> None:
    """``show FILE`` prints the summary and each line with its block kind, plain when piped."""
    path = tmp_path / "mill.txt"
    path.write_text(STORIES["mill"], encoding="utf-8")
    result = run("show", path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "credits     reporting: Ilse Varga; editing: Tomas Brandt" in result.stdout
    body = result.stdout.split("\n\n", 1)[1].splitlines()
    gutters = [[w for w in line.split("|")[0].split()[1:] if w != "!"] for line in body]
    assert gutters == [["dateline+¶1"], [], ["credit"]]


def test_show_rules_adds_the_rule_column(tmp_path: Path) -> None:
    """``show --rules`` names the rule behind each block after its kind."""
    path = tmp_path / "mill.txt"
    path.write_text(STORIES["mill"], encoding="utf-8")
    result = run("show", "--rules", path)
    assert result.returncode == 0, result.stderr
    body = result.stdout.split("\n\n", 1)[1].splitlines()
    gutters = [[w for w in line.split("|")[0].split()[1:] if w != "!"] for line in body]
    assert gutters[0] == ["dateline+¶1", "dateline.opening+paragraph"]
    assert gutters[2][0] == "credit"
    assert gutters[2][1].startswith("credit.")


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        pytest.param(["--color", "always"], {}, True, id="always"),
        pytest.param(["--color", "never"], {}, False, id="never"),
        pytest.param([], {}, False, id="auto-piped"),
        pytest.param(["--color", "always"], {"NO_COLOR": "1"}, True, id="always-beats-no-color"),
    ],
)
def test_show_colour_choice(
    args: list[str], env: dict[str, str], coloured: bool, tmp_path: Path
) -> None:
    """Colour follows ``--color``; ``auto`` is plain when stdout is not a terminal."""
    path = tmp_path / "bridge.txt"
    path.write_text(STORIES["bridge"], encoding="utf-8")
    code = "import sys; from newsrecord.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "show", *args, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **env},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert ("\x1b[" in result.stdout) is coloured


def test_show_spans_match_for_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    """A cp1252 file is decoded as ``parse`` decodes it, so the gutter still lines up."""
    path = tmp_path / "cafe.txt"
    path.write_bytes(b"Caf\xe9 opens\n\nThe caf\xe9 in Lornby opened on Monday.\n")
    result = run("show", path)
    assert result.returncode == 0, result.stderr
    assert "bytes-not-utf8" in result.stdout
    assert "¶1" in result.stdout
    assert "| The café in Lornby opened on Monday." in result.stdout


def test_show_missing_file_exits_1(tmp_path: Path) -> None:
    """An unreadable file is reported on stderr with exit status 1."""
    result = run("show", tmp_path / "gone.txt")
    assert result.returncode == 1
    assert "cannot read" in result.stderr


@pytest.mark.parametrize(
    ("ident", "expected"),
    [
        pytest.param("hv-7", "hv-7", id="string"),
        pytest.param(7, "7", id="integer"),
        pytest.param(0, "0", id="zero"),
        pytest.param(True, DERIVED, id="boolean"),
        pytest.param("", DERIVED, id="empty"),
        pytest.param({"n": 7}, DERIVED, id="object"),
    ],
)
def test_only_strings_and_integers_identify_a_record(ident: object, expected: str) -> None:
    """The `--id-field` value is the identifier if a string or an integer; else it is derived."""
    feed = jsonl({"id": ident, "text": STORIES["bridge"]})
    result = run("parse", "--jsonl", "--format", "schemaorg", stdin=feed)
    assert result.returncode == 0, result.stderr
    (document,) = records(result.stdout)
    if expected == DERIVED:
        expected = derived_uri(newsrecord.parse(STORIES["bridge"]))
    assert document["identifier"] == expected
