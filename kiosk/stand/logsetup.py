"""Logging for a kiosk nobody watches: a rotating file in the user's log folder, plus stderr,
and uncaught exceptions logged with their traceback instead of lost.

Imports no Qt: the supervisor uses it too (with its own file, so two processes never rotate
the same one).
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from kiosk.constants import APP_NAME

LOG_NAME = "innokiosk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)
_handlers: list[logging.Handler] = []


def log_dir() -> Path:
    """The user's log folder for the kiosk (``~/.local/state/InnoKiosk/log`` on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _add(handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    _handlers.append(handler)


def remove_handlers() -> None:
    """Takes away (and closes) the handlers :func:`setup_logging` added."""
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()


def setup_logging(
    verbose: bool = False, *, filename: str = LOG_NAME, directory: Path | None = None
) -> Path | None:
    """Logs to ``directory/filename`` (default: :func:`log_dir`), rotated at 1 MB with five old
    files kept, and to stderr. Returns the log file, or ``None`` when it cannot be written (then
    only stderr is used, and a warning says so). Calling it again replaces its handlers."""
    remove_handlers()
    logging.getLogger().setLevel(logging.DEBUG if verbose else logging.INFO)
    if sys.stderr is not None:  # None in a windowed program without a console
        _add(logging.StreamHandler(sys.stderr))
    path = (directory if directory is not None else log_dir()) / filename
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as error:
        log.warning(
            "cannot write the log file %s (%s): logging to stderr only",
            path,
            error.strerror or error,
        )
        return None
    _add(handler)
    return path


def _log_uncaught(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    log.critical("uncaught exception", exc_info=(kind, value, traceback))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    if args.exc_value is None:
        log.critical("uncaught %s in thread %s", args.exc_type.__name__, name)
        return
    exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
    log.critical("uncaught exception in thread %s", name, exc_info=exc_info)


def install_excepthook() -> None:
    """Logs uncaught exceptions with their traceback. Python code Qt calls (slots called from
    QML, timers, signal handlers) goes through ``sys.excepthook``: the exception is logged and
    the event loop carries on. Threads are covered by ``threading.excepthook``."""
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
