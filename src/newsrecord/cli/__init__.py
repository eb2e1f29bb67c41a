"""
The ``newsrecord`` command (also ``python -m newsrecord``).

Commands::

    newsrecord parse [PATH...] [--format F] [-o FILE] [--workers N] [options]
    newsrecord show FILE        the text with each line's block kind in a gutter
    newsrecord demo             parse the built-in example article
    newsrecord --version

A PATH is a file, a directory (searched recursively) or ``-`` for standard
input, which is also the default.  Exit status: 0 when every input was parsed
and written, 1 when at least one was not (unreadable, not JSON, or failing
``--strict``), 2 for a usage error (also a switch that would do nothing, or a
folder where nothing matches), 130 and 143 when stopped by Ctrl-C or SIGTERM.
One bad input never stops the batch: each failure is reported and the rest go on.

The modules: ``options`` (the arguments and the checks that refuse a
mistaken command line), ``inputs`` (which files, of which kind),
``outputs`` (formats, compression), ``batch`` (``parse``), ``show`` (``show``
and ``demo``).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator, Sequence

from newsrecord.cli.options import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, parser

__all__ = ["EXIT_INPUT_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    Usage errors print one line on standard error and return 2 rather than
    raising `SystemExit`, so that tests and notebooks can call it.
    """
    try:
        args = parser().parse_args(argv)
    except SystemExit as stop:  # argparse: --help, --version or a usage error
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    with _logging(getattr(args, "verbose", 0)):
        if args.command == "parse":
            from newsrecord.cli.batch import run_parse

            return run_parse(args, sys.stdout, sys.stderr)
        from newsrecord.cli.show import run_demo, run_show

        return run_show(args) if args.command == "show" else run_demo(args)


@contextlib.contextmanager
def _logging(verbosity: int) -> Iterator[None]:
    """``-v``: what is read and written (INFO); ``-vv``: every text (DEBUG); on stderr."""
    logger = logging.getLogger("newsrecord")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    if verbosity:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("newsrecord: %(levelname)s: %(message)s"))
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO if verbosity == 1 else logging.DEBUG)
        logger.propagate = False
    try:
        yield
    finally:  # a caller in the same process (a test, a notebook) gets its logging back
        logger.handlers[:], logger.level, logger.propagate = saved
