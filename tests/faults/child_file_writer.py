"""Child: write the same export, or the same backup, to one path again and again until killed.

    python child_file_writer.py export|backup JOURNAL TARGET

Lines: ``READY``, then ``WROTE <n>`` after each complete write.
"""

from __future__ import annotations

import sys
from pathlib import Path

from child_common import TODAY, emit
from files_under_kill import EXPORT_OPTIONS

from career_journal.exchange.markdown import write_markdown
from career_journal.storage.backup import backup_to
from career_journal.storage.journal import Journal


def main(kind: str, journal_path: Path, target: Path) -> None:
    journal = Journal.open(journal_path)
    emit("READY")
    number = 0
    while True:
        if kind == "export":
            write_markdown(journal, EXPORT_OPTIONS, target, today=TODAY)
        else:
            backup_to(journal.db, target)
        number += 1
        emit("WROTE", number)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
