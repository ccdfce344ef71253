"""pydantic's submodules, as the contributed hook collects them, less those the kiosk never
imports: ``pydantic.v1`` (the old API), ``pydantic.experimental`` and ``pydantic.mypy`` (a mypy
plugin that would pull in mypy). They are also in the spec's excludes."""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("pydantic.v1", "pydantic.experimental", "pydantic.mypy")

hiddenimports = collect_submodules("pydantic", filter=lambda name: not name.startswith(_UNUSED))
