"""Anonymous engagement statistics: how many visitor sessions, which achievements were looked at
for how long, which languages were used and at what hours.

Nothing that identifies a visitor is stored: no names, no faces, no device or network
identifiers, no free text typed by a visitor — only counts, durations, achievement numbers,
language codes and the kiosk's own event names, each with a time. See :mod:`kiosk.stats.store`.

Imports no Qt: the recorder, the store and the report all work without a GUI.
"""

from __future__ import annotations

from kiosk.stats.recorder import Recorder
from kiosk.stats.store import default_path

__all__ = ["Recorder", "default_path"]
