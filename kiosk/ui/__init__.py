"""Python objects that QML sees: the content models, the language switch and image providers."""
