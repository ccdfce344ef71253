"""PySide6.QtQml: what the stock hook collects, less what the kiosk does not use.

The rules are in build_spec/build.py, which innokiosk.spec loads as ``innokiosk_build``.
"""

from innokiosk_build import qt_hook

hiddenimports, binaries, datas = qt_hook(__file__)
