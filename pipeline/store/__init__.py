"""The store: the SQLite claims database (`db`), the review round trip (`review`) and
atomic file writing (`atomic`).
"""
