"""Financial ratios from up to three years of statements, as scorecard inputs.

A model input with ``"source": "ratio"`` is named like one of :data:`RATIOS`
and filled from the customer's statements. The latest statement (by period
end) gives the level ratios; the *previous year* is the statement whose period
ends one year earlier, give or take :data:`PREVIOUS_YEAR_SLACK_DAYS` (an
interim statement in between is not a previous year). Percentages are in per
cent and every ratio is rounded half-up to :data:`DECIMALS` places, which is
what the RM sees and what the model scores. A zero or negative denominator, a
missing figure or a missing previous year gives a missing value (``None``),
so the model's missing-value bin applies.

* ``debt_to_asset`` = total liabilities / total assets × 100 (%)
* ``current_ratio`` = current assets / current liabilities (times)
* ``quick_ratio`` = (current assets − inventory) / current liabilities (times)
* ``roa`` = net profit / **average** total assets of the latest and previous
  year × 100 (%); the latest total assets alone when there is no previous year
* ``net_margin`` = net profit / revenue × 100 (%)
* ``revenue_growth`` = (latest revenue / previous year's revenue − 1) × 100 (%)
* ``receivables_turnover`` = revenue / receivables (times a year)
* ``cash_flow_coverage`` = operating cash flow / current liabilities (times)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

DECIMALS = 2
_QUANTUM = Decimal(1).scaleb(-DECIMALS)
_HUNDRED = Decimal(100)
PREVIOUS_YEAR_SLACK_DAYS = 45
#: How many statements per customer the ratios use (latest first).
MAX_YEARS = 3


@dataclass(frozen=True)
class Statement:
    """One period's financial statement in yuan (``None``: not reported)."""

    period_end: date
    revenue: Decimal | None = None
    net_profit: Decimal | None = None
    total_assets: Decimal | None = None
    total_liabilities: Decimal | None = None
    current_assets: Decimal | None = None
    current_liabilities: Decimal | None = None
    operating_cash_flow: Decimal | None = None
    inventory: Decimal | None = None
    receivables: Decimal | None = None
    audited: bool = False
    id: str | None = None


#: The money fields of a statement, in form order.
STATEMENT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Statement) if f.name not in ("period_end", "audited", "id")
)
#: Fields that may be negative (losses, cash outflow); the others may not.
SIGNED_FIELDS = frozenset({"net_profit", "operating_cash_flow"})


@dataclass(frozen=True)
class RatioInfo:
    """A ratio's unit and names."""

    name: str
    unit: str
    label_zh: str
    label_en: str


RATIOS: dict[str, RatioInfo] = {
    info.name: info
    for info in (
        RatioInfo("debt_to_asset", "%", "资产负债率", "Debt-to-asset ratio"),
        RatioInfo("current_ratio", "倍", "流动比率", "Current ratio"),
        RatioInfo("quick_ratio", "倍", "速动比率", "Quick ratio"),
        RatioInfo("roa", "%", "总资产收益率", "Return on assets"),
        RatioInfo("net_margin", "%", "销售净利率", "Net profit margin"),
        RatioInfo("revenue_growth", "%", "营业收入增长率", "Revenue growth"),
        RatioInfo("receivables_turnover", "次/年", "应收账款周转率", "Receivables turnover"),
        RatioInfo("cash_flow_coverage", "倍", "经营现金流覆盖率", "Operating cash flow coverage"),
    )
}


def _divide(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """``numerator / denominator``; None when either is missing or the denominator is not > 0."""
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def _round(value: Decimal | None, scale: Decimal = Decimal(1)) -> Decimal | None:
    if value is None:
        return None
    return (value * scale).quantize(_QUANTUM, rounding=ROUND_HALF_UP)


def latest_statements(statements: Sequence[Statement], limit: int = MAX_YEARS) -> list[Statement]:
    """The ``limit`` most recent statements, latest first."""
    return sorted(statements, key=lambda s: s.period_end, reverse=True)[:limit]


def previous_year(statements: Sequence[Statement], latest: Statement) -> Statement | None:
    """The statement one year before ``latest`` (± the slack), if any."""
    target = _one_year_before(latest.period_end)
    slack = timedelta(days=PREVIOUS_YEAR_SLACK_DAYS)
    candidates = [s for s in statements if abs(s.period_end - target) <= slack and s is not latest]
    return min(candidates, key=lambda s: abs(s.period_end - target), default=None)


def _one_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def compute_ratios(statements: Sequence[Statement]) -> dict[str, Decimal | None]:
    """Every ratio of :data:`RATIOS` from the statements (see the module docstring)."""
    recent = latest_statements(statements)
    if not recent:
        return dict.fromkeys(RATIOS)
    latest = recent[0]
    before = previous_year(recent, latest)
    quick_assets = (
        None
        if latest.current_assets is None or latest.inventory is None
        else latest.current_assets - latest.inventory
    )
    assets = latest.total_assets
    if before is not None and assets is not None and before.total_assets is not None:
        assets = (assets + before.total_assets) / 2
    growth = None
    if before is not None:
        change = _divide(latest.revenue, before.revenue)
        growth = None if change is None else change - 1
    return {
        "debt_to_asset": _round(_divide(latest.total_liabilities, latest.total_assets), _HUNDRED),
        "current_ratio": _round(_divide(latest.current_assets, latest.current_liabilities)),
        "quick_ratio": _round(_divide(quick_assets, latest.current_liabilities)),
        "roa": _round(_divide(latest.net_profit, assets), _HUNDRED),
        "net_margin": _round(_divide(latest.net_profit, latest.revenue), _HUNDRED),
        "revenue_growth": _round(growth, _HUNDRED),
        "receivables_turnover": _round(_divide(latest.revenue, latest.receivables)),
        "cash_flow_coverage": _round(
            _divide(latest.operating_cash_flow, latest.current_liabilities)
        ),
    }
