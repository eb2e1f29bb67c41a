"""
Patterns compiled once, on first use rather than at import.

The large lexicon patterns (month names in nine languages, the furniture
lexicon) take tens of milliseconds each to compile; compiling them at import
made ``import newsrecord`` cost half a second, which every worker process and
every ``newsrecord --version`` paid.  A `LazyPattern` compiles on its first
match, under a lock, exactly once per process; after that a call costs one
attribute lookup more than a compiled pattern.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import regex


class LazyPattern:
    """A `regex` pattern compiled on first use; offers the match methods the parser uses."""

    __slots__ = ("_compiled", "_flags", "_lock", "_named", "pattern")

    def __init__(self, pattern: str, flags: int = 0, **named_lists: Any) -> None:
        self.pattern = pattern
        self._flags = flags
        self._named = named_lists
        self._compiled: regex.Pattern[str] | None = None
        self._lock = threading.Lock()

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern, compiling it now if this is the first use."""
        compiled = self._compiled
        if compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = regex.compile(
                        simple_case(self.pattern, self._flags), self._flags, **self._named
                    )
                compiled = self._compiled
        return compiled

    @property
    def match(self) -> Callable[..., regex.Match[str] | None]:
        return self.compiled().match

    @property
    def search(self) -> Callable[..., regex.Match[str] | None]:
        return self.compiled().search

    @property
    def finditer(self) -> Callable[..., Iterator[regex.Match[str]]]:
        return self.compiled().finditer

    @property
    def sub(self) -> Callable[..., str]:
        return self.compiled().sub

    @property
    def split(self) -> Callable[..., list[str | Any]]:
        return self.compiled().split


def simple_case(pattern: str, flags: int) -> str:
    """
    ``pattern`` set to simple case folding when it ignores case.  Version 1 of `regex`
    folds case fully by default (`ß` matches `ss`), which makes a case-blind match of a
    bounded class or a long alternation ten to fifteen times slower; the lexicons need
    one letter to fold to one letter, as simple folding does.
    """
    if flags & regex.IGNORECASE and not flags & regex.FULLCASE:
        return "(?-f)" + pattern
    return pattern


def lazy_compile(pattern: str, flags: int = 0, **named_lists: Any) -> LazyPattern:
    """A pattern that compiles on first use (see the module docstring)."""
    return LazyPattern(pattern, flags, **named_lists)
