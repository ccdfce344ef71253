"""Which renderer Qt Quick draws with: its GPU renderer (OpenGL on Linux), or its own software
renderer where the only OpenGL is a software rasteriser.

On a PC with no working graphics driver (or an X server such as Xvfb) OpenGL is Mesa's llvmpipe,
softpipe or swrast, SwiftShader, or on Windows the "Microsoft Basic Render Driver" / "GDI
Generic": the CPU rasterises every frame of the whole window. Qt Quick's software renderer
redraws only what changed, so a kiosk at rest or in its attract loop costs a few percent of a
core instead of one or two whole cores.

Who decides, first match wins:

1. ``QT_QUICK_BACKEND`` (or ``QSG_RHI_BACKEND``) in the environment: Qt reads it itself; the
   kiosk does nothing but log it;
2. a platform with no display (``offscreen``, ``minimal``): software;
3. the ``renderer`` setting in ``innokiosk.toml``: ``software`` or ``opengl``;
4. ``auto`` (the default): on Linux with no GPU device at all (``/dev/dri``, ``/dev/nvidia*``,
   ``/dev/dxg``) software at once; otherwise a small probe asks OpenGL for its renderer's name
   (an offscreen surface and a context, no window) and a software rasteriser means software.

The choice must be made before the first window exists; :func:`use_chosen_renderer` does it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)

SETTINGS = ("auto", "software", "opengl")
DEFAULT_SETTING = "auto"
ENVIRONMENT = ("QT_QUICK_BACKEND", "QSG_RHI_BACKEND")
# Renderer names (GL_RENDERER, lower case) of OpenGL done by the CPU.
SOFTWARE_RASTERISERS = (
    "llvmpipe",
    "softpipe",
    "swrast",
    "software rasterizer",
    "microsoft basic render driver",
    "gdi generic",
    "swiftshader",
)
NO_DISPLAY_PLATFORMS = ("offscreen", "minimal")
GL_RENDERER = 0x1F01


class RendererChoice(NamedTuple):
    """The renderer chosen and why (``software`` False: Qt's default GPU renderer)."""

    software: bool
    reason: str
    # Set by the environment: Qt applies it itself, the kiosk leaves it alone.
    from_environment: bool = False

    def describe(self) -> str:
        what = "Qt Quick's software renderer" if self.software else "the GPU renderer (OpenGL)"
        if self.from_environment and not self.software:
            what = "the renderer the environment names"
        return f"{what}: {self.reason}"


def is_software_rasteriser(gl_renderer: str) -> bool:
    """Whether ``gl_renderer`` (OpenGL's GL_RENDERER string) names OpenGL done by the CPU."""
    name = gl_renderer.lower()
    return any(rasteriser in name for rasteriser in SOFTWARE_RASTERISERS)


def gpu_device_present(dev: Path = Path("/dev")) -> bool | None:
    """On Linux, whether any GPU device node exists (DRM, NVIDIA's own driver, WSL's ``dxg``);
    ``None`` elsewhere (no such test: ask OpenGL). Without one, OpenGL can only be software."""
    if not sys.platform.startswith("linux"):
        return None
    patterns = ("dri/renderD*", "dri/card*", "nvidia[0-9]*", "dxg")
    return any(next(dev.glob(pattern), None) is not None for pattern in patterns)


def decide(
    setting: str,
    environ: Mapping[str, str],
    platform_name: str,
    gpu_device: Callable[[], bool | None],
    probe: Callable[[], str | None],
) -> RendererChoice:
    """The renderer for ``setting`` (one of :data:`SETTINGS`); ``gpu_device`` and ``probe`` are
    called only when the answer depends on them."""
    for name in ENVIRONMENT:
        value = environ.get(name, "").strip()
        if value:
            return RendererChoice(value.lower() == "software", f"{name}={value}", True)
    if platform_name in NO_DISPLAY_PLATFORMS:
        return RendererChoice(True, f"no display (platform {platform_name})")
    if setting == "software":
        return RendererChoice(True, "renderer = software in the settings")
    if setting == "opengl":
        return RendererChoice(False, "renderer = opengl in the settings")
    if setting != "auto":
        log.warning("unknown renderer setting %r: using auto", setting)
    if gpu_device() is False:
        return RendererChoice(True, "no GPU device (/dev/dri, /dev/nvidia*, /dev/dxg)")
    if platform_name == "cocoa":
        return RendererChoice(False, "macOS (Metal)")
    gl_renderer = probe()
    if gl_renderer is None:
        return RendererChoice(True, "no OpenGL context could be made")
    if is_software_rasteriser(gl_renderer):
        return RendererChoice(True, f"OpenGL is {gl_renderer}, a software rasteriser")
    return RendererChoice(False, f"OpenGL is {gl_renderer}")


class _ProbeNeeded(Exception):
    pass


def _probe_needed() -> str | None:
    raise _ProbeNeeded


def expected_on_display(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """What the kiosk will choose on this computer's display, as far as can be known without
    opening it (``self-test`` runs offscreen): the probe's answer is only known at start."""
    platform_name = "cocoa" if sys.platform == "darwin" else "windows" if os.name == "nt" else "xcb"
    try:
        choice = decide(
            setting, os.environ if environ is None else environ, platform_name,
            gpu_device_present, _probe_needed,
        )  # fmt: skip
    except _ProbeNeeded:
        return (
            f"renderer = {setting}: chosen at start from OpenGL's renderer name "
            "(software if it is a software rasteriser; the log says which)"
        )
    return choice.describe()


def probe_gl_renderer() -> str | None:
    """OpenGL's renderer name (GL_RENDERER) on the current display, from a context made
    current on an offscreen surface (no window); ``None`` if no context can be made. Needs the
    QGuiApplication."""
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    surface = QOffscreenSurface()
    surface.create()
    try:
        if not surface.isValid():
            return None
        context = QOpenGLContext()
        # functions() of a context that is not current crashes: check both steps first
        if not context.create() or not context.makeCurrent(surface):
            return None
        name = context.functions().glGetString(GL_RENDERER)
        context.doneCurrent()
        return str(name) if name else None
    finally:
        surface.destroy()


def choose_renderer(setting: str = DEFAULT_SETTING) -> RendererChoice:
    """The renderer for this process and display (the QGuiApplication must exist)."""
    from PySide6.QtGui import QGuiApplication

    return decide(
        setting, os.environ, QGuiApplication.platformName(), gpu_device_present, probe_gl_renderer
    )


def apply(choice: RendererChoice) -> None:
    """Makes Qt Quick use ``choice`` for every window made from now on."""
    if choice.software and not choice.from_environment:
        from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


_chosen: list[RendererChoice] = []


def current_choice() -> RendererChoice | None:
    """The renderer this process chose (``None`` before :func:`use_chosen_renderer`)."""
    return _chosen[-1] if _chosen else None


def use_chosen_renderer(setting: str = DEFAULT_SETTING) -> RendererChoice:
    """Chooses, applies and logs the renderer; call it before the first window."""
    started = time.perf_counter()
    choice = choose_renderer(setting)
    apply(choice)
    _chosen.append(choice)
    log.info("renderer: %s (%.0f ms)", choice.describe(), (time.perf_counter() - started) * 1000)
    return choice
