"""Ingest: find article files in a folder, decode them, read every format into `Article`s.

`files` lists and reads files (`find_files`, `read_file`, `iter_articles`); `formats`
parses .txt, .md, .html, .json, .jsonl and .csv; `encoding` decodes bytes to clean text.
"""
