"""The running app: the QML engine and its window, the compiled resources, the bundled fonts."""
