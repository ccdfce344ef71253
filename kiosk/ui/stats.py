"""Engagement statistics as QML sees them: slots to record views and events, and a summary for
the staff page. Sessions follow the idle monitor (see :meth:`StatsRecorder.connect_idle`).

Every slot catches its own errors: statistics never disturb a visitor.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.app.pyside_fixes import keep_singletons_alive
from kiosk.stats.recorder import Recorder
from kiosk.stats.report import Summary, local_midnight, read_summary
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.idle import IdleMonitor

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

NO_MEDIAN = -1.0


def summary_for_qml(summary: Summary) -> dict[str, Any]:
    """A summary with QML-style keys; ``medianSessionSeconds`` is -1 when no session ended.
    ``hasVisits`` (a session started) and ``hasPageViews`` (an achievement's page opened) are
    false before the first: the chart shows a line saying so instead of a row of zeros."""
    median = summary.median_session_seconds
    return {
        "hasVisits": summary.sessions > 0,
        "hasPageViews": any(summary.views),
        "sessions": summary.sessions,
        "medianSessionSeconds": NO_MEDIAN if median is None else median,
        "views": list(summary.views),
        "dwellSeconds": list(summary.dwell_seconds),
        "languages": dict(summary.languages),
        "hours": list(summary.hours),
        "events": dict(summary.events),
    }


@QmlElement
@QmlUncreatable("made by the application")
class StatsRecorder(QObject):  # type: ignore[operator]
    """Records what visitors look at; ``summary()`` for the staff page."""

    def __init__(self, recorder: Recorder, parent: QObject | None = None) -> None:
        keep_singletons_alive()
        super().__init__(parent)
        self._recorder = recorder
        self._idle: IdleMonitor | None = None
        self._exhibition: Exhibition | None = None

    @property
    def recorder(self) -> Recorder:
        return self._recorder

    def connect_idle(self, idle: IdleMonitor, exhibition: Exhibition) -> None:
        """Sessions start and end with the idle monitor's; language switches are events. A
        session in progress (the kiosk starts outside the attract loop) starts now."""
        self._idle = idle
        self._exhibition = exhibition
        idle.sessionStarted.connect(self._on_session_started)
        idle.sessionEnded.connect(self._on_session_ended)
        exhibition.languageChanged.connect(self._on_language_changed)
        if not bool(idle.property("attract")):
            self._on_session_started()

    def _language(self) -> str:
        if self._exhibition is None:
            return ""
        return str(self._exhibition.property("language") or "")

    def _on_session_started(self) -> None:
        try:
            self._recorder.start_session(self._language())
        except Exception:
            log.exception("statistics: cannot start a session")

    def _on_session_ended(self) -> None:
        self.endSession("idle")

    def _on_language_changed(self) -> None:
        # The reset to the default language when a session ends is not a visitor's choice.
        if self._idle is not None and bool(self._idle.property("attract")):
            return
        if self._recorder.session_open:
            self.recordEvent("language", self._language())

    @Slot(int)
    def viewStarted(self, number: int) -> None:
        try:
            self._recorder.view_started(number)
        except Exception:
            log.exception("statistics: viewStarted failed")

    @Slot()
    def viewEnded(self) -> None:
        try:
            self._recorder.view_ended()
        except Exception:
            log.exception("statistics: viewEnded failed")

    @Slot(str, str)
    def recordEvent(self, kind: str, detail: str) -> None:
        """Records an event (not named ``event``: that would replace ``QObject.event``, which
        Qt calls with every QEvent the object receives)."""
        try:
            self._recorder.event(kind, detail)
        except Exception:
            log.exception("statistics: event failed")

    @Slot(str)
    def endSession(self, reason: str) -> None:
        """Ends the session now: ``"idle"``, ``"staff"`` or ``"exit"``."""
        try:
            self._recorder.end_session(reason)
        except Exception:
            log.exception("statistics: cannot end the session")

    @Slot(result=dict)
    def summary(self) -> dict[str, Any]:
        """``{"today": {...}, "allTime": {...}}``, each with ``sessions``,
        ``medianSessionSeconds`` (-1: none ended), ``views`` (10 counts), ``dwellSeconds``
        (10), ``languages`` (code: sessions), ``hours`` (24 counts) and ``events``."""
        today = local_midnight(date.today())
        try:
            return {
                "today": summary_for_qml(read_summary(self._recorder.path, today)),
                "allTime": summary_for_qml(read_summary(self._recorder.path)),
            }
        except Exception:
            log.exception("statistics: cannot read %s", self._recorder.path)
            return {"today": summary_for_qml(Summary()), "allTime": summary_for_qml(Summary())}

    def close(self, reason: str = "exit") -> None:
        """Ends the session (``reason``) and writes everything; call once at exit."""
        self.endSession(reason)
        try:
            self._recorder.close()
        except Exception:
            log.exception("statistics: cannot close")
