"""The store: the SQLite claims database (`db`), the run lock (`lock`), the review round
trip (`review`) and atomic file writing (`atomic`).
"""
