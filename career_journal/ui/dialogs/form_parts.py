"""What the record dialogs share: the privacy wording, picking (or adding) a person, a save as one transaction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.errors import InvalidInput
from ...domain.records import Person
from ...storage.journal import Journal
from ..session import Session


def private_text() -> str:
    return QCoreApplication.translate("forms", "Private: kept out of exports unless you ask")


def person_id(journal: Journal, choice: int | str | None, missing: str = "") -> int:
    """The id of a picked person, adding someone new when the user chose to add the name typed.

    ``missing``: what to say when nobody was picked ("Choose who you taught, or type a new name.").
    """
    if choice is None:
        raise InvalidInput(missing or QCoreApplication.translate("forms", "Choose a person, or type a new name."))
    if isinstance(choice, int):
        return choice
    return journal.people.add(Person(name=choice)).id or 0


def saving(session: Session, kinds: tuple[str, ...], write: Any, origin: QWidget) -> Any:
    """Wrap a save so it runs as one transaction and tells the session afterwards."""

    def save(values: dict[str, Any]) -> Any:
        with session.journal.transaction():
            saved = write(values)
        session.notify(*kinds, origin=origin)
        return saved

    return save
