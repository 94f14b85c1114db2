"""Extraction: one parsed article in, claim drafts out.

`claims` decides, sentence by sentence, which claims a sentence makes, asking the
specialised extractors: `attribution` (cues and quotations), `speakers` (who is
speaking, resolved in the document), `entities`, `quantities` and `numbers`,
`comparisons`.
"""
