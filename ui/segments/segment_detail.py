"""The segment list (left) and the selected segment's heading and shared terms (right)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.money import format_wan
from app.segments import SegmentView
from ui.segments.dialogs import pick, type_text

if TYPE_CHECKING:
    from app.catalogue import Catalogue


def _html(text: str) -> str:
    return html.escape(text)


class SegmentList(QListWidget):
    """The segments on this laptop, with type, member count and (another RM's) owner."""

    #: The RM chose another segment (its id).
    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("segmentList")
        self.setMinimumWidth(150)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.segments: list[SegmentView] = []
        self._filling = False
        self.currentRowChanged.connect(self._row_changed)

    def show_segments(self, segments: list[SegmentView], current: str | None, actor: str) -> None:
        """List ``segments``, ``current`` (an id) selected; ``actor``'s own show no owner."""
        self.segments = segments
        self._filling = True
        try:
            self.clear()
            for segment in segments:
                text = self.tr("{name}\n{type} · {members} prospects").format(
                    name=segment.name, type=type_text(segment.segment_type), members=segment.members
                )
                if segment.owner and segment.owner != actor:
                    text += f" · {segment.owner}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, segment.id)
                self.addItem(item)
                if segment.id == current:
                    self.setCurrentItem(item)
        finally:
            self._filling = False

    def _row_changed(self, row: int) -> None:
        if not self._filling and 0 <= row < len(self.segments):
            self.chosen.emit(self.segments[row].id)


class SegmentInfo(QWidget):
    """Name, type, region, core enterprise, shared terms and risk controls; Edit and Delete."""

    def __init__(self) -> None:
        super().__init__()
        self.info = QLabel()
        self.info.setObjectName("segmentInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editSegment")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteSegment")
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.info)

    def retranslate(self) -> None:
        """Set the buttons' texts (the segment's with :meth:`show_segment`)."""
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))

    def show_segment(
        self, segment: SegmentView | None, catalogue: Catalogue | None, mine: bool
    ) -> None:
        """Describe ``segment`` (nothing for None); another RM's is marked read only."""
        if segment is None:
            self.info.setText("")
            return
        lines = [
            f"<b>{_html(segment.name)}</b> · {_html(type_text(segment.segment_type))}"
            + (f" · {_html(segment.region)}" if segment.region else "")
        ]
        if segment.core_enterprise_name:
            lines.append(
                self.tr("Core enterprise: {name}").format(name=_html(segment.core_enterprise_name))
            )
        terms = shared_terms(segment, catalogue)
        if terms:
            lines.append(self.tr("Shared terms: {terms}").format(terms=_html(" · ".join(terms))))
        if segment.risk_controls:
            lines.append(
                self.tr("Risk controls: {controls}").format(
                    controls=_html("；".join(segment.risk_controls))
                )
            )
        if not mine:
            lines.append(self.tr("<i>{owner}'s segment: read only</i>").format(owner=segment.owner))
        self.info.setText("<br>".join(lines))


def shared_terms(
    segment: SegmentView, catalogue: Catalogue | None, product_code: str | None = None
) -> list[str]:
    """The shared terms in the UI language: product (or ``product_code``), amount, term."""
    terms = []
    code = product_code or segment.default_product_code
    if code and catalogue is not None:
        product = catalogue.products.get(code)
        terms.append(pick(product.name_zh, product.name_en) if product else code)
    if segment.default_amount is not None:
        terms.append(
            QCoreApplication.translate("SegmentInfo", "{amount} 万元").format(
                amount=format_wan(segment.default_amount)
            )
        )
    if segment.default_term_months:
        terms.append(
            QCoreApplication.translate("SegmentInfo", "{months} months").format(
                months=segment.default_term_months
            )
        )
    return terms
