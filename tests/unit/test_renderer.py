"""The renderer choice: Qt Quick's software renderer where OpenGL is only a software rasteriser;
the environment, a display-less platform and the setting win over the probe, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app.renderer import (
    decide,
    expected_on_display,
    gpu_device_present,
    is_software_rasteriser,
)

SOFTWARE_NAMES = [
    "llvmpipe (LLVM 15.0.6, 256 bits)",
    "softpipe",
    "Software Rasterizer",
    "Mesa X11 swrast",
    "Microsoft Basic Render Driver",
    "GDI Generic",
    "Google SwiftShader",
    "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)",
]
GPU_NAMES = [
    "Mesa Intel(R) UHD Graphics 620 (KBL GT2)",
    "AMD Radeon Graphics (radeonsi, renoir, LLVM 15.0.7, DRM 3.49)",
    "NVIDIA GeForce GTX 1650/PCIe/SSE2",
    "Apple M1",
    "V3D 4.2",
]


def never() -> str | None:
    raise AssertionError("probed although the answer did not depend on it")


def choose(
    setting: str = "auto",
    environ: dict[str, str] | None = None,
    platform: str = "xcb",
    gpu: bool | None = True,
    gl: str | None = "llvmpipe (LLVM 15.0.6, 256 bits)",
) -> tuple[bool, str]:
    choice = decide(setting, environ or {}, platform, lambda: gpu, lambda: gl)
    return choice.software, choice.reason


@pytest.mark.parametrize("name", SOFTWARE_NAMES)
def test_a_software_rasteriser_is_recognised(name: str) -> None:
    assert is_software_rasteriser(name)
    assert choose(gl=name) == (True, f"OpenGL is {name}, a software rasteriser")


@pytest.mark.parametrize("name", GPU_NAMES)
def test_a_gpu_keeps_opengl(name: str) -> None:
    assert not is_software_rasteriser(name)
    assert choose(gl=name) == (False, f"OpenGL is {name}")


def test_no_opengl_context_means_software() -> None:
    assert choose(gl=None) == (True, "no OpenGL context could be made")


def test_no_gpu_device_means_software_without_a_probe() -> None:
    choice = decide("auto", {}, "xcb", lambda: False, never)
    assert choice.software and "no GPU device" in choice.reason


def test_unknown_gpu_devices_ask_opengl() -> None:
    """Off Linux (no device test) the probe decides."""
    assert choose(gpu=None, gl="GDI Generic")[0] is True
    assert choose(gpu=None, gl="NVIDIA GeForce RTX 3060/PCIe/SSE2")[0] is False


@pytest.mark.parametrize(("setting", "software"), [("software", True), ("opengl", False)])
def test_the_setting_wins_over_the_probe(setting: str, software: bool) -> None:
    choice = decide(setting, {}, "xcb", never, never)
    assert choice.software is software
    assert choice.reason == f"renderer = {setting} in the settings"
    assert not choice.from_environment


@pytest.mark.parametrize(
    ("environ", "software"),
    [
        ({"QT_QUICK_BACKEND": "software"}, True),
        ({"QT_QUICK_BACKEND": "rhi"}, False),
        ({"QSG_RHI_BACKEND": "opengl"}, False),
        ({"QT_QUICK_BACKEND": "software", "QSG_RHI_BACKEND": "opengl"}, True),
    ],
)
@pytest.mark.parametrize("setting", ["auto", "software", "opengl"])
def test_the_environment_wins_over_everything(
    environ: dict[str, str], software: bool, setting: str
) -> None:
    choice = decide(setting, environ, "xcb", never, never)
    assert choice.software is software
    assert choice.from_environment
    assert choice.reason.split("=")[0] in environ


def test_an_empty_environment_variable_does_not_count() -> None:
    assert choose(environ={"QT_QUICK_BACKEND": " "}, gl="NVIDIA GeForce") == (
        False,
        "OpenGL is NVIDIA GeForce",
    )


@pytest.mark.parametrize("platform", ["offscreen", "minimal"])
@pytest.mark.parametrize("setting", ["auto", "opengl"])
def test_no_display_draws_in_software(platform: str, setting: str) -> None:
    choice = decide(setting, {}, platform, never, never)
    assert choice.software and platform in choice.reason


def test_macos_keeps_metal_without_a_probe() -> None:
    assert decide("auto", {}, "cocoa", lambda: None, never).software is False


def test_an_unknown_setting_is_auto(caplog: pytest.LogCaptureFixture) -> None:
    assert choose(setting="fast")[0] is True
    assert "unknown renderer setting 'fast'" in caplog.text


def test_the_description_names_the_renderer_and_the_reason() -> None:
    choice = decide("auto", {}, "xcb", lambda: True, lambda: "llvmpipe (LLVM 15)")
    assert choice.describe() == (
        "Qt Quick's software renderer: OpenGL is llvmpipe (LLVM 15), a software rasteriser"
    )


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="Linux only")
def test_gpu_devices_are_found_by_their_nodes(tmp_path: Path) -> None:
    assert gpu_device_present(tmp_path) is False
    (tmp_path / "dri").mkdir()
    (tmp_path / "dri" / "by-path").mkdir()
    assert gpu_device_present(tmp_path) is False
    (tmp_path / "dri" / "renderD128").touch()
    assert gpu_device_present(tmp_path) is True
    (tmp_path / "dri" / "renderD128").unlink()
    (tmp_path / "nvidia0").touch()
    assert gpu_device_present(tmp_path) is True
    (tmp_path / "nvidia0").unlink()
    (tmp_path / "nvidiactl").touch()
    assert gpu_device_present(tmp_path) is False
    (tmp_path / "dxg").touch()
    assert gpu_device_present(tmp_path) is True


def test_self_test_says_what_the_display_will_get() -> None:
    """Offscreen the self-test cannot open the display: it says what it can know."""
    assert expected_on_display("opengl", {}) == (
        "the GPU renderer (OpenGL): renderer = opengl in the settings"
    )
    assert expected_on_display("auto", {"QT_QUICK_BACKEND": "software"}) == (
        "Qt Quick's software renderer: QT_QUICK_BACKEND=software"
    )
    auto = expected_on_display("auto", {})
    if gpu_device_present() is False:
        assert auto.endswith("no GPU device (/dev/dri, /dev/nvidia*, /dev/dxg)")
    else:
        assert "chosen at start from OpenGL's renderer name" in auto


def test_the_setting_is_read_from_innokiosk_toml(tmp_path: Path) -> None:
    from kiosk.settings.config import load_config

    path = tmp_path / "innokiosk.toml"
    path.write_text("idle_timeout = 60\n", encoding="utf-8")
    assert load_config(path).settings.renderer == "auto"
    path.write_text('renderer = "software"\n', encoding="utf-8")
    assert load_config(path).settings.renderer == "software"
    path.write_text('renderer = "vulkan"\n', encoding="utf-8")
    loaded = load_config(path)
    assert loaded.settings.renderer == "auto"
    assert loaded.problems == [
        "innokiosk.toml: renderer: 'vulkan' is not allowed: use 'auto', 'software' or 'opengl'"
    ]
