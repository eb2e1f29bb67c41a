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
from collections.abc import Callable, Iterator, Mapping, Sequence
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

    # The match methods hand `regex` its arguments by position, in its order (string, pos,
    # endpos, concurrent, partial, timeout for `match`): it parses keywords a third of a
    # microsecond slower a call, and the parser makes a few hundred calls a text.

    def match(
        self,
        string: str,
        pos: int | None = None,
        endpos: int | None = None,
        *,
        partial: bool = False,
        timeout: float | None = None,
    ) -> regex.Match[str] | None:
        compiled = self._compiled or self.compiled()
        return compiled.match(string, pos, endpos, None, partial, timeout)

    def search(
        self,
        string: str,
        pos: int | None = None,
        endpos: int | None = None,
        *,
        timeout: float | None = None,
    ) -> regex.Match[str] | None:
        compiled = self._compiled or self.compiled()
        return compiled.search(string, pos, endpos, None, False, timeout)

    def finditer(
        self,
        string: str,
        pos: int | None = None,
        endpos: int | None = None,
        *,
        timeout: float | None = None,
    ) -> Iterator[regex.Match[str]]:
        compiled = self._compiled or self.compiled()
        return compiled.finditer(string, pos, endpos, False, None, False, timeout)

    def sub(
        self,
        repl: str | Callable[[regex.Match[str]], str],
        string: str,
        count: int = 0,
        *,
        timeout: float | None = None,
    ) -> str:
        compiled = self._compiled or self.compiled()
        return compiled.sub(repl, string, count, None, None, None, timeout)

    def split(
        self, string: str, maxsplit: int = 0, *, timeout: float | None = None
    ) -> list[str | Any]:
        compiled = self._compiled or self.compiled()
        return compiled.split(string, maxsplit, None, timeout)


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


class OpeningRules:
    """
    Named rules, each a pattern matched at the start of a text, tried in order: what one
    anchored alternation of named groups does (the first rule that matches names the
    match), compiled in parts.  A long alternation costs every text a try of every rule;
    here a text meets only the rules that may match it, in their order, so its match and
    the rule named are the same.  A rule may match when the engine says so of the text's
    first character, asked once a character (a rule that matches a text opening with
    ``c`` matches ``c`` alone partially: `regex`'s ``partial``), and when the text holds
    the rule's key, if it has one: a literal every match of the rule holds, case-folded
    as the caller folds the text (`_text.blind_fold` for case-blind rules).
    """

    __slots__ = ("_flags", "_keys", "_parts", "_rules", "_singles", "_subsets")

    def __init__(
        self, rules: Sequence[tuple[str, str]], flags: int = 0, keys: Mapping[str, str] = {}
    ) -> None:
        self._rules = tuple(rules)
        self._flags = flags
        # Each key with its rule's bit, for the set of rules whose key a text lacks.
        self._keys = tuple(
            (1 << i, keys[name]) for i, (name, _) in enumerate(rules) if name in keys
        )
        self._singles = [lazy_compile(rf"\A (?: {pattern} )", flags) for _, pattern in rules]
        # (first character, bits of the rules whose key is missing) -> the rules that may match
        self._subsets: dict[tuple[str, int], tuple[int, ...]] = {}
        self._parts: dict[tuple[int, ...], LazyPattern] = {}  # rules -> their alternation

    def whole(self) -> regex.Pattern[str]:
        """The whole alternation, compiled: what `first` must agree with (for the tests)."""
        everything = tuple(range(len(self._rules)))
        return regex.compile(simple_case(self._alternation(everything), self._flags), self._flags)

    def first(self, text: str, folded: str, timeout: float | None = None) -> str | None:
        """
        The name of the first rule that matches at the start of ``text``, or ``None``;
        ``folded`` is the text folded as the keys are.
        """
        missing = 0
        for bit, key in self._keys:
            if key not in folded:
                missing |= bit
        rules = self._subsets.get((text[:1], missing))
        if rules is None:
            rules = self._narrow(text[:1], missing)
        if not rules:
            return None
        part = self._parts.get(rules)
        if part is None:
            part = self._parts.setdefault(
                rules, lazy_compile(self._alternation(rules), self._flags)
            )
        match = part.match(text, timeout=timeout)
        return None if match is None else match.lastgroup

    def _narrow(self, first: str, missing: int) -> tuple[int, ...]:
        """The rules that may match a text opening with ``first`` (any text for ``""``) and
        holding the keys of all rules but the ``missing``."""
        singles = self._singles
        rules = tuple(
            index
            for index in range(len(singles))
            if not missing >> index & 1
            and (not first or singles[index].match(first, partial=True) is not None)
        )
        self._subsets[first, missing] = rules
        return rules

    def _alternation(self, rules: tuple[int, ...]) -> str:
        named = (f"(?P<{self._rules[i][0]}> {self._rules[i][1]} )" for i in rules)
        return r"\A (?: " + " | ".join(named) + " )"
