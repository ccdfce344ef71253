"""``innokiosk --supervise``: a small parent process that keeps the kiosk on screen.

It runs the kiosk as a child process and imports no Qt, so nothing that breaks the interface can
break it. A clean exit (code 0: staff closed the kiosk) ends it. A crash, a signal or a hang
restarts the child after 1, 2, 4 … at most 30 seconds; the wait starts again from 1 s once a
child has run for two minutes. A hang is no heartbeat for ``hang_after`` seconds (30, or
``INNOKIOSK_HANG_SECONDS``; a minute before the first beat): the child writes the file named in
``INNOKIOSK_HEARTBEAT`` (see :mod:`kiosk.stand.heartbeat`). Five crashes within two minutes and the
supervisor shows the static fallback screen (``innokiosk fallback``) instead, for good.
"""

from __future__ import annotations

import logging
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from kiosk.constants import STAFF_EXIT_CODE

log = logging.getLogger(__name__)

SUPERVISE_FLAG = "--supervise"
FALLBACK_COMMAND = "fallback"
HEARTBEAT_ENV = "INNOKIOSK_HEARTBEAT"
HEARTBEAT_MS_ENV = "INNOKIOSK_HEARTBEAT_MS"
HANG_SECONDS_ENV = "INNOKIOSK_HANG_SECONDS"
SUPERVISED_ENV = "INNOKIOSK_SUPERVISED"
LOG_NAME = "supervisor.log"


@dataclass(frozen=True)
class Timings:
    """Every delay the supervisor uses, in seconds (tests make them short)."""

    backoff_first: float = 1.0
    backoff_max: float = 30.0
    healthy_after: float = 120.0
    hang_after: float = 30.0
    startup_grace: float = 60.0
    kill_grace: float = 5.0
    crash_window: float = 120.0
    crash_limit: int = 5
    poll: float = 0.5

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Timings:
        """The defaults, with ``hang_after`` from ``INNOKIOSK_HANG_SECONDS`` when set."""
        value = (os.environ if environ is None else environ).get(HANG_SECONDS_ENV)
        if not value:
            return cls()
        try:
            seconds = float(value)
        except ValueError:
            seconds = 0.0
        if not 0 < seconds < 86400:
            log.warning("%s=%r is not a number of seconds; using 30", HANG_SECONDS_ENV, value)
            return cls()
        return cls(hang_after=seconds, poll=min(cls.poll, seconds / 4))


@dataclass(frozen=True)
class Decision:
    """What to do after a crash: wait ``delay`` seconds, or give up on this command."""

    delay: float
    give_up: bool = False


class RestartPolicy:
    """Backoff and crash-loop detection, apart from any process (tests pass the times)."""

    def __init__(self, timings: Timings) -> None:
        self._timings = timings
        self._streak = 0
        self._crashes: deque[float] = deque()

    def crashed(self, now: float, ran_for: float) -> Decision:
        """Records a crash at monotonic time ``now`` of a child that ran ``ran_for`` seconds."""
        timings = self._timings
        if ran_for >= timings.healthy_after:
            self._streak = 0
        self._streak += 1
        self._crashes.append(now)
        while self._crashes and self._crashes[0] <= now - timings.crash_window:
            self._crashes.popleft()
        delay = min(timings.backoff_first * 2 ** (self._streak - 1), timings.backoff_max)
        return Decision(delay, give_up=len(self._crashes) >= timings.crash_limit)


@dataclass(frozen=True)
class ChildEnd:
    """How a child ended: its exit code (negative: the signal) and whether it hung."""

    code: int
    hung: bool = False

    @property
    def clean(self) -> bool:
        return self.code == STAFF_EXIT_CODE and not self.hung

    def describe(self, hang_after: float) -> str:
        if self.hung:
            return f"hung (no heartbeat for {hang_after:g} s)"
        if self.code < 0:
            try:
                name = signal.Signals(-self.code).name
            except ValueError:
                name = f"signal {-self.code}"
            return f"was killed by {name}"
        return f"crashed with exit code {self.code}"


def child_command(argv: Sequence[str]) -> list[str]:
    """The kiosk's own command line without ``--supervise``: the frozen executable, or
    ``python -m kiosk``."""
    args = [arg for arg in argv if arg != SUPERVISE_FLAG]
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "kiosk", *args]


def _heartbeat_signature(path: Path) -> tuple[int, bytes] | None:
    try:
        return path.stat().st_mtime_ns, path.read_bytes()[:256]
    except OSError:
        return None


class Supervisor:
    """Runs ``command`` until it exits cleanly; ``fallback`` (if any) replaces it after a crash
    loop. :meth:`stop` (from a signal handler or another thread) ends the child and the run."""

    def __init__(
        self,
        command: Sequence[str],
        fallback: Sequence[str] | None = None,
        timings: Timings | None = None,
        env: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._command = list(command)
        self._fallback = list(fallback) if fallback is not None else None
        self._timings = timings or Timings()
        self._env = dict(os.environ if env is None else env)
        self._clock = clock
        self._stopping = threading.Event()
        self.starts: list[str] = []  # "kiosk" or "fallback", one per child started

    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> int:
        """Supervises until a clean exit (0) or :meth:`stop` (0)."""
        timings = self._timings
        command, label = self._command, "kiosk"
        policy = RestartPolicy(timings)
        with tempfile.TemporaryDirectory(prefix="innokiosk-") as folder:
            heartbeat = Path(folder) / "heartbeat"
            while not self._stopping.is_set():
                started = self._clock()
                end = self._run_child(command, label, heartbeat)
                if self._stopping.is_set():
                    break
                if end.clean:
                    log.info("%s exited normally; the supervisor ends", label)
                    return 0
                ran_for = self._clock() - started
                decision = policy.crashed(self._clock(), ran_for)
                reason = end.describe(timings.hang_after)
                if decision.give_up and self._fallback is not None and label == "kiosk":
                    log.error(
                        "kiosk %s after %.1f s: %d crashes within %g s; "
                        "showing the fallback screen from now on",
                        reason,
                        ran_for,
                        timings.crash_limit,
                        timings.crash_window,
                    )
                    command, label = self._fallback, "fallback"
                    policy = RestartPolicy(timings)
                    continue
                log.warning(
                    "%s %s after %.1f s; restarting in %g s",
                    label,
                    reason,
                    ran_for,
                    decision.delay,
                )
                if self._stopping.wait(decision.delay):
                    break
        log.info("supervisor stopped")
        return 0

    def _run_child(self, command: list[str], label: str, heartbeat: Path) -> ChildEnd:
        timings = self._timings
        heartbeat.write_text("starting\n", encoding="ascii")  # the child's first beat replaces it
        env = {**self._env, HEARTBEAT_ENV: str(heartbeat), SUPERVISED_ENV: "1"}
        log.info("starting the %s: %s", label, shlex.join(command))
        self.starts.append(label)
        try:
            child = subprocess.Popen(command, env=env)
        except OSError as error:
            log.error("cannot start the %s: %s", label, error)
            return ChildEnd(127)
        last_signature = _heartbeat_signature(heartbeat)
        last_beat = self._clock()
        limit = max(timings.hang_after, timings.startup_grace)  # until the first beat
        while True:
            try:
                return ChildEnd(child.wait(timeout=timings.poll))
            except subprocess.TimeoutExpired:
                pass
            if self._stopping.is_set():
                return ChildEnd(self._end(child))
            signature = _heartbeat_signature(heartbeat)
            now = self._clock()
            if signature != last_signature:
                last_signature, last_beat, limit = signature, now, timings.hang_after
            elif now - last_beat > limit:
                log.error(
                    "the %s (pid %d) sent no heartbeat for %.1f s; ending it",
                    label,
                    child.pid,
                    now - last_beat,
                )
                return ChildEnd(self._end(child), hung=True)

    def _end(self, child: subprocess.Popen[bytes]) -> int:
        """Terminates ``child``, then kills it if it is still there after the grace period."""
        child.terminate()
        try:
            return child.wait(timeout=self._timings.kill_grace)
        except subprocess.TimeoutExpired:
            log.warning("pid %d ignored the request to end; killing it", child.pid)
            child.kill()
            return child.wait()


def supervise(argv: Sequence[str]) -> int:
    """Runs ``innokiosk`` with ``argv`` (``--supervise`` dropped) under a :class:`Supervisor`;
    SIGTERM and Ctrl-C end the child and then the supervisor."""
    command = child_command(argv)
    supervisor = Supervisor(command, [*command, FALLBACK_COMMAND], Timings.from_env())

    def on_signal(number: int, frame: FrameType | None) -> None:
        log.info("supervisor: %s received; ending the kiosk", signal.Signals(number).name)
        supervisor.stop()

    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGINT", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), on_signal)
    return supervisor.run()


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kiosk.stand.supervisor [innokiosk options]``: logs to ``supervisor.log``."""
    from kiosk.stand.logsetup import install_excepthook, setup_logging

    args = list(sys.argv[1:] if argv is None else argv)
    setup_logging("-v" in args or "--verbose" in args, filename=LOG_NAME)
    install_excepthook()
    return supervise(args)


if __name__ == "__main__":
    sys.exit(main())
