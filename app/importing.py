"""Batch import (批量开发) of a segment's prospect list from .xlsx or .csv.

The flow is read → map → plan → apply:

1. :func:`read_table` reads the first sheet of an .xlsx (or a .csv in UTF-8,
   with or without BOM, or GB18030) into a :class:`Table`.
2. :func:`guess_mapping` maps columns to profile fields by their headers,
   English or Chinese (see :data:`IMPORT_FIELDS`); the UI lets the RM change it.
3. :func:`plan_import` turns every row into a draft
   :class:`~app.customer_profile.CustomerProfile` and lists what is wrong with
   it as :class:`RowProblem` entries. A row with any problem is rejected.
4. :func:`apply_import` saves the good rows in ONE transaction: all or nothing
   (default: nothing if any row is rejected) or the valid rows only.

The template (``resources/data/import_template.csv``, or
:func:`write_template_xlsx`) has these columns; only 企业名称 and
统一社会信用代码 must be filled in on every row. Amounts are in 万元.

========================  =========================  ===========================
Chinese header            English header             Field
========================  =========================  ===========================
企业名称                  name                       name (required)
统一社会信用代码          uscc                       uscc (required, 18 chars)
行业代码                  industry                   GB/T 4754 code, e.g. C33
从业人员                  employees                  whole number of persons
营业收入(万元)            revenue_wan                annual revenue
资产总额(万元)            total_assets_wan           total assets
城市                      city
法定代表人                legal_rep_name
细分市场                  segment                    market segment
申请授信敞口(万元)        requested_exposure_wan     requested credit exposure
授信类型                  credit_type                新授信 / 续授信 (new/renewal)
========================  =========================  ===========================

Further optional columns are recognised too (省份, 区县, 地址, 成立日期,
注册资本(万元), 负债总额(万元), 企业性质, 法定代表人手机, 客户经理). Duplicates by
USCC — against the profile and within the file — are rejected, never merged.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.customer_profile import CreditType, CustomerProfile, OnboardingStatus
from app.industries import all_industries, is_known_industry, normalise_industry_code
from app.money import WAN
from app.text import QT_TRANSLATE_NOOP
from app.validation import FEN, MAX_AMOUNT, Problem, label_for, normalise, validate_fields
from resources import DATA_DIR

if TYPE_CHECKING:
    from app.customers import CustomerService

#: The documented import template (Chinese headers and two example rows).
TEMPLATE_PATH = DATA_DIR / "import_template.csv"
#: File types :func:`read_table` reads.
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
#: Fields every imported row must fill in.
REQUIRED_IMPORT_FIELDS = ("name", "uscc")
#: Rows scanned for the header row (a title row above it is skipped).
HEADER_SCAN_ROWS = 10

Cell = str | int | float | Decimal | datetime | date | time | bool | None
Translate = Callable[[str, str], str]


# --- fields and headers -----------------------------------------------------------------


@dataclass(frozen=True)
class ImportField:
    """A profile field a column can be imported into, how to read it, its header aliases."""

    name: str
    kind: str  # text, uscc, industry, employees, wan, date, credit_type, ownership
    aliases: tuple[str, ...]

    @property
    def in_wan(self) -> bool:
        """Whether the column holds an amount in 万元."""
        return self.kind == "wan"


def _names(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in text.split("|"))


def _wan(english: str, chinese: str) -> tuple[str, ...]:
    """Aliases of an amount column in 万元, with and without the unit."""
    out: list[str] = []
    for base in _names(english):
        out += [base, f"{base}_wan", f"{base}(wan)", f"{base}(万元)", f"{base}(10k cny)"]
    for base in _names(chinese):
        out += [base, f"{base}(万元)", f"{base}万元"]
    return tuple(out)


# fmt: off
#: Importable fields in template order; headers match case-, space- and width-insensitively.
IMPORT_FIELDS: tuple[ImportField, ...] = (
    ImportField("name", "text", _names(
        "name | enterprise name | enterprise | company name | company | customer name"
        " | 企业名称 | 企业全称 | 公司名称 | 客户名称 | 单位名称 | 名称")),
    ImportField("uscc", "uscc", _names(
        "uscc | credit code | social credit code | unified social credit code"
        " | 统一社会信用代码 | 社会信用代码 | 信用代码 | 统一代码")),
    ImportField("industry_code", "industry", _names(
        "industry | industry code | industry_code | gb/t 4754"
        " | 行业代码 | 行业分类代码 | 国民经济行业代码 | 国标行业代码 | 行业 | 所属行业")),
    ImportField("employees", "employees", _names(
        "employees | employee count | headcount | staff | employees(persons)"
        " | 从业人员 | 从业人员(人) | 从业人员数 | 从业人数 | 员工人数 | 职工人数")),
    ImportField("annual_revenue", "wan", _wan(
        "revenue | annual revenue | annual_revenue", "营业收入 | 年营业收入 | 营收 | 销售收入")),
    ImportField("total_assets", "wan", _wan(
        "total_assets | total assets | assets", "资产总额 | 总资产")),
    ImportField("city", "text", _names("city | 城市 | 所在城市 | 所在地市 | 地市")),
    ImportField("legal_rep_name", "text", _names(
        "legal_rep_name | legal representative | legal rep | 法定代表人 | 法人代表 | 法人")),
    ImportField("segment", "text", _names("segment | market segment | 细分市场 | 所属细分市场")),
    ImportField("requested_exposure", "wan", _wan(
        "requested_exposure | requested exposure | exposure",
        "申请授信敞口 | 授信敞口 | 申请敞口 | 申请授信金额 | 申请金额")),
    ImportField("credit_type", "credit_type", _names("credit_type | credit type | 授信类型")),
    ImportField("province", "text", _names("province | 省份 | 省 | 所在省份")),
    ImportField("district", "text", _names("district | county | 区县 | 区/县 | 县区")),
    ImportField("address", "text", _names("address | 地址 | 注册地址 | 经营地址 | 办公地址")),
    ImportField("registration_date", "date", _names(
        "registration_date | registration date | registered on | established"
        " | 成立日期 | 注册日期 | 成立时间")),
    ImportField("registered_capital", "wan", _wan(
        "registered_capital | registered capital", "注册资本")),
    ImportField("total_liabilities", "wan", _wan(
        "total_liabilities | total liabilities | liabilities", "负债总额")),
    ImportField("ownership_type", "ownership", _names(
        "ownership_type | ownership | 企业性质 | 所有制 | 经济性质")),
    ImportField("legal_rep_mobile", "text", _names(
        "legal_rep_mobile | legal rep mobile | 法定代表人手机 | 法人手机 | 法定代表人电话")),
    ImportField("assigned_rm", "text", _names(
        "assigned_rm | relationship manager | rm | 客户经理")),
)
# fmt: on
FIELDS_BY_NAME: dict[str, ImportField] = {f.name: f for f in IMPORT_FIELDS}

_HEADER_BRACKETS = str.maketrans("[]【】〔〕", "()()()")
_HEADER_NOISE = re.compile(r"[\s_\-*:：·]+")


def header_key(text: str) -> str:
    """``text`` folded for matching headers: NFKC, case-folded, no spaces, ``_``, ``-`` or ``*``."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_HEADER_BRACKETS)
    return _HEADER_NOISE.sub("", folded)


_ALIASES: dict[str, str] = {}
for _field in IMPORT_FIELDS:
    for _alias in (_field.name, *_field.aliases):
        _ALIASES.setdefault(header_key(_alias), _field.name)


def field_for_header(header: str) -> str | None:
    """The profile field a column headed ``header`` holds, if the header is known."""
    return _ALIASES.get(header_key(header)) if header.strip() else None


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → profile field for each known header (the first column wins a field)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = field_for_header(header)
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


# --- problems ---------------------------------------------------------------------------

#: English templates of import problems (context "Import").
IMPORT_TEMPLATES: dict[str, str] = {
    "file.not_found": QT_TRANSLATE_NOOP("Import", "There is no file {path}"),
    "file.type": QT_TRANSLATE_NOOP(
        "Import", "RM Desk imports .xlsx and .csv files, not “{suffix}”: save the list as one"
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Import", "The file cannot be read: {detail}"),
    "file.encoding": QT_TRANSLATE_NOOP(
        "Import", "The file is neither UTF-8 nor GB18030 text: save it as “CSV UTF-8”"
    ),
    "file.empty": QT_TRANSLATE_NOOP("Import", "The file has no header row"),
    "mapping.missing": QT_TRANSLATE_NOOP("Import", "No column is imported as: {fields}"),
    "mapping.twice": QT_TRANSLATE_NOOP("Import", "Several columns are imported as: {fields}"),
    "import.missing": QT_TRANSLATE_NOOP("Import", "This must be filled in to import the row"),
    "import.industry_unknown": QT_TRANSLATE_NOOP(
        "Import", "“{value}” is not a GB/T 4754-2017 industry code"
    ),
    "import.not_whole_number": QT_TRANSLATE_NOOP("Import", "“{value}” is not a whole number"),
    "import.not_amount": QT_TRANSLATE_NOOP("Import", "“{value}” is not an amount in 万元"),
    "import.not_date": QT_TRANSLATE_NOOP(
        "Import", "“{value}” is not a date: write it like 2015-06-30"
    ),
    "import.credit_type": QT_TRANSLATE_NOOP(
        "Import", "“{value}” is not a credit type: write 新授信 or 续授信"
    ),
    "import.uscc_number": QT_TRANSLATE_NOOP(
        "Import",
        "The code was stored as a number and has lost digits: "
        "format the column as text and type the code again",
    ),
    "import.duplicate_profile": QT_TRANSLATE_NOOP("Import", "Already in the profile as {name}"),
    "import.duplicate_file": QT_TRANSLATE_NOOP("Import", "Same USCC as row {row}"),
}

#: Headers of the error report (context "ImportReport").
REPORT_HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportReport", "Row"),
    QT_TRANSLATE_NOOP("ImportReport", "Column"),
    QT_TRANSLATE_NOOP("ImportReport", "Field"),
    QT_TRANSLATE_NOOP("ImportReport", "Problem"),
    QT_TRANSLATE_NOOP("ImportReport", "Code"),
)
#: Title of the report's sheet (context "ImportReport").
REPORT_SHEET = QT_TRANSLATE_NOOP("ImportReport", "Problems")


def _untranslated(_context: str, text: str) -> str:
    return text


class ImportFileError(ValueError):
    """The file (or the column mapping) cannot be imported at all; ``text()`` says why."""

    context = "Import"

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.template = IMPORT_TEMPLATES[code]
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message, placeholders filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with one row of the file.

    ``row`` is the spreadsheet row number (the header row counts); ``field`` a
    profile field; ``template`` is translated in ``context`` ("Import" or
    "Validation") and filled with ``params``. ``duplicate_of`` is the id of the
    customer already in the profile, ``duplicate_row`` the other row of the file.
    """

    row: int
    field: str
    code: str
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    context: str = "Import"
    column: str = ""
    duplicate_of: str | None = None
    duplicate_row: int | None = None

    def text(self) -> str:
        """The English reason, placeholders filled in."""
        return self.template.format(**self.params)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict: row, field, code, reason, column and the duplicate, if any."""
        out: dict[str, Any] = {
            "row": self.row,
            "field": self.field,
            "code": self.code,
            "reason": self.text(),
            "column": self.column,
        }
        if self.duplicate_of is not None:
            out["duplicate_of"] = {"id": self.duplicate_of, "name": self.params.get("name", "")}
        if self.duplicate_row is not None:
            out["duplicate_of"] = {"row": self.duplicate_row}
        return out


def _import_problem(
    row: int, name: str, code: str, column: str = "", /, **params: Any
) -> RowProblem:
    return RowProblem(
        row,
        name,
        code,
        IMPORT_TEMPLATES[code],
        {k: str(v) for k, v in params.items()},
        column=column,
    )


# --- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    """One non-empty data row: its spreadsheet row number and cells (one per column)."""

    number: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """The header and data rows of a file; ``header_row`` is the header's row number."""

    headers: list[str]
    rows: list[SourceRow]
    header_row: int = 1
    path: Path | None = None


def _float_decimal(value: float) -> Decimal:
    """``value`` as Excel shows it: 15 significant digits, so no binary artefacts."""
    return Decimal(format(value, ".15g"))


def cell_text(value: Cell) -> str:
    """A cell as text for display and text fields: ``1234.5`` not ``1234.500000001``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return f"{_float_decimal(value).normalize():f}"
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _is_empty(cells: Sequence[Cell]) -> bool:
    return all(cell_text(c) == "" for c in cells)


def _header_score(cells: Sequence[Cell]) -> int:
    return len({f for c in cells if (f := field_for_header(cell_text(c))) is not None})


def _table(numbered: Iterable[tuple[int, Sequence[Cell]]], path: Path | None) -> Table:
    """Pick the header row (the best-known headers of the first rows) and pad the rows."""
    rows = [(n, list(cells)) for n, cells in numbered if not _is_empty(cells)]
    if not rows:
        raise ImportFileError("file.empty")
    candidates = rows[:HEADER_SCAN_ROWS]
    scores = [_header_score(cells) for _, cells in candidates]
    best = max(range(len(candidates)), key=lambda i: (scores[i] >= 2, scores[i], -i))
    if scores[best] < 2:
        best = 0
    header_number, header_cells = rows[best]
    data = rows[best + 1 :]
    width = max(
        (i + 1 for _, cells in [rows[best], *data] for i, c in enumerate(cells) if cell_text(c)),
        default=0,
    )
    headers = [cell_text(c) for c in header_cells[:width]]
    headers += [""] * (width - len(headers))
    source = [
        SourceRow(n, tuple(cells[:width]) + (None,) * (width - len(cells[:width])))
        for n, cells in data
    ]
    return Table(headers, source, header_number, path)


def _read_xlsx(path: Path) -> Table:
    from zipfile import BadZipFile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ImportFileError("file.unreadable", detail=str(exc) or type(exc).__name__) from exc
    try:
        sheet = workbook.worksheets[0]
        # Some writers leave a wrong <dimension>; without it every stored row is read.
        sheet.reset_dimensions()
        numbered = enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1)
        return _table(numbered, path)
    finally:
        workbook.close()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError("file.encoding")


def _read_csv(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("file.unreadable", detail=exc.strerror or str(exc)) from exc
    text = _decode(data)
    if path.suffix.lower() == ".tsv":
        delimiter = "\t"
    else:
        sample = "\n".join(text.splitlines()[:20])
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _table(((n, row) for n, row in enumerate(reader, start=1)), path)
    except csv.Error as exc:
        raise ImportFileError("file.unreadable", detail=str(exc)) from exc


def read_table(path: Path | str) -> Table:
    """The first sheet of an .xlsx, or a .csv (UTF-8 with or without BOM, or GB18030).

    The header row is the first non-empty row, or among the first rows the one
    with most known headers (so a title row above it is skipped). Empty rows
    are dropped; row numbers stay those of the spreadsheet. Raises
    :class:`ImportFileError` when the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES + TEXT_SUFFIXES:
        raise ImportFileError("file.type", suffix=path.suffix or path.name)
    if not path.is_file():
        raise ImportFileError("file.not_found", path=str(path))
    return _read_xlsx(path) if suffix in EXCEL_SUFFIXES else _read_csv(path)


# --- converting cells -------------------------------------------------------------------


class _CellError(ValueError):
    def __init__(self, code: str, value: str) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


_NUMBER_NOISE = re.compile(r"[\s,，_']+")
_INDUSTRY_PREFIX = re.compile(r"([A-Za-z]?\d{1,4}|[A-Za-z])(?![A-Za-z0-9])")
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_CREDIT_TYPES = {
    "new": CreditType.NEW,
    "新授信": CreditType.NEW,
    "新": CreditType.NEW,
    "新增": CreditType.NEW,
    "新增授信": CreditType.NEW,
    "首次授信": CreditType.NEW,
    "renewal": CreditType.RENEWAL,
    "续授信": CreditType.RENEWAL,
    "续": CreditType.RENEWAL,
    "续贷": CreditType.RENEWAL,
    "续作": CreditType.RENEWAL,
    "续授": CreditType.RENEWAL,
}
_OWNERSHIP = {
    "民营": "private",
    "私营": "private",
    "民营企业": "private",
    "私营企业": "private",
    "国有": "state",
    "国有企业": "state",
    "国企": "state",
    "集体": "collective",
    "集体企业": "collective",
    "外资": "foreign",
    "外商独资": "foreign",
    "外资企业": "foreign",
    "港澳台资": "hmt",
    "港澳台": "hmt",
    "港澳台商投资": "hmt",
    "中外合资": "joint",
    "合资": "joint",
    "个体工商户": "individual",
    "个体": "individual",
    "其他": "other",
}


def _decimal(value: Cell, strip_units: Sequence[str]) -> Decimal | None:
    """A number cell as an exact Decimal (None when empty); ``_CellError`` if not a number."""
    if value is None:
        return None
    shown = cell_text(value)
    if isinstance(value, bool | date | time):
        raise _CellError("", shown)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        number = _float_decimal(value) if value == value else Decimal("NaN")
    elif isinstance(value, Decimal):
        number = value
    else:
        text = _NUMBER_NOISE.sub("", unicodedata.normalize("NFKC", value)).lstrip("¥")
        if not text:
            return None
        for unit in strip_units:
            text = text.removesuffix(unit)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise _CellError("", shown) from None
    if not number.is_finite():
        raise _CellError("", shown)
    return number


def wan_to_yuan(amount_wan: Decimal) -> Decimal:
    """``amount_wan`` 万元 in yuan, exact; kept to the fen when that loses nothing."""
    if amount_wan.adjusted() > 20:  # absurd; keep it finite, validation says "too large"
        amount_wan = Decimal(10**20).copy_sign(amount_wan)
    yuan = amount_wan * WAN
    if abs(yuan) < MAX_AMOUNT and yuan == yuan.quantize(FEN):
        return yuan.quantize(FEN)
    return yuan


def _amount(value: Cell) -> Decimal | None:
    try:
        wan = _decimal(value, ("万元", "万"))
    except _CellError as exc:
        raise _CellError("import.not_amount", exc.value) from None
    return None if wan is None else wan_to_yuan(wan)


def _employees(value: Cell) -> int | None:
    try:
        number = _decimal(value, ("人", "名"))
    except _CellError as exc:
        raise _CellError("import.not_whole_number", exc.value) from None
    if number is None:
        return None
    if number != number.to_integral_value():
        raise _CellError("import.not_whole_number", cell_text(value))
    if number.adjusted() > 12:  # absurd; keep the int small, validation says "out of range"
        number = Decimal(10**12).copy_sign(number)
    return int(number)


def _industry(value: Cell) -> str:
    text = cell_text(value)
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).strip().upper()
    candidates = [folded]
    if match := _INDUSTRY_PREFIX.match(folded):
        candidates.append(match.group(1))
    for candidate in candidates:
        if candidate.isdigit() and len(candidate) == 1:
            candidate = f"0{candidate}"  # Excel drops the 0 of "01"..."09"
        if is_known_industry(candidate):
            return normalise_industry_code(candidate)
    squeezed = re.sub(r"\s+", "", folded).casefold()
    for entry in all_industries():
        if squeezed in (entry.name_zh, entry.name_en.casefold()):
            return entry.code
    raise _CellError("import.industry_unknown", text)


def _registration_date(value: Cell) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", cell_text(value))
    if not text:
        return None
    match = _DATE_RE.fullmatch(text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if match is not None:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise _CellError("import.not_date", cell_text(value))


def _credit_type(value: Cell) -> str:
    text = cell_text(value)
    if not text:
        return CreditType.NEW.value
    found = _CREDIT_TYPES.get(unicodedata.normalize("NFKC", text).casefold().replace(" ", ""))
    if found is None:
        raise _CellError("import.credit_type", text)
    return found.value


def _ownership(value: Cell) -> str:
    text = cell_text(value)
    folded = unicodedata.normalize("NFKC", text).casefold().replace(" ", "")
    return _OWNERSHIP.get(folded, folded if folded else "")


def _uscc(value: Cell) -> str:
    if isinstance(value, float):
        raise _CellError("import.uscc_number", cell_text(value))
    return cell_text(value).upper()


def _convert(spec: ImportField, value: Cell) -> Any:
    match spec.kind:
        case "uscc":
            return _uscc(value)
        case "industry":
            return _industry(value)
        case "employees":
            return _employees(value)
        case "wan":
            return _amount(value)
        case "date":
            return _registration_date(value)
        case "credit_type":
            return _credit_type(value)
        case "ownership":
            return _ownership(value)
    return cell_text(value)


# --- planning ---------------------------------------------------------------------------


class CustomerRefLike(Protocol):
    """What :func:`plan_import` needs of a customer found by USCC."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


UsccLookup = Callable[[list[str]], Mapping[str, CustomerRefLike]]


@dataclass
class PlannedRow:
    """One row of the file: the draft it becomes and what is wrong with it."""

    row: int
    profile: CustomerProfile
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the row can be imported."""
        return not self.problems


@dataclass
class ImportPlan:
    """What an import would do: every row with its draft profile and problems."""

    rows: list[PlannedRow]
    mapping: dict[int, str]
    headers: list[str] = field(default_factory=list)

    @property
    def valid(self) -> list[PlannedRow]:
        """The rows without problems."""
        return [r for r in self.rows if r.ok]

    @property
    def rejected(self) -> list[RowProblem]:
        """Every problem of every rejected row, in row order."""
        return [p for r in self.rows for p in r.problems]

    @property
    def rejected_rows(self) -> list[int]:
        """Row numbers of the rejected rows."""
        return [r.row for r in self.rows if not r.ok]


def check_mapping(mapping: Mapping[int, str]) -> list[str]:
    """Required fields (:data:`REQUIRED_IMPORT_FIELDS`) no column is mapped to."""
    mapped = set(mapping.values())
    return [name for name in REQUIRED_IMPORT_FIELDS if name not in mapped]


def _validated_mapping(mapping: Mapping[int, str], width: int) -> dict[int, str]:
    clean = {i: f for i, f in mapping.items() if f}
    unknown = [f for f in clean.values() if f not in FIELDS_BY_NAME]
    if unknown:
        raise ValueError(f"cannot import into {unknown}")
    if any(not 0 <= i < width for i in clean):
        raise ValueError("mapping names a column the file does not have")
    twice = sorted({f for f in clean.values() if list(clean.values()).count(f) > 1})
    if twice:
        raise ImportFileError("mapping.twice", fields=", ".join(label_for(f) for f in twice))
    missing = check_mapping(clean)
    if missing:
        raise ImportFileError("mapping.missing", fields=", ".join(label_for(f) for f in missing))
    return clean


def _plan_row(
    source: SourceRow,
    mapping: Mapping[int, str],
    headers: Sequence[str],
    today: date,
    segment: str,
    programme: str,
) -> PlannedRow:
    values: dict[str, Any] = {}
    problems: list[RowProblem] = []
    columns = {name: headers[i] for i, name in mapping.items()}
    for index, name in mapping.items():
        try:
            values[name] = _convert(FIELDS_BY_NAME[name], source.cells[index])
        except _CellError as exc:
            problems.append(
                _import_problem(source.number, name, exc.code, headers[index], value=exc.value)
            )
    profile = CustomerProfile(**values)
    profile.status = OnboardingStatus.DRAFT.value
    if segment and not profile.segment.strip():
        profile.segment = segment
    if programme:
        profile.programmes = [programme]
    profile = normalise(profile)
    for name in REQUIRED_IMPORT_FIELDS:
        if name in values and not str(getattr(profile, name)).strip():
            problems.append(
                _import_problem(source.number, name, "import.missing", columns.get(name, ""))
            )
    problem: Problem
    for problem in validate_fields(profile, today):
        top = problem.field.split(".")[0]
        problems.append(
            RowProblem(
                source.number,
                problem.field,
                problem.code,
                problem.template,
                dict(problem.params),
                context="Validation",
                column=columns.get(top, ""),
            )
        )
    return PlannedRow(source.number, profile, problems)


def _field_order(problem: RowProblem) -> int:
    names = [f.name for f in IMPORT_FIELDS]
    top = problem.field.split(".")[0]
    return names.index(top) if top in names else len(names)


def plan_import(
    table: Table,
    mapping: Mapping[int, str],
    existing_usccs: UsccLookup,
    today: date,
    *,
    segment: str = "",
    programme: str = "",
) -> ImportPlan:
    """Check every row of ``table`` read through ``mapping`` (column → field).

    Each row becomes a draft profile (amounts from 万元 to yuan, exactly); a row
    is rejected for any field problem, a missing name or USCC, or a USCC that is
    already in the profile (``existing_usccs``, e.g.
    :meth:`CustomerService.existing_usccs`) or on another row of the file (all
    such rows are rejected: nothing is merged). ``segment`` fills rows whose
    segment cell is empty; ``programme`` tags every row. Raises
    :class:`ImportFileError` when the mapping lacks a required field or maps a
    field twice.
    """
    clean = _validated_mapping(mapping, len(table.headers))
    planned = [
        _plan_row(source, clean, table.headers, today, segment.strip(), programme.strip())
        for source in table.rows
    ]
    uscc_column = next((table.headers[i] for i, f in clean.items() if f == "uscc"), "")
    by_code: dict[str, list[PlannedRow]] = {}
    for row in planned:
        if row.profile.uscc and not any(p.field == "uscc" for p in row.problems):
            by_code.setdefault(row.profile.uscc, []).append(row)
    for rows in by_code.values():
        for row in rows if len(rows) > 1 else ():
            other = next(r.row for r in rows if r is not row)
            problem = _import_problem(
                row.row, "uscc", "import.duplicate_file", uscc_column, row=other
            )
            row.problems.append(replace(problem, duplicate_row=other))
    found = existing_usccs(sorted(by_code)) if by_code else {}
    for code, ref in found.items():
        for row in by_code.get(code, ()):
            problem = _import_problem(
                row.row, "uscc", "import.duplicate_profile", uscc_column, name=ref.name
            )
            row.problems.append(replace(problem, duplicate_of=ref.id))
    for row in planned:
        row.problems.sort(key=_field_order)
    return ImportPlan(planned, dict(clean), list(table.headers))


# --- applying ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` did: how many customers it saved, which rows it refused."""

    imported: int
    rejected: list[RowProblem]
    customer_ids: list[str] = field(default_factory=list)


def apply_import(service: CustomerService, plan: ImportPlan, valid_only: bool) -> ImportResult:
    """Save the rows of ``plan`` as drafts in ONE transaction.

    All or nothing (``valid_only=False``): if any row is rejected nothing is
    saved. Valid rows only: the good rows are saved, the rest reported. The
    USCCs are looked up again first, so a customer added since the plan was
    made is still caught as a duplicate.
    """
    rejected = plan.rejected
    if rejected and not valid_only:
        return ImportResult(0, rejected)
    good = plan.valid
    found = service.existing_usccs([r.profile.uscc for r in good if r.profile.uscc])
    late: list[RowProblem] = []
    for row in good:
        ref = found.get(row.profile.uscc)
        if ref is not None:
            column = next((plan.headers[i] for i, f in plan.mapping.items() if f == "uscc"), "")
            problem = _import_problem(
                row.row, "uscc", "import.duplicate_profile", column, name=ref.name
            )
            late.append(replace(problem, duplicate_of=ref.id))
    if late:
        rejected = sorted([*rejected, *late], key=lambda p: p.row)
        if not valid_only:
            return ImportResult(0, rejected)
        late_rows = {p.row for p in late}
        good = [r for r in good if r.row not in late_rows]
    if not good:
        return ImportResult(0, rejected)
    saved = service.save_many([r.profile for r in good])
    return ImportResult(len(saved), rejected, [p.id for p in saved if p.id is not None])


# --- reports and the template -----------------------------------------------------------


def report_rows(
    rejected: Sequence[RowProblem], translate: Translate | None = None
) -> list[list[Any]]:
    """The error report as rows (header first), worded by ``translate(context, text)``."""
    word = translate or _untranslated
    rows: list[list[Any]] = [[word("ImportReport", h) for h in REPORT_HEADERS]]
    for problem in rejected:
        try:
            label = word("CustomerField", label_for(problem.field))
        except KeyError:
            label = problem.field
        reason = word(problem.context, problem.template).format(**problem.params)
        rows.append([problem.row, problem.column, label, reason, problem.code])
    return rows


def write_error_report(
    path: Path | str, rejected: Sequence[RowProblem], translate: Translate | None = None
) -> Path:
    """Write the rejected rows to ``path``: .xlsx, else .csv in UTF-8 with BOM (for Excel).

    Columns: row, column, field, problem, code. ``translate(context, text)``
    (e.g. ``QCoreApplication.translate``) words it; English without it.
    """
    path = Path(path)
    rows = report_rows(rejected, translate)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        title = (translate or _untranslated)("ImportReport", REPORT_SHEET)
        _write_xlsx(path, rows, widths=(8, 24, 24, 60, 26), sheet_title=title)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(rows)
    return path


def _write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[int],
    sheet_title: str,
    text_columns: Sequence[int] = (),
    notes: Sequence[Sequence[str]] = (),
) -> None:
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for row in rows:
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for index in text_columns:
        for (cell,) in sheet.iter_rows(min_col=index + 1, max_col=index + 1, min_row=2):
            cell.number_format = "@"
    sheet.freeze_panes = "A2"
    if notes:
        info = workbook.create_sheet("填写说明")
        for row in notes:
            info.append(list(row))
        for cell in info[1]:
            cell.font = Font(bold=True)
        for letter, width in zip("ABCD", (24, 26, 10, 60), strict=True):
            info.column_dimensions[letter].width = width
    workbook.save(path)


#: The template's notes sheet: header, English header, required, what to enter.
TEMPLATE_NOTES: tuple[tuple[str, str, str, str], ...] = (
    ("列名", "English header", "必填", "填写说明"),
    ("企业名称", "name", "是", "营业执照上的企业名称"),
    (
        "统一社会信用代码",
        "uscc",
        "是",
        "18位，请将本列设为文本格式；与已有客户或本表其他行重复将被拒绝",
    ),
    ("行业代码", "industry", "否", "GB/T 4754-2017 行业代码，如 C33、3311 或 F51"),
    ("从业人员", "employees", "否", "人数，整数"),
    ("营业收入(万元)", "revenue_wan", "否", "上年营业收入，单位万元"),
    ("资产总额(万元)", "total_assets_wan", "否", "单位万元"),
    ("城市", "city", "否", ""),
    ("法定代表人", "legal_rep_name", "否", ""),
    ("细分市场", "segment", "否", "空白时使用导入时选择的细分市场"),
    ("申请授信敞口(万元)", "requested_exposure_wan", "否", "单位万元"),
    ("授信类型", "credit_type", "否", "新授信 或 续授信（空白为新授信）"),
)


def template_table() -> Table:
    """The documented template (:data:`TEMPLATE_PATH`) as a table."""
    return read_table(TEMPLATE_PATH)


def write_template_xlsx(path: Path | str) -> Path:
    """Write the import template as .xlsx: the template sheet and a sheet of notes.

    The USCC column is formatted as text so Excel keeps all 18 characters;
    the example amounts and counts are numbers.
    """
    path = Path(path)
    table = template_table()
    mapping = guess_mapping(table.headers)
    rows: list[list[Any]] = [list(table.headers)]
    for source in table.rows:
        row: list[Any] = []
        for index, value in enumerate(source.cells):
            kind = FIELDS_BY_NAME[mapping[index]].kind if index in mapping else "text"
            text = cell_text(value)
            if kind == "employees" and text:
                row.append(int(text))
            elif kind == "wan" and text:
                number = Decimal(text)
                row.append(int(number) if number == number.to_integral_value() else float(number))
            else:
                row.append(text)
        rows.append(row)
    uscc_columns = [i for i, f in mapping.items() if f == "uscc"]
    widths = [max(12, 2 * len(h) + 4) for h in table.headers]
    _write_xlsx(path, rows, widths, "客户名单", text_columns=uscc_columns, notes=TEMPLATE_NOTES)
    return path
