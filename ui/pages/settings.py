"""Settings: language, and where the profile and its log live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from app.paths import ProfilePaths
from app.settings import Settings, save_settings
from ui.lock.settings_rows import LockSettingsRows
from ui.pages.base import Page
from ui.sync.settings_rows import SyncSettingsRows

#: Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsPage(Page):
    """Typed settings; a change is saved at once and applied live."""

    language_changed = Signal(str)

    def __init__(self, settings: Settings, paths: ProfilePaths) -> None:
        super().__init__()
        self.setObjectName("page_settings")
        self._settings = settings
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("", "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_picked)
        self._profile = QLabel(str(paths.root))
        self._log = QLabel(str(paths.log_file))
        for label in (self._profile, self._log):
            label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
            label.setWordWrap(True)  # long paths must not widen the window
            label.setMinimumWidth(120)
        self._labels = [QLabel(), QLabel(), QLabel()]
        self._form = QFormLayout()
        for label, field in zip(
            self._labels, (self.language, self._profile, self._log), strict=True
        ):
            self._form.addRow(label, field)
        self.sync_rows = SyncSettingsRows(settings)
        for label, field in self.sync_rows.rows():
            self._form.addRow(label, field)
        self.sync_rows.changed.connect(lambda: save_settings(paths.settings, settings))
        self.lock_rows = LockSettingsRows(paths.root, self)
        for label, field in self.lock_rows.rows():
            self._form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(self._form)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Settings")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.language.setItemText(0, self.tr("Follow the system"))
        texts = (self.tr("Language"), self.tr("Profile folder"), self.tr("Log file"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.sync_rows.retranslate()
        self.lock_rows.retranslate()

    def _language_picked(self, index: int) -> None:
        code = self.language.itemData(index)
        if code != self._settings.language:
            self._settings.language = code
            self.language_changed.emit(code)
