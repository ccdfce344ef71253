"""Logging to a rotating file in the user's log folder, and uncaught exceptions logged."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from kiosk.stand import logsetup
from kiosk.stand.logsetup import install_excepthook, log_dir, remove_handlers, setup_logging


@pytest.fixture(autouse=True)
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """XDG_STATE_HOME in tmp; the root logger's level and our handlers put back afterwards."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    level = root.level
    yield tmp_path / "state"
    remove_handlers()
    root.setLevel(level)


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
def test_the_log_file_is_in_the_user_log_folder(state_home: Path) -> None:
    path = setup_logging()
    assert path == state_home / "InnoKiosk" / "log" / "innokiosk.log"
    assert log_dir() == path.parent


def test_messages_go_to_the_file_and_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = setup_logging(directory=tmp_path / "logs")
    assert path == tmp_path / "logs" / "innokiosk.log"
    logging.getLogger("kiosk.test").info("hello 你好")
    logging.getLogger("kiosk.test").debug("details")
    flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO kiosk.test: hello 你好" in text
    assert "details" not in text
    assert "INFO kiosk.test: hello 你好" in capsys.readouterr().err


def test_verbose_logs_debug(tmp_path: Path) -> None:
    path = setup_logging(verbose=True, directory=tmp_path)
    assert path is not None
    logging.getLogger("kiosk.test").debug("details")
    flush()
    assert "DEBUG kiosk.test: details" in path.read_text(encoding="utf-8")


def test_the_file_rotates_at_1_mb_keeping_5(tmp_path: Path) -> None:
    setup_logging(directory=tmp_path)
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1
    assert (handlers[0].maxBytes, handlers[0].backupCount) == (1_000_000, 5)
    logger = logging.getLogger("kiosk.test")
    logger.propagate = True
    for _ in range(7):
        logger.info("x" * 600_000)
    flush()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["innokiosk.log", *(f"innokiosk.log.{n}" for n in range(1, 6))]


def test_calling_again_replaces_the_handlers(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(directory=tmp_path / "a")
    setup_logging(directory=tmp_path / "b", filename="supervisor.log")
    assert len(root.handlers) == before + 2
    logging.getLogger("kiosk.test").warning("where")
    flush()
    assert "where" in (tmp_path / "b" / "supervisor.log").read_text(encoding="utf-8")
    assert "where" not in (tmp_path / "a" / "innokiosk.log").read_text(encoding="utf-8")


def test_an_unwritable_log_folder_means_stderr_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert setup_logging(directory=blocker / "logs") is None
    err = capsys.readouterr().err
    assert f"cannot write the log file {blocker / 'logs' / 'innokiosk.log'}" in err
    assert "logging to stderr only" in err
    logging.getLogger("kiosk.test").warning("still heard")
    assert "still heard" in capsys.readouterr().err


def test_uncaught_exceptions_are_logged_with_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = setup_logging(directory=tmp_path)
    assert path is not None
    install_excepthook()
    assert sys.excepthook is logsetup._log_uncaught
    try:
        raise ValueError("in a slot")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)

    def work() -> None:
        raise RuntimeError("in a thread")

    thread = threading.Thread(target=work, name="loader")
    thread.start()
    thread.join()
    flush()
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL kiosk.stand.logsetup: uncaught exception\nTraceback" in text
    assert "ValueError: in a slot" in text
    assert "uncaught exception in thread loader\nTraceback" in text
    assert "RuntimeError: in a thread" in text


def test_qt_callbacks_that_raise_are_logged_and_the_loop_carries_on(tmp_path: Path) -> None:
    """In a real process: a timer callback and a slot called from JavaScript raise; both are in
    the log file with their tracebacks, and the event loop keeps running."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from kiosk.app.pyside_fixes import keep_singletons_alive
        from kiosk.stand.logsetup import install_excepthook, setup_logging
        keep_singletons_alive()
        setup_logging(directory=Path(sys.argv[1]))
        install_excepthook()
        from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
        from PySide6.QtQml import QJSEngine

        class Backend(QObject):
            @Slot()
            def explode(self):
                raise KeyError("from QML")

        app = QCoreApplication([])
        engine = QJSEngine()
        backend = Backend()
        engine.globalObject().setProperty("backend", engine.newQObject(backend))

        def tick():
            raise ValueError("from a timer")

        def later():
            engine.evaluate("backend.explode()")
            QTimer.singleShot(20, app.quit)

        QTimer.singleShot(0, tick)
        QTimer.singleShot(10, later)
        code = app.exec()
        print("carried on", code)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "carried on 0\n"), result.stderr
    text = (tmp_path / "innokiosk.log").read_text(encoding="utf-8")
    assert text.count("CRITICAL kiosk.stand.logsetup: uncaught exception\nTraceback") == 2, text
    assert "ValueError: from a timer" in text
    assert "KeyError: 'from QML'" in text
