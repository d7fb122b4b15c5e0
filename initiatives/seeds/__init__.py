"""Seed content for the citizens' tools: local councils, funding pools and the activities calendar.

Each module has a `seed(report)` function and `TRANSLATIONS_EN`, the English translation of every
Danish text segment it seeds; `initiatives.seed` collects both.
"""
