"""Batch development (批量开发): draft applications for a segment's prospects, in one go.

One draft application per selected prospect with the segment's shared terms,
each with its checklist, all in ONE unit of work (each record with its outbox
entry): if anything fails, nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.applications import ApplicationInput, ApplicationService
from app.attachment_store import AttachmentStore
from app.catalogue import Catalogue, load_catalogue
from app.checklist_rules import evaluate_condition, facts_for
from app.segment_prospects import members_by_id, open_applications, resolve
from app.segments import (
    PRODUCT_REQUIRED,
    BatchResult,
    BatchTermsError,
    Created,
    ProspectSelection,
    Reason,
    SegmentView,
    SkipCode,
    Skipped,
    problem,
    reasons_of,
)
from app.validation import Problem
from db.database import Database
from db.models import Application, ChecklistItem, Customer, new_uuid


class SegmentBatch:
    """Creates the applications of a segment's prospects for one profile."""

    def __init__(
        self,
        database: Database,
        actor: str,
        store: AttachmentStore | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._db = database
        self._actor = actor
        self.catalogue = catalogue or load_catalogue()
        self._store = store

    def create_applications(
        self,
        segment: SegmentView,
        customer_ids: Sequence[str] | ProspectSelection,
        product_code: str | None = None,
        today: date | None = None,
    ) -> BatchResult:
        """One draft application per selected prospect of ``segment``, with its shared terms.

        ``customer_ids``: the prospects, or a :class:`ProspectSelection` resolved
        in SQL inside the same transaction (by name). All in ONE unit of work
        (each application and checklist item with its
        outbox entry): if anything fails, nothing is written. Prospects that are
        not eligible, whose eligibility is unknown, that already have an open
        application or whose figures do not fit the product are skipped, with
        the reason. The amount is the segment's default, else the prospect's
        requested exposure; the term is the segment's default. Raises
        :class:`BatchTermsError` when there is no (known) product.
        """
        day = today or date.today()
        code = product_code or segment.default_product_code
        product = self.catalogue.products.get(code or "")
        if product is None:
            raise BatchTermsError(
                [problem("default_product_code", "product.unknown")]
                if code
                else [Problem("default_product_code", "product.required", PRODUCT_REQUIRED)]
            )
        applications = ApplicationService(
            self._db, self._actor, self._store or AttachmentStore(self._db.path.parent / "files"),
            self.catalogue,
        )  # fmt: skip
        collateral = "none" if "none" in product.collateral_types else product.collateral_types[0]
        created: list[Created] = []
        skipped: list[Skipped] = []
        app_rows: list[dict[str, Any]] = []
        item_rows: list[dict[str, Any]] = []
        with self._db.unit_of_work(self._actor) as uow:
            session = uow.session
            if isinstance(customer_ids, ProspectSelection):
                wanted = resolve(session, segment.name, customer_ids)
            else:
                wanted = list(dict.fromkeys(customer_ids))
            members = members_by_id(session, segment.name, wanted)
            open_apps = open_applications(session, [i for i in wanted if i in members])
            for customer_id in wanted:
                customer = members.get(customer_id)
                if customer is None:
                    skipped.append(Skipped(customer_id, "", SkipCode.NOT_FOUND))
                    continue
                reasons = reasons_of(customer)
                if customer.eligible is False:
                    skipped.append(
                        Skipped(customer.id, customer.name, SkipCode.NOT_ELIGIBLE, {}, reasons)
                    )
                    continue
                if customer.eligible is None:
                    skipped.append(
                        Skipped(customer.id, customer.name, SkipCode.ELIGIBILITY_UNKNOWN, {},
                                reasons)
                    )  # fmt: skip
                    continue
                if customer.id in open_apps:
                    skipped.append(
                        Skipped(customer.id, customer.name, SkipCode.OPEN_APPLICATION,
                                {"product": open_apps[customer.id]})
                    )  # fmt: skip
                    continue
                data = ApplicationInput(
                    customer_id=customer.id,
                    product_code=product.code,
                    amount=segment.default_amount or customer.requested_exposure,
                    term_months=segment.default_term_months,
                    purpose=segment.name,
                    collateral_type=collateral,
                )
                problems = applications.validate(data)
                if problems:
                    details = tuple(Reason("Application", p.template, p.params) for p in problems)
                    skipped.append(Skipped(customer.id, customer.name, SkipCode.TERMS, {}, details))
                    continue
                application_id = new_uuid()
                app_rows.append(
                    {
                        "id": application_id,
                        "customer_id": customer.id,
                        "product_code": product.code,
                        "catalogue_version": self.catalogue.version,
                        "amount": data.amount,
                        "term_months": data.term_months,
                        "purpose": data.purpose,
                        "collateral_type": data.collateral_type,
                        "collateral_description": "",
                        "status": "draft",
                    }
                )
                item_rows += self._checklist_rows(application_id, data, customer, day)
                created.append(Created(customer.id, customer.name, application_id))
            # Bulk inserts, each row with its outbox entry, in this one transaction.
            uow.bulk_create(Application, app_rows)
            uow.bulk_create(ChecklistItem, item_rows)
        return BatchResult(product.code, tuple(created), tuple(skipped))

    def _checklist_rows(
        self, application_id: str, data: ApplicationInput, customer: Customer, today: date
    ) -> list[dict[str, Any]]:
        """A new application's checklist, as :meth:`ApplicationService.save` makes it."""
        product = self.catalogue.products[data.product_code]
        facts = facts_for(
            product,
            data.collateral_type,
            customer.credit_type,
            customer.registration_date,
            today,
            data.amount,
        )
        rows = []
        for position, entry in enumerate(product.items):
            template = self.catalogue.items[entry.code]
            applicable = template.condition is None or evaluate_condition(template.condition, facts)
            rows.append(
                {
                    "application_id": application_id,
                    "item_code": entry.code,
                    "position": position,
                    "required": entry.required,
                    "applicable": applicable,
                }
            )
        return rows
