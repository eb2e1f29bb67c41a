"""
Score newsrecord on the real-text yardstick: real news pages, labelled by reading.

    python benchmarks/realtext/score.py                        # per field, then per form
    python benchmarks/realtext/score.py --failures 5 --field authors
    python benchmarks/realtext/score.py --by outlet            # a table per outlet (language, form)
    python benchmarks/realtext/score.py --ids a001,b017        # a subset of the pages
    python benchmarks/realtext/score.py --labels FILE.jsonl    # another labels file, same format
    python benchmarks/realtext/score.py --json                 # machine-readable figures

Each labelled page (a line of ``pages-*.jsonl``, see ``pages.py``) is read from
``<cache>/texts/<id>.txt`` (``pages.py rebuild`` writes them), parsed with
``newsrecord.parse(text)`` (no reference date) and compared with its labels:

* ``headline``, ``publisher``, ``date``, ``dateline.location``,
  ``dateline.agency``: one value each; a null label wants a null value;
* ``authors``: the list of names, in order;
* ``body_start``: the record's first paragraph starts with the labelled first
  words (a null label wants no paragraphs, or the ``not-an-article`` flag);
* ``paragraphs``: the number of paragraphs equals the label (pages whose label
  is not null);
* ``not_article``: the ``not-an-article`` warning against ``article: false``.

A page labelled ``article: false`` counts for ``headline`` and ``not_article``
only.  Comparison is lenient on form (case, white space, quote and dash forms,
Unicode compatibility forms, an outlet's ``The``/``.com``/``News``) and strict
on content.  Accuracy is the share of pages where the field is right;
precision, the share right among the pages where the parser gave a value (a
wrong value is worse than none).  A crash counts as an empty record and makes
the exit status 1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeAlias

import pages as pagelist
import regex

Page: TypeAlias = dict[str, Any]
"""One line of a labels file: facts about the page and its ``labels``."""

Record: TypeAlias = dict[str, Any]
"""``newsrecord.parse(text).to_dict()``, or ``{}`` when the parser crashed."""

FIELDS: Final = (
    "headline",
    "authors",
    "publisher",
    "date",
    "dateline.location",
    "dateline.agency",
    "body_start",
    "paragraphs",
    "not_article",
)
SHORT: Final = {"dateline.location": "dl.location", "dateline.agency": "dl.agency"}
GROUPS: Final = ("language", "form", "outlet")
LABEL_KEYS: Final = (
    "article",
    "headline",
    "authors",
    "publisher",
    "date",
    "dateline",
    "body_start",
    "paragraphs",
)
NOT_ARTICLE: Final = "not-an-article"
TEXT_LINES: Final = 6  # lines of the text shown under a miss

# Quote and dash forms a reader and a parser may write differently; NFKC has already
# folded the compatibility forms (non-breaking space, ellipsis, fullwidth letters).
_FORMS: Final = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2039\u203a`\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff"),
    }
)
_SPACE: Final = regex.compile(r"\s+")
_EDGE_PUNCT: Final = regex.compile(r"^[\s\p{P}]+|[\s\p{P}]+$")
_HYPHEN: Final = regex.compile(r"\s*-\s*")
_WEB_END: Final = re.compile(r"\.(com|net|org|az|ru|kz|in|pk|co\.uk|ge|uz)$")
_OUTLET_SUFFIX: Final = re.compile(r"(newsagency|newsservice|newswire|news|agency|wire|service)$")


# Agencies whose abbreviation the record contract keeps as written (RECORD.md expands only
# `AP`, `AA`, `ТАСС`, `Reuter`): a reader who wrote the name out names the same outlet.
_KEPT_ABBREVIATIONS: Final = {
    "deutschepresseagentur": "dpa",
    "agencefrancepresse": "afp",
    "pressetrustofindia": "pti",
    "philippinenewsagency": "pna",
    "риановости": "rianovosti",  # the record writes the listed agencies in Latin letters
    "интерфакс": "interfax",
}


def norm(value: object) -> str:
    """Case-folded, white space collapsed, quote and dash forms unified; ``None`` is ``""``."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(_FORMS).casefold()
    return _SPACE.sub(" ", text).strip()


def norm_name(value: object) -> str:
    """A name or place: `norm` without punctuation at its edges (``Jane Doe,`` = ``jane doe``)."""
    return _EDGE_PUNCT.sub("", norm(value))


def norm_words(value: object) -> str:
    """Running text: `norm`, and a hyphen or dash with the spaces around it dropped, since keeping
    one at a line break (``trans-`` + ``portation``, ``well-`` + ``known``) is a judgement call."""
    return _HYPHEN.sub("", norm(value))


def same_outlet(got: object, want: object) -> bool:
    """Outlet equality lenient on form: case, spaces, a web address's ending, a generic suffix and
    a leading ``The`` (``KYODO NEWS`` = ``Kyodo``, ``PR Newswire`` = ``PRNewswire``)."""

    def key(value: object) -> str:
        name = re.sub(r"^the\s+", "", _WEB_END.sub("", norm_name(value)))
        name = re.sub(r"[\s.\-]", "", name)
        name = _OUTLET_SUFFIX.sub("", name) or name
        return _KEPT_ABBREVIATIONS.get(name, name)

    return key(got) == key(want)


def names(value: object) -> list[str]:
    """A list of names, normalised, in order; items may be strings or ``{"name": ...}``."""
    out = []
    for item in value if isinstance(value, list) else []:
        name = item.get("name") if isinstance(item, dict) else item
        if norm_name(name):
            out.append(norm_name(name))
    return out


def starts_with(paragraph: object, words: object) -> bool:
    """Whether ``paragraph`` begins with ``words`` (normalised), ending at a word's end."""
    text, head = norm_words(paragraph), norm_words(words)
    if not head or not text.startswith(head):
        return False
    return len(text) == len(head) or not (text[len(head)].isalnum() and head[-1].isalnum())


def is_article(page: Page) -> bool:
    return page["labels"].get("article") is not False


def flagged(record: Record) -> bool:
    """Whether the parser said the page is not one article."""
    return any(w.get("code") == NOT_ARTICLE for w in record.get("warnings") or [])


def first_paragraph(record: Record) -> str | None:
    paragraphs = record.get("paragraphs") or []
    return str(paragraphs[0]) if paragraphs else None


@dataclass(frozen=True)
class Mark:
    """One field of one page: right or not, whether the parser gave a value, and both values."""

    name: str
    ok: bool
    given: bool | None  # None: the field has no precision (paragraphs)
    got: object
    want: object


def mark_value(name: str, ok: bool, got: object, want: object) -> Mark:
    return Mark(name, ok, got not in (None, "", [], {}), got, want)


def marks(page: Page, record: Record) -> Iterator[Mark]:
    """Every scored field of one page against the parser's record."""
    labels = page["labels"]
    got_flag = flagged(record)
    yield mark_value(
        "headline",
        norm(record.get("headline")) == norm(labels["headline"]),
        record.get("headline"),
        labels["headline"],
    )
    shown = NOT_ARTICLE if got_flag else "no not-an-article flag"
    want = f"article: {str(is_article(page)).lower()}"
    yield Mark("not_article", got_flag == (not is_article(page)), got_flag, shown, want)
    if not is_article(page):
        return
    got_names = [a.get("name") if isinstance(a, dict) else a for a in record.get("authors") or []]
    ok = names(got_names) == names(labels["authors"])
    yield mark_value("authors", ok, got_names, labels["authors"] or [])
    yield mark_value(
        "publisher",
        same_outlet(record.get("publisher"), labels["publisher"]),
        record.get("publisher"),
        labels["publisher"],
    )
    got_date = str(record.get("date") or "")[:10] or None
    yield mark_value("date", got_date == (labels["date"] or None), got_date, labels["date"])
    yield from dateline_marks(record.get("dateline") or {}, labels["dateline"] or {})
    yield body_start_mark(record, labels["body_start"], got_flag)
    if labels["paragraphs"] is not None:
        count = len(record.get("paragraphs") or [])
        yield Mark("paragraphs", count == labels["paragraphs"], None, count, labels["paragraphs"])


def dateline_marks(got: dict[str, Any], want: dict[str, Any]) -> Iterator[Mark]:
    for key in ("location", "agency"):
        ok = norm_name(got.get(key)) == norm_name(want.get(key))
        yield mark_value(f"dateline.{key}", ok, got.get(key), want.get(key))


def body_start(record: Record, want: str | None, got_flag: bool) -> bool:
    """A labelled start wants a first paragraph that begins with it; a null one wants no body."""
    first = first_paragraph(record)
    if want is None:
        return first is None or got_flag
    return first is not None and starts_with(first, want)


def body_start_mark(record: Record, want: str | None, got_flag: bool) -> Mark:
    first = first_paragraph(record)
    shown = None if first is None else first[:100] + ("..." if len(first) > 100 else "")
    ok = body_start(record, want, got_flag)
    return Mark("body_start", ok, first is not None and not got_flag, shown, want)


@dataclass
class Tally:
    """Counts per field for a set of pages, and the misses for ``--failures``."""

    pages: int = 0
    seen: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    given: dict[str, int] = field(default_factory=dict)
    given_right: dict[str, int] = field(default_factory=dict)
    misses: dict[str, list[tuple[Page, Mark]]] = field(default_factory=dict)

    def add(self, page: Page, page_marks: Iterable[Mark]) -> None:
        self.pages += 1
        for m in page_marks:
            _bump(self.seen, m.name)
            _bump(self.right, m.name, m.ok)
            if m.given is not None:
                _bump(self.given, m.name, m.given)
                _bump(self.given_right, m.name, m.given and m.ok)
            if not m.ok:
                self.misses.setdefault(m.name, []).append((page, m))

    def accuracy(self, name: str) -> float | None:
        n = self.seen.get(name, 0)
        return self.right.get(name, 0) / n if n else None

    def precision(self, name: str) -> float | None:
        n = self.given.get(name, 0)
        return self.given_right.get(name, 0) / n if n else None


def _bump(counts: dict[str, int], key: str, by: bool = True) -> None:
    counts[key] = counts.get(key, 0) + int(by)


def read_labels(path: Path) -> list[Page]:
    """The pages of one labels file (one JSON object per line), as ``pages.pages()`` reads them."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{number}: {exc}")
    return out


def check_pages(rows: Sequence[Page]) -> list[str]:
    """What makes the labels unusable: duplicate ids, missing facts or labels."""
    problems, seen = [], set()
    for page in rows:
        name = page.get("id", "?")
        if name in seen:
            problems.append(f"{name}: the id is used twice")
        seen.add(name)
        labels = page.get("labels")
        missing = [k for k in ("id", "sha256") if k not in page]
        if not isinstance(labels, dict):
            missing.append("labels")
        else:
            missing += [f"labels.{k}" for k in LABEL_KEYS if k not in labels]
        if missing:
            problems.append(f"{name}: no {', '.join(missing)}")
    return problems


def read_text(page: Page, texts: Path) -> str:
    """The page's text; ``"missing"`` or ``"changed"`` is raised as `LookupError` otherwise."""
    path = texts / f"{page['id']}.txt"
    if not path.exists():
        raise LookupError("missing")
    text = path.read_bytes().decode("utf-8")  # bytes: keep CR and CRLF as the page has them
    if pagelist.sha256(text) != page["sha256"] or len(text) != page.get("chars", len(text)):
        raise LookupError("changed")
    return text


def load_texts(rows: Sequence[Page]) -> dict[str, str]:
    """Every page's text from the cache; exits naming the missing and changed ones, and the fix."""
    texts = pagelist.cache_dir() / "texts"
    out: dict[str, str] = {}
    bad: dict[str, list[str]] = {}
    for page in rows:
        try:
            out[page["id"]] = read_text(page, texts)
        except LookupError as exc:
            bad.setdefault(str(exc.args[0]), []).append(page["id"])
    if bad:
        lines = [f"score: page texts not usable in {texts}:"]
        for kind, ids in bad.items():
            more = f" and {len(ids) - 20} more" if len(ids) > 20 else ""
            lines.append(f"  {kind} ({len(ids)}): {', '.join(ids[:20])}{more}")
        lines.append("run `python benchmarks/realtext/pages.py rebuild` first (see README.md)")
        sys.exit("\n".join(lines))
    return out


def parse_all(rows: Sequence[Page], texts: dict[str, str]) -> tuple[dict[str, Record], list[str]]:
    """Each page's record (``{}`` after a crash) and the crashes' short tracebacks."""
    import newsrecord

    records, crashes = {}, []
    for page in rows:
        try:
            records[page["id"]] = newsrecord.parse(texts[page["id"]]).to_dict()
        except Exception:  # a crash is a finding: the page scores as an empty record
            records[page["id"]] = {}
            last = traceback.format_exc().strip().splitlines()[-1]
            crashes.append(f"{page['id']}: {last}")
    return records, crashes


def group_of(page: Page, key: str) -> str:
    return str(page.get(key) or "?")


def tally_groups(rows: Sequence[Page], scored: dict[str, list[Mark]], key: str) -> dict[str, Tally]:
    groups: dict[str, Tally] = {}
    for page in rows:
        groups.setdefault(group_of(page, key), Tally()).add(page, scored[page["id"]])
    return dict(sorted(groups.items(), key=lambda kv: (-kv[1].pages, kv[0])))


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def field_table(t: Tally, fields: Sequence[str]) -> list[str]:
    lines = [f"{'field':18} {'pages':>5} {'accuracy':>9} {'precision':>9} {'given':>5}"]
    for name in fields:
        if t.seen.get(name):
            given = str(t.given[name]) if name in t.given else "-"
            lines.append(
                f"{name:18} {t.seen[name]:5} {fmt(t.accuracy(name)):>9}"
                f" {fmt(t.precision(name)):>9} {given:>5}"
            )
    return lines


def group_table(key: str, groups: dict[str, Tally], fields: Sequence[str]) -> list[str]:
    """Accuracy per group and field; ``-`` where no page of the group counts for the field."""
    width = max([len(key) + 3, *(len(g) for g in groups)])
    heads = [SHORT.get(f, f) for f in fields]
    lines = [f"{'by ' + key:{width}} {'pages':>5} " + " ".join(f"{h:>{len(h)}}" for h in heads)]
    for name, t in groups.items():
        cells = " ".join(
            f"{fmt(t.accuracy(f)):>{len(h)}}" for f, h in zip(fields, heads, strict=True)
        )
        lines.append(f"{name:{width}} {t.pages:5} {cells}")
    return lines


def show_text(text: str) -> list[str]:
    """The first lines of a text, each as a literal, so that line breaks and spaces show."""
    lines = text.splitlines(keepends=True)[:TEXT_LINES]
    return [f"      | {line[:110]!r}{'...' if len(line) > 110 else ''}" for line in lines]


def failure_lines(t: Tally, fields: Sequence[str], n: int, texts: dict[str, str]) -> list[str]:
    lines = []
    for name in fields:
        misses = t.misses.get(name, [])
        if not misses:
            continue
        lines.append(f"\n-- {name}: {len(misses)} miss(es), showing {min(n, len(misses))}")
        for page, m in misses[:n]:
            lines.append(f"  {page['id']} ({page.get('outlet') or '?'}, {page.get('form')})")
            lines.append(f"    got  {m.got!r}")
            lines.append(f"    want {m.want!r}")
            lines.extend(show_text(texts[page["id"]]))
    return lines


@dataclass
class Report:
    """Everything one run measured."""

    sources: list[str]
    total: Tally
    groups: dict[str, dict[str, Tally]]
    crashes: list[str]
    texts: dict[str, str]
    not_articles: int


def figures(t: Tally, fields: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in fields:
        if t.seen.get(name):
            out[name] = {
                "pages": t.seen[name],
                "right": t.right.get(name, 0),
                "accuracy": round(t.accuracy(name) or 0.0, 4),
            }
            if name in t.given:
                precision = t.precision(name)
                out[name]["given"] = t.given[name]
                out[name]["precision"] = None if precision is None else round(precision, 4)
    return out


def as_json(report: Report, fields: Sequence[str], failures: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "pages": report.total.pages,
        "not_articles": report.not_articles,
        "labels": report.sources,
        "crashes": report.crashes,
        "fields": figures(report.total, fields),
    }
    for key, groups in report.groups.items():
        out[f"by_{key}"] = {
            g: {"pages": t.pages, **{f: v["accuracy"] for f, v in figures(t, fields).items()}}
            for g, t in groups.items()
        }
    if failures:
        out["failures"] = {
            name: [
                {"id": p["id"], "outlet": p.get("outlet"), "got": m.got, "want": m.want}
                for p, m in report.total.misses.get(name, [])[:failures]
            ]
            for name in fields
            if report.total.misses.get(name)
        }
    return out


def run(rows: Sequence[Page], sources: list[str], by: Sequence[str]) -> Report:
    texts = load_texts(rows)
    records, crashes = parse_all(rows, texts)
    scored = {page["id"]: list(marks(page, records[page["id"]])) for page in rows}
    total = Tally()
    for page in rows:
        total.add(page, scored[page["id"]])
    groups = {key: tally_groups(rows, scored, key) for key in by}
    not_articles = sum(not is_article(page) for page in rows)
    return Report(sources, total, groups, crashes, texts, not_articles)


def print_report(report: Report, fields: Sequence[str], failures: int) -> None:
    t = report.total
    forms = report.groups.get("form", {})
    print(
        f"{t.pages} pages ({', '.join(f'{g} {x.pages}' for g, x in forms.items())}; "
        f"{report.not_articles} labelled not an article), {len(report.crashes)} crash(es); "
        f"labels: {', '.join(report.sources)}"
    )
    print("\n".join(["", *field_table(t, fields)]))
    for key, groups in report.groups.items():
        print("\n".join(["", *group_table(key, groups, fields)]))
    for crash in report.crashes[:5]:
        print(f"CRASH {crash}")
    if failures:
        print("\n".join(failure_lines(t, fields, failures, report.texts)))


def select(rows: list[Page], ids: str | None) -> list[Page]:
    if not ids:
        return rows
    wanted = [i.strip() for i in ids.split(",") if i.strip()]
    known = {p["id"] for p in rows}
    unknown = [i for i in wanted if i not in known]
    if unknown:
        sys.exit(f"score: no labelled page with id {', '.join(unknown)}")
    return [p for p in rows if p["id"] in set(wanted)]


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=(__doc__ or "").strip().split("\n\n")[0],
        epilog="The cache is $NEWSRECORD_REALTEXT or ~/.cache/newsrecord-realtext.",
    )
    ap.add_argument(
        "--labels",
        type=Path,
        action="append",
        metavar="FILE",
        help="score this labels file instead of pages-*.jsonl (repeatable)",
    )
    ap.add_argument("--ids", help="only these pages, comma-separated: a001,b017")
    ap.add_argument(
        "--field",
        action="append",
        choices=FIELDS,
        metavar="F",
        help=f"only this field (repeatable): {', '.join(FIELDS)}",
    )
    ap.add_argument(
        "--failures",
        type=int,
        default=0,
        metavar="N",
        help="show N misses per field, with the first lines of each text",
    )
    ap.add_argument(
        "--by",
        choices=GROUPS,
        action="append",
        default=[],
        help="a per-group table besides the one per form (repeatable)",
    )
    ap.add_argument("--json", action="store_true", help="machine-readable figures")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments(argv)
    if args.labels:
        rows = [page for path in args.labels for page in read_labels(path)]
        sources = [str(path) for path in args.labels]
    else:
        rows = list(pagelist.pages())
        sources = sorted(p.name for p in pagelist.HERE.glob("pages-*.jsonl"))
    problems = check_pages(rows)
    if problems:
        sys.exit("score: the labels are not usable:\n  " + "\n  ".join(problems))
    rows = select(rows, args.ids)
    if not rows:
        sys.exit("score: no labelled pages (pages-*.jsonl is empty or missing)")
    fields = [f for f in FIELDS if not args.field or f in args.field]
    by = ["form", *(key for key in dict.fromkeys(args.by) if key != "form")]
    report = run(rows, sources, by)
    if args.json:
        print(json.dumps(as_json(report, fields, args.failures), ensure_ascii=False, indent=2))
    else:
        print_report(report, fields, args.failures)
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
