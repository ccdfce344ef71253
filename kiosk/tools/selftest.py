"""``innokiosk self-test``: checks, offscreen, that everything the kiosk needs is there and works.

Meant for the built executable as much as for a source checkout: the compiled resources, every
QML file of the ``Kiosk`` module and the Qt Quick modules they import, the pictures (so the image
plugins), the fonts, the interface translations, the content pack on show, Qt's locale data, and
one rendered frame of every view in every language, without a single Qt or QML warning. Prints
one line per check and exits 0, or names what failed and exits 1.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from kiosk.app.fonts import FAMILIES
from kiosk.constants import EXIT_FAILED, EXIT_OK
from kiosk.ui.views import SECTIONS

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtGui import QImage
    from PySide6.QtQuick import QQuickWindow

    from kiosk.app.engine import KioskEngine
    from kiosk.content import Pack, PackSource

log = logging.getLogger(__name__)

WINDOW_SIZE = (1920, 1080)
# PNG is built into Qt; the others are plugins the build must carry.
IMAGE_FORMATS = ("png", "svg", "jpeg", "webp", "ico")
QML_MODULE_DIR = ":/qt/qml/Kiosk"
INTERFACE_ICONS = ":/icons/ui"
WINDOW_ICON = ":/icons/innokiosk.svg"
IMAGE_ERROR = 3  # QQuickImageBase.Status.Error


@dataclass
class Report:
    """The checks' results, printed as they come."""

    out: TextIO
    passed: int = 0
    failures: list[str] = field(default_factory=list)

    def ok(self, name: str, detail: str) -> None:
        self.passed += 1
        self._print("ok  ", name, detail)

    def fail(self, name: str, detail: str) -> None:
        self.failures.append(f"{name}: {detail}")
        self._print("FAIL", name, detail)

    def check(self, name: str, problems: list[str], detail: str) -> bool:
        """Passes when ``problems`` is empty; otherwise fails naming them."""
        if problems:
            self.fail(name, "; ".join(problems))
            return False
        self.ok(name, detail)
        return True

    def _print(self, status: str, name: str, detail: str) -> None:
        print(f"{status}  {name}: {detail}", file=self.out, flush=True)

    def run(self, name: str, check: Callable[[], None]) -> None:
        """Runs a check that reports itself; an exception fails it instead of the whole test."""
        try:
            check()
        except Exception as error:  # a self-test reports, it does not crash
            log.debug("check %s raised", name, exc_info=True)
            self.fail(name, f"{type(error).__name__}: {error}")


class QtMessages:
    """Qt's warnings while the self-test runs (QML, images, fonts, plugins): each one fails it."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            category = context.category or "default"
            self.warnings.append(message if category == "default" else f"{category}: {message}")
            print(f"Qt: {message}", file=sys.stderr, flush=True)

    def since(self, start: int) -> list[str]:
        return self.warnings[start:]

    @contextmanager
    def installed(self) -> Iterator[QtMessages]:
        from PySide6.QtCore import qInstallMessageHandler

        previous = qInstallMessageHandler(self)
        try:
            yield self
        finally:
            qInstallMessageHandler(previous)


def _resource_path(url: str) -> str:
    """A path QImageReader can open: ``qrc:/x`` → ``:/x``, ``file:///x`` → ``/x``."""
    from PySide6.QtCore import QUrl

    if url.startswith("qrc:"):
        return ":" + url[4:]
    return QUrl(url).toLocalFile() if url.startswith("file:") else url


def decode_image(path: str) -> str | None:
    """Why the picture at ``path`` cannot be decoded, or ``None`` when it can."""
    from PySide6.QtGui import QImageReader

    reader = QImageReader(path)
    image = reader.read()
    if image.isNull():
        return f"{path}: {reader.errorString()}"
    return None


def pack_images(pack: Pack, source: PackSource) -> list[str]:
    """Every picture the pack shows, as paths QImageReader can open."""
    images = [image for achievement in pack.achievements for image in achievement.images]
    if pack.pack.hero is not None:
        images.append(pack.pack.hero)
    return [_resource_path(source.url(image.file)) for image in images]


def qml_files(module_dir: str = QML_MODULE_DIR) -> list[str]:
    """The QML files the module's ``qmldir`` lists."""
    from PySide6.QtCore import QFile, QIODevice

    handle = QFile(f"{module_dir}/qmldir")
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"{module_dir}/qmldir")
    text = bytes(handle.readAll().data()).decode("utf-8")
    handle.close()
    return [line.split()[-1] for line in text.splitlines() if line.strip().endswith(".qml")]


def failed_images(window: QQuickWindow) -> list[str]:
    """The sources of shown Image items whose status is Error."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    from kiosk.tools.itemtree import walk

    failed = []
    for item in walk(window.contentItem()):
        meta = item.metaObject()
        if meta.indexOfProperty("sourceSize") < 0 or meta.indexOfProperty("status") < 0:
            continue
        source = item.property("source")
        context = QQmlEngine.contextForObject(item)
        if not item.isVisible() or source is None or source.isEmpty() or context is None:
            continue
        # the Status enum has no Python converter: read it as QML does
        status, undefined = QQmlExpression(context, item, "status").evaluate()
        if not undefined and int(status) == IMAGE_ERROR:
            failed.append(source.toString()[:120])
    return failed


def is_blank(image: QImage) -> bool:
    """A frame of one colour: nothing was drawn."""
    small = image.scaled(48, 27)
    first = small.pixel(0, 0)
    return all(small.pixel(x, y) == first for x in range(48) for y in range(27))


class SelfTest:
    """The checks, in the order a broken build would fail them."""

    def __init__(
        self, report: Report, messages: QtMessages, content: str | None, renderer: str = "auto"
    ) -> None:
        self.report = report
        self.messages = messages
        self.content = content
        self.renderer = renderer
        self.kiosk: KioskEngine | None = None

    def run(self) -> None:
        from kiosk import __version__
        from kiosk.app import resources

        frozen = resources.frozen_dir()
        from PySide6 import __version__ as pyside_version

        self.report.ok(
            "build",
            f"InnoKiosk {__version__}, {'frozen' if frozen else 'from source'}, "
            f"PySide6 {pyside_version}, Python {sys.version.split()[0]}, "
            f"platform {os.environ.get('QT_QPA_PLATFORM', '(default)')}",
        )
        self.report.run("renderer", self.check_renderer)
        self.report.run("resources", self.check_resources)
        self.report.run("image formats", self.check_image_formats)
        self.report.run("QML engine", self.start_engine)
        if self.kiosk is None:
            return
        self.report.run("QML files", self.check_qml_files)
        self.report.run("fonts", self.check_fonts)
        self.report.run("translations", self.check_translations)
        self.report.run("content pack", self.check_content_pack)
        self.report.run("pictures", self.check_pictures)
        self.report.run("interface icons", self.check_icons)
        self.report.run("locale data", self.check_locale_data)
        self.report.run("views", self.check_views)
        self.report.run("QML warnings", self.check_no_warnings)

    # -- the checks ---------------------------------------------------------------------------

    def check_renderer(self) -> None:
        from kiosk.app.renderer import current_choice, expected_on_display

        here = current_choice()
        self.report.ok(
            "renderer",
            f"on the display: {expected_on_display(self.renderer)}; this self-test: "
            f"{here.describe() if here else 'not chosen'}",
        )

    def check_resources(self) -> None:
        from kiosk.app import resources

        path = resources.compiled_path()
        resources.register()
        self.report.ok("resources", f"{path} ({path.stat().st_size:,} bytes)")

    def check_image_formats(self) -> None:
        from PySide6.QtGui import QImageReader

        supported = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = [name for name in IMAGE_FORMATS if name not in supported]
        self.report.check(
            "image formats",
            [f"no {name} image plugin" for name in missing],
            ", ".join(IMAGE_FORMATS),
        )

    def start_engine(self) -> None:
        from kiosk.app.engine import AppOptions, KioskEngine

        started = time.monotonic()
        warnings_before = len(self.messages.warnings)
        kiosk = KioskEngine(AppOptions(content=self.content, reduce_motion=True))
        kiosk.window.resize(*WINDOW_SIZE)
        kiosk.window.show()
        self.kiosk = kiosk
        problems = kiosk.warnings + self.messages.since(warnings_before)
        self.report.check(
            "QML engine",
            problems,
            f"Kiosk.Main loaded with QtQuick, QtQuick.Controls ({self._style()}), "
            f"QtQuick.Layouts, Kiosk.Backend in {time.monotonic() - started:.1f} s",
        )

    def check_qml_files(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtQml import QQmlComponent

        import kiosk.presentation.deck  # noqa: F401  (registers the Deck the slides' QML uses)

        assert self.kiosk is not None
        files = qml_files()
        problems = []
        for name in files:
            component = QQmlComponent(
                self.kiosk.engine,
                QUrl(f"qrc{QML_MODULE_DIR}/{name}"),
                QQmlComponent.CompilationMode.PreferSynchronous,
            )
            if not component.isReady():
                errors = "; ".join(error.toString() for error in component.errors())
                problems.append(errors or f"{name}: {component.status()}")
        self.report.check("QML files", problems, f"{len(files)} files of the Kiosk module compile")

    def check_fonts(self) -> None:
        from PySide6.QtGui import QFontDatabase

        families = set(QFontDatabase.families())
        missing = [family for family in FAMILIES if family not in families]
        self.report.check(
            "fonts", [f"{family} not registered" for family in missing], ", ".join(FAMILIES)
        )

    def check_translations(self) -> None:
        from PySide6.QtCore import QTranslator

        from kiosk.ui.translator import CATALOGUES, RESOURCE_DIR

        problems = []
        for name in CATALOGUES.values():
            translator = QTranslator()
            if not translator.load(name, RESOURCE_DIR) or translator.isEmpty():
                problems.append(f"{RESOURCE_DIR}/{name}.qm does not load")
        self.report.check("translations", problems, ", ".join(CATALOGUES.values()))

    def check_content_pack(self) -> None:
        from kiosk.content import PackInvalid, ResourceSource, load_pack

        assert self.kiosk is not None
        chosen = self.kiosk.chosen
        pack = chosen.pack
        images = len(pack_images(pack, chosen.source))
        summary = (
            f"{chosen.source.label}: {pack.pack.title.en!r}, {len(pack.achievements)} "
            f"achievements, {len(pack.milestones)} milestones, {images} pictures"
        )
        problems = [f"{chosen.rejected} rejected: {line}" for line in chosen.problems]
        if chosen.source.label != "embedded":
            try:
                load_pack(ResourceSource())
            except PackInvalid as error:
                problems += [f"embedded pack: {problem}" for problem in error.problems]
        self.report.check("content pack", problems, summary)

    def check_pictures(self) -> None:
        assert self.kiosk is not None
        paths = pack_images(self.kiosk.chosen.pack, self.kiosk.chosen.source)
        problems = [problem for path in paths if (problem := decode_image(path))]
        self.report.check("pictures", problems, f"{len(paths)} pictures of the pack decode")

    def check_icons(self) -> None:
        from PySide6.QtCore import QDir

        names = QDir(INTERFACE_ICONS).entryList(["*.svg"])
        paths = [WINDOW_ICON, *(f"{INTERFACE_ICONS}/{name}" for name in names)]
        problems = [problem for path in paths if (problem := decode_image(path))]
        if not names:
            problems.append(f"no icons in {INTERFACE_ICONS}")
        self.report.check("interface icons", problems, f"{len(paths)} SVG icons decode")

    def check_locale_data(self) -> None:
        """Qt's locale-aware comparison (ICU on Linux, the system's elsewhere) sorts words as a
        dictionary does: without its data it falls back to code points, where "B" < "a"."""
        from PySide6.QtCore import QCollator, QLocale

        problems = []
        for name in ("en", "zh_Hant_HK", "zh_Hans_CN"):
            collator = QCollator(QLocale(name))
            if collator.compare("apple", "Banana") >= 0:
                problems.append(f"no collation data for {name}")
        self.report.check("locale data", problems, "collation for en, zh-Hant, zh-Hans")

    def check_views(self) -> None:
        from kiosk.content import Language

        assert self.kiosk is not None
        exhibition = self.kiosk.exhibition
        navigation = self.kiosk.navigation
        count = navigation.achievement_count
        default = exhibition.pack.pack.default_language
        started = time.monotonic()
        for language in [default, *(lang for lang in Language if lang is not default)]:
            exhibition.setLanguage(language.value)
            problems: list[str] = []
            frames = 0
            for section in SECTIONS:
                navigation.showSection(section)
                problems += self._render(section)
                frames += 1
            navigation.showSection("cards")
            # every achievement's page in the first language, the first one in the others
            for row in range(count if language is default else min(count, 1)):
                navigation.openDetail(row)
                problems += self._render(f"detail {row + 1}")
                frames += 1
            navigation.closeDetail()
            self.report.check(
                f"views in {language.value}",
                problems,
                f"{frames} frames ({', '.join(SECTIONS)}, "
                f"{'all ' + str(count) if language is default else 'one'} detail page"
                f"{'s' if language is default else ''}) rendered",
            )
        exhibition.setLanguage(default.value)
        log.debug("views rendered in %.1f s", time.monotonic() - started)

    def check_no_warnings(self) -> None:
        assert self.kiosk is not None
        problems = list(dict.fromkeys(self.kiosk.warnings + self.messages.warnings))
        self.report.check("QML warnings", problems, "none")

    # -- helpers ------------------------------------------------------------------------------

    def _style(self) -> str:
        from PySide6.QtQuickControls2 import QQuickStyle

        return QQuickStyle.name() or "default style"

    def _render(self, view: str) -> list[str]:
        """Settles the window, grabs a frame and returns what is wrong with it."""
        from kiosk.tools.screenshot import settle

        assert self.kiosk is not None
        window = self.kiosk.window
        before = len(self.messages.warnings)
        settle(window)
        problems = [f"{view}: picture failed: {source}" for source in failed_images(window)]
        image = window.grabWindow()
        if image.isNull():
            problems.append(f"{view}: no frame rendered")
        elif is_blank(image):
            problems.append(f"{view}: the frame is blank")
        problems += [f"{view}: {warning}" for warning in self.messages.since(before)]
        return problems


def run_self_test(
    content: str | None = None, out: TextIO | None = None, renderer: str = "auto"
) -> int:
    """Runs every check; 0 when all pass, 1 otherwise (the report names what failed).
    ``renderer``: the setting, to say which renderer the kiosk will use on the display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app.application import application
    from kiosk.tools.screenshot import use_software_renderer

    report = Report(out or sys.stdout)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        use_software_renderer()
    application()
    messages = QtMessages()
    test = SelfTest(report, messages, content, renderer)
    with messages.installed():
        try:
            test.run()
        finally:
            if test.kiosk is not None:
                test.kiosk.close()
    total = report.passed + len(report.failures)
    if report.failures:
        print(
            f"self-test FAILED: {len(report.failures)} of {total} checks\n  "
            + "\n  ".join(report.failures),
            file=report.out,
            flush=True,
        )
        return EXIT_FAILED
    print(f"self-test passed: {total} checks", file=report.out, flush=True)
    return EXIT_OK
