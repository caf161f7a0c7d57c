"""``rmdesk segments list|create-applications``: segments and batch development, headless."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli_common import EXIT_FAILURE, EXIT_OK, JsonArgumentParser, print_json, usage_error

if TYPE_CHECKING:
    from app.profile import Profile
    from app.segment_prospects import SegmentProspects
    from app.segment_service import SegmentService
    from app.segments import SegmentView

LIST_DESCRIPTION = (
    'Prints {"segments": [{"id", "name", "type", "region", "owner", "members", '
    '"core_enterprise": {"name", "uscc", "customer_id"}, "risk_controls", '
    '"default_product", "default_amount", "default_term_months", '
    '"classification": {"by_size", "eligible", "not_eligible", "unknown", '
    '"reasons": {code: count}}}], '
    '"plans": [{"id", "segment_id", "segment", "quarter", "owner", "status", '
    '"targets": {"visits", "applications", "approved_amount"}, '
    '"actuals": {"prospects", "visited", "applications", "approved_amount"}}]}. '
    "Money is exact yuan as strings. A branch manager's profile lists every RM's."
)
CREATE_DESCRIPTION = (
    "Creates one draft application per selected prospect of SEGMENT (its id or name) with "
    "the segment's shared terms (amount: the segment's default, else the prospect's "
    "requested exposure; term: the segment's default), all in one transaction. Prints "
    '{"segment", "product", "created": [{"customer_id", "name", "application_id"}], '
    '"skipped": [{"customer_id", "name", "reason", "message"}]}; reason is not_found, '
    "not_eligible, eligibility_unknown, open_application or terms. Exit 1 when nothing "
    "was created though prospects were selected."
)


def add_segments_parser(sub: Any) -> None:
    """Add ``segments list`` and ``segments create-applications`` to the subcommands ``sub``."""
    segments = sub.add_parser("segments", help="segments (细分市场) and batch development")
    actions = segments.add_subparsers(
        dest="segments_command", metavar="ACTION", parser_class=JsonArgumentParser
    )
    lst = actions.add_parser(
        "list", help="segments and plans as JSON", description=LIST_DESCRIPTION
    )
    lst.add_argument("--json", action="store_true", help="print JSON (the only format)")
    lst.add_argument("--quarter", metavar="YYYYQn", help="only plans of this quarter, e.g. 2026Q4")
    create = actions.add_parser(
        "create-applications",
        help="create applications for a segment's prospects",
        description=CREATE_DESCRIPTION,
    )
    create.add_argument("segment", metavar="SEGMENT", help="the segment's id or name")
    create.add_argument(
        "--product", metavar="CODE", help="product code (default: the segment's default product)"
    )
    which = create.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--all-eligible",
        action="store_true",
        help="every eligible prospect without an open application",
    )
    which.add_argument("--customers", metavar="ID,...", help="these customers (comma-separated)")
    create.add_argument("--json", action="store_true", help="print JSON (the only format)")


def _service(profile: Profile) -> SegmentService:
    from app.segment_service import SegmentService

    return SegmentService(profile.database, profile.actor)


def _segment_json(prospects: SegmentProspects, view: SegmentView) -> dict[str, Any]:
    summary = prospects.prospect_summary(view.id)  # counted in SQL, not row by row
    return {
        "id": view.id,
        "name": view.name,
        "type": view.segment_type,
        "region": view.region,
        "owner": view.owner,
        "members": view.members,
        "core_enterprise": {
            "name": view.core_enterprise_name,
            "uscc": view.core_enterprise_uscc or None,
            "customer_id": view.core_customer_id,
        },
        "risk_controls": list(view.risk_controls),
        "default_product": view.default_product_code,
        "default_amount": None if view.default_amount is None else str(view.default_amount),
        "default_term_months": view.default_term_months,
        "classification": {
            "by_size": dict(summary.by_size),
            "eligible": summary.eligible,
            "not_eligible": summary.not_eligible,
            "unknown": summary.unknown,
            "reasons": dict(summary.reasons),
        },
    }


def _cmd_list(args: argparse.Namespace, profile: Profile) -> int:
    from app.segment_plan_service import PlanService
    from app.segment_plans import QUARTER_PATTERN
    from app.segment_prospects import SegmentProspects

    if args.quarter and not QUARTER_PATTERN.match(args.quarter):
        return usage_error(f"--quarter: {args.quarter!r} is not a quarter such as 2026Q4")
    service = _service(profile)
    prospects = SegmentProspects(profile.database)
    plans = PlanService(profile.database, profile.actor).progress(args.quarter or None)
    print_json(
        {
            "segments": [_segment_json(prospects, v) for v in service.segments()],
            "plans": [p.as_json() for p in plans],
        }
    )
    return EXIT_OK


def _find(service: SegmentService, wanted: str) -> SegmentView | None:
    for view in service.segments():
        if wanted in (view.id, view.name):
            return view
    return None


def _cmd_create(args: argparse.Namespace, profile: Profile) -> int:
    from app.attachment_store import AttachmentStore
    from app.segment_batch import SegmentBatch
    from app.segment_prospects import SegmentProspects
    from app.segments import BatchTermsError

    service = _service(profile)
    segment = _find(service, args.segment.strip())
    if segment is None:
        return usage_error(f"no segment {args.segment!r}: see `rmdesk segments list`")
    if args.product and args.product not in service.catalogue.products:
        return usage_error(
            f"--product: unknown product {args.product!r}",
            products=sorted(service.catalogue.products),
        )
    if args.all_eligible:
        ids = SegmentProspects(profile.database).eligible_ids(segment.id)
    else:
        ids = [i.strip() for i in args.customers.split(",") if i.strip()]
        if not ids:
            return usage_error("--customers: give at least one customer id")
    batch = SegmentBatch(
        profile.database,
        profile.actor,
        AttachmentStore(profile.paths.attachments),
        service.catalogue,
    )
    try:
        result = batch.create_applications(segment, ids, args.product)
    except BatchTermsError as exc:
        return usage_error(str(exc))
    print_json({"segment": segment.id, **result.as_json()})
    return EXIT_FAILURE if ids and not result.created else EXIT_OK


SEGMENT_COMMANDS = {"list": _cmd_list, "create-applications": _cmd_create}


def cmd_segments(args: argparse.Namespace, profile: Profile) -> int:
    """Run a ``segments`` action."""
    if args.segments_command is None:
        return usage_error("choose an action: list or create-applications")
    return SEGMENT_COMMANDS[args.segments_command](args, profile)
