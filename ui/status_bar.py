"""Status bar: online or offline, and how many changes wait to be synced."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QLabel, QStatusBar

from db.database import Database
from ui.tasks import run_in_background


class RmStatusBar(QStatusBar):
    """Shows connectivity (from the OS where Qt can tell) and the unsynced count."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._db = database
        self.online_label = QLabel()
        self.online_label.setObjectName("onlineLabel")
        self.unsynced_label = QLabel()
        self.unsynced_label.setObjectName("unsyncedLabel")
        self.addPermanentWidget(self.online_label)
        self.addPermanentWidget(self.unsynced_label)
        self.unsynced = 0
        self.online = False
        self._network = None
        if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            self._network = QNetworkInformation.instance()
        if self._network is not None:
            self._network.reachabilityChanged.connect(lambda _r: self._update_online())
        self._update_online()
        self.retranslate()

    def _update_online(self) -> None:
        online = QNetworkInformation.Reachability.Online
        self.online = self._network is not None and self._network.reachability() == online
        self.retranslate()

    def refresh_unsynced(self) -> None:
        """Count the outbox in the background and show it."""
        run_in_background(self._db.unsynced_count, self._show_unsynced)

    def _show_unsynced(self, count: int) -> None:
        self.unsynced = count
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.online_label.setText(self.tr("● Online") if self.online else self.tr("○ Offline"))
        self.unsynced_label.setText(self.tr("Unsynced changes: {n}").format(n=self.unsynced))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
