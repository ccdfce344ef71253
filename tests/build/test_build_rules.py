"""The rules of build_spec/build.py, without running PyInstaller: what is kept and left out, for
the three layouts of the PySide6 wheels (Linux, Windows, macOS), and the smaller ICU data."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "innokiosk_build", ROOT / "build_spec" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load()


@pytest.mark.parametrize(
    "dest",
    [
        # Linux and macOS wheels: PySide6/Qt/...; Windows: PySide6/... with backslashes
        "PySide6/Qt/qml/QtQuick/qmldir",
        "PySide6/Qt/qml/QtQuick/libqtquick2plugin.so",
        "PySide6/Qt/qml/QtQuick/Controls/Basic/Button.qml",
        "PySide6/Qt/qml/QtQuick/Controls/Basic/impl/qmldir",
        "PySide6/Qt/qml/QtQuick/Controls/impl/libqtquickcontrols2implplugin.so",
        "PySide6/Qt/qml/QtQuick/Templates/qmldir",
        "PySide6/Qt/qml/QtQuick/Layouts/libqquicklayoutsplugin.dylib",
        "PySide6/Qt/qml/QtQuick/Window/qmldir",
        "PySide6/Qt/qml/QtQml/WorkerScript/qmldir",
        "PySide6\\qml\\QtQuick\\Controls\\Basic\\qtquickcontrols2basicstyleplugin.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6\\plugins\\imageformats\\qjpeg.dll",
        "PySide6/Qt/plugins/imageformats/libqwebp.dylib",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/lib/libQt6QuickControls2Basic.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/lib/QtQuickTemplates2.framework/Versions/A/QtQuickTemplates2",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/QtGui.abi3.so",
        "kiosk/_generated/resources.rcc",
        "opencc/clib/share/opencc/hk2s.json",
    ],
)
def test_what_the_kiosk_uses_is_kept(dest: str) -> None:
    assert build.why_dropped(dest) is None


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/qml/QtQuick/Controls/Material/Button.qml",
        "PySide6/Qt/qml/QtQuick/Controls/FluentWinUI3/dark/images/button.png",
        "PySide6\\qml\\QtQuick\\Controls\\Universal\\qtquickcontrols2universalstyleplugin.dll",
        "PySide6/Qt/qml/QtQuick/Controls/macOS/Button.qml",
        "PySide6/Qt/qml/QtQuick/Controls/designer/images/button-icon.png",
        "PySide6/Qt/qml/QtQuick/VirtualKeyboard/qmldir",
        "PySide6/Qt/qml/QtQuick/Pdf/qmldir",
        "PySide6/Qt/qml/QtWayland/Client/qmldir",
        "PySide6/Qt/qml/Qt/labs/settings/qmldir",
        "PySide6/Qt/qml/QtQuick/plugins.qmltypes",
        "PySide6/Qt/translations/qtbase_zh_TW.qm",
        "PySide6\\translations\\qtdeclarative_de.qm",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6\\plugins\\platforms\\qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.dylib",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6QuickControls2Material.so.6",
        "PySide6/Qt6QuickControls2FluentWinUI3StyleImpl.dll",
        "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
        "PySide6/Qt/lib/QtWidgets.framework/Resources/Info.plist",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    ],
)
def test_what_the_kiosk_does_not_use_is_left_out(dest: str) -> None:
    assert build.why_dropped(dest) is not None


def test_the_kiosk_imports_nothing_the_build_excludes() -> None:
    """An excluded module the kiosk imports would only fail in the executable, where it is
    missing: take it out of ``EXCLUDES`` in build_spec/build.py when the kiosk starts using it."""
    import ast

    excluded = tuple(build.EXCLUDES)
    found = []
    for source in sorted((ROOT / "kiosk").rglob("*.py")):
        if "_generated" in source.parts:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                if any(name == ex or name.startswith(ex + ".") for ex in excluded):
                    found.append(f"{source.relative_to(ROOT)}:{node.lineno}: {name}")
    assert not found, found


def test_plugin_names_are_the_same_on_every_platform() -> None:
    assert build.plugin_name("libqxcb.so") == "xcb"
    assert build.plugin_name("qwindows.dll") == "windows"
    assert build.plugin_name("libqcocoa.dylib") == "cocoa"
    assert build.plugin_name("libqsvgicon.so") == "svgicon"


def test_a_hook_keeps_only_what_the_rules_keep() -> None:
    pairs = [
        ("/x/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats"),
        ("/x/plugins/imageformats/libqtiff.so", "PySide6/Qt/plugins/imageformats"),
        ("/x/translations/qtbase_fr.qm", "PySide6/Qt/translations"),
    ]
    assert build.keep_collected(pairs) == pairs[:1]


def test_one_file_is_asked_for_after_the_double_dash_or_in_the_environment() -> None:
    assert not build.wants_onefile([], {})
    assert build.wants_onefile(["--onefile"], {})
    assert build.wants_onefile([], {"INNOKIOSK_ONEFILE": "1"})
    assert not build.wants_onefile([], {"INNOKIOSK_ONEFILE": "0"})


def test_the_windows_version_comes_from_the_package() -> None:
    from kiosk import __version__

    assert build.package_version() == __version__
    assert build.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert build.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)
    assert build.version_tuple("2.0.0rc1+local") == (2, 0, 0, 1)
    assert build.info_plist("0.1.0")["CFBundleShortVersionString"] == "0.1.0"


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("icudt73l/root.res", True),
        ("icudt73l/zh_Hant_HK.res", True),
        ("icudt73l/en_GB.res", True),
        ("icudt73l/coll/zh.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/coll/res_index.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/brkitr/word.brk", True),
        ("icudt73l/fr.res", False),
        ("icudt73l/coll/ja.res", False),
        ("icudt73l/sr_Latn_BA.res", False),
        ("icudt73l/zone/yue_Hant.res", False),
        ("icudt73l/ibm-1390_P110-2003.cnv", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/Han_Latin.res", False),
    ],
)
def test_icu_keeps_chinese_english_and_what_is_not_per_locale(item: str, kept: bool) -> None:
    assert build.icu_item_kept(item) is kept


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = bytearray(32)
    header[0:2] = struct.pack("<H", 32)
    header[2:4] = b"\xda\x27"
    header[12:16] = b"CmnD"
    return build.icu_package(bytes(header), items)


def test_an_icu_package_reads_back_what_was_written() -> None:
    items = [("icudt73l/b.res", b"B" * 20), ("icudt73l/a.icu", b"A" * 16)]
    header, read = build.icu_items(_package(items))
    assert read[0] == ("icudt73l/a.icu", b"A" * 16)
    assert read[1][0] == "icudt73l/b.res" and read[1][1].rstrip(b"\0") == b"B" * 20
    assert len(header) == 32


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("as") and shutil.which("ld")),
    reason="Qt links its own ICU on Linux only; binutils links the copy",
)
def test_the_smaller_icu_data_library_links_and_holds_the_kept_items(tmp_path: Path) -> None:
    import PySide6

    originals = list((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert originals, "PySide6's wheel has no ICU data library"
    library, kept, total = build.build_icu_data_library(originals[0], tmp_path)
    assert 0 < kept < total
    assert library.stat().st_size < originals[0].stat().st_size / 3
    symbol, package = build.elf_data_symbol(library)
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    _, items = build.icu_items(package)
    assert len(items) == kept
    assert any(name.endswith("/coll/zh.res") for name, _ in items)
    readelf = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=False
    )
    assert f"[{originals[0].name}]" in readelf.stdout  # the soname Qt's ICU asks for


def test_the_windows_version_resource_names_the_kiosk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Built as on Windows (PyInstaller's Windows-only imports faked): Properties → Details of
    innokiosk.exe show the product, its version and the file's original name."""
    import types

    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    resource = build.windows_version_info("1.2.3", "innokiosk-onefile")
    raw = resource.toRaw()
    for text in ("InnoKiosk", "1.2.3", "innokiosk-onefile.exe", "FileDescription"):
        assert text.encode("utf-16-le") in raw, text
    assert resource.ffi.fileVersionMS == (1 << 16) | 2 and resource.ffi.fileVersionLS == 3 << 16


def test_the_macos_bundle_is_named_and_versioned() -> None:
    plist = build.info_plist("1.2.3")
    assert plist["CFBundleDisplayName"] == plist["CFBundleName"] == "InnoKiosk"
    assert plist["CFBundleVersion"] == plist["CFBundleShortVersionString"] == "1.2.3"
    assert plist["NSHighResolutionCapable"] is True
    assert build.BUNDLE_NAME == "InnoKiosk.app" and build.BUNDLE_ID == "hk.innokiosk.kiosk"
    assert (ROOT / "assets" / "icons" / "innokiosk.icns").is_file()


def test_the_linux_archive_carries_a_menu_entry_and_its_icons(tmp_path: Path) -> None:
    files = build.add_linux_menu_files(tmp_path)
    relative = {path.relative_to(tmp_path).as_posix() for path in files}
    assert "share/applications/innokiosk.desktop" in relative
    assert "share/icons/hicolor/scalable/apps/innokiosk.svg" in relative
    assert "share/icons/hicolor/256x256/apps/innokiosk.png" in relative
    for path in files:
        if path.suffix == ".png":
            width, height = struct.unpack(">II", path.read_bytes()[16:24])
            assert f"{width}x{height}" in path.as_posix(), path
    entry = (tmp_path / "share" / "applications" / "innokiosk.desktop").read_text("utf-8")
    assert "\nExec=innokiosk\n" in entry and "\nIcon=innokiosk\n" in entry
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run(
            [validator, str(tmp_path / "share" / "applications" / "innokiosk.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
