"""Engines: the runner (incremental, interrupt-safe, worker processes), the Ray engine,
and the progress bar.
"""
