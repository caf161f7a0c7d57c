"""Reading PMML 4.x files whose model is a ``Scorecard``.

Supported: ``DataDictionary`` (continuous, categorical and ordinal fields of
type double, float, integer or string, with ``Value`` and ``Interval``),
``MiningSchema`` (usage types active, predicted, target and supplementary;
``invalidValueTreatment``, ``invalidValueReplacement``,
``missingValueReplacement``), ``Output`` (``predictedValue`` and ranked
``reasonCode`` fields), and in the scorecard the predicates ``SimplePredicate``,
``SimpleSetPredicate`` (with ``Array``), ``CompoundPredicate`` (and, or, xor,
surrogate), ``True`` and ``False``, and ``ComplexPartialScore`` with
arithmetic (``+ - * / min max sum avg abs``, ``Constant``, ``FieldRef``).
Anything else that changes the result (transformations, targets, other
models) is refused with :class:`ModelError` naming the element and its line.
The XML is read without DTDs or entities (see :mod:`app.scoring.xmlsafe`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import cast

from app.scoring.labels import describe
from app.scoring.model import (
    BASELINE_METHODS,
    Attribute,
    Characteristic,
    Choice,
    DataType,
    InputSpec,
    Interval,
    InvalidTreatment,
    ModelError,
    OutputField,
    ReasonCodeAlgorithm,
    ScorecardModel,
    Value,
    decimal_text,
    parse_decimal,
)
from app.scoring.predicates import (
    FALSE,
    MISSING_TESTS,
    ORDERING,
    SIMPLE_OPERATORS,
    TRUE,
    Apply,
    CompoundPredicate,
    Constant,
    Expression,
    FieldRef,
    Predicate,
    SimplePredicate,
    SimpleSetPredicate,
)
from app.scoring.xmlsafe import Node, XmlError, parse_xml

_NAMESPACE = re.compile(r"https?://www\.dmg\.org/PMML-4_\d\Z")
_DATA_TYPES: dict[str, DataType] = {
    "double": "double",
    "float": "double",
    "integer": "integer",
    "string": "string",
}
_MODEL_TAGS = frozenset(
    {
        "AnomalyDetectionModel",
        "AssociationModel",
        "BayesianNetworkModel",
        "BaselineModel",
        "ClusteringModel",
        "GaussianProcessModel",
        "GeneralRegressionModel",
        "MiningModel",
        "NaiveBayesModel",
        "NearestNeighborModel",
        "NeuralNetwork",
        "RegressionModel",
        "RuleSetModel",
        "SequenceModel",
        "Scorecard",
        "SupportVectorMachineModel",
        "TextModel",
        "TimeSeriesModel",
        "TreeModel",
    }
)
_PREDICATES = frozenset(
    {"SimplePredicate", "SimpleSetPredicate", "CompoundPredicate", "True", "False"}
)
_EXPRESSIONS = frozenset({"Constant", "FieldRef", "Apply"})
_USAGE = frozenset({"active", "predicted", "target", "supplementary"})
_INVALID = frozenset({"returnInvalid", "asIs", "asMissing", "asValue"})
_CLOSURES = {
    "openOpen": (False, False),
    "openClosed": (False, True),
    "closedOpen": (True, False),
    "closedClosed": (True, True),
}
#: Elements that carry no scoring semantics and are skipped wherever they appear.
_IGNORED = frozenset(
    {"Extension", "ModelStats", "ModelExplanation", "ModelVerification", "MiningBuildTask"}
)


class _Field:
    """A DataField merged with its MiningField."""

    def __init__(self, node: Node, data_type: DataType, optype: str) -> None:
        self.node = node
        self.name = node.attrib["name"]
        self.data_type = data_type
        self.optype = optype
        self.usage = ""  # not in the MiningSchema
        self.numeric = data_type != "string"

    def value(self, text: str, where: Node, what: str = "value") -> Decimal | str:
        """``text`` converted to this field's type."""
        if not self.numeric:
            return text
        number = parse_decimal(text)
        if number is None:
            raise ModelError(f"{what} {text!r} is not a number (field {self.name!r})", where.where)
        return number


def _attr(node: Node, name: str) -> str:
    value = node.attrib.get(name)
    if value is None:
        raise ModelError(f"attribute {name!r} is required", node.where)
    return value


def _number(node: Node, name: str, default: Decimal | None = None) -> Decimal | None:
    text = node.attrib.get(name)
    if text is None:
        return default
    number = parse_decimal(text)
    if number is None:
        raise ModelError(f"attribute {name}={text!r} is not a number", node.where)
    return number


def _boolean(node: Node, name: str, default: bool) -> bool:
    text = node.attrib.get(name)
    if text is None:
        return default
    if text not in ("true", "false", "1", "0"):
        raise ModelError(f"attribute {name}={text!r} must be true or false", node.where)
    return text in ("true", "1")


def _choice(node: Node, name: str, allowed: frozenset[str] | tuple[str, ...], default: str) -> str:
    """Attribute ``name`` of ``node``, one of ``allowed`` (required when ``default`` is "")."""
    text = node.attrib.get(name, default) if default else _attr(node, name)
    if text not in allowed:
        raise ModelError(
            f"{name}={text!r} is not supported (use one of: {', '.join(sorted(allowed))})",
            node.where,
        )
    return text


def _children(node: Node, allowed: frozenset[str]) -> list[Node]:
    """The children of ``node`` that matter; unknown ones are refused."""
    kept = []
    for child in node.children:
        if child.tag in _IGNORED:
            continue
        if child.tag not in allowed:
            raise ModelError(f"{child.tag} is not supported inside {node.tag}", child.where)
        kept.append(child)
    return kept


# Dictionary and schema ----------------------------------------------------------------


def _data_dictionary(node: Node) -> dict[str, _Field]:
    fields: dict[str, _Field] = {}
    for child in _children(node, frozenset({"DataField", "Taxonomy"})):
        if child.tag == "Taxonomy":
            raise ModelError("Taxonomy is not supported", child.where)
        name = _attr(child, "name")
        if name in fields:
            raise ModelError(f"field {name!r} is defined twice", child.where)
        optype = _choice(child, "optype", ("continuous", "categorical", "ordinal"), "")
        data_type = _DATA_TYPES.get(_attr(child, "dataType"))
        if data_type is None:
            raise ModelError(
                f"dataType={child.attrib['dataType']!r} is not supported "
                "(use double, float, integer or string)",
                child.where,
            )
        if optype == "continuous" and data_type == "string":
            raise ModelError("a continuous field must have a numeric dataType", child.where)
        fields[name] = _Field(child, data_type, optype)
    return fields


def _input_spec(field: _Field, mining: Node) -> InputSpec:
    node = field.node
    choices: list[Choice] = []
    missing: set[str] = set()
    valid: list[Interval] = []
    label = node.attrib.get("displayName") or field.name
    for child in _children(node, frozenset({"Value", "Interval"})):
        if child.tag == "Value":
            text = _attr(child, "value")
            prop = _choice(child, "property", ("valid", "invalid", "missing"), "valid")
            if prop == "missing":
                missing.add(text)
            elif prop == "valid":
                value = field.value(text, child)
                shown = decimal_text(value) if isinstance(value, Decimal) else value
                display = child.attrib.get("displayValue", "")
                choices.append(Choice(shown, display, display))
        else:
            if field.optype != "continuous":
                raise ModelError("Interval is only allowed for continuous fields", child.where)
            low_closed, high_closed = _CLOSURES[_choice(child, "closure", tuple(_CLOSURES), "")]
            interval = Interval(
                _number(child, "leftMargin"), _number(child, "rightMargin"), low_closed, high_closed
            )
            if (
                interval.low is not None
                and interval.high is not None
                and interval.low > interval.high
            ):
                raise ModelError("leftMargin is above rightMargin", child.where)
            valid.append(interval)
    if field.optype == "continuous":
        choices = []  # Values of continuous fields only name special values
    valid.sort(key=lambda i: (i.low is not None, i.low or Decimal(0)))
    invalid = cast(
        InvalidTreatment, _choice(mining, "invalidValueTreatment", _INVALID, "returnInvalid")
    )
    replacement: Value = None
    if "missingValueReplacement" in mining.attrib:
        replacement = field.value(mining.attrib["missingValueReplacement"], mining)
    invalid_replacement: Value = None
    if invalid == "asValue":
        invalid_replacement = field.value(_attr(mining, "invalidValueReplacement"), mining)
    outliers = mining.attrib.get("outliers", "asIs")
    if outliers != "asIs":
        raise ModelError(f"outliers={outliers!r} is not supported", mining.where)
    return InputSpec(
        name=field.name,
        kind="numeric" if field.optype == "continuous" else "categorical",
        data_type=field.data_type,
        label_zh=label,
        label_en=label,
        choices=tuple(choices),
        valid=tuple(valid),
        missing_values=frozenset(missing),
        missing_replacement=replacement,
        invalid_treatment=invalid,
        invalid_replacement=invalid_replacement,
    )


def _mining_schema(node: Node, fields: dict[str, _Field]) -> tuple[list[InputSpec], set[str]]:
    inputs: list[InputSpec] = []
    ignored: set[str] = set()
    seen: set[str] = set()
    for child in _children(node, frozenset({"MiningField"})):
        name = _attr(child, "name")
        field = fields.get(name)
        if field is None:
            raise ModelError(f"field {name!r} is not in the DataDictionary", child.where)
        if name in seen:
            raise ModelError(f"field {name!r} is listed twice", child.where)
        seen.add(name)
        usage = _choice(child, "usageType", _USAGE, "active")
        field.usage = usage
        if "optype" in child.attrib:
            field.optype = _choice(child, "optype", ("continuous", "categorical", "ordinal"), "")
            if field.optype == "continuous" and not field.numeric:
                raise ModelError("a continuous field must have a numeric dataType", child.where)
        if usage == "active":
            inputs.append(_input_spec(field, child))
        else:
            ignored.add(name)
    return inputs, ignored


def _outputs(node: Node) -> list[OutputField]:
    outputs: list[OutputField] = []
    for child in _children(node, frozenset({"OutputField"})):
        name = _attr(child, "name")
        feature = _choice(child, "feature", ("predictedValue", "reasonCode"), "predictedValue")
        if child.children and any(c.tag not in _IGNORED for c in child.children):
            raise ModelError("OutputField expressions are not supported", child.where)
        rank = 1
        if "rank" in child.attrib:
            text = child.attrib["rank"]
            if not text.isdigit() or int(text) < 1:
                raise ModelError(f"rank={text!r} must be a whole number from 1", child.where)
            rank = int(text)
        if feature == "predictedValue":
            outputs.append(OutputField(name, "predictedValue"))
        else:
            outputs.append(OutputField(name, "reasonCode", rank))
    return outputs


# Predicates and expressions -----------------------------------------------------------


class _Context:
    def __init__(self, fields: dict[str, _Field]) -> None:
        self.fields = fields

    def field(self, node: Node, name: str) -> _Field:
        field = self.fields.get(name)
        if field is None:
            raise ModelError(f"field {name!r} is not in the DataDictionary", node.where)
        if field.usage != "active":
            raise ModelError(f"field {name!r} is not an active MiningField", node.where)
        return field

    def predicate(self, node: Node) -> Predicate:
        if node.tag == "True":
            return TRUE
        if node.tag == "False":
            return FALSE
        if node.tag == "SimplePredicate":
            field = self.field(node, _attr(node, "field"))
            op = _choice(node, "operator", SIMPLE_OPERATORS, "")
            if op in MISSING_TESTS:
                if "value" in node.attrib:
                    raise ModelError(f"operator {op!r} takes no value", node.where)
                return SimplePredicate(field.name, op)
            if op in ORDERING and not field.numeric:
                raise ModelError(
                    f"operator {op!r} needs a numeric field; {field.name!r} is a string",
                    node.where,
                )
            return SimplePredicate(field.name, op, field.value(_attr(node, "value"), node))
        if node.tag == "SimpleSetPredicate":
            field = self.field(node, _attr(node, "field"))
            op = _choice(node, "booleanOperator", ("isIn", "isNotIn"), "")
            arrays = _children(node, frozenset({"Array"}))
            if len(arrays) != 1:
                raise ModelError("SimpleSetPredicate needs exactly one Array", node.where)
            values = [field.value(t, arrays[0], "array value") for t in _array(arrays[0])]
            return SimpleSetPredicate(field.name, op, values)
        if node.tag == "CompoundPredicate":
            op = _choice(node, "booleanOperator", ("and", "or", "xor", "surrogate"), "")
            children = _children(node, _PREDICATES)
            if len(children) < 2:
                raise ModelError("CompoundPredicate needs at least two predicates", node.where)
            return CompoundPredicate(op, [self.predicate(c) for c in children])
        raise ModelError(f"{node.tag} is not a supported predicate", node.where)

    def expression(self, node: Node) -> Expression:
        if node.tag == "Constant":
            number = parse_decimal(node.text)
            if number is None:
                raise ModelError(f"{node.text.strip()!r} is not a number", node.where)
            return Constant(number)
        missing_to = _number(node, "mapMissingTo")
        if node.tag == "FieldRef":
            field = self.field(node, _attr(node, "field"))
            if not field.numeric:
                raise ModelError(f"field {field.name!r} is not numeric", node.where)
            return FieldRef(field.name, missing_to)
        if node.tag == "Apply":
            function = _attr(node, "function")
            arguments = [self.expression(c) for c in _children(node, _EXPRESSIONS)]
            try:
                return Apply(function, arguments, missing_to)
            except ValueError as exc:
                raise ModelError(str(exc), node.where) from None
        raise ModelError(f"{node.tag} is not a supported expression", node.where)


_ARRAY_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(\S+)')


def _array(node: Node) -> list[str]:
    """The values of an ``Array`` (whitespace-separated; quotes for values with spaces)."""
    kind = _choice(node, "type", ("int", "real", "string"), "")
    values = [
        quoted.replace('\\"', '"') if quoted or token == "" else token
        for quoted, token in _ARRAY_TOKEN.findall(node.text)
    ]
    if "n" in node.attrib and node.attrib["n"] != str(len(values)):
        raise ModelError(f"n={node.attrib['n']} but the array has {len(values)} values", node.where)
    if kind != "string" and any(parse_decimal(v) is None for v in values):
        raise ModelError(
            f"an Array of type {kind!r} holds a value that is not a number", node.where
        )
    return values


# The scorecard ----------------------------------------------------------------------------


def _characteristic(
    node: Node, index: int, context: _Context, use_codes: bool, baseline: Decimal | None
) -> Characteristic:
    name = node.attrib.get("name") or f"characteristic_{index + 1}"
    reason = node.attrib.get("reasonCode")
    own_baseline = _number(node, "baselineScore")
    if use_codes and own_baseline is None and baseline is None:
        raise ModelError(
            "baselineScore is required when useReasonCodes is true and the Scorecard has none",
            node.where,
        )
    attributes: list[Attribute] = []
    for child in _children(node, frozenset({"Attribute"})):
        parts = _children(child, _PREDICATES | {"ComplexPartialScore"})
        predicates = [p for p in parts if p.tag in _PREDICATES]
        complex_nodes = [p for p in parts if p.tag == "ComplexPartialScore"]
        if len(predicates) != 1:
            raise ModelError("an Attribute needs exactly one predicate", child.where)
        if len(complex_nodes) > 1:
            raise ModelError("an Attribute has at most one ComplexPartialScore", child.where)
        predicate = context.predicate(predicates[0])
        expression = None
        if complex_nodes:
            inner = _children(complex_nodes[0], _EXPRESSIONS)
            if len(inner) != 1:
                raise ModelError("ComplexPartialScore needs one expression", complex_nodes[0].where)
            expression = context.expression(inner[0])
        points = _number(child, "partialScore")
        if points is None and expression is None:
            raise ModelError("partialScore (or a ComplexPartialScore) is required", child.where)
        code = child.attrib.get("reasonCode")
        if use_codes and code is None and reason is None:
            raise ModelError(
                "reasonCode is required (here or on its Characteristic) when useReasonCodes "
                "is true",
                child.where,
            )
        label_zh, label_en = describe(predicate)
        attributes.append(
            Attribute(predicate, points, expression, code, label_zh, label_en, child.where)
        )
    if not attributes:
        raise ModelError("a Characteristic needs at least one Attribute", node.where)
    return Characteristic(
        name=name,
        attributes=tuple(attributes),
        baseline=own_baseline,
        reason_code=reason,
        label_zh=name,
        label_en=name,
        where=node.where,
    )


def _scorecard(
    node: Node, fields: dict[str, _Field], model_version: str, source: str
) -> ScorecardModel:
    function = node.attrib.get("functionName")
    if function != "regression":
        raise ModelError(f"functionName={function!r}: a Scorecard must be 'regression'", node.where)
    parts = _children(
        node,
        frozenset({"MiningSchema", "Output", "Targets", "LocalTransformations", "Characteristics"}),
    )
    schema = next((p for p in parts if p.tag == "MiningSchema"), None)
    if schema is None:
        raise ModelError("MiningSchema is required", node.where)
    for part in parts:
        if part.tag == "Targets" and part.children:
            raise ModelError("Targets (rescaling the score) is not supported", part.where)
        if part.tag == "LocalTransformations" and part.children:
            raise ModelError("derived fields (LocalTransformations) are not supported", part.where)
    inputs, ignored = _mining_schema(schema, fields)
    output = next((p for p in parts if p.tag == "Output"), None)
    outputs = _outputs(output) if output is not None else []
    use_codes = _boolean(node, "useReasonCodes", True)
    baseline = _number(node, "baselineScore")
    algorithm = cast(
        ReasonCodeAlgorithm,
        _choice(node, "reasonCodeAlgorithm", ("pointsBelow", "pointsAbove"), "pointsBelow"),
    )
    method = _choice(node, "baselineMethod", BASELINE_METHODS, "other")
    block = next((p for p in parts if p.tag == "Characteristics"), None)
    if block is None:
        raise ModelError("Characteristics is required", node.where)
    context = _Context(fields)
    characteristics = [
        _characteristic(child, i, context, use_codes, baseline)
        for i, child in enumerate(_children(block, frozenset({"Characteristic"})))
    ]
    if not characteristics:
        raise ModelError("Characteristics needs at least one Characteristic", block.where)
    name = node.attrib.get("modelName", "")
    initial = _number(node, "initialScore", Decimal(0))
    assert initial is not None
    return ScorecardModel(
        id=name or "pmml_scorecard",
        version=model_version,
        inputs=tuple(inputs),
        characteristics=tuple(characteristics),
        initial_score=initial,
        use_reason_codes=use_codes,
        reason_code_algorithm=algorithm,
        baseline_method=method,
        baseline_score=baseline,
        outputs=tuple(outputs),
        is_scorable=_boolean(node, "isScorable", True),
        name_zh=name,
        name_en=name,
        ignored_fields=frozenset(ignored),
        source_path=source,
    )


def load_pmml(data: bytes, source: str = "") -> ScorecardModel:
    """The first ``Scorecard`` model of a PMML 4.x document.

    Raises :class:`ModelError` naming the element and line of the first
    problem: bad or unsafe XML, an unsupported construct, a malformed model.
    """
    try:
        root = parse_xml(data)
    except XmlError as exc:
        raise ModelError(exc.message, f"XML at line {exc.line}" if exc.line else "XML") from None
    if root.tag != "PMML":
        raise ModelError("the root element must be PMML", root.where)
    version = root.attrib.get("version", "")
    namespace_ok = root.namespace == "" or _NAMESPACE.match(root.namespace)
    if not namespace_ok or not version.startswith("4."):
        raise ModelError(
            f"only PMML 4.x is supported (namespace {root.namespace!r}, version {version!r})",
            root.where,
        )
    header = root.find("Header")
    model_version = "" if header is None else header.attrib.get("modelVersion", "")
    dictionary = root.find("DataDictionary")
    if dictionary is None:
        raise ModelError("DataDictionary is required", root.where)
    transformations = root.find("TransformationDictionary")
    if transformations is not None and transformations.children:
        raise ModelError("TransformationDictionary is not supported", transformations.where)
    fields = _data_dictionary(dictionary)
    models = [child for child in root.children if child.tag in _MODEL_TAGS]
    scorecard = next((m for m in models if m.tag == "Scorecard"), None)
    if scorecard is None:
        found = ", ".join(m.tag for m in models) or "none"
        raise ModelError(f"the file holds no Scorecard model (models found: {found})", root.where)
    return _scorecard(scorecard, fields, model_version, source)
