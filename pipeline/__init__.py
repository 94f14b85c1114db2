"""Checkable claims out of defense news: ingest -> extraction -> normalization."""

__version__ = "0.1.0"
