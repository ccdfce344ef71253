"""What the executable carries: the rules ``innokiosk.spec`` applies, and a one-line build.

``innokiosk.spec`` imports this file for its rules, so they are plain Python that ruff checks and
tests can call without running PyInstaller. Run it to build::

    python build_spec/build.py              # one folder: dist/innokiosk/innokiosk
    python build_spec/build.py --onefile    # one file:   dist/innokiosk-onefile

which is the same as ``pyinstaller --noconfirm build_spec/innokiosk.spec [-- --onefile]``.

The app uses QtCore, QtGui, QtQml, QtQuick and QtQuickControls2 (Basic style) from PySide6;
PyInstaller's Qt hooks collect every QML module, plugin and translation of the wheel, which is
most of a 230 MB build. The rules below keep what the kiosk loads and drop the rest, by path,
the same way on Linux, Windows and macOS (the wheels lay Qt out differently on each).
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

SPEC_DIR = Path(__file__).resolve().parent
ROOT = SPEC_DIR.parent
SPEC_FILE = SPEC_DIR / "innokiosk.spec"

APP_NAME = "innokiosk"
ONEFILE_NAME = "innokiosk-onefile"
BUNDLE_NAME = "InnoKiosk.app"
BUNDLE_ID = "hk.innokiosk.kiosk"
DISPLAY_NAME = "InnoKiosk"
DESCRIPTION = "InnoKiosk: Hong Kong's ten I&T achievements of 2023"
ONEFILE_ENV = "INNOKIOSK_ONEFILE"

# Python packages the kiosk never imports. Some are installed next to it for the tests and
# the build and would otherwise be pulled in by hooks: pydantic's hook collects every pydantic
# submodule, and ``pydantic.mypy`` imports mypy (compiled, tens of MB).
EXCLUDES = [
    # tests and development tools
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "pydantic.mypy",
    "pydantic.v1",
    "pydantic.experimental",
    "email_validator",
    "dotenv",
    "PIL",
    "fontTools",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "PyInstaller",
    "pyinstaller_hooks_contrib",
    "_pyinstaller_hooks_contrib",
    # standard library the app does not use
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "unittest",
    "doctest",
    "curses",
    "xmlrpc",
    "ensurepip",
    "venv",
    # no network connections: no TLS (hashlib's OpenSSL stays, for hashlib.scrypt)
    "ssl",
    "_ssl",
    # Qt for Python modules the app does not import (QtWidgets included: the kiosk is a
    # QGuiApplication; pytest-qt, which imports QtWidgets, is not bundled)
    "PySide6.QtWidgets",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtHelp",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvgWidgets",  # (QtSvg stays: the PDF export draws the SVG pictures as vectors)
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtLabsStyleKit",
    "PySide6.scripts",
]

# QML modules the kiosk imports (QtQuick, QtQuick.Controls with the Basic style,
# QtQuick.Layouts) and the modules those import, as folders under Qt's ``qml`` folder.
# Only the files directly in each folder are kept: no other styles, no designer files.
# ``Kiosk`` is in the resources and ``Kiosk.Backend`` is registered from Python.
QML_FOLDERS = frozenset(
    {
        "QtQml",
        "QtQml/Models",
        "QtQml/WorkerScript",
        "QtQuick",
        "QtQuick/Controls",
        "QtQuick/Controls/impl",
        "QtQuick/Controls/Basic",
        "QtQuick/Controls/Basic/impl",
        "QtQuick/Templates",
        "QtQuick/Layouts",
        "QtQuick/Window",
    }
)

# Qt plugins by type, and by name within a type (``None``: every plugin of the type).
# A plugin's name is its file name without ``lib``, ``q`` and the suffix: ``libqxcb.so``,
# ``qwindows.dll`` and ``libqcocoa.dylib`` are ``xcb``, ``windows`` and ``cocoa``.
PLUGINS: dict[str, frozenset[str] | None] = {
    # the windowing systems the kiosk runs on (X11, Windows, macOS) and the headless ones used
    # by ``self-test`` and ``screenshot``; no Wayland, EGLFS, VNC or linuxfb
    "platforms": frozenset({"xcb", "offscreen", "minimal", "windows", "cocoa"}),
    # OpenGL on X11 for the Qt Quick scene graph
    "xcbglintegrations": None,
    # SVG pictures and icons; JPEG and WebP for photos in a staff pack; ICO for the window icon
    # on Windows. PNG is built into QtGui.
    "imageformats": frozenset({"svg", "jpeg", "webp", "ico"}),
    "iconengines": frozenset({"svgicon"}),
    # evdev and TUIO touch input, for touch screens X11 does not report (QT_QPA_GENERIC_PLUGINS)
    "generic": None,
}

# Qt libraries that only the dropped QML modules, plugins and Python modules need. PyInstaller
# collects a library for anything that links it, so they are removed with what needed them.
# Matched against the module name in ``libQt6Name.so.6``, ``Qt6Name.dll`` or ``QtName.framework``.
QT_LIBRARIES_DROPPED = re.compile(
    r"""(
        QuickControls2(Material|Universal|Fusion|Imagine|FluentWinUI3|Native|MacOS|IOS|Windows)\w*
      | Pdf\w* | VirtualKeyboard\w* | 3D\w* | Quick3D\w* | WebEngine\w* | WebChannel\w* | WebView\w*
      | WebSockets | Multimedia\w* | SpatialAudio | TextToSpeech | Charts\w* | DataVisualization\w*
      | Graphs\w* | Designer\w* | Help | Sql | Wayland\w* | Wl\w* | EglFS\w* | Widgets
      | OpenGLWidgets | SvgWidgets | QuickWidgets | PrintSupport | UiTools | Test | QuickTest
      | QmlCompiler | QmlLocalStorage | QmlXmlListModel | QmlDesignSupport | QuickDialogs2\w*
      | Labs\w* | Lottie\w* | QuickVectorImage\w* | QuickTimeline\w* | QuickParticles
      | QuickEffects | QuickShapes\w* | StateMachine\w* | ShaderTools | Concurrent | Xml
      | Positioning\w* | Location | Sensors\w* | SerialPort | SerialBus | Bluetooth | Nfc
      | RemoteObjects\w* | Scxml\w* | HttpServer | NetworkAuth | QmlNetwork
    )""",
    re.VERBOSE,
)
_QT_LIBRARY = re.compile(
    r"^(?:lib)?Qt6(?P<a>\w+?)(?:\.so[.\d]*|\.dll|\.\d+\.dylib|\.dylib)$"
    r"|^Qt(?P<b>\w+)\.framework$"
)

SHARED_LIBRARY_SUFFIXES = (".so", ".dll", ".dylib")

# OpenCC conversions the kiosk makes (kiosk/content/localized.py: Hong Kong → Simplified).
OPENCC_CONFIGS = ("hk2s",)

# Qt's own translations (dialogs, widgets): the kiosk's strings are in its resources.
QT_FOLDERS_DROPPED = ("translations",)
QT_LAYOUT_FOLDERS = ("qml", "plugins", "translations")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def qt_location(dest: str) -> tuple[str, PurePosixPath] | None:
    """``("qml", "QtQuick/Controls/qmldir")`` for a file under PySide6's ``qml``, ``plugins``
    or ``translations`` folder (``PySide6/Qt/qml/...`` or ``PySide6/qml/...``), else ``None``."""
    parts = _parts(dest)
    if len(parts) < 2 or parts[0] != "PySide6":
        return None
    rest = parts[1:]
    if rest[0] == "Qt":
        rest = rest[1:]
    if len(rest) >= 2 and rest[0] in QT_LAYOUT_FOLDERS:
        return rest[0], PurePosixPath(*rest[1:])
    return None


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` → ``xcb``, ``qwindows.dll`` → ``windows``, ``libqsvgicon.dylib`` →
    ``svgicon``."""
    stem = file_name.split(".", 1)[0]
    stem = stem.removeprefix("lib")
    return stem[1:] if stem.startswith("q") else stem


def qt_module_of_library(dest: str) -> str | None:
    """The Qt module a shared library (or a file inside a macOS framework) belongs to."""
    for part in _parts(dest):
        match = _QT_LIBRARY.match(part)
        if match:
            return match.group("a") or match.group("b")
    return None


def why_dropped(dest: str) -> str | None:
    """Why the file bundled at ``dest`` is left out, or ``None`` when it is kept."""
    location = qt_location(dest)
    if location is not None:
        folder, relative = location
        if folder in QT_FOLDERS_DROPPED:
            return f"Qt {folder}"
        if folder == "qml":
            if str(relative.parent) not in QML_FOLDERS:
                return "QML module not used"
            if relative.suffix == ".qmltypes":
                return "QML type information (read by tools, not at run time)"
            return None
        if folder == "plugins":
            if len(relative.parts) != 2:
                return "Qt plugin not used"
            kind, name = relative.parts
            if kind not in PLUGINS:
                return f"Qt {kind} plugins not used"
            wanted = PLUGINS[kind]
            if wanted is not None and plugin_name(name) not in wanted:
                return f"Qt {kind} plugin not used"
            return None
    module = qt_module_of_library(dest)
    if module is not None and QT_LIBRARIES_DROPPED.fullmatch(module):
        return f"Qt{module} not used"
    return None


def keep(entries: Iterable[Any], log: list[str] | None = None) -> list[Any]:
    """The entries of a PyInstaller TOC (``(dest, source, typecode)``) to bundle."""
    kept: list[Any] = []
    for entry in entries:
        reason = why_dropped(entry[0])
        if reason is None:
            kept.append(entry)
        elif log is not None:
            log.append(f"{entry[0]}: {reason}")
    return kept


def keep_collected(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The ``(source, destination folder)`` pairs a hook collects, less what is not used."""
    return [
        (source, folder)
        for source, folder in pairs
        if why_dropped(os.path.join(folder, os.path.basename(source))) is None
    ]


def qml_files() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The QML modules of :data:`QML_FOLDERS` as ``(binaries, datas)`` for a hook: the files
    directly in each folder (``qmldir``, the plugin library, type information, style QML)."""
    from PyInstaller.utils.hooks.qt import pyside6_library_info as qt

    source = Path(qt.location["QmlImportsPath"])
    destination = Path(qt.qt_rel_dir) / "qml"
    binaries: list[tuple[str, str]] = []
    datas: list[tuple[str, str]] = []
    for folder in sorted(QML_FOLDERS):
        if not (source / folder / "qmldir").is_file():
            raise FileNotFoundError(f"QML module {folder} is not in {source}")
        for file in sorted((source / folder).iterdir()):
            if file.is_file():
                pairs = binaries if file.suffix in SHARED_LIBRARY_SUFFIXES else datas
                pairs.append((str(file), str(destination / folder)))
    return binaries, datas


def qt_hook(hook_file: str) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """What the stock PyInstaller hook for a PySide6 module collects, less the plugins and
    translations the kiosk does not use, and only the QML modules it imports.
    ``build_spec/hooks/hook-PySide6.*.py`` call this, so PyInstaller never sees (nor collects
    the libraries of) what is left out. The stock QtNetwork hook also collects OpenSSL: the
    kiosk opens no connections, so it is not collected."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    module = Path(hook_file).stem.removeprefix("hook-")
    if module == "PySide6.QtQml":
        qml_binaries, qml_datas = qml_files()
        binaries += qml_binaries
        datas += qml_datas
    if module == "PySide6.QtQuickControls2":
        hiddenimports.append("PySide6.QtQuick")
    return hiddenimports, keep_collected(binaries), keep_collected(datas)


def opencc_files() -> list[tuple[str, str]]:
    """OpenCC's configuration for :data:`OPENCC_CONFIGS` and the dictionaries it names, as
    ``datas`` for a hook (the stock hook collects every dictionary, tools and static libraries)."""
    import json

    from PyInstaller.utils.hooks import get_package_paths

    _, package = get_package_paths("opencc")
    share = Path(package) / "clib" / "share" / "opencc"
    wanted: set[str] = set()

    def dictionaries(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                wanted.add(node["file"])
            for value in node.values():
                dictionaries(value)
        elif isinstance(node, list):
            for value in node:
                dictionaries(value)

    for config in OPENCC_CONFIGS:
        wanted.add(f"{config}.json")
        dictionaries(json.loads((share / f"{config}.json").read_text(encoding="utf-8")))
    destination = os.path.join("opencc", "clib", "share", "opencc")
    return [(str(share / name), destination) for name in sorted(wanted)]


# -- ICU data ---------------------------------------------------------------------------------
# On Linux Qt links ICU, whose data library (libicudata.so.73) holds every locale of the world
# and every legacy code page: 32 MB, the largest file of the build. The kiosk speaks Chinese and
# English and converts only UTF-8/16, so the build links a copy with the data of the root, ``en``
# and ``zh`` locales (and everything that is not per locale: normalisation, properties,
# collation tables, time zones), without code pages, transliterators and word-break dictionaries
# (Qt breaks text itself). Windows and macOS Qt use the system's ICU: nothing to do there.

ICU_LANGUAGES = frozenset({"en", "zh"})
_ICU_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?(_[A-Z0-9]+)*")
_ICU_DATA_LIBRARY = re.compile(r"libicudata\.so(\.\d+)*")
_ALIGN = 16


def icu_item_kept(name: str) -> bool:
    """Whether the ICU data item ``icudt73l/coll/zh_Hant.res`` goes into the build."""
    parts = name.split("/")[1:]
    tree, leaf = "/".join(parts[:-1]), parts[-1]
    stem, _, suffix = leaf.rpartition(".")
    if suffix in ("cnv", "dict") or tree == "translit":
        return False
    if suffix == "res" and _ICU_LOCALE.fullmatch(stem):
        return stem.split("_")[0] in ICU_LANGUAGES
    return True


def icu_items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and ``(name, data)`` items of an ICU common data package (``CmnD``)."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD" or package[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name_start = header_size + name_offset
        name = package[name_start : package.index(b"\0", name_start)].decode("ascii")
        end = header_size + entries[index + 1][1] if index + 1 < count else len(package)
        items.append((name, package[header_size + data_offset : end]))
    return package[:header_size], items


def icu_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of ``items`` (sorted by name, as ICU looks them up)."""

    def padded(data: bytes) -> bytes:
        return data + b"\0" * (-len(data) % _ALIGN)

    if len(header) % _ALIGN:
        raise ValueError("unexpected ICU header size")
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    offset = len(padded(b"\0" * table_size + names))
    table = [struct.pack("<I", len(items))]
    name_offset = table_size
    for name, data in items:
        table.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        offset += len(padded(data))
    body = padded(b"".join(table) + names) + b"".join(padded(data) for _, data in items)
    return header + body


def elf_data_symbol(library: Path, prefix: str = "icudt") -> tuple[str, bytes]:
    """The name and bytes of the data symbol (``icudt73_dat``) of a 64-bit little-endian ELF."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"not a 64-bit little-endian ELF file: {library}")
    (section_offset,) = struct.unpack_from("<Q", data, 0x28)
    entry_size, count = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, section_offset + i * entry_size)
        for i in range(count)
    ]
    for section in sections:
        if section[1] != 11:  # SHT_DYNSYM
            continue
        strings = sections[section[6]][4]
        for index in range(section[5] // 24):
            name_at, _, _, shndx, value, size = struct.unpack_from(
                "<IBBHQQ", data, section[4] + index * 24
            )
            name = data[strings + name_at : data.index(b"\0", strings + name_at)].decode()
            if name.startswith(prefix) and name.endswith("_dat") and 0 < shndx < count:
                holder = sections[shndx]
                start = holder[4] + value - holder[3]
                return name, data[start : start + size]
    raise ValueError(f"no {prefix}*_dat symbol in {library}")


def build_icu_data_library(original: Path, workdir: Path) -> tuple[Path, int, int]:
    """A copy of ``libicudata.so.N`` with only the items :func:`icu_item_kept` keeps, linked
    with binutils (which PyInstaller needs on Linux anyway); returns it with the item counts."""
    symbol, package = elf_data_symbol(original)
    header, items = icu_items(package)
    kept = [(name, data) for name, data in items if icu_item_kept(name)]
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "icudata.dat").write_bytes(icu_package(header, kept))
    (workdir / "icudata.S").write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"\t.balign {_ALIGN}\n"
        f"{symbol}:\n"
        f'\t.incbin "{(workdir / "icudata.dat").as_posix()}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = workdir / original.name
    for command in (
        ["as", "-o", str(workdir / "icudata.o"), str(workdir / "icudata.S")],
        [
            "ld",
            "-shared",
            "-soname",
            original.name,
            "-z",
            "noexecstack",
            "-o",
            str(target),
            str(workdir / "icudata.o"),
        ],
    ):
        subprocess.run(command, check=True, capture_output=True, text=True)
    return target, len(kept), len(items)


def with_small_icu_data(binaries: list[Any], workdir: Path, log: list[str]) -> list[Any]:
    """``binaries`` with Qt's ICU data library replaced by :func:`build_icu_data_library`'s."""
    result = []
    for entry in binaries:
        dest, source, kind = entry[0], entry[1], entry[2]
        if kind == "BINARY" and _ICU_DATA_LIBRARY.fullmatch(os.path.basename(dest)) and source:
            try:
                small, kept, total = build_icu_data_library(Path(source), workdir)
            except (OSError, ValueError, subprocess.CalledProcessError) as error:
                log.append(f"{dest}: kept whole, could not make a smaller copy: {error}")
            else:
                log.append(f"{dest}: {kept} of {total} ICU data items (locales root, en, zh)")
                entry = (dest, str(small), kind)
        result.append(entry)
    return result


def disk_usage(path: Path) -> int:
    """Bytes as ``du -sb`` counts them: apparent sizes of files, folders and links, once each."""
    seen: set[tuple[int, int]] = set()
    total = 0
    entries = [path] if path.is_file() else []
    for folder, dirs, files in os.walk(path):
        entries += [Path(folder), *(Path(folder, name) for name in dirs + files)]
    for entry in entries:
        stat = entry.lstat()
        if (stat.st_dev, stat.st_ino) not in seen:
            seen.add((stat.st_dev, stat.st_ino))
            total += stat.st_size
    return total


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)`` for the Windows version resource (pre-release tags dropped)."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_info(version: str, exe_name: str = APP_NAME) -> Any:
    """The executable's Windows version resource (Properties → Details), from the package's
    version. Windows only: PyInstaller's version-resource module needs pywin32 and pefile."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    strings = {
        "CompanyName": "InnoKiosk developers",
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": "MIT licence; fonts: SIL Open Font License 1.1",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version,
    }
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo(
                [
                    vi.StringTable(
                        "040904B0", [vi.StringStruct(key, value) for key, value in strings.items()]
                    )
                ]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


def info_plist(version: str) -> dict[str, Any]:
    """The macOS bundle's Info.plist entries beyond what PyInstaller writes."""
    return {
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleName": DISPLAY_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "zh_HK",
        "CFBundleLocalizations": ["zh_HK", "zh_CN", "en"],
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "InnoKiosk developers, MIT licence",
        "NSSupportsAutomaticGraphicsSwitching": True,
    }


def wants_onefile(argv: Sequence[str], environ: dict[str, str] | None = None) -> bool:
    """One file if ``--onefile`` follows ``--`` on PyInstaller's command line or
    ``INNOKIOSK_ONEFILE`` is set to something other than ``0``/``false``/empty."""
    env = os.environ if environ is None else environ
    flag = env.get(ONEFILE_ENV, "").strip().lower()
    return "--onefile" in argv or flag not in ("", "0", "false", "no")


def compile_resources() -> Path:
    """The freshly compiled ``kiosk/_generated/resources.rcc`` (QML, fonts, translations,
    the default pack) that the executable carries."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from kiosk.app import resources

    return resources.compile_resources(force=True)


def package_version() -> str:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from kiosk import __version__

    return __version__


# -- building, checking and packing: what CI (.github/workflows/build.yml) and tests/build run --

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 300
# Variables that would let a frozen executable read the source tree or the virtual environment.
SOURCE_ENVIRONMENT = (
    "PYTHONPATH",
    "PYTHONHOME",
    "PYTHONSTARTUP",
    "VIRTUAL_ENV",
    "QT_PLUGIN_PATH",
    "QML_IMPORT_PATH",
    "QML2_IMPORT_PATH",
)
# What the frozen screenshot shows (a page with a picture, key figures and Chinese text).
CHECK_SCREENSHOT_VIEW = "card:3"
CHECK_SCREENSHOT_LANGUAGE = "zh-Hant"


def pyinstaller_command(
    dist: Path | None = None, work: Path | None = None, onefile: bool = False
) -> list[str]:
    """The PyInstaller command line for one build (default folders: ``dist`` and ``build``)."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm"]
    if dist is not None:
        command += ["--distpath", str(dist)]
    if work is not None:
        command += ["--workpath", str(work)]
    command.append(str(SPEC_FILE))
    if onefile:
        command += ["--", "--onefile"]
    return command


def build(
    dist: Path | None = None, work: Path | None = None, onefile: bool = False
) -> subprocess.CompletedProcess[str]:
    """Runs one build from the repository's root; PyInstaller's output is returned, not shown."""
    return subprocess.run(
        pyinstaller_command(dist, work, onefile),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )


def frozen_program(dist: Path, onefile: bool = False) -> Path:
    """The executable a build wrote into ``dist``."""
    if onefile:
        return dist / f"{ONEFILE_NAME}{EXE_SUFFIX}"
    return dist / APP_NAME / f"{APP_NAME}{EXE_SUFFIX}"


def frozen_env() -> dict[str, str]:
    """Offscreen, and nothing of the source tree or the virtual environment."""
    env = {key: value for key, value in os.environ.items() if key not in SOURCE_ENVIRONMENT}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_frozen(program: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Runs the executable as staff would, from ``cwd`` (a folder outside the repository)."""
    return subprocess.run(
        [str(program), *args],
        cwd=cwd,
        env=frozen_env(),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def self_test_problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    """What is wrong with a frozen ``self-test`` run (nothing: it passed, frozen)."""
    output = result.stdout + result.stderr
    checks = [
        (result.returncode == 0, f"exit code {result.returncode}"),
        ("self-test passed" in result.stdout, "no 'self-test passed'"),
        (", frozen," in result.stdout, "not run frozen"),
        ("FAIL" not in result.stdout, "a check FAILed"),
        ("is not installed" not in output, "something is not installed"),
        ("Traceback" not in output, "a traceback"),
    ]
    return [f"self-test: {problem}" for ok, problem in checks if not ok]


def check_frozen(program: Path, screenshot: Path) -> list[str]:
    """Runs the frozen ``self-test`` and a frozen ``screenshot`` (offscreen) from the folder of
    ``screenshot``; the problems found, each with the output that shows it."""
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    cwd = screenshot.parent
    problems: list[str] = []
    result = run_frozen(program, "self-test", cwd=cwd)
    print(result.stdout, end="")
    found = self_test_problems(result)
    if found:
        problems += [*found, (result.stdout + result.stderr)[-4000:]]
    args = ("--view", CHECK_SCREENSHOT_VIEW, "--lang", CHECK_SCREENSHOT_LANGUAGE)
    result = run_frozen(program, "screenshot", str(screenshot), *args, cwd=cwd)
    if result.returncode != 0 or not screenshot.is_file() or screenshot.stat().st_size < 50_000:
        problems += [f"screenshot: exit code {result.returncode}, no picture", result.stderr]
    else:
        print(f"screenshot: {screenshot} ({screenshot.stat().st_size:,} bytes)")
    return problems


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``: names the archives."""
    import platform

    system = {"win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform.rstrip("0123456789")
    )
    return f"{system}-{platform.machine().lower()}"


def archive(folder: Path, target: Path) -> Path:
    """``folder`` packed into ``target`` + ``.zip`` on Windows, ``.zip`` by ``ditto`` on macOS
    (keeps the bundle's symbolic links and signature), else ``.tar.gz`` (keeps links and modes)."""
    import shutil

    target.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform == "darwin" and shutil.which("ditto"):
        packed = target.with_name(target.name + ".zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(packed)], check=True)
        return packed
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(target), kind, folder.parent, folder.name))


LINUX_DESKTOP_FILE = SPEC_DIR / "linux" / "innokiosk.desktop"
ICONS = ROOT / "assets" / "icons"
LINUX_ICON_SIZES = (48, 128, 256, 512)


def add_linux_menu_files(app_dir: Path) -> list[Path]:
    """The desktop menu's entry and icons under ``app_dir/share`` (laid out as
    ``~/.local/share`` or ``/usr/local/share``: ``cp -r share/. ~/.local/share/`` installs them)."""
    import shutil

    share = app_dir / "share"
    icons = share / "icons" / "hicolor"
    wanted = {
        LINUX_DESKTOP_FILE: share / "applications" / "innokiosk.desktop",
        ICONS / "innokiosk.svg": icons / "scalable" / "apps" / "innokiosk.svg",
    }
    for size in LINUX_ICON_SIZES:
        folder = icons / f"{size}x{size}" / "apps"
        wanted[ICONS / f"innokiosk-{size}.png"] = folder / "innokiosk.png"
    for source, target in wanted.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return sorted(wanted.values())


def release(dist: Path, work: Path, out: Path) -> int:
    """Both builds, each checked (frozen ``self-test`` and ``screenshot``), packed into ``out``
    as ``innokiosk-VERSION-PLATFORM`` archives, with the screenshots under ``out/screenshots``."""
    import shutil

    name = f"innokiosk-{package_version()}-{platform_tag()}"
    problems: list[str] = []
    for onefile in (False, True):
        kind = "one file" if onefile else "one folder"
        print(f"== building the {kind}", flush=True)
        result = build(dist, work, onefile)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            return result.returncode
        program = frozen_program(dist, onefile)
        shot = out / "screenshots" / f"{'onefile' if onefile else 'onefolder'}-{platform_tag()}.png"
        print(f"== checking {program}", flush=True)
        problems += [f"{kind}: {problem}" for problem in check_frozen(program, shot)]
    out.mkdir(parents=True, exist_ok=True)
    if sys.platform.startswith("linux"):
        add_linux_menu_files(dist / APP_NAME)
    packed = [archive(dist / APP_NAME, out / name)]
    onefile_program = frozen_program(dist, onefile=True)
    packed.append(Path(shutil.copy2(onefile_program, out / f"{name}-onefile{EXE_SUFFIX}")))
    if (dist / BUNDLE_NAME).is_dir():
        packed.append(archive(dist / BUNDLE_NAME, out / f"{name}-app"))
    for path in packed:
        print(f"packed: {path} ({disk_usage(path):,} bytes)")
    for problem in problems:
        print(f"PROBLEM {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python build_spec/build.py [--onefile]``: one build into ``dist``;
    ``python build_spec/build.py --release OUT``: both builds, checked and packed into ``OUT``
    (what the build workflow runs on Windows, macOS and Linux)."""
    import argparse

    parser = argparse.ArgumentParser(description="Build the InnoKiosk executable.")
    parser.add_argument("--onefile", action="store_true", help="one file instead of one folder")
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build")
    parser.add_argument(
        "--check", action="store_true", help="then run its self-test and a screenshot offscreen"
    )
    parser.add_argument(
        "--release", type=Path, metavar="OUT", default=None,
        help="both builds, checked, packed into OUT with their screenshots",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.release is not None:
        return release(args.distpath, args.workpath, args.release.resolve())
    result = build(args.distpath, args.workpath, args.onefile)
    print(result.stdout + result.stderr, end="")
    if result.returncode != 0 or not args.check:
        return result.returncode
    program = frozen_program(args.distpath, args.onefile)
    problems = check_frozen(program, args.distpath.resolve() / "screenshots" / "check.png")
    for problem in problems:
        print(f"PROBLEM {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
