"""Performance benchmarks for InnoKiosk: ``python -m benchmarks [--quick] [--json FILE]``.

Not a test package: ``pytest`` only collects from ``tests/``.
"""
