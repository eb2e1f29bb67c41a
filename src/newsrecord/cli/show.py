"""``newsrecord show FILE`` (the gutter view, `newsrecord.show.render`) and ``newsrecord demo``."""

from __future__ import annotations

import argparse
import os
import sys

from newsrecord._example import example_text
from newsrecord.cli.options import EXIT_INPUT_FAILED, EXIT_OK
from newsrecord.cli.outputs import is_terminal, stdout_text
from newsrecord.files import InputError, read_texts


def run_show(args: argparse.Namespace) -> int:
    """Print one text with the block kind of each line in a gutter."""
    from newsrecord.pipeline import parse
    from newsrecord.show import render

    item = next(read_texts([args.file], kind="text"))
    if isinstance(item, InputError):
        print(f"newsrecord: {item}", file=sys.stderr)
        return EXIT_INPUT_FAILED
    article = parse(item.text, reference_date=args.reference_date)
    with stdout_text() as out:
        color = args.color == "always" or (
            args.color == "auto" and is_terminal(sys.stdout) and "NO_COLOR" not in os.environ
        )
        # bytes are decoded as parse decodes them, so the record's spans fit
        shown = render(item.text, article, color=color, rules=args.rules)
        out.write(shown if shown.endswith("\n") else shown + "\n")
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    """Parse the built-in example article and print its record (after its text, with ``--text``)."""
    from newsrecord.pipeline import parse

    text = example_text()
    with stdout_text() as out:
        if args.text:
            out.write("# The built-in example article (invented):\n\n")
            out.write(text.rstrip("\n") + "\n\n# Its record:\n\n")
        out.write(parse(text).to_json(indent=2) + "\n")
    return EXIT_OK
