"""
The real-text yardstick's pages: where their texts live, and how they are checked.

The texts are third-party and never enter the repository.  What the repository
keeps, per page, is a line of ``pages-*.jsonl``: the search query that finds the
page, its address, the sha256 and length of its text, and the labels a reader
gave it.  A session with the ``search`` tool rebuilds the texts: it runs each
query in the ``pages`` corpus and writes the result for the page's address as a
transcription ``<cache>/excerpts/<id>.json`` (``{"id", "query", "url",
"excerpt"}``); this script then checks every transcription against the recorded
hash and writes the plain texts.

    python benchmarks/realtext/pages.py add FILE.json ...  # check new transcriptions
    python benchmarks/realtext/pages.py rebuild             # write texts/, verify every hash
    python benchmarks/realtext/pages.py status              # pages, texts, outlets, languages

The cache is ``$NEWSRECORD_REALTEXT`` or ``~/.cache/newsrecord-realtext``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDE = HERE.parents[2] / "shared" / "holdout-exclude.txt"


def cache_dir() -> Path:
    """Where the transcriptions and the rebuilt texts live, outside the repository."""
    default = Path.home() / ".cache" / "newsrecord-realtext"
    return Path(os.environ.get("NEWSRECORD_REALTEXT", default))


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def excluded_hashes(path: Path = EXCLUDE) -> set[str]:
    """The page-address and page-text hashes kept back for independent checks."""
    if not path.exists():
        sys.exit(f"{path} not found: the holdout list must be checked before a page is used")
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("url", "text"):
            out.add(parts[1])
    return out


def pages() -> Iterator[dict]:
    """Every labelled page, from every ``pages-*.jsonl`` beside this script."""
    for path in sorted(HERE.glob("pages-*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    sys.exit(f"{path.name}:{number}: {exc}")


def read_transcription(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    missing = {"id", "query", "url", "excerpt"} - data.keys()
    if missing:
        sys.exit(f"{path}: missing {sorted(missing)}")
    return data


def add(files: list[str]) -> int:
    """Check new transcriptions against the holdout list; write their texts; print their facts."""
    excluded = excluded_hashes()
    texts = cache_dir() / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    status = 0
    for name in files:
        data = read_transcription(Path(name))
        text = data["excerpt"]
        if sha256(data["url"]) in excluded or sha256(text) in excluded:
            print(f"EXCLUDED {data['id']} {data['url']}: do not use this page")
            status = 1
            continue
        (texts / f"{data['id']}.txt").write_text(text, encoding="utf-8", newline="")
        facts = {
            "id": data["id"],
            "query": data["query"],
            "url": data["url"],
            "sha256": sha256(text),
            "chars": len(text),
        }
        print(json.dumps(facts, ensure_ascii=False))
    return status


def rebuild() -> int:
    """Write every page's text from its transcription; fail on a missing or changed one."""
    cache = cache_dir()
    excluded = excluded_hashes()
    (cache / "texts").mkdir(parents=True, exist_ok=True)
    ok = bad = 0
    for page in pages():
        source = cache / "excerpts" / f"{page['id']}.json"
        if not source.exists():
            print(f"missing  {page['id']}: run {page['query']!r} and transcribe {page['url']}")
            bad += 1
            continue
        text = read_transcription(source)["excerpt"]
        if sha256(text) != page["sha256"] or len(text) != page["chars"]:
            print(f"changed  {page['id']}: sha256 or length differs from the recorded one")
            bad += 1
            continue
        if page["sha256"] in excluded or sha256(page["url"]) in excluded:
            print(f"excluded {page['id']}: on the holdout list, remove it from the set")
            bad += 1
            continue
        (cache / "texts" / f"{page['id']}.txt").write_text(text, encoding="utf-8", newline="")
        ok += 1
    print(f"{ok} texts rebuilt and verified, {bad} missing or wrong, in {cache / 'texts'}")
    return 1 if bad else 0


def status() -> int:
    """Counts the issue asks for: pages, outlets, countries, languages, forms."""
    rows = list(pages())
    texts = cache_dir() / "texts"
    have = sum((texts / f"{p['id']}.txt").exists() for p in rows)
    ids = [p["id"] for p in rows]
    dupes = {i for i in ids if ids.count(i) > 1}
    shas = [p["sha256"] for p in rows]
    print(
        f"pages {len(rows)} (texts on disk {have}); duplicate ids {sorted(dupes)}; "
        f"duplicate texts {len(shas) - len(set(shas))}"
    )
    for key in ("outlet", "country", "language", "form"):
        values: dict[str, int] = {}
        for page in rows:
            values[page.get(key) or "?"] = values.get(page.get(key) or "?", 0) + 1
        print(f"{key}: {len(values)} -> {dict(sorted(values.items(), key=lambda kv: -kv[1]))}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("add").add_argument("files", nargs="+")
    sub.add_parser("rebuild")
    sub.add_parser("status")
    args = parser.parse_args()
    if args.command == "add":
        return add(args.files)
    return rebuild() if args.command == "rebuild" else status()


if __name__ == "__main__":
    sys.exit(main())
