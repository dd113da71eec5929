"""After a file is saved: open it with the app the system uses for it, or show it in its folder.

Both hand a local path to the desktop (``file:`` only); nothing is fetched
from anywhere. Where the desktop cannot do it, the person is told where the
file is instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..labels import fill


class SavedFileButtons(QWidget):
    """ "Open" and "Show in folder" for the file saved last; hidden until there is one."""

    problem = Signal(str)  # why the desktop could not do it, in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the saved file with your Markdown app"))
        self.folder_button = QPushButton(self.tr("Show in fo&lder"))  # Alt+F is "For my coach" in the export dialog
        self.folder_button.setToolTip(self.tr("Show the saved file in its folder"))
        for button, action in ((self.open_button, self.open_file), (self.folder_button, self.show_in_folder)):
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(action)
            row.addWidget(button)
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = path
        self.show()

    def open_file(self) -> None:
        if self.path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self.problem.emit(
                fill(self.tr("No app on this computer is set to open this file; it is at %1."), self.path)
            )

    def show_in_folder(self) -> None:
        path = self.path
        if path is None:
            return
        if sys.platform == "win32":
            shown = QProcess.startDetached("explorer", [f"/select,{path}"])[0]
        elif sys.platform == "darwin":
            shown = QProcess.startDetached("open", ["-R", str(path)])[0]
        else:  # freedesktop file managers open the folder; selecting the file is not a common promise
            shown = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        if not shown:
            self.problem.emit(fill(self.tr("The folder could not be shown; the file is at %1."), path))
