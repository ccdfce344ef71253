"""Presentation mode: the self-running slide deck and its export to PDF and PNG."""
