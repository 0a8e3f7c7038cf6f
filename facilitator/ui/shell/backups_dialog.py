"""The list of a camp's automatic backups, to restore one or set how many to keep."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.store.backups import DEFAULT_KEEP
from facilitator.store.backups import Backup
from facilitator.store.backups import list_backups
from facilitator.ui.shell.remembered import setting


def backups_to_keep() -> int:
    return max(1, setting("backups/keep", DEFAULT_KEEP))


class BackupsDialog(QDialog):
    """Shows the backups; ``chosen`` is the one to restore when accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sikkerhedskopier"))
        self.resize(520, 420)
        self.folder = folder
        self.chosen: Backup | None = None
        intro = QLabel(self.tr(
            "Facilitator tager en sikkerhedskopi, hver gang campen åbnes. Vælg en kopi for at "
            "gå tilbage til den. Campen, som den er nu, gemmes først som en ny kopi, så intet "
            "går tabt."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sikkerhedskopier"))
        self.list.itemActivated.connect(lambda _item: self._restore())
        self.empty = QLabel(self.tr("Der er endnu ingen sikkerhedskopier af denne camp."))
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(backups_to_keep())
        self.keep.setAccessibleName(self.tr("Antal kopier der gemmes"))
        self.keep.valueChanged.connect(lambda n: QSettings().setValue("backups/keep", n))
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Behold de seneste")))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("kopier")))
        keep_row.addStretch(1)
        self.restore_button = QPushButton(self.tr("Gendan valgte …"))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        locale = QLocale()
        for backup in list_backups(self.folder):
            when = dates.date_and_time(backup.created.astimezone(), seconds=True)
            size = locale.formattedDataSize(backup.size)
            item = QListWidgetItem(f"{when}  ·  {size}")
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        has = self.list.count() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        self.restore_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def _restore(self) -> None:
        if self.list.currentRow() < 0:
            return
        item = self.list.currentItem()
        backup: Backup = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self, self.tr("Gendan sikkerhedskopi"),
            self.tr("Gå tilbage til campen, som den var %1? Den nuværende udgave gemmes "
                    "først som en sikkerhedskopi.").replace("%1", item.text().split("  ·")[0]))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()
