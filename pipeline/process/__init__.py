"""The processor every engine runs: tokenize, prefilter, parse, extract, normalize.

`processor.Processor` turns a batch of `Article`s into records; `prefilter` chooses
the paragraphs worth parsing; `fingerprint` versions everything that decides records.
"""
