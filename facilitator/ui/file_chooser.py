"""Choosing files: a small interface, so tests can answer without a native dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIX = ".atelier"


class FileChooser(Protocol):
    def choose_workshop_to_open(self, parent: QWidget, folder: str) -> Path | None: ...

    def choose_new_workshop_path(
        self, parent: QWidget, folder: str, suggested_name: str
    ) -> Path | None: ...

    def choose_export_path(
        self, parent: QWidget, folder: str, suggested_name: str, file_filter: str
    ) -> Path | None: ...

    def choose_folder(self, parent: QWidget, folder: str) -> Path | None: ...

    def choose_lab_folder(self, parent: QWidget, folder: str) -> Path | None: ...

    def choose_import_path(self, parent: QWidget, folder: str, kind: str) -> Path | None: ...


def _filter() -> str:
    return QCoreApplication.translate("FileChooser", "Facilitator workshops (*.atelier)")


class QtFileChooser:
    def choose_workshop_to_open(self, parent: QWidget, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileChooser", "Open a workshop"), folder, _filter()
        )
        return Path(name) if name else None

    def choose_new_workshop_path(
        self, parent: QWidget, folder: str, suggested_name: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileChooser", "Save the workshop as"),
            str(Path(folder) / suggested_name),
            _filter(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def choose_export_path(
        self, parent: QWidget, folder: str, suggested_name: str, file_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileChooser", "Export to"),
            str(Path(folder) / suggested_name),
            file_filter,
        )
        if not name:
            return None
        path = Path(name)
        suffix = "." + suggested_name.rsplit(".", 1)[-1]
        return path if path.suffix == suffix else path.with_name(path.name + suffix)

    def choose_folder(self, parent: QWidget, folder: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("FileChooser", "Choose a folder of templates"),
            folder,
        )
        return Path(name) if name else None

    def choose_lab_folder(self, parent: QWidget, folder: str) -> Path | None:
        """A folder of the lab's workshops (the home screen lists every one in it)."""
        name = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("FileChooser", "Choose a folder of the lab’s workshops"),
            folder,
        )
        return Path(name) if name else None

    def choose_import_path(self, parent: QWidget, folder: str, kind: str) -> Path | None:
        """kind: "photo" (an image), "ideas" or "participants" (a text or CSV file)."""
        if kind == "participants":
            title = QCoreApplication.translate("FileChooser", "Import participants")
            file_filter = QCoreApplication.translate(
                "FileChooser", "Text or CSV (*.csv *.txt *.tsv);;All files (*)"
            )
        elif kind == "photo":
            title = QCoreApplication.translate("FileChooser", "Import a photo")
            file_filter = QCoreApplication.translate(
                "FileChooser", "Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)"
            )
        else:
            title = QCoreApplication.translate("FileChooser", "Import ideas")
            file_filter = QCoreApplication.translate("FileChooser", "Text or CSV (*.txt *.csv)")
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
        return Path(name) if name else None


# Names Windows keeps for devices, whatever the extension: "CON.atelier" is the console
# (Microsoft's "Naming Files, Paths, and Namespaces" page; superscript digits count).
WINDOWS_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³"}
)
# A stem of at most this many characters leaves room for the folder in Windows' 260.
MAX_STEM = 80


def file_name_for(title: str) -> str:
    """A file name from a workshop title: readable, safe on every system (letters,
    digits, spaces, - _ ' ’; at most MAX_STEM characters; never a Windows device name)."""
    kept = "".join(c if c.isalnum() or c in " -_'’" else " " for c in title)
    stem = " ".join(kept.split())[:MAX_STEM].rstrip() or "atelier"
    if stem.upper() in WINDOWS_DEVICE_NAMES:
        stem += " atelier"
    return stem + SUFFIX
