"""Views of the store for people and programs: the run's outputs (`output`), exports
(`export`) and the HTML report (`report`, with `templates/`).
"""
