"""Sections 5-6: the document checklist, visit summaries and open risk alerts."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.applications import ItemView
from app.checklist import EffectiveState
from app.packet.context import PacketContext
from app.packet.sections import section_heading
from app.packet.styles import HEADER_FILL, NAVY, Command, widths
from app.packet.vocab import CHECKLIST_STATE, SEVERITY
from app.risk_signals import load_risk_signals

_WARN = (EffectiveState.MISSING, EffectiveState.EXPIRED)
_VISIT_STATUS = {"planned": "visit_planned", "done": "visit_done", "cancelled": "visit_cancelled"}


def item_name(ctx: PacketContext, item: ItemView) -> str:
    """A checklist item's name in the packet's language (its code if unknown)."""
    if item.template is None:
        return item.code
    return ctx.pick(item.template.name_zh, item.template.name_en)


def _dates(ctx: PacketContext, item: ItemView) -> str:
    lines = []
    document = item.document
    said = {} if item.validity is None else item.validity.params
    if document is not None and document.issued_on is not None and "issued_on" not in said:
        lines.append(ctx.t("cl_issued", date=document.issued_on.isoformat()))
    if document is not None and document.expires_on is not None and "expires_on" not in said:
        lines.append(ctx.t("cl_expires", date=document.expires_on.isoformat()))
    if item.validity is not None:
        lines.append(ctx.rule("Validity", item.validity.template, item.validity.params))
    return "\n".join(lines)


def _notes(ctx: PacketContext, item: ItemView) -> str:
    lines = []
    if item.waive_reason:
        lines.append(ctx.t("cl_waived", reason=item.waive_reason))
    files = 0 if item.document is None else len(item.document.attachments)
    if files:
        lines.append(ctx.t("cl_files", n=files))
    return "\n".join(lines)


def checklist(ctx: PacketContext) -> list[Flowable]:
    """Section 5: every item that applies, by group, with status, dates and waivers."""
    view = ctx.facts.application
    story: list[Flowable] = [
        *section_heading(ctx, "checklist", "section_checklist"),
        ctx.p(
            ctx.t(
                "cl_summary",
                percent=view.completeness,
                required=view.progress.required,
                satisfied=view.progress.satisfied,
            )
        ),
    ]
    if view.blocking:
        separator = "、" if ctx.lang == "zh_CN" else ", "
        names = separator.join(item_name(ctx, i) for i in view.blocking)
        story.append(ctx.flag(ctx.t("cl_blocking", items=names)))
        story.append(Spacer(1, 2 * mm))
    items = ctx.facts.items
    if not items:
        story.append(ctx.p(ctx.t("cl_empty"), "note"))
        return story
    rows: list[list[str | Flowable]] = []
    extra: list[Command] = []
    group = None
    for number, item in enumerate(items, start=1):
        code = None if item.template is None else item.template.group
        if code != group and code is not None:
            group = code
            found = ctx.facts.groups.get(code)
            name = code if found is None else ctx.pick(found.name_zh, found.name_en)
            row = len(rows) + 1  # the heading row is row 0
            rows.append([ctx.cell(name, "cell_head"), "", "", "", "", ""])
            extra += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), HEADER_FILL),
                ("LINEABOVE", (0, row), (-1, row), 0.6, NAVY),
            ]
        state = ctx.word(CHECKLIST_STATE.get(item.effective.value), item.effective.value)
        rows.append(
            [
                str(number),
                item_name(ctx, item),
                ctx.t("yes") if item.required else ctx.t("cl_optional"),
                ctx.flag(state) if item.effective in _WARN else state,
                _dates(ctx, item),
                _notes(ctx, item),
            ]
        )
    story.append(
        ctx.table(
            [
                ctx.t("cl_no"),
                ctx.t("cl_item"),
                ctx.t("cl_required"),
                ctx.t("cl_status"),
                ctx.t("cl_validity"),
                ctx.t("cl_notes"),
            ],
            rows,
            widths(0.06, 0.28, 0.09, 0.1, 0.25, 0.22),
            extra,
        )
    )
    return story


def visits(ctx: PacketContext) -> list[Flowable]:
    """Section 6: the latest visits with their notes and signals, and open risk alerts."""
    facts = ctx.facts
    signals = load_risk_signals().signals
    story: list[Flowable] = [
        *section_heading(ctx, "visits", "section_visits"),
        ctx.p(ctx.t("visits_heading"), "subheading"),
    ]
    if not facts.visits:
        story.append(ctx.p(ctx.t("visits_none"), "note"))
    elif facts.visit_count > len(facts.visits):
        story.append(
            ctx.p(ctx.t("visits_more", shown=len(facts.visits), total=facts.visit_count), "note")
        )
    separator = "、" if ctx.lang == "zh_CN" else ", "
    for visit in facts.visits:
        names = facts.visit_types.get(visit.visit_type)
        kind = visit.visit_type if names is None else ctx.pick(*names)
        status = ctx.t(_VISIT_STATUS.get(visit.status, "dash"))
        lines = [
            ctx.t("visit_location", text=ctx.text_or_dash(visit.location)),
            ctx.t("visit_purpose", text=ctx.text_or_dash(visit.purpose)),
        ]
        if visit.attendees_bank or visit.attendees_customer:
            lines.append(
                ctx.t(
                    "visit_attendees",
                    bank=separator.join(visit.attendees_bank) or ctx.t("dash"),
                    customer=separator.join(visit.attendees_customer) or ctx.t("dash"),
                )
            )
        if visit.signals:
            named = [
                ctx.pick(signals[c].name_zh, signals[c].name_en) if c in signals else c
                for c in visit.signals
            ]
            lines.append(ctx.t("visit_signals", text=separator.join(named)))
        head = ctx.t("visit_line", date=ctx.local_time(visit.start), type=kind, status=status)
        block: list[Flowable] = [ctx.p(head, "cell_head"), ctx.p("\n".join(lines), "cell")]
        story.append(KeepTogether(block))
        if visit.notes.strip():
            story.append(ctx.p(ctx.t("visit_notes"), "label"))
            story.append(ctx.p(visit.notes.strip(), "cell"))
        story.append(Spacer(1, 3 * mm))
    story.append(ctx.p(ctx.t("alerts_heading"), "subheading"))
    if not facts.alerts:
        story.append(ctx.p(ctx.t("alerts_none"), "note"))
        return story
    rows: list[list[str | Flowable]] = []
    for alert in facts.alerts:
        signal = alert.signal
        name = alert.signal_code if signal is None else ctx.pick(signal.name_zh, signal.name_en)
        severity = ctx.word(SEVERITY.get(alert.severity), alert.severity)
        rows.append(
            [
                name,
                ctx.flag(severity) if alert.severity in ("high", "critical") else severity,
                ctx.local_day(alert.raised_at),
                alert.note,
            ]
        )
    story.append(
        ctx.table(
            [
                ctx.t("alert_signal"),
                ctx.t("alert_severity"),
                ctx.t("alert_raised"),
                ctx.t("alert_note"),
            ],
            rows,
            widths(0.24, 0.1, 0.14, 0.52),
        )
    )
    return story
