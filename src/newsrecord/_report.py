"""
The per-call warning accumulator: the one place where warnings are recorded.

Strict mode is decided once, at the end of the parse (``pipeline``), from the
severities collected here.  Raising at the end rather than at the first defect
keeps the lenient and strict code paths identical, so ``strict=True`` raises
exactly when the lenient record has an error warning, and the error carries
every warning plus the record itself.
"""

from __future__ import annotations

import attrs

from newsrecord.errors import WARNING_CODES, ParseWarning


@attrs.define
class Report:
    """Collects the warnings of one parse; never escapes the call that made it."""

    warnings: list[ParseWarning] = attrs.field(factory=list)

    def defect(
        self, code: str, message: str, start: int | None = None, end: int | None = None
    ) -> None:
        """Record one warning; its severity comes from `WARNING_CODES`."""
        severity, _ = WARNING_CODES[code]
        self.warnings.append(
            ParseWarning(code=code, message=message, start=start, end=end, severity=severity)
        )

    def has_errors(self) -> bool:
        """Whether any recorded warning has error severity."""
        return any(w.severity == "error" for w in self.warnings)

    def sorted(self) -> tuple[ParseWarning, ...]:
        """The warnings ordered by position (whole-input warnings first), stable otherwise."""
        return tuple(sorted(self.warnings, key=lambda w: -1 if w.start is None else w.start))
