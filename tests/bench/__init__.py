"""Benchmarks: each figure measured beside its floor in the same run (machines are noisy).

    python -m tests.bench            # every benchmark, table written to docs/PERFORMANCE.md

Not collected by pytest (no test_ prefix): speed is measured here, never asserted in a test.
"""
