"""Swedish for ``phrasebook``: each English sentence the core writes, and how it reads in Swedish.

Keep the ``{placeholders}`` of each English key. Words follow the app's glossary
(``docs/GLOSSARY-sv.md``) so an export reads like the app.
"""

SWEDISH: dict[str, str] = {
    # Passphrases
    "A passphrase cannot contain a NUL character.": "En lösenfras kan inte innehålla ett NUL-tecken.",
    "Choose a passphrase of at least {n} characters; a few words are best.": (
        "Välj en lösenfras på minst {n} tecken; några ord är bäst."
    ),
    "The two passphrases are not the same; nothing was changed.": (
        "De två lösenfraserna är inte likadana; inget ändrades."
    ),
}
