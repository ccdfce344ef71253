"""``innokiosk inspect`` and the check it shares with the tests: a scene built to fail it, and
the command's JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.tools.inspect import text_problems, visible_items

SCENE = """
import QtQuick
import QtQuick.Controls
Window {
    width: 400; height: 300; visible: true
    Item {  // a clip that cuts through the second line of a text
        objectName: "box"; x: 0; y: 0; width: 200; height: 50; clip: true
        Text { objectName: "sliced"; width: 200; text: "one\\ntwo\\nthree"; font.pixelSize: 20 }
    }
    Item {  // a clip that hides one text wholly and shows another wholly
        x: 0; y: 60; width: 200; height: 40; clip: true
        Text { objectName: "whole"; text: "whole"; font.pixelSize: 20 }
        Text { objectName: "hidden"; y: 60; text: "hidden"; font.pixelSize: 20 }
    }
    Flickable {  // a scrolling view whose cue shows: its fold may cut a line
        property bool overflowCue: true
        x: 0; y: 110; width: 200; height: 50; clip: true; contentHeight: 200
        Text { objectName: "atFold"; width: 200; text: "a\\nb\\nc\\nd"; font.pixelSize: 20 }
    }
    Text {
        objectName: "elided"; y: 170; width: 60; text: "long line elided"; elide: Text.ElideRight
    }
    Text { objectName: "covered"; x: 0; y: 200; text: "under a button"; font.pixelSize: 20 }
    Button { x: 20; y: 195; width: 80; height: 40; text: "ok" }
    Text { objectName: "offEdge"; x: 350; y: 260; text: "past the edge"; font.pixelSize: 20 }
    Text {  // a word too long for the column: Qt breaks it anywhere, with no hyphen
        x: 220; y: 0; width: 64; wrapMode: Text.Wrap; font.pixelSize: 20
        text: "public services"
    }
    Text {  // the same with a soft hyphen where the word may break: fine
        x: 220; y: 120; width: 64; wrapMode: Text.Wrap; font.pixelSize: 20
        text: "public ser\u00advices"
    }
}
"""


@pytest.fixture
def scene(qapp: object, qtbot: QtBot, tmp_path: Path) -> Iterator[QQuickWindow]:
    file = tmp_path / "scene.qml"
    file.write_text(SCENE, encoding="utf-8")
    engine = QQmlApplicationEngine()
    engine.load(QUrl.fromLocalFile(str(file)))
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    qtbot.waitExposed(window)
    yield window
    window.close()
    engine.deleteLater()


def test_the_check_names_every_kind_of_problem(scene: QQuickWindow) -> None:
    problems = "\n".join(text_problems(scene))
    assert "sliced" in problems and "'one\\ntwo\\nthree'" in problems
    assert "elided: elided 'long line elided'" in problems
    assert "covered by" in problems and "'under a button'" in problems
    assert "'past the edge'" in problems
    broken = [line for line in problems.splitlines() if "a word broken without a hyphen" in line]
    assert len(broken) == 1 and "'public services'" in broken[0], broken
    for fine in ("'whole'", "'hidden'", "'a\\nb\\nc\\nd'"):
        assert fine not in problems, problems


def test_items_report_what_is_visible(scene: QQuickWindow) -> None:
    items = {info.name: info for info in visible_items(scene) if info.name}
    assert items["box"].visible == (0, 0, 200, 50)
    sliced = items["sliced"]
    assert sliced.visible is not None and sliced.visible[3] == 50 < sliced.rect[3]
    assert items["hidden"].visible is None
    assert items["atFold"].scrollable and items["atFold"].cue
    assert items["elided"].truncated is True


def test_the_command_prints_every_visible_item_as_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "inspect", "--view", "card:2", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout)
    assert report["view"] == "card:2" and report["language"] == "en"
    headline = next(item for item in report["items"] if item["name"] == "detailHeadline")
    assert headline["text"] and headline["truncated"] is False
    assert len(headline["rect"]) == 4 and headline["scrollable"] is True
    assert isinstance(report["problems"], list)


def test_the_command_shows_larger_text_when_asked() -> None:
    """``--large-text`` inspects the view as a visitor who pressed Larger text sees it."""

    def headline_height(*extra: str) -> float:
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "inspect", "--view", "card:1", "--lang", "en",
             "--size", "1366x768", *extra],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        report = json.loads(result.stdout)
        assert report["largeText"] is bool(extra)
        item = next(item for item in report["items"] if item["name"] == "detailHeadline")
        return float(item["rect"][3])

    assert headline_height("--large-text") > headline_height() * 1.1
