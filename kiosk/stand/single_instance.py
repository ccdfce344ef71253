"""One kiosk at a time: a second launch brings the running kiosk to the front and exits.

The first kiosk takes a lock file and listens on a local socket (``QLocalServer``: a Unix domain
socket, a named pipe on Windows; nothing on the network). A second launch (a second double-click,
a second autostart) finds the lock taken, connects to that socket, sends ``raise`` and ends with
exit code 0; the first shows its window in front. A kiosk that crashed leaves a stale lock, which
the next start takes over (Qt's ``QLockFile`` checks that the process that held it is gone).

The name is made from the user and the statistics folder, so kiosks that would share a
statistics database are one kiosk; a supervised kiosk is the supervisor's child, so a second
``--supervise`` launch's child exits 0 and its supervisor ends with it.
"""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 3000
WRITE_TIMEOUT_MS = 2000
ASFW_ANY = -1  # AllowSetForegroundWindow: any process


def instance_name(data_dir: Path | None = None) -> str:
    """``innokiosk-<hash>``: one name per user and statistics folder."""
    if data_dir is None:
        from kiosk.stats.store import default_path

        data_dir = default_path().parent
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "kiosk"
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()
    return f"innokiosk-{digest[:16]}"


def allow_foreground(windll: Any = None) -> None:
    """Windows lets only the program the user just started take the foreground: this launch
    passes that right on, so the running kiosk's window can come to the front."""
    windll = windll if windll is not None else getattr(ctypes, "windll", None)
    if windll is not None:
        windll.user32.AllowSetForegroundWindow(ASFW_ANY)


def tell_running(name: str) -> bool:
    """Asks the kiosk listening on ``name`` to come to the front; whether it answered."""
    allow_foreground()
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_MESSAGE)
    sent = socket.waitForBytesWritten(WRITE_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent


class SingleInstance(QObject):
    """The running kiosk's claim: the lock and the socket. Calls ``on_raise`` when a second
    launch asks for the window. :meth:`release` (or the end of the process) lets go."""

    def __init__(self, name: str, on_raise: Callable[[], None]) -> None:
        super().__init__()
        self.name = name
        self._on_raise = on_raise
        self._lock = QLockFile(QDir.temp().filePath(f"{name}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Whether this process is now the one kiosk (``False``: another one runs)."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a kiosk that crashed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self._server = server
        else:
            log.warning(
                "one instance: cannot listen on %s (%s); a second launch cannot bring this "
                "kiosk to the front",
                self.name,
                server.errorString(),
            )
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            if bytes(connection.readLine().data()) == RAISE_MESSAGE:
                log.info("another launch asked for the kiosk: bringing it to the front")
                # Not inside the socket's signal: showing a window may run the event loop,
                # which may delete the socket (its client has already gone).
                QTimer.singleShot(0, self._on_raise)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def claim_or_hand_over(
    on_raise: Callable[[], None], name: str | None = None
) -> SingleInstance | None:
    """This process's claim to be the one kiosk, or ``None`` when another kiosk runs (it has
    been asked to come to the front)."""
    name = name or instance_name()
    instance = SingleInstance(name, on_raise)
    if instance.claim():
        return instance
    if tell_running(name):
        log.info("the kiosk is already running: brought it to the front; this launch ends")
    else:
        log.warning("the kiosk is already running (%s) but did not answer; this launch ends", name)
    return None
