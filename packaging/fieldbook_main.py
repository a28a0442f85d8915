"""The bundle's entry point (#7): the same command line as the ``fieldbook`` script.

With no arguments it starts the desktop client, as ``fieldbook`` does from a checkout.
"""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
