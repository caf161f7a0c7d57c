"""Small charts painted with QPainter: horizontal bars and a donut with its legend.

They show what they are given (labels, values, the text beside each bar) and
nothing else, so the page decides every word; a tooltip repeats a bar's or
slice's label and text. Painting is deterministic, the same offscreen as on screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

TEXT = QColor("#1f2d3d")
MUTED = QColor("#6b7785")
TRACK = QColor("#eef1f4")
#: Colours for slices and bars without their own, in order.
PALETTE = (
    QColor("#c8102e"),
    QColor("#2f6f9f"),
    QColor("#e0a030"),
    QColor("#3f8f5a"),
    QColor("#7a5aa6"),
    QColor("#5f7f8f"),
    QColor("#d06a4a"),
    QColor("#9aa5b1"),
)


@dataclass(frozen=True)
class Bar:
    """One bar (or slice): its label, value, the text shown with it and its colour."""

    label: str
    value: float
    text: str
    colour: QColor | None = None


def colour_of(bar: Bar, index: int) -> QColor:
    """The bar's own colour, else the palette's."""
    return bar.colour or PALETTE[index % len(PALETTE)]


class BarChart(QWidget):
    """Horizontal bars, one row each: label, bar proportional to the value, text."""

    ROW = 26
    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar], empty_text: str = "") -> None:
        """Show ``bars`` (``empty_text`` when there are none)."""
        self.bars = list(bars)
        self.empty_text = empty_text
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(360, rows * self.ROW + (rows - 1) * self.GAP + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _layout(self) -> tuple[float, float, float]:
        """x where bars start, the widest bar, and the room kept for the texts."""
        metrics = QFontMetrics(self.font())
        label_width = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        text_width = max((metrics.horizontalAdvance(b.text) for b in self.bars), default=0)
        left = min(label_width + 12.0, self.width() * 0.4)
        room = text_width + 10.0
        return left, max(self.width() - left - room, 20.0), room

    def _row_rect(self, index: int) -> QRectF:
        return QRectF(0, 2 + index * (self.ROW + self.GAP), self.width(), self.ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        left, widest, _room = self._layout()
        top = max((b.value for b in self.bars), default=0.0) or 1.0
        metrics = QFontMetrics(self.font())
        for index, bar in enumerate(self.bars):
            row = self._row_rect(index)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(left - 8))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, row.y(), left - 8, row.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            track = QRectF(left, row.y() + 3, widest, row.height() - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            length = widest * max(bar.value, 0.0) / top
            if length > 0:
                painter.setBrush(colour_of(bar, index))
                painter.drawRoundedRect(
                    QRectF(left, track.y(), max(length, 3.0), track.height()), 3, 3
                )
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(left + max(length, 0.0) + 6, row.y(), self.width(), row.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )

    def bar_at(self, x: float, y: float) -> Bar | None:
        """The bar whose row is at ``(x, y)``, if any."""
        for index, bar in enumerate(self.bars):
            if self._row_rect(index).contains(QPointF(x, y)):
                return bar
        return None

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().x(), event.pos().y())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), f"{bar.label}: {bar.text}", self)
            return True
        return super().event(event)


class DonutChart(QWidget):
    """A donut of the slices' shares, with a legend of labels and texts beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.centre_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar], centre_text: str = "", empty_text: str = "") -> None:
        """Show ``bars`` as slices, ``centre_text`` in the hole."""
        self.bars = [b for b in bars if b.value > 0]
        self.centre_text = centre_text
        self.empty_text = empty_text
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.bars) * 22 + 8
        return QSize(360, max(150, rows))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(b.value for b in self.bars)
        if total <= 0:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        side = min(self.height() - 8.0, self.width() * 0.45)
        ring = QRectF(4, (self.height() - side) / 2, side, side)
        thickness = side * 0.22
        angle = 90.0 * 16
        for index, bar in enumerate(self.bars):
            span = -360.0 * 16 * bar.value / total
            pen = QPen(colour_of(bar, index), thickness)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
            painter.drawArc(inner, int(angle), math.floor(span))
            angle += span
        painter.setPen(TEXT)
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self.centre_text)
        left = ring.right() + 16
        metrics = QFontMetrics(self.font())
        top = (self.height() - len(self.bars) * 22) / 2
        for index, bar in enumerate(self.bars):
            y = top + index * 22
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour_of(bar, index))
            painter.drawRoundedRect(QRectF(left, y + 5, 12, 12), 2, 2)
            painter.setPen(TEXT)
            text = metrics.elidedText(
                f"{bar.label}  {bar.text}",
                Qt.TextElideMode.ElideRight,
                int(self.width() - left - 20),
            )
            painter.drawText(
                QRectF(left + 18, y, self.width() - left - 18, 22),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
