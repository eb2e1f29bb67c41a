"""``python -m newsrecord``: the same program as the ``newsrecord`` command."""

import sys

from newsrecord.cli import main

sys.exit(main())
