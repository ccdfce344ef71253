"""``python -m kiosk`` runs the same command line as ``innokiosk``."""

import sys

from kiosk.cli import main

sys.exit(main())
