"""NLP: the spaCy English pipeline as the extractors use it (`model`); the offline
sentence-embedding model (`embedding`)."""
