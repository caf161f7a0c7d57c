"""Points per characteristic as horizontal bars, drawn with QPainter.

Each row shows what the characteristic scored (the filled bar) against the
most it can score (the grey track), on one scale for all rows, with a tick at
its baseline. A bar below its baseline explains the score (it gives a reason
code) and is drawn in the reason colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.scoring import ScorecardModel, ScoreResult, decimal_text
from app.scoring.model import Characteristic
from ui.scoring.texts import bin_label, characteristic_label, pick

TRACK = QColor("#e6e9ec")
GOOD = QColor("#2e7d4f")
REASON = QColor("#c8102e")
BASELINE = QColor("#1f2d3d")
TEXT = QColor("#1f2d3d")
MUTED = QColor("#6b7680")


def most_points(characteristic: Characteristic) -> Decimal | None:
    """The most points the characteristic can score (None when its bins compute points)."""
    fixed = [a.points for a in characteristic.attributes if a.points is not None]
    if not fixed or any(a.expression is not None for a in characteristic.attributes):
        return None
    return max(fixed)


@dataclass(frozen=True)
class Bar:
    """One row of the chart."""

    characteristic: str
    label: str
    points: Decimal
    maximum: Decimal
    baseline: Decimal | None
    #: Below its baseline: it gives a reason code.
    below: bool
    tooltip: str


class PointsChart(QWidget):
    """A horizontal bar per characteristic: points vs the most possible, baseline marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointsChart")
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # data -------------------------------------------------------------------------

    def set_result(self, model: ScorecardModel, result: ScoreResult | None) -> None:
        """Draw ``result`` (None: no bars)."""
        bars: list[Bar] = []
        if result is not None:
            reasons = {r.code: r for r in result.reason_codes}
            for partial in result.partial_scores:
                characteristic = model.characteristics[partial.position]
                maximum = most_points(characteristic)
                if maximum is None:
                    maximum = partial.points
                below = partial.gap is not None and partial.gap > 0
                label = characteristic_label(partial)
                lines = [
                    self.tr("{name}: {points} of {maximum} points").format(
                        name=label,
                        points=decimal_text(partial.points),
                        maximum=decimal_text(maximum),
                    )
                ]
                if bin_label(partial):
                    lines.append(self.tr("Range: {range}").format(range=bin_label(partial)))
                if partial.baseline is not None:
                    lines.append(
                        self.tr("Baseline: {points}").format(points=decimal_text(partial.baseline))
                    )
                reason = reasons.get(partial.reason_code or "") if below else None
                if reason is not None:
                    lines.append(pick(reason.text_zh, reason.text_en, reason.code))
                bars.append(
                    Bar(
                        partial.characteristic,
                        label,
                        partial.points,
                        maximum,
                        partial.baseline,
                        below,
                        "\n".join(lines),
                    )
                )
        self.bars = bars
        self.updateGeometry()
        self.update()

    def bar_count(self) -> int:
        """How many bars are drawn."""
        return len(self.bars)

    # geometry ---------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(380, rows * self._row_height() + self._legend_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _columns(self) -> tuple[int, int, int]:
        """(label width, bar start, bar end) for the current width."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        label_width = min(widest + 4, int(self.width() * 0.42))
        value_width = metrics.horizontalAdvance("00 / 00") + 8
        return label_width, label_width + 6, max(label_width + 40, self.width() - value_width)

    def _row_at(self, point: QPoint) -> int | None:
        row = point.y() // self._row_height()
        return row if 0 <= row < len(self.bars) else None

    # drawing ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row_height = self._row_height()
        label_width, start, end = self._columns()
        scale = max((max(b.maximum, b.points) for b in self.bars), default=Decimal(1))
        span = end - start

        def x_of(points: Decimal) -> float:
            share = float(max(points, Decimal(0)) / scale) if scale > 0 else 0.0
            return start + share * span

        for row, bar in enumerate(self.bars):
            top = row * row_height
            middle = top + row_height / 2
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, top, label_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            height = row_height - 8
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(
                QRectF(start, middle - height / 2, x_of(bar.maximum) - start, height), 2, 2
            )
            if bar.points > 0:
                painter.setBrush(REASON if bar.below else GOOD)
                painter.drawRoundedRect(
                    QRectF(start, middle - height / 2, x_of(bar.points) - start, height), 2, 2
                )
            if bar.baseline is not None:
                painter.setPen(QPen(BASELINE, 2))
                x = x_of(bar.baseline)
                painter.drawLine(
                    int(x), int(middle - height / 2 - 2), int(x), int(middle + height / 2 + 2)
                )
            painter.setPen(REASON if bar.below else TEXT)
            painter.drawText(
                QRectF(end + 4, top, self.width() - end - 4, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{decimal_text(bar.points)} / {decimal_text(bar.maximum)}",
            )
        self._draw_legend(painter, len(self.bars) * row_height + 4)
        painter.end()

    def _draw_legend(self, painter: QPainter, top: int) -> None:
        metrics = self.fontMetrics()
        height = self._legend_height()
        middle = top + height / 2
        x = 0.0
        entries = (
            (GOOD, self.tr("At or above baseline")),
            (REASON, self.tr("Below baseline")),
            (None, self.tr("Baseline")),
        )
        for colour, text in entries:
            if colour is None:
                painter.setPen(QPen(BASELINE, 2))
                painter.drawLine(int(x + 4), int(middle - 6), int(x + 4), int(middle + 6))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, middle - 5, 10, 10), 2, 2)
            x += 14
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(x, top, metrics.horizontalAdvance(text) + 2, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += metrics.horizontalAdvance(text) + 14

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            row = self._row_at(event.pos())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.bars[row].tooltip, self)
            return True
        return super().event(event)
