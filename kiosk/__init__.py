"""InnoKiosk: a touch-first exhibition kiosk of Hong Kong's ten I&T achievements of 2023."""

import os

__version__ = "0.1.0"

# The kiosk uses no pydantic plugins; without this, pydantic scans every installed package's
# entry points (importlib.metadata) when the content schema is built, on the start-up path.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
