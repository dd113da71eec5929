"""Swedish for ``phrasebook``: each English sentence the core writes, and how it reads in Swedish.

Keep the ``{placeholders}`` of each English key. Words follow the app's glossary
(``docs/GLOSSARY-sv.md``) so an export reads like the app.
"""

SWEDISH: dict[str, str] = {}
