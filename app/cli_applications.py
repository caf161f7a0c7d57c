"""``rmdesk applications list|show``: applications and their checklists as JSON."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from app.cli_common import EXIT_FAILURE, EXIT_OK, JsonArgumentParser, print_json, usage_error

if TYPE_CHECKING:
    from app.applications import ApplicationService, ApplicationView, ItemView
    from app.pipeline import PipelineItem
    from app.profile import Profile


def add_applications_parser(sub: Any) -> None:
    """Add ``applications list`` and ``applications show`` to the subcommands ``sub``."""
    applications = sub.add_parser("applications", help="list and show loan applications")
    actions = applications.add_subparsers(
        dest="applications_command", metavar="ACTION", parser_class=JsonArgumentParser
    )
    lst = actions.add_parser(
        "list",
        help="applications with completeness",
        description='Prints {"applications": [{"id", "customer_id", "customer_name", '
        '"product_code", "amount", "status", "completeness", "blocking", "expiring_soon", '
        '"items": [...], "stage", "submitted_at", "business_days_since_submission", '
        '"overdue"}]}. stage: draft, documents_complete, submitted, under_review, approved, '
        "declined, more_documents or disbursed; overdue: submitted and not answered within "
        "3 business days (China's calendar, holidays and adjusted working days included).",
    )
    lst.add_argument("--customer", metavar="ID", help="only this customer's applications")
    lst.add_argument(
        "--stage", action="append", metavar="STAGE", help="only this stage; repeatable"
    )
    lst.add_argument(
        "--product", action="append", metavar="CODE", help="only this product; repeatable"
    )
    lst.add_argument(
        "--segment", action="append", metavar="NAME", help="only this segment; repeatable"
    )
    show = actions.add_parser(
        "show",
        help="one application with its checklist",
        description="Prints the application, its checklist items with their states, "
        "documents and validity, the completeness and the blocking items. Exit 1 if there "
        "is no such application.",
    )
    show.add_argument("id", metavar="ID")


def _service(profile: Profile) -> ApplicationService:
    from app.applications import ApplicationService
    from app.attachment_store import AttachmentStore

    store = AttachmentStore(profile.paths.attachments)
    return ApplicationService(profile.database, profile.actor, store)


def item_json(item: ItemView) -> dict[str, Any]:
    """One checklist item as JSON."""
    template = item.template
    document = item.document
    validity = item.validity
    return {
        "id": item.id,
        "code": item.code,
        "name_zh": None if template is None else template.name_zh,
        "name_en": None if template is None else template.name_en,
        "group": None if template is None else template.group,
        "required": item.required,
        "applicable": item.applicable,
        "state": item.state.value,
        "effective_state": item.effective.value,
        "blocking": item.blocking,
        "waive_reason": item.waive_reason or None,
        "document": None
        if document is None
        else {
            "id": document.id,
            "issued_on": None if document.issued_on is None else document.issued_on.isoformat(),
            "expires_on": None if document.expires_on is None else document.expires_on.isoformat(),
            "attachments": [
                {
                    "sha256": a.sha256,
                    "size": a.size,
                    "media_type": a.media_type,
                    "name": a.original_name,
                }
                for a in document.attachments
            ],
        },
        "valid_until": None
        if validity is None or validity.valid_until is None
        else validity.valid_until.isoformat(),
        "validity": None if validity is None else validity.text(),
        "reusable_documents": [d.id for d in item.reusable],
    }


def application_json(view: ApplicationView) -> dict[str, Any]:
    """An application with its checklist as JSON (money as exact yuan strings)."""
    product = view.product
    return {
        "id": view.id,
        "customer_id": view.customer_id,
        "customer_name": view.customer_name,
        "product_code": view.product_code,
        "product_name_zh": None if product is None else product.name_zh,
        "product_name_en": None if product is None else product.name_en,
        "amount": None if view.amount is None else str(view.amount),
        "term_months": view.term_months,
        "purpose": view.purpose,
        "collateral_type": view.collateral_type,
        "collateral_description": view.collateral_description,
        "status": view.status,
        "completeness": view.completeness,
        "blocking": [i.code for i in view.blocking],
        "items": [item_json(i) for i in view.items],
    }


def cmd_applications(args: argparse.Namespace, profile: Profile) -> int:
    """Run ``applications list`` or ``applications show``."""
    if args.applications_command is None:
        return usage_error("choose an action: list or show")
    service = _service(profile)
    today = date.today()
    if args.applications_command == "show":
        try:
            view = service.load(args.id, today)
        except KeyError:
            print_json({"error": f"no application {args.id}"})
            return EXIT_FAILURE
        print_json(application_json(view))
        return EXIT_OK
    from app.pipeline import PipelineQuery, Stage, load_pipeline

    try:
        stages = None if args.stage is None else frozenset(Stage(s) for s in args.stage)
    except ValueError:
        return usage_error(
            "--stage: unknown stage", stages=[s.value for s in Stage], given=args.stage
        )
    query = PipelineQuery(
        stages=stages,
        product_codes=None if args.product is None else frozenset(args.product),
        segments=None if args.segment is None else frozenset(args.segment),
        customer_id=args.customer,
    )
    pipeline = {item.id: item for item in load_pipeline(profile.database, today, query)}
    summaries = service.list(customer_id=args.customer, today=today)
    print_json(
        {
            "applications": [
                {**application_json(service.load(s.id, today)), **pipeline_json(pipeline[s.id])}
                for s in summaries
                if s.id in pipeline
            ]
        }
    )
    return EXIT_OK


def pipeline_json(item: PipelineItem) -> dict[str, Any]:
    """An application's stage and answer clock as JSON (``submitted_at``: the server's, UTC)."""
    return {
        "stage": item.stage.value,
        "submitted_at": None if item.submitted_at is None else item.submitted_at.isoformat(),
        "business_days_since_submission": item.clock.business_days_since_submission,
        "overdue": item.overdue,
    }
