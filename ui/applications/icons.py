"""Status icons of checklist items, drawn once (no image files needed)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app.checklist import EffectiveState

#: The colour of each effective state (also used for the state's text).
STATE_COLOURS: dict[EffectiveState, str] = {
    EffectiveState.MISSING: "#b3261e",
    EffectiveState.RECEIVED: "#1565c0",
    EffectiveState.VERIFIED: "#2e7d32",
    EffectiveState.WAIVED: "#7a848d",
    EffectiveState.EXPIRED: "#e65100",
}

_SIZE = 32


def _glyph(painter: QPainter, state: EffectiveState) -> None:
    pen = QPen(QColor("white"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if state == EffectiveState.VERIFIED:
        path = QPainterPath(QPointF(9, 16.5))
        path.lineTo(14, 21.5)
        path.lineTo(23, 11)
        painter.drawPath(path)
    elif state == EffectiveState.RECEIVED:
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(16, 16), 5, 5)
    elif state == EffectiveState.WAIVED:
        painter.drawLine(QPointF(10, 16), QPointF(22, 16))
    elif state == EffectiveState.EXPIRED:
        painter.drawLine(QPointF(16, 8.5), QPointF(16, 18))
        painter.drawPoint(QPointF(16, 23.5))


@cache
def state_icon(state: EffectiveState) -> QIcon:
    """A coloured disc with a sign: ring (missing), dot, tick, dash or "!" (expired)."""
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATE_COLOURS[state])
    disc = QRectF(2, 2, _SIZE - 4, _SIZE - 4)
    if state == EffectiveState.MISSING:
        painter.setPen(QPen(colour, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(disc.adjusted(2, 2, -2, -2))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(disc)
        _glyph(painter, state)
    painter.end()
    return QIcon(pixmap)
