"""``python -m app.cli``: the ``fieldbook`` command."""

import sys

from app.cli import main

sys.exit(main())
