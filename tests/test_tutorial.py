"""The tutorial works as written: each ``$`` command gives the output the page shows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).parents[1] / "docs"
TUTORIAL = DOCS / "tutorial.md"
CONSOLE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Setting up the environment is the reader's step; the tests run in one already.
SETUP = re.compile(r"^(python -m venv|\.venv/bin/pip install)")


def commands() -> list[tuple[str, str]]:
    """Each command of the page's console blocks with the output shown under it."""
    found = []
    for block in CONSOLE.finditer(TUTORIAL.read_text(encoding="utf-8")):
        for chunk in re.split(r"^\$ ", block.group(1), flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            if not SETUP.match(command):
                found.append((command, output))
    return found


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the repository's example dump, as a reader's checkout does."""
    root = tmp_path_factory.mktemp("checkout")
    shutil.copytree(DOCS / "examples", root / "docs" / "examples")
    return root


def test_the_tutorial_has_commands() -> None:
    """The page is found and has the parse and show steps."""
    assert any("newsrecord show" in command for command, _ in commands())
    assert any("newsrecord parse" in command for command, _ in commands())


@pytest.mark.parametrize(("command", "expected"), commands(), ids=lambda v: str(v)[:40])
def test_command_prints_what_the_page_shows(command: str, expected: str, workdir: Path) -> None:
    """Run the command (in page order, module scope) and compare its output exactly."""
    scripts = Path(sys.executable).parent
    runnable = command.replace(".venv/bin/", f"{scripts}{os.sep}")
    result = subprocess.run(
        ["bash", "-c", runnable],
        cwd=workdir,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "NO_COLOR": "1", "LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == expected
