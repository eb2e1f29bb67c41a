"""
Check that a built wheel and sdist of newsrecord are fit to publish.

Usage::

    python tools/check_wheel.py DIST_DIR
    python tools/check_wheel.py path/to/newsrecord-X.whl path/to/newsrecord-X.tar.gz

It looks inside both archives, without installing or extracting them, for:

- the version: the wheel's and sdist's file names and metadata carry the
  ``__version__`` of ``src/newsrecord/_version.py`` (with ``--release``, a final
  release: no ``.devN``, ``aN``, ``bN``, ``rcN`` or local part);
- the wheel: ``py3-none-any``; every file of ``src/newsrecord`` (``py.typed``,
  ``data/``, the ``_lexicons`` package) and nothing else besides the
  ``.dist-info``; no tests, benchmarks, fuzz, docs, tools, ``.ci``,
  ``__pycache__`` or compiled files; a RECORD that matches the contents;
- the metadata, in both: runtime requirements exactly ``attrs`` and ``regex``,
  everything else under an ``extra ==`` marker of a declared extra;
  ``Requires-Python``; the SPDX licence expression and its licence file;
- the sdist: one top-level directory holding ``src/``, ``tests/``, ``docs/``,
  README, changelog, licence, ``pyproject.toml`` and ``mkdocs.yml``, every file
  of the checkout's ``src/``, ``tests/`` and ``docs/``, and no virtual
  environments, VCS data, built sites, caches or compiled files.

Every problem found is listed on stderr and the exit status is 1; a clean pair
prints one summary line and exits 0.  Usage errors exit 2.  Standard library
only, so it runs before anything is installed, on every supported Python.
"""

from __future__ import annotations

import argparse
import ast
import base64
import csv
import email.parser
import hashlib
import io
import re
import sys
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Final

PACKAGE: Final = "newsrecord"
DEFAULT_ROOT: Final = Path(__file__).resolve().parents[1]

# The release contract.  Written out here rather than read back from
# pyproject.toml, so that changing it takes a deliberate edit in both places
# (and so the script needs no tomllib, which Python 3.10 lacks).
RUNTIME_REQUIREMENTS: Final = frozenset({"attrs", "regex"})
REQUIRES_PYTHON: Final = ">=3.10"
LICENSE_EXPRESSION: Final = "MIT"
LICENSE_FILE: Final = "LICENSE"
WHEEL_TAG: Final = "py3-none-any"
CONSOLE_SCRIPT: Final = "newsrecord = newsrecord.cli:main"

# Named explicitly as well as through the comparison with src/, so that a
# checkout that lost one of them still fails.
WHEEL_REQUIRED: Final = (
    "newsrecord/__init__.py",
    "newsrecord/py.typed",
    "newsrecord/data/article.schema.json",
    "newsrecord/data/example.txt",
    "newsrecord/_lexicons/__init__.py",
)
WHEEL_FORBIDDEN_DIRS: Final = frozenset(
    {"tests", "benchmarks", "fuzz", "docs", "tools", ".ci", "__pycache__"}
)
SDIST_REQUIRED: Final = (
    "PKG-INFO",
    "pyproject.toml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "mkdocs.yml",
    "src/newsrecord/__init__.py",
    "src/newsrecord/py.typed",
    "src/newsrecord/data/article.schema.json",
    "src/newsrecord/data/example.txt",
    "src/newsrecord/_lexicons/__init__.py",
    "tests/conftest.py",
    "docs/index.md",
)
SDIST_TREES: Final = ("src", "tests", "docs")
# Directories that are local state, never source.  Also skipped when listing
# the checkout, so that a developer's caches do not count as missing files.
LOCAL_STATE_DIRS: Final = frozenset(
    {
        ".venv",
        ".git",
        ".nox",
        "site",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".hypothesis",
        ".benchmarks",
    }
)
COMPILED_SUFFIXES: Final = (".pyc", ".pyo")

_REQUIREMENT: Final = re.compile(
    r"""
    \s*(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)  # project name
    [^;]*                                                     # extras, specifiers
    (?:;\s*(?P<marker>.*))?                                   # environment marker
    \Z
    """,
    re.VERBOSE | re.DOTALL,
)
_EXTRA_MARKER: Final = re.compile(r"""\bextra\s*==\s*['"](?P<extra>[^'"]+)['"]""")
_FINAL_RELEASE: Final = re.compile(r"\d+(?:\.\d+)*(?:\.post\d+)?\Z")


def normalize(name: str) -> str:
    """Return a project or extra name in PEP 503 normal form."""
    return re.sub(r"[-_.]+", "-", name).lower()


def source_version(root: Path) -> str:
    """
    Return ``__version__`` from ``src/newsrecord/_version.py``, without importing it.

    Raises:
        ValueError: the file has no ``__version__ = "..."`` assignment.
    """
    path = root / "src" / PACKAGE / "_version.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError(f"{path}: no __version__ = '...' assignment")


def tree_files(root: Path, top: str) -> set[str]:
    """Return the checkout's files under *top*, relative to *root*, minus local state."""
    found: set[str] = set()
    for path in (root / top).rglob("*"):
        relative = path.relative_to(root)
        if path.is_file() and not forbidden_part(relative.parts, LOCAL_STATE_DIRS):
            found.add(relative.as_posix())
    return found


def forbidden_part(parts: Sequence[str], directories: Iterable[str]) -> str | None:
    """Return why a path (as its parts) must not ship, or ``None`` if it may."""
    for directory in directories:
        if directory in parts[:-1]:
            return f"a {directory}/ directory"
    if parts and parts[-1].endswith(COMPILED_SUFFIXES):
        return "a compiled file"
    return None


def find_artefacts(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """
    Sort the command line's files, and the contents of its directories, into wheels and sdists.

    Raises:
        ValueError: a path does not exist or is neither a wheel nor an sdist.
    """
    wheels: list[Path] = []
    sdists: list[Path] = []
    for path in paths:
        if path.is_dir():
            wheels += sorted(path.glob("*.whl"))
            sdists += sorted(path.glob("*.tar.gz"))
        elif path.is_file() and path.name.endswith(".whl"):
            wheels.append(path)
        elif path.is_file() and path.name.endswith(".tar.gz"):
            sdists.append(path)
        else:
            raise ValueError(f"{path}: not a directory, a .whl or a .tar.gz file")
    return wheels, sdists


def check_version(label: str, found: str, expected: str, *, release: bool) -> list[str]:
    """Compare an artefact's version with the source's, and with a final release if asked."""
    problems = []
    if found != expected:
        problems.append(f"{label} is {found!r}, but src/{PACKAGE}/_version.py says {expected!r}")
    if release and not _FINAL_RELEASE.match(found):
        problems.append(f"{label} {found!r} is not a final release (--release)")
    return problems


def check_requirements(label: str, requirements: Sequence[str], extras: set[str]) -> list[str]:
    """Runtime requirements must be exactly the allowed ones; the rest need a declared extra."""
    problems = []
    runtime: set[str] = set()
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement)
        if match is None:
            problems.append(f"{label}: cannot parse Requires-Dist: {requirement}")
            continue
        marker = match["marker"] or ""
        extra = _EXTRA_MARKER.search(marker)
        if extra is None or re.search(r"\bor\b", marker):
            runtime.add(normalize(match["name"]))
            if normalize(match["name"]) not in RUNTIME_REQUIREMENTS:
                problems.append(
                    f"{label}: Requires-Dist: {requirement} is a runtime requirement; only "
                    f"{', '.join(sorted(RUNTIME_REQUIREMENTS))} may be (put it under an extra)"
                )
        elif normalize(extra["extra"]) not in extras:
            problems.append(f"{label}: Requires-Dist: {requirement} names an undeclared extra")
    problems += [
        f"{label}: runtime requirement {name!r} is missing"
        for name in sorted(RUNTIME_REQUIREMENTS - runtime)
    ]
    return problems


def check_metadata(label: str, text: str, version: str) -> list[str]:
    """Check a METADATA or PKG-INFO file: name, version, requirements, Python, licence."""
    message = email.parser.HeaderParser().parsestr(text)
    problems = []
    if normalize(message.get("Name", "")) != PACKAGE:
        problems.append(f"{label}: Name is {message.get('Name')!r}, expected {PACKAGE!r}")
    if message.get("Version") != version:
        problems.append(f"{label}: Version is {message.get('Version')!r}, expected {version!r}")
    if message.get("Requires-Python") != REQUIRES_PYTHON:
        problems.append(
            f"{label}: Requires-Python is {message.get('Requires-Python')!r}, "
            f"expected {REQUIRES_PYTHON!r}"
        )
    if message.get("License-Expression") != LICENSE_EXPRESSION:
        problems.append(
            f"{label}: License-Expression is {message.get('License-Expression')!r}, "
            f"expected {LICENSE_EXPRESSION!r}"
        )
    if LICENSE_FILE not in (message.get_all("License-File") or []):
        problems.append(f"{label}: no License-File: {LICENSE_FILE}")
    problems += [
        f"{label}: licence classifier {c!r} conflicts with License-Expression"
        for c in message.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    extras = {normalize(e) for e in message.get_all("Provides-Extra") or []}
    problems += check_requirements(label, message.get_all("Requires-Dist") or [], extras)
    return problems


def check_record(label: str, wheel: zipfile.ZipFile, record_name: str) -> list[str]:
    """Every file in the wheel is in RECORD with its sha256 and size, and nothing else is."""
    rows = list(csv.reader(io.StringIO(wheel.read(record_name).decode("utf-8"))))
    recorded = {row[0]: row[1:] for row in rows if row}
    files = {name for name in wheel.namelist() if not name.endswith("/")}
    problems = [f"{label}: {name} is not in RECORD" for name in sorted(files - recorded.keys())]
    problems += [
        f"{label}: RECORD lists missing {name}" for name in sorted(recorded.keys() - files)
    ]
    for name in sorted(files & recorded.keys() - {record_name}):
        data = wheel.read(name)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        if recorded[name] != [f"sha256={digest}", str(len(data))]:
            problems.append(f"{label}: RECORD hash or size is wrong for {name}")
    return problems


def check_wheel_files(label: str, names: set[str], dist_info: str, root: Path) -> list[str]:
    """The wheel holds exactly src/newsrecord's files plus its .dist-info, nothing forbidden."""
    problems = []
    for name in sorted(names):
        parts = PurePosixPath(name).parts
        why = forbidden_part(parts, WHEEL_FORBIDDEN_DIRS)
        if why is not None:
            problems.append(f"{label}: contains {why}: {name}")
        elif parts[0] not in {PACKAGE, dist_info}:
            problems.append(f"{label}: unexpected top-level entry: {name}")
    expected = tree_files(root / "src", PACKAGE)
    shipped = {name for name in names if name.startswith(f"{PACKAGE}/")}
    required = set(WHEEL_REQUIRED) | {
        f"{dist_info}/{name}"
        for name in ("METADATA", "WHEEL", "RECORD", "entry_points.txt", f"licenses/{LICENSE_FILE}")
    }
    problems += [f"{label}: missing {name}" for name in sorted(required - names)]
    problems += [
        f"{label}: missing {name}, which is in src/ (stale build, or excluded?)"
        for name in sorted(expected - shipped - required)
    ]
    problems += [
        f"{label}: has {name}, which is not in src/"
        for name in sorted(shipped - expected)
        if forbidden_part(PurePosixPath(name).parts, WHEEL_FORBIDDEN_DIRS) is None
    ]
    return problems


def check_wheel(path: Path, version: str, root: Path, *, release: bool) -> list[str]:
    """Check a wheel's name, tag, files, RECORD, metadata and console script."""
    label = path.name
    parts = path.name.removesuffix(".whl").split("-")
    if len(parts) not in (5, 6) or normalize(parts[0]) != PACKAGE:
        return [f"{label}: not a {PACKAGE} wheel file name"]
    problems = check_version(f"{label}: version", parts[1], version, release=release)
    if "-".join(parts[-3:]) != WHEEL_TAG:
        problems.append(f"{label}: tag is {'-'.join(parts[-3:])}, expected {WHEEL_TAG}")
    dist_info = f"{parts[0]}-{parts[1]}.dist-info"
    with zipfile.ZipFile(path) as wheel:
        names = {name for name in wheel.namelist() if not name.endswith("/")}
        found = sorted({n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info")})
        if found != [dist_info]:
            problems.append(
                f"{label}: .dist-info is {', '.join(found) or 'missing'}, not {dist_info}"
            )
            dist_info = found[0] if len(found) == 1 else dist_info
        problems += check_wheel_files(label, names, dist_info, root)
        if f"{dist_info}/RECORD" in names:
            problems += check_record(label, wheel, f"{dist_info}/RECORD")
        if f"{dist_info}/METADATA" in names:
            metadata = wheel.read(f"{dist_info}/METADATA").decode("utf-8")
            problems += check_metadata(f"{label}: METADATA", metadata, version)
        if f"{dist_info}/entry_points.txt" in names:
            entry_points = wheel.read(f"{dist_info}/entry_points.txt").decode("utf-8")
            if CONSOLE_SCRIPT not in entry_points.splitlines():
                problems.append(f"{label}: entry_points.txt lacks {CONSOLE_SCRIPT!r}")
    return problems


def check_sdist_files(label: str, names: set[str], root: Path) -> list[str]:
    """The sdist holds the required files and the checkout's source trees, and no local state."""
    problems = []
    for name in sorted(names):
        why = forbidden_part(PurePosixPath(name).parts, LOCAL_STATE_DIRS)
        if why is not None:
            problems.append(f"{label}: contains {why}: {name}")
    problems += [f"{label}: missing {name}" for name in SDIST_REQUIRED if name not in names]
    in_checkout = set().union(*(tree_files(root, top) for top in SDIST_TREES))
    problems += [
        f"{label}: missing {name}, which is in the checkout (stale build, or excluded?)"
        for name in sorted(in_checkout - names - set(SDIST_REQUIRED))
    ]
    return problems


def check_sdist(path: Path, version: str, root: Path, *, release: bool) -> list[str]:
    """Check an sdist's name, single top directory, files and PKG-INFO."""
    label = path.name
    name, _, found = path.name.removesuffix(".tar.gz").rpartition("-")
    if name != PACKAGE:
        return [f"{label}: not a {PACKAGE} sdist file name (PEP 625: {PACKAGE}-VERSION.tar.gz)"]
    problems = check_version(f"{label}: version", found, version, release=release)
    top = f"{name}-{found}/"
    with tarfile.open(path, "r:gz") as sdist:
        members = [m for m in sdist.getmembers() if not m.isdir()]
        problems += [
            f"{label}: {m.name} is outside {top}" for m in members if not m.name.startswith(top)
        ]
        problems += [f"{label}: {m.name} is not a regular file" for m in members if not m.isfile()]
        names = {m.name.removeprefix(top) for m in members}
        problems += check_sdist_files(label, names, root)
        if "PKG-INFO" in names:
            stream = sdist.extractfile(top + "PKG-INFO")
            if stream is not None:
                metadata = stream.read().decode("utf-8")
                problems += check_metadata(f"{label}: PKG-INFO", metadata, version)
    return problems


def check(paths: Sequence[Path], root: Path, *, release: bool) -> tuple[list[str], list[Path]]:
    """
    Check one wheel and one sdist found among *paths*.

    Returns:
        The problems found, and the artefacts checked.

    Raises:
        ValueError: a path is neither a directory nor an artefact.
    """
    version = source_version(root)
    wheels, sdists = find_artefacts(paths)
    problems = []
    for kind, found in (("wheel", wheels), ("sdist", sdists)):
        if len(found) != 1:
            listing = ", ".join(p.name for p in found) or "none"
            problems.append(f"expected exactly one {PACKAGE} {kind}, found {listing}")
    checked = wheels[:1] + sdists[:1]
    for path in wheels[:1]:
        problems += guarded(path, lambda p: check_wheel(p, version, root, release=release))
    for path in sdists[:1]:
        problems += guarded(path, lambda p: check_sdist(p, version, root, release=release))
    return problems, checked


def guarded(path: Path, run: Callable[[Path], list[str]]) -> list[str]:
    """Run one artefact's checks, turning an unreadable archive into a problem."""
    try:
        return run(path)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, UnicodeDecodeError) as error:
        return [f"{path.name}: cannot read it: {error}"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the checks for the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        description="Check that a built wheel and sdist of newsrecord are fit to publish."
    )
    parser.add_argument("paths", nargs="+", type=Path, help="a dist directory, or the artefacts")
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="the checkout (default: %(default)s)"
    )
    parser.add_argument("--release", action="store_true", help="require a final release version")
    args = parser.parse_args(argv)
    try:
        problems, checked = check(args.paths, args.root, release=args.release)
    except (OSError, ValueError, SyntaxError) as error:
        parser.error(str(error))
    names = " and ".join(path.name for path in checked) or "nothing"
    if problems:
        print(f"check_wheel: {len(problems)} problem(s) with {names}:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"check_wheel: OK: {names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
