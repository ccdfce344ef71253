"""End-to-end: the kiosk run as its own process, as a user or a benchmark starts it."""
