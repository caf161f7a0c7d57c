"""Early-warning alerts in the UI: the profile's alert bar, resolving with a note, history."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import run_in_background
from ui.visits.note_dialog import NoteDialog
from ui.visits.texts import (
    error_text,
    local_time_text,
    severity_colours,
    severity_label,
    severity_style,
    signal_name,
)

if TYPE_CHECKING:
    from app.alerts import AlertView
    from ui.visits.actions import VisitActions

log = logging.getLogger(__name__)

#: Open alerts listed in a profile's header; the rest are counted.
SHOWN_ALERTS = 4


def resolve_dialog(
    actions: VisitActions, alert_id: str, parent: QWidget | None, name: str = ""
) -> NoteDialog:
    """Ask how alert ``alert_id`` (of signal ``name``) was resolved; resolve it once told."""

    translate = QCoreApplication.translate
    dialog = NoteDialog(parent=parent)
    dialog.setObjectName("resolveAlertDialog")
    dialog.setWindowTitle(translate("ResolveAlert", "Resolve alert"))
    if name:
        dialog.question.setText(
            translate("ResolveAlert", "How was “{signal}” resolved?").format(signal=name)
        )
    else:
        dialog.question.setText(translate("ResolveAlert", "How was the alert resolved?"))
    dialog.note.setPlaceholderText(
        translate("ResolveAlert", "What you found or did, e.g. the lawsuit was settled")
    )
    dialog.ok_button.setText(translate("ResolveAlert", "Resolve"))
    alerts = actions.alerts

    def resolve(note: str) -> None:
        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.refuse(error_text(exc))

        actions.run(
            lambda: alerts.resolve(alert_id, note), lambda _r: dialog.finish(), failed, dialog
        )

    dialog.note_given.connect(resolve)
    return dialog


class AlertHistoryDialog(QDialog):
    """Every alert of one customer, open and resolved, newest first."""

    loaded = Signal()

    def __init__(self, actions: VisitActions, customer_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("alertHistoryDialog")
        self._actions = actions
        self.customer_id = customer_id
        self.rows: list[AlertView] = []
        self.list = QTreeWidget()
        self.list.setObjectName("alertHistory")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setColumnCount(6)
        self.list.setWordWrap(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(860, 420)
        actions.data_changed.connect(self.reload)
        self.reload()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Alert history"))
        self.close_button.setText(self.tr("Close"))
        self.list.setHeaderLabels(
            [
                self.tr("Raised"),
                self.tr("Severity"),
                self.tr("Signal"),
                self.tr("Status"),
                self.tr("Notes"),
                self.tr("Resolution"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the history again in the background."""
        alerts, customer_id = self._actions.alerts, self.customer_id
        run_in_background(lambda: alerts.history(customer_id), self._show, receiver=self)

    def _show(self, rows: list[AlertView]) -> None:
        self.rows = rows
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        self.list.clear()
        zone = self._actions.zone
        for alert in self.rows:
            if alert.is_open:
                status = self.tr("Open")
                resolution = ""
            else:
                status = self.tr("Resolved")
                resolution = self.tr("{date}: {note}").format(
                    date=local_time_text(alert.resolved_at, zone), note=alert.resolution_note
                )
            item = QTreeWidgetItem(
                [
                    local_time_text(alert.raised_at, zone),
                    severity_label(alert.severity),
                    signal_name(self._actions.signals, alert.signal_code),
                    status,
                    alert.note,
                    resolution,
                ]
            )
            text, background = severity_colours(alert.severity)
            item.setForeground(1, text)
            item.setBackground(1, background)
            item.setToolTip(4, alert.note)
            item.setToolTip(5, resolution)
            self.list.addTopLevelItem(item)


class AlertsBar(QFrame):
    """A customer's open alerts in its profile header: severity, signal, raised, Resolve…."""

    #: The open alerts were (re)read and are shown.
    loaded = Signal()

    def __init__(self, actions: VisitActions, customer_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("alertsBar")
        self.setStyleSheet(
            "QFrame#alertsBar { background: #fff4f2; border: 1px solid #f3c2bb;"
            " border-radius: 6px; }"
        )
        self._actions = actions
        self.customer_id = customer_id
        self.alerts: list[AlertView] = []
        self.resolve_buttons: dict[str, QPushButton] = {}
        self.caption = QLabel()
        self.caption.setObjectName("alertsCaption")
        self.caption.setStyleSheet("font-weight: bold; color: #8c1d18;")
        self.history_button = QPushButton()
        self.history_button.setObjectName("alertHistory")
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(
            lambda: self._actions.alert_history(self.customer_id, self.window())
        )
        self.more = QLabel()
        self.more.setObjectName("moreAlerts")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self._rows)
        layout.addWidget(self.more)
        self.hide()
        actions.data_changed.connect(self.reload)
        self.reload()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.caption.setText(self.tr("Open alerts ({count})").format(count=len(self.alerts)))
        self.history_button.setText(self.tr("History…"))
        hidden = len(self.alerts) - SHOWN_ALERTS
        self.more.setText(self.tr("{count} more: see History").format(count=hidden))
        self.more.setVisible(hidden > 0)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_customer(self, customer_id: str) -> None:
        """Show another customer's alerts."""
        self.customer_id = customer_id
        self.alerts = []
        self.reload()

    def reload(self) -> None:
        """Read the open alerts again in the background."""
        alerts, customer_id = self._actions.alerts, self.customer_id

        def done(rows: list[AlertView]) -> None:
            if customer_id == self.customer_id:
                self.alerts = rows
                self.retranslate()
                self.setVisible(bool(rows))
                self.loaded.emit()

        run_in_background(lambda: alerts.open_alerts(customer_id), done, receiver=self)

    def _fill(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.resolve_buttons.clear()
        zone = self._actions.zone
        for alert in self.alerts[:SHOWN_ALERTS]:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            badge = QLabel(severity_label(alert.severity))
            badge.setStyleSheet(severity_style(alert.severity))
            text = signal_name(self._actions.signals, alert.signal_code)
            name = QLabel(text)
            name.setObjectName("alertSignal")
            name.setToolTip(alert.note)
            raised = QLabel(
                self.tr("raised {date}").format(date=local_time_text(alert.raised_at, zone)[:10])
            )
            raised.setStyleSheet("color: #4a5560;")
            button = QPushButton(self.tr("Resolve…"))
            button.setObjectName(f"resolve_{alert.id}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, a=alert.id, n=text: self._resolve(a, n))
            line.addWidget(badge)
            line.addWidget(name, 1)
            line.addWidget(raised)
            line.addWidget(button)
            self._rows.addWidget(row)
            self.resolve_buttons[alert.id] = button

    def _resolve(self, alert_id: str, name: str) -> NoteDialog:
        return self._actions.resolve_alert(alert_id, self.window(), name)
