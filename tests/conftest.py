"""Shared test set-up: headless Qt with the software renderer, and the repository's paths."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Before any Qt import: no display, no GPU.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Animations follow the clock, not frame counts: software frames are slow on a small machine.
os.environ.setdefault("QSG_USE_SIMPLE_ANIMATION_DRIVER", "1")
# Statistics, logs and settings of test runs go to a throw-away place, never the user's.
_SCRATCH = tempfile.mkdtemp(prefix="innokiosk-tests-")
for _variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_variable] = os.path.join(_SCRATCH, _variable.lower())

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PACK = ROOT / "assets" / "content"
# The source article and the checked dates, copied into the repository (see tests/data/README.md).
TEST_DATA = ROOT / "tests" / "data"
SEED = TEST_DATA / "source-article.txt"
FACTS = TEST_DATA / "facts.md"


LONG_OPTION = "--long"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        LONG_OPTION,
        action="store_true",
        default=False,
        help="also run the long suites (marked 'long': the monkey, the soak, the executable "
        "builds); without it they are skipped",
    )


@pytest.hookimpl(tryfirst=True)  # before -m selects: "slow" counts as "long" there too
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    run_long = config.getoption(LONG_OPTION) or os.environ.get("INNOKIOSK_LONG") == "1"
    skip_long = pytest.mark.skip(reason=f"a long run: python -m pytest {LONG_OPTION} runs it")
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if item.get_closest_marker("slow") and not item.get_closest_marker("long"):
            item.add_marker(pytest.mark.long)
        if not run_long and item.get_closest_marker("long"):
            item.add_marker(skip_long)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type, pytestconfig: pytest.Config) -> object:
    """The kiosk's own application object (style and names set as the app sets them)."""
    from kiosk.app.application import application
    from kiosk.tools.screenshot import use_software_renderer

    use_software_renderer()
    return application(qapp_args)
