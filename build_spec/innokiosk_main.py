"""The executable's entry point: the ``innokiosk`` command line, exiting with its code."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
