"""Status bar: online or offline, and how many changes wait to be synced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QLabel, QStatusBar

from app.dashboard import portfolio_figures
from ui.tasks import run_in_background


class RmStatusBar(QStatusBar):
    """Shows connectivity (from the OS where Qt can tell) and the unsynced count."""

    def __init__(self, database: Path) -> None:
        super().__init__()
        self._database = database
        self.online_label = QLabel()
        self.online_label.setObjectName("onlineLabel")
        self.unsynced_label = QLabel()
        self.unsynced_label.setObjectName("unsyncedLabel")
        self.addPermanentWidget(self.online_label)
        self.addPermanentWidget(self.unsynced_label)
        self.unsynced = 0
        self.online = False
        self._network: Any = None
        self.retranslate()

    def watch_network(self) -> None:
        """Follow the OS's reachability where Qt has a backend for it (after start-up)."""
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            self._network = QNetworkInformation.instance()
        if self._network is not None:
            self._network.reachabilityChanged.connect(lambda _r: self._update_online())
        self._update_online()

    def _update_online(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        online = QNetworkInformation.Reachability.Online
        self.online = self._network is not None and self._network.reachability() == online
        self.retranslate()

    def set_online(self, online: bool) -> None:
        """Show ``online`` (the sync page's answer: the server reachable when signed in)."""
        self.online = online
        self.retranslate()

    def refresh_unsynced(self) -> None:
        """Count the outbox in the background and show it."""
        run_in_background(lambda: portfolio_figures(self._database).unsynced, self._show_unsynced)

    def _show_unsynced(self, count: int) -> None:
        self.unsynced = count
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.online_label.setText(self.tr("● Online") if self.online else self.tr("○ Offline"))
        self.unsynced_label.setText(
            self.tr("Unsynced changes: {n}").format(n=QLocale().toString(self.unsynced))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
