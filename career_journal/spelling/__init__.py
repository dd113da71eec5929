"""Spell checking for the notes a person writes: which words to check, and the dictionaries that check them.

Pure Python over the system's Enchant library; no Qt, no journal. The window's
highlighter (``ui/widgets/spelling.py``) uses it line by line.
"""
