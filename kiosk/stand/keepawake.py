"""Keeps the screen on and the computer awake while the kiosk runs.

Windows: ``SetThreadExecutionState`` (call :meth:`KeepAwake.start` and :meth:`KeepAwake.stop` on
the GUI thread: the state belongs to the calling thread). macOS: a ``caffeinate`` child that
ends with the kiosk. Linux and BSD: the freedesktop ``org.freedesktop.ScreenSaver.Inhibit`` call
on the D-Bus session bus (start it after the ``QGuiApplication`` exists). Where none of this
works the kiosk still runs; the reason is logged.
"""

from __future__ import annotations

import ctypes
import logging
import os
import subprocess
import sys
from types import TracebackType
from typing import Any, Protocol

from kiosk.constants import APP_NAME

log = logging.getLogger(__name__)

REASON = "An exhibition kiosk is on show"

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

DBUS_SERVICE = "org.freedesktop.ScreenSaver"
DBUS_PATH = "/org/freedesktop/ScreenSaver"
DBUS_INTERFACE = "org.freedesktop.ScreenSaver"
DBUS_CONNECTION = "innokiosk-keepawake"
DBUS_TIMEOUT_MS = 3000


class _Backend(Protocol):
    def start(self) -> bool: ...

    def stop(self) -> None: ...


class WindowsBackend:
    """``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)``."""

    def __init__(self) -> None:
        self._function: Any = None

    def start(self) -> bool:
        windll: Any = getattr(ctypes, "windll", None)
        if windll is None:
            log.warning("keep-awake: no Windows API here")
            return False
        function = windll.kernel32.SetThreadExecutionState
        function.argtypes = [ctypes.c_uint32]
        function.restype = ctypes.c_uint32
        if not function(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED):
            log.warning("keep-awake: SetThreadExecutionState failed; the screen may sleep")
            return False
        self._function = function
        log.info("keep-awake: the display and the system stay on")
        return True

    def stop(self) -> None:
        if self._function is not None:
            self._function(ES_CONTINUOUS)
            self._function = None


class MacBackend:
    """``caffeinate -d -i -w PID``: display and idle sleep held off while this process lives."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> bool:
        command = ["caffeinate", "-d", "-i", "-w", str(os.getpid())]
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as error:
            log.warning("keep-awake: cannot run caffeinate (%s); the screen may sleep", error)
            return False
        log.info("keep-awake: caffeinate (pid %d) keeps the display on", self._process.pid)
        return True

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class DBusBackend:
    """``Inhibit(app, reason)`` on the session bus, through a private connection.

    Released by closing that connection: the freedesktop idle-inhibition spec ends an inhibition
    when its caller leaves the bus. (``UnInhibit`` takes a ``uint32`` cookie, and PySide6 sends
    Python integers as ``int32``, which services reject.)
    """

    def __init__(self, app_name: str = APP_NAME, reason: str = REASON) -> None:
        self._app_name = app_name
        self._reason = reason
        self._connected = False
        self.cookie: int | None = None

    def start(self) -> bool:
        try:
            from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
        except ImportError as error:
            log.info("keep-awake: no Qt D-Bus module (%s)", error)
            return False
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, DBUS_CONNECTION)
        if not bus.isConnected():
            log.info(
                "keep-awake: no D-Bus session bus (%s); the screen saver is not held off",
                bus.lastError().message() or "not connected",
            )
            del bus
            QDBusConnection.disconnectFromBus(DBUS_CONNECTION)
            return False
        call = QDBusMessage.createMethodCall(DBUS_SERVICE, DBUS_PATH, DBUS_INTERFACE, "Inhibit")
        call.setArguments([self._app_name, self._reason])
        reply = bus.call(call, QDBus.CallMode.Block, DBUS_TIMEOUT_MS)
        del bus
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.warning(
                "keep-awake: %s did not answer Inhibit (%s: %s); the screen may sleep",
                DBUS_SERVICE,
                reply.errorName() or "no reply",
                reply.errorMessage(),
            )
            QDBusConnection.disconnectFromBus(DBUS_CONNECTION)
            return False
        answer = reply.arguments()
        self.cookie = answer[0] if answer and isinstance(answer[0], int) else None
        self._connected = True
        log.info("keep-awake: %s inhibited (cookie %s)", DBUS_SERVICE, self.cookie)
        return True

    def stop(self) -> None:
        if not self._connected:
            return
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(DBUS_CONNECTION)
        self._connected = False
        self.cookie = None


def backend_for(platform: str) -> _Backend | None:
    """The way to stay awake on ``platform`` (a ``sys.platform`` value), if there is one."""
    if platform == "win32":
        return WindowsBackend()
    if platform == "darwin":
        return MacBackend()
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return DBusBackend()
    return None


class KeepAwake:
    """Holds off screen savers and sleep between :meth:`start` and :meth:`stop` (or in a
    ``with`` block). Never raises for a missing service: :meth:`start` returns ``False``."""

    def __init__(self) -> None:
        self._backend: _Backend | None = None

    @property
    def active(self) -> bool:
        return self._backend is not None

    def start(self) -> bool:
        """Whether the screen is now kept on (``True`` too if it already was)."""
        if self._backend is not None:
            return True
        backend = backend_for(sys.platform)
        if backend is None:
            log.info("keep-awake: not supported on %s", sys.platform)
            return False
        try:
            started = backend.start()
        except Exception:
            log.warning("keep-awake: failed; the screen may sleep", exc_info=True)
            return False
        self._backend = backend if started else None
        return started

    def stop(self) -> None:
        """Lets the screen sleep again; safe to call twice or without :meth:`start`."""
        backend, self._backend = self._backend, None
        if backend is not None:
            backend.stop()

    def __enter__(self) -> KeepAwake:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
