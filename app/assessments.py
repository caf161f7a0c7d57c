"""Credit assessments and the financial statements they read, through the unit of work.

An assessment records a scorecard model (id and version), the inputs the RM
gave and what the model made of them. Drafts may be saved half filled (the
outputs then say what is missing or invalid); :meth:`AssessmentService.submit`
scores the inputs again with the registered model and freezes the record: the
data layer refuses any later change (``db.unit_of_work.ImmutableRecordError``).
A correction is a new draft that ``supersedes`` the submitted one, so the
history keeps both. Inputs and outputs are stored as JSON with numbers as
decimal strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.scoring.derived import CustomerFacts, automatic_inputs
from app.scoring.engine import score, value_json
from app.scoring.loading import ModelRegistry, default_registry
from app.scoring.model import (
    InputError,
    InputProblem,
    ScorecardModel,
    ScoringError,
    Value,
    decimal_text,
)
from app.scoring.ratios import (
    MAX_YEARS,
    SIGNED_FIELDS,
    STATEMENT_FIELDS,
    Statement,
    compute_ratios,
)
from app.text import QT_TRANSLATE_NOOP
from db.database import Database
from db.models import Application, Assessment, Customer, FinancialStatement, utcnow
from db.unit_of_work import ImmutableRecordError

#: Amounts (yuan) must be below this.
MAX_AMOUNT = Decimal(10) ** 12
_FEN = Decimal("0.01")

#: English templates of statement problems (context ``"Scoring"``).
STATEMENT_TEMPLATES: dict[str, str] = {
    "statement.unknown_item": QT_TRANSLATE_NOOP(
        "Scoring", "Financial statements have no item called {name}"
    ),
    "amount.invalid": QT_TRANSLATE_NOOP("Scoring", "Enter an amount in yuan"),
    "amount.negative": QT_TRANSLATE_NOOP("Scoring", "This amount cannot be negative"),
    "amount.precision": QT_TRANSLATE_NOOP("Scoring", "Enter the amount to the fen at most"),
    "amount.too_large": QT_TRANSLATE_NOOP("Scoring", "The amount is too large"),
}


class AssessmentStatus:
    """An assessment is a draft until submitted; then it is final."""

    DRAFT = "draft"
    SUBMITTED = "submitted"


class StatementError(ValueError):
    """A statement's figures are invalid: ``problems`` say which (nothing was saved)."""

    def __init__(self, problems: list[InputProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.text()}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class AssessmentView:
    """A stored assessment as the UI shows it.

    ``inputs`` and ``outputs`` are the stored JSON: inputs by name (numbers as
    decimal strings, ``None`` missing); outputs are
    :meth:`app.scoring.ScoreResult.as_json` (a draft whose inputs cannot be
    scored yet has ``{"problems": [...]}`` or ``{"error": ...}`` instead).
    """

    id: str
    customer_id: str
    application_id: str | None
    model_id: str
    model_version: str
    inputs: dict[str, Any]
    outputs: dict[str, Any]
    score: Decimal | None
    grade: str | None
    status: str
    submitted_at: datetime | None
    supersedes_id: str | None
    superseded_by: str | None
    updated_at: datetime
    updated_by: str

    @property
    def is_submitted(self) -> bool:
        """True once the assessment is final."""
        return self.status == AssessmentStatus.SUBMITTED


def inputs_json(model: ScorecardModel, inputs: Mapping[str, object]) -> dict[str, str | None]:
    """The model's inputs from ``inputs`` as stored: text as typed, numbers as decimal strings.

    Names the model does not know are dropped; blank means missing (``None``).
    """
    stored: dict[str, str | None] = {}
    for spec in model.inputs:
        raw = inputs.get(spec.name)
        if raw is None or isinstance(raw, bool):
            stored[spec.name] = None
        elif isinstance(raw, Decimal):
            stored[spec.name] = decimal_text(raw) if raw.is_finite() else str(raw)
        elif isinstance(raw, int | float):
            stored[spec.name] = decimal_text(Decimal(repr(raw)))
        else:
            text = str(raw).strip()
            stored[spec.name] = text or None
    return stored


def _outputs(model: ScorecardModel, inputs: Mapping[str, object]) -> dict[str, Any]:
    """What a draft's inputs give so far: the result, or what stops scoring."""
    try:
        return score(model, inputs).as_json()
    except InputError as exc:
        return {"problems": [p.as_json() for p in exc.problems]}
    except ScoringError as exc:
        return {"error": str(exc)}


def _score_column(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _statement_problem(field: str, code: str, **params: str) -> InputProblem:
    return InputProblem(field, code, STATEMENT_TEMPLATES[code], params)


def check_statement(values: Mapping[str, object]) -> dict[str, Decimal | None]:
    """Statement figures (yuan) as Decimals; StatementError listing every problem."""
    problems: list[InputProblem] = []
    clean: dict[str, Decimal | None] = {}
    for name, raw in values.items():
        if name not in STATEMENT_FIELDS:
            problems.append(_statement_problem(name, "statement.unknown_item", name=name))
            continue
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            clean[name] = None
            continue
        amount: Decimal | None = None
        if isinstance(raw, Decimal):
            amount = raw
        elif isinstance(raw, int) and not isinstance(raw, bool):
            amount = Decimal(raw)
        elif isinstance(raw, str):
            try:
                amount = Decimal(raw.replace(",", "").strip())
            except InvalidOperation:
                amount = None
        if amount is None or not amount.is_finite():
            problems.append(_statement_problem(name, "amount.invalid"))
        elif amount < 0 and name not in SIGNED_FIELDS:
            problems.append(_statement_problem(name, "amount.negative"))
        elif amount != amount.quantize(_FEN):
            problems.append(_statement_problem(name, "amount.precision"))
        elif abs(amount) >= MAX_AMOUNT:
            problems.append(_statement_problem(name, "amount.too_large"))
        else:
            clean[name] = amount.quantize(_FEN)
    if problems:
        raise StatementError(problems)
    return clean


def _statement(row: FinancialStatement) -> Statement:
    return Statement(
        period_end=row.period_end,
        audited=row.audited,
        id=row.id,
        **{name: getattr(row, name) for name in STATEMENT_FIELDS},
    )


class AssessmentService:
    """Assessments and financial statements of one profile, written by ``actor``.

    ``registry`` holds the models assessments may name (default: the shipped
    ones); a model passed to :meth:`save_draft` is added to it.
    """

    def __init__(
        self, database: Database, actor: str, registry: ModelRegistry | None = None
    ) -> None:
        self._db = database
        self._actor = actor
        self.registry = registry if registry is not None else default_registry()

    # Financial statements -------------------------------------------------------

    def save_statement(
        self,
        customer_id: str,
        period_end: date,
        values: Mapping[str, object],
        audited: bool | None = None,
    ) -> str:
        """Create, or change, the customer's statement for ``period_end``; its id.

        ``values`` maps statement items (:data:`app.scoring.ratios.STATEMENT_FIELDS`)
        to yuan; items not given keep their stored value. Raises StatementError
        (nothing saved) for invalid figures, KeyError for an unknown customer.
        """
        clean = check_statement(values)
        with self._db.unit_of_work(self._actor) as uow:
            if uow.get(Customer, customer_id) is None:
                raise KeyError(customer_id)
            existing = uow.session.scalars(
                select(FinancialStatement).where(
                    FinancialStatement.customer_id == customer_id,
                    FinancialStatement.period_end == period_end,
                    FinancialStatement.deleted_at.is_(None),
                )
            ).first()
            changes: dict[str, Any] = dict(clean)
            if audited is not None:
                changes["audited"] = audited
            if existing is None:
                row = uow.add(
                    FinancialStatement(customer_id=customer_id, period_end=period_end, **changes)
                )
                uow.session.flush()
                return row.id
            uow.update(existing, changes)
            return existing.id

    def statements(self, customer_id: str, limit: int = MAX_YEARS) -> list[Statement]:
        """The customer's ``limit`` most recent statements, latest first."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(FinancialStatement)
                .where(
                    FinancialStatement.customer_id == customer_id,
                    FinancialStatement.deleted_at.is_(None),
                )
                .order_by(FinancialStatement.period_end.desc())
                .limit(limit)
            ).all()
            return [_statement(row) for row in rows]

    def delete_statement(self, statement_id: str) -> None:
        """Soft-delete a statement (the deletion syncs)."""
        with self._db.unit_of_work(self._actor) as uow:
            row = uow.get(FinancialStatement, statement_id)
            if row is None:
                raise KeyError(statement_id)
            uow.soft_delete(row)

    def ratios(self, customer_id: str) -> dict[str, Decimal | None]:
        """Every ratio of :data:`app.scoring.RATIOS` from the customer's recent statements."""
        return compute_ratios(self.statements(customer_id))

    def automatic_inputs(
        self, customer_id: str, model: ScorecardModel, today: date | None = None
    ) -> dict[str, Value]:
        """The inputs ``model`` fills itself for the customer: ratios and profile facts.

        Form inputs are not included; merge the RM's entries over these.
        """
        with self._db.reading() as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.is_deleted:
                raise KeyError(customer_id)
            facts = CustomerFacts(customer.registration_date, customer.industry_code)
        return automatic_inputs(model, facts, self.statements(customer_id), today or date.today())

    # Assessments ----------------------------------------------------------------

    def save_draft(
        self,
        customer_id: str,
        model: ScorecardModel,
        inputs: Mapping[str, object],
        application_id: str | None = None,
        assessment_id: str | None = None,
    ) -> str:
        """Create (or, with ``assessment_id``, change) a draft assessment; its id.

        The draft keeps the inputs as typed and, in its outputs, the result so
        far (or what stops scoring). Changing a submitted assessment raises
        ImmutableRecordError; KeyError for an unknown customer, application or
        assessment.
        """
        return self._save(customer_id, model, inputs, application_id, assessment_id, None)

    def _save(
        self,
        customer_id: str,
        model: ScorecardModel,
        inputs: Mapping[str, object],
        application_id: str | None,
        assessment_id: str | None,
        supersedes_id: str | None,
    ) -> str:
        self.registry.add(model)
        stored = inputs_json(model, inputs)
        outputs = _outputs(model, stored)
        values: dict[str, Any] = {
            "customer_id": customer_id,
            "application_id": application_id,
            "model_id": model.id,
            "model_version": model.version,
            "inputs": stored,
            "outputs": outputs,
            "score": _score_column(outputs.get("score")),
            "grade": outputs.get("grade"),
        }
        with self._db.unit_of_work(self._actor) as uow:
            if uow.get(Customer, customer_id) is None:
                raise KeyError(customer_id)
            if application_id is not None:
                application = uow.get(Application, application_id)
                if application is None or application.customer_id != customer_id:
                    raise KeyError(application_id)
            if assessment_id is None:
                row = uow.add(
                    Assessment(**values, status=AssessmentStatus.DRAFT, supersedes_id=supersedes_id)
                )
                uow.session.flush()
                return row.id
            found = uow.get(Assessment, assessment_id)
            if found is None:
                raise KeyError(assessment_id)
            if found.customer_id != customer_id:
                raise ValueError(f"assessment {assessment_id} belongs to another customer")
            self._refuse_final(found)
            uow.update(found, values)
            return found.id

    @staticmethod
    def _refuse_final(row: Assessment) -> None:
        if row.status == AssessmentStatus.SUBMITTED:
            raise ImmutableRecordError(
                f"Assessment {row.id} is submitted and can no longer change; supersede it"
            )

    def submit(self, assessment_id: str, now: datetime | None = None) -> AssessmentView:
        """Score the draft again with its registered model and make it final.

        Raises InputError or ScoringError (nothing changed) when the inputs
        cannot be scored, ImmutableRecordError when it is already submitted,
        KeyError for an unknown assessment or model.
        """
        with self._db.unit_of_work(self._actor) as uow:
            row = uow.get(Assessment, assessment_id)
            if row is None:
                raise KeyError(assessment_id)
            self._refuse_final(row)
            model = self.registry.get(row.model_id, row.model_version)
            result = score(model, row.inputs)
            uow.update(
                row,
                {
                    "inputs": {name: value_json(v) for name, v in result.values.items()},
                    "outputs": result.as_json(),
                    "score": result.score,
                    "grade": None if result.grade is None else result.grade.code,
                    "status": AssessmentStatus.SUBMITTED,
                    "submitted_at": now or utcnow(),
                },
            )
        return self.load(assessment_id)

    def supersede(
        self,
        assessment_id: str,
        inputs: Mapping[str, object],
        model: ScorecardModel | None = None,
    ) -> str:
        """A new draft replacing the submitted assessment ``assessment_id``; its id.

        The draft names the old one in ``supersedes_id``; the old one stays as
        it was. ``model`` defaults to the old one's. Raises ValueError when the
        assessment is not submitted (edit the draft instead) or is already
        superseded.
        """
        with self._db.reading() as session:
            old = session.get(Assessment, assessment_id)
            if old is None or old.is_deleted:
                raise KeyError(assessment_id)
            if old.status != AssessmentStatus.SUBMITTED:
                raise ValueError("only a submitted assessment is superseded; edit the draft")
            newer = self._superseded_by(session, [assessment_id]).get(assessment_id)
            if newer is not None:
                raise ValueError(f"assessment {assessment_id} is already superseded by {newer}")
            customer_id, application_id = old.customer_id, old.application_id
            chosen = model or self.registry.get(old.model_id, old.model_version)
        return self._save(customer_id, chosen, inputs, application_id, None, assessment_id)

    def discard_draft(self, assessment_id: str) -> None:
        """Soft-delete a draft (a submitted assessment cannot be deleted)."""
        with self._db.unit_of_work(self._actor) as uow:
            row = uow.get(Assessment, assessment_id)
            if row is None:
                raise KeyError(assessment_id)
            self._refuse_final(row)
            uow.soft_delete(row)

    # Reading --------------------------------------------------------------------

    @staticmethod
    def _superseded_by(session: Session, ids: list[str]) -> dict[str, str]:
        rows = session.execute(
            select(Assessment.supersedes_id, Assessment.id).where(
                Assessment.supersedes_id.in_(ids), Assessment.deleted_at.is_(None)
            )
        ).all()
        return {old: new for old, new in rows if old is not None}

    @staticmethod
    def _view(row: Assessment, superseded_by: str | None) -> AssessmentView:
        return AssessmentView(
            id=row.id,
            customer_id=row.customer_id,
            application_id=row.application_id,
            model_id=row.model_id,
            model_version=row.model_version,
            inputs=dict(row.inputs),
            outputs=dict(row.outputs),
            score=None if row.score is None else Decimal(row.score),
            grade=row.grade,
            status=row.status,
            submitted_at=row.submitted_at,
            supersedes_id=row.supersedes_id,
            superseded_by=superseded_by,
            updated_at=row.updated_at,
            updated_by=row.updated_by,
        )

    def load(self, assessment_id: str) -> AssessmentView:
        """One live assessment (KeyError if there is none)."""
        with self._db.reading() as session:
            row = session.get(Assessment, assessment_id)
            if row is None or row.is_deleted:
                raise KeyError(assessment_id)
            return self._view(row, self._superseded_by(session, [row.id]).get(row.id))

    def history(self, customer_id: str) -> list[AssessmentView]:
        """The customer's live assessments, newest first (submitted ones by submission time)."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(Assessment)
                .where(Assessment.customer_id == customer_id, Assessment.deleted_at.is_(None))
                .order_by(
                    func.coalesce(Assessment.submitted_at, Assessment.updated_at).desc(),
                    Assessment.id,
                )
            ).all()
            newer = self._superseded_by(session, [r.id for r in rows])
            return [self._view(row, newer.get(row.id)) for row in rows]

    def latest(self, customer_id: str) -> AssessmentView | None:
        """The customer's most recently submitted assessment: its current rating, if any."""
        with self._db.reading() as session:
            row = session.scalars(
                select(Assessment)
                .where(
                    Assessment.customer_id == customer_id,
                    Assessment.deleted_at.is_(None),
                    Assessment.status == AssessmentStatus.SUBMITTED,
                )
                .order_by(Assessment.submitted_at.desc(), Assessment.id)
                .limit(1)
            ).first()
            if row is None:
                return None
            return self._view(row, self._superseded_by(session, [row.id]).get(row.id))

    def model_of(self, view: AssessmentView) -> ScorecardModel:
        """The registered model an assessment names (KeyError if unknown)."""
        return self.registry.get(view.model_id, view.model_version)
