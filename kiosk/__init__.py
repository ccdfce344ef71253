"""InnoKiosk: a touch-first exhibition kiosk of Hong Kong's ten I&T achievements of 2023."""

__version__ = "0.1.0"
