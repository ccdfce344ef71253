"""What a window manager and a keyboard do to a window on a real X server, through libX11 and
the XTest extension (ctypes; no Python X library needed): a close request (``WM_DELETE_WINDOW``,
what Alt+F4 makes a window manager send) and real key presses."""

from __future__ import annotations

import ctypes
import ctypes.util

CLIENT_MESSAGE = 33
NO_EVENT_MASK = 0


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


class X11:
    """A second client of the X server at ``DISPLAY``."""

    def __init__(self) -> None:
        self.lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtest = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XInternAtom.restype = ctypes.c_ulong
        self.lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.lib.XSendEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_Event)
        ]  # fmt: skip
        self.lib.XFlush.argtypes = [ctypes.c_void_p]
        self.lib.XStringToKeysym.restype = ctypes.c_ulong
        self.lib.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.lib.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.xtest.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong
        ]  # fmt: skip
        self.display = self.lib.XOpenDisplay(None)
        if not self.display:
            raise RuntimeError("cannot open the X display")

    def close_request(self, window: int) -> None:
        """Asks ``window`` to close as a window manager does (``WM_DELETE_WINDOW``)."""
        protocols = self.lib.XInternAtom(self.display, b"WM_PROTOCOLS", False)
        delete = self.lib.XInternAtom(self.display, b"WM_DELETE_WINDOW", False)
        event = _Event()
        event.client.type = CLIENT_MESSAGE
        event.client.window = window
        event.client.message_type = protocols
        event.client.format = 32
        event.client.data[0] = delete
        self.lib.XSendEvent(self.display, window, False, NO_EVENT_MASK, ctypes.byref(event))
        self.lib.XFlush(self.display)

    def press(self, *keysyms: str) -> None:
        """Holds ``keysyms`` down in order (``"Control_L", "q"``), then lets them go."""
        codes = [
            self.lib.XKeysymToKeycode(self.display, self.lib.XStringToKeysym(name.encode()))
            for name in keysyms
        ]
        for code in codes:
            self.xtest.XTestFakeKeyEvent(self.display, code, True, 0)
        for code in reversed(codes):
            self.xtest.XTestFakeKeyEvent(self.display, code, False, 0)
        self.lib.XFlush(self.display)
