"""Values the whole program shares, in one place: the application's name, exit codes, the staff
PIN's length and the presentation's dwell."""

from __future__ import annotations

APP_NAME = "InnoKiosk"

# Exit codes of the program and its subcommands.
EXIT_OK = 0  # also a staff exit: a supervisor does not restart the kiosk after it
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2  # a bad content pack, a bad argument, a PIN that breaks the rule
EXIT_INTERRUPTED = 130  # Ctrl+C at a prompt
STAFF_EXIT_CODE = EXIT_OK

# The staff PIN: this many ASCII digits.
PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12

# Presentation mode: seconds on each slide unless --dwell says otherwise.
DEFAULT_DWELL_S = 12.0
