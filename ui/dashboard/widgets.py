"""The dashboard's building blocks: figure tiles and captioned chart cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

WARNING_STYLE = "color: #b3261e;"
DETAIL_STYLE = "color: #4a5560;"


class Tile(QFrame):
    """One figure: a big value, its caption and a line of detail."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value = QLabel("…")
        self.value.setObjectName("cardValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(DETAIL_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str = "", warning: bool = False) -> None:
        """Show ``value`` with ``detail`` below it (in red when ``warning``)."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setStyleSheet(WARNING_STYLE if warning else DETAIL_STYLE)
        self.setToolTip(f"{self.caption.text()}: {value}" + (f" ({detail})" if detail else ""))


class ChartCard(QFrame):
    """A chart under its title, on a card."""

    def __init__(self, name: str, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart = chart
        chart.setObjectName(f"chart_{name}")
        self.title = QLabel()
        self.title.setObjectName("cardCaption")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.title)
        layout.addWidget(chart)
        layout.addStretch(1)
