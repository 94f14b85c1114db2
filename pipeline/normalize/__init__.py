"""Normalization: claim drafts become validated `ClaimRecord`s with stable ids (`to_records`),
with the dates a sentence names resolved against the publication date (`dates`).
"""
