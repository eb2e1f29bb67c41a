"""
The golden corpus: invented texts in every layout users feed in, each beside its record.

``tests/corpus/<family>/<name>.txt`` is the input and ``<name>.json`` beside it is
exactly ``newsrecord.parse(text).to_dict()`` as it must be (``json.dumps(record,
indent=2, ensure_ascii=False)`` plus a newline, keys in the record's own order).
Families follow FORMATS.md: ``crawl`` (section A), ``wire`` (B), ``archive`` (C)
and ``dates`` (D).  Every person, place, outlet and event in them is invented.

Workflow (tests/corpus/README.md has the details):

* To add a case, write the ``.txt``, then run
  ``python -m pytest tests/test_corpus.py --update-golden -k <name>`` to write its
  ``.json``, and read that record field by field against the text before you
  commit it.  A golden is a claim about what a careful reader expects, not a
  snapshot of whatever the parser said.
* When the parser gets a case wrong, keep the text, write the correct ``.json`` by
  hand and list the case in ``tests/corpus/KNOWN_FAILURES.txt`` with one line of
  explanation.  Those cases are ``xfail(strict=True)``: the day a fix makes one
  pass, the run fails until its line is deleted.  ``--update-golden`` skips them,
  so their hand-written records are never overwritten.
* To change records on purpose (a parser change), run
  ``python -m pytest tests/test_corpus.py --update-golden`` and commit the
  rewritten ``.json`` files with the change.  Reviewers read the JSON diff: every
  changed line must be a change the pull request means to make.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

import newsrecord

CORPUS = Path(__file__).parent / "corpus"
KNOWN_FAILURES_FILE = CORPUS / "KNOWN_FAILURES.txt"
FAMILIES = ("archive", "crawl", "dates", "wire")

VALIDATOR = Draft202012Validator(
    newsrecord.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
)


def _known_failures() -> dict[str, str]:
    """Case path (relative to the corpus, ``/``-separated) -> why the parser fails it."""
    known: dict[str, str] = {}
    for line in KNOWN_FAILURES_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            path, _, reason = line.partition(" ")
            known[path] = reason.strip()
    return known


KNOWN_FAILURES = _known_failures()
CASES = sorted(CORPUS.glob("*/*.txt"))


def _name(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix()


def _read_text(path: Path) -> str:
    # Bytes, then decode: reading in text mode would turn the CRLF cases into LF.
    return path.read_bytes().decode("utf-8")


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


def _param(path: Path) -> pytest.ParameterSet:
    name = _name(path)
    reason = KNOWN_FAILURES.get(name)
    marks = () if reason is None else (pytest.mark.xfail(strict=True, reason=reason),)
    return pytest.param(path, id=name, marks=marks)


def _assert_blocks_cover(text: str, blocks: list[dict[str, Any]]) -> None:
    """Blocks are ordered, disjoint, trimmed spans holding every visible character once."""
    covered = [0] * len(text)
    previous_end = 0
    for block in blocks:
        start, end = block["start"], block["end"]
        assert previous_end <= start < end <= len(text), block
        assert not text[start].isspace(), block
        assert not text[end - 1].isspace(), block
        previous_end = end
        for i in range(start, end):
            covered[i] += 1
    missed = [i for i, ch in enumerate(text) if not ch.isspace() and covered[i] != 1]
    assert not missed, f"visible characters outside any block at {missed[:10]}"


@pytest.mark.parametrize("path", [_param(path) for path in CASES])
def test_corpus_case(path: Path, request: pytest.FixtureRequest) -> None:
    """Parsing the text gives exactly its golden record (or, with --update-golden, rewrites it)."""
    name = _name(path)
    golden = path.with_suffix(".json")
    record = newsrecord.parse(_read_text(path)).to_dict()
    if request.config.getoption("--update-golden"):
        if name in KNOWN_FAILURES:
            pytest.skip("known failure: its hand-written golden is never rewritten")
        golden.write_text(_dump(record), encoding="utf-8", newline="\n")
        return
    assert golden.is_file(), f"{golden} is missing: run pytest with --update-golden, then review it"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert record == expected


@pytest.mark.parametrize("path", [pytest.param(path, id=_name(path)) for path in CASES])
def test_golden_is_a_valid_record(path: Path) -> None:
    """Each golden, hand-written ones too, is a valid, round-tripping record whose blocks cover."""
    golden = path.with_suffix(".json")
    if not golden.is_file():
        pytest.skip("no golden yet (test_corpus_case reports it)")
    raw = golden.read_text(encoding="utf-8")
    expected = json.loads(raw)
    VALIDATOR.validate(expected)
    assert newsrecord.Article.from_dict(expected).to_dict() == expected
    assert raw == _dump(expected), "golden is not in the canonical layout (indent 2, newline)"
    _assert_blocks_cover(_read_text(path), expected["blocks"])


def test_corpus_layout() -> None:
    """Every family has cases, every golden has a text, and every known failure is a case."""
    names = {_name(path) for path in CASES}
    families = {name.split("/")[0] for name in names}
    assert families == set(FAMILIES)
    orphans = sorted(
        _name(golden)
        for golden in CORPUS.glob("*/*.json")
        if not golden.with_suffix(".txt").is_file()
    )
    assert orphans == [], "goldens without a text"
    assert sorted(set(KNOWN_FAILURES) - names) == [], "KNOWN_FAILURES.txt names missing cases"
    assert all(KNOWN_FAILURES.values()), "every known failure needs its one-line explanation"
