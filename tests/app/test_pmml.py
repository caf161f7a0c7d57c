"""PMML 4.x Scorecard import: the DMG worked example, semantics, and malformed files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.scoring import (
    DMG_SAMPLE_PATH,
    InputError,
    ModelError,
    ScorecardModel,
    ScoringError,
    load_model,
    load_model_bytes,
    score,
)
from app.scoring.xmlsafe import parse_xml

D = Decimal
DMG_INPUT = {"department": "engineering", "age": 25, "income": 500}


def pmml(body: str, dictionary: str = "", head: str = "") -> bytes:
    """A PMML 4.4 document; ``body`` goes inside the Scorecard after the MiningSchema."""
    fields = dictionary or (
        '<DataField name="department" dataType="string" optype="categorical"/>'
        '<DataField name="age" dataType="integer" optype="continuous"/>'
        '<DataField name="income" dataType="double" optype="continuous"/>'
        '<DataField name="overallScore" dataType="double" optype="continuous"/>'
    )
    schema = "".join(
        f'<MiningField name="{n}"/>'
        for n in ("department", "age", "income")
        if f'name="{n}"' in fields
    )
    return (
        '<PMML xmlns="http://www.dmg.org/PMML-4_4" version="4.4">\n'
        f"<DataDictionary>{fields}</DataDictionary>\n"
        f'<Scorecard functionName="regression" {head}>\n'
        f"<MiningSchema>{schema}</MiningSchema>\n"
        f"{body}\n"
        "</Scorecard>\n</PMML>\n"
    ).encode()


def load(data: bytes) -> ScorecardModel:
    return load_model_bytes(data, "pmml")


# The DMG example ---------------------------------------------------------------------


def test_the_dmg_worked_example_scores_exactly() -> None:
    model = load_model(DMG_SAMPLE_PATH)
    assert model.id == "SampleScorecard"
    result = score(model, DMG_INPUT)
    assert result.score == 29
    assert [p.points for p in result.partial_scores] == [D(3), D(0), D(26)]
    assert [p.gap for p in result.partial_scores] == [D(16), D(18), D(-16)]
    assert [(rc.code, rc.gap) for rc in result.reason_codes] == [("RC2", D(18)), ("RC1", D(16))]
    assert result.outputs == {
        "Final Score": D(29),
        "Reason Code 1": "RC2",
        "Reason Code 2": "RC1",
        "Reason Code 3": None,
    }
    assert result.as_json()["outputs"]["Final Score"] == "29"


@pytest.mark.parametrize(
    ("income", "expected"),
    [
        # department and age missing: -9 and -1
        (None, D(-10) + 3),
        (1000, D(-10) + (D("0.03") * 1000 + 11)),
        (1500, D(-10) + 5),
        (3000, D(-10) + (D("0.01") * 3000 - 18)),
    ],
)
def test_complex_partial_scores_of_the_dmg_example(income: int | None, expected: Decimal) -> None:
    model = load_model(DMG_SAMPLE_PATH)
    assert score(model, {"department": None, "age": None, "income": income}).score == expected


def test_the_dmg_example_treats_invalid_values_as_missing_and_has_a_catch_all() -> None:
    model = load_model(DMG_SAMPLE_PATH)
    result = score(model, {"department": "sales", "age": "twenty", "income": "500"})
    assert [p.points for p in result.partial_scores] == [D(0), D(-1), D(26)]
    assert result.partial_scores[0].bin_en == "otherwise"
    assert result.partial_scores[1].bin_en == "missing"


def test_pmml_4_1_example_with_characteristic_reason_codes() -> None:
    """The 4.1 form of the example (no True, no ComplexPartialScore) gives the same."""
    data = DMG_SAMPLE_PATH.read_bytes()
    start = data.index(b'<Characteristic name="incomeScore"')
    end = data.index(b"</Characteristics>")
    income = (
        b'<Characteristic name="incomeScore" reasonCode="RC3" baselineScore="10">'
        b'<Attribute partialScore="5"><SimplePredicate field="income" operator="isMissing"/>'
        b'</Attribute><Attribute partialScore="26"><SimplePredicate field="income" '
        b'operator="lessOrEqual" value="1000"/></Attribute><Attribute partialScore="5">'
        b'<CompoundPredicate booleanOperator="and"><SimplePredicate field="income" '
        b'operator="greaterThan" value="1000"/><SimplePredicate field="income" '
        b'operator="lessOrEqual" value="2500"/></CompoundPredicate></Attribute>'
        b'<Attribute partialScore="-3"><SimplePredicate field="income" operator="greaterThan" '
        b'value="2500"/></Attribute></Characteristic>'
    )
    old = data[:start] + income + data[end:]
    old = old.replace(b"PMML-4_4", b"PMML-4_1").replace(b'version="4.4"', b'version="4.1"')
    result = score(load(old), DMG_INPUT)
    assert result.score == 29
    assert [rc.code for rc in result.reason_codes] == ["RC2", "RC1"]


def test_attribute_level_reason_codes_override_the_characteristic() -> None:
    """ageScore without its own code, each Attribute with one (RC2_1 .. RC2_5)."""
    data = DMG_SAMPLE_PATH.read_text()
    head, rest = data.split('<Characteristic name="ageScore" reasonCode="RC2"', 1)
    age, tail = rest.split("</Characteristic>", 1)
    parts = age.split("<Attribute ")
    age = parts[0] + "".join(
        f'<Attribute reasonCode="RC2_{i}" {part}' for i, part in enumerate(parts[1:], start=1)
    )
    data = head + '<Characteristic name="ageScore"' + age + "</Characteristic>" + tail
    model = load(data.encode())
    assert model.characteristics[1].reason_code is None
    result = score(model, DMG_INPUT)
    assert result.score == 29
    assert [rc.code for rc in result.reason_codes] == ["RC2_3", "RC1"]
    assert result.outputs is not None and result.outputs["Reason Code 1"] == "RC2_3"
    assert [rc.code for rc in score(model, {**DMG_INPUT, "age": 35}).reason_codes] == [
        "RC1",
        "RC2_4",
    ]


# Reason code semantics ---------------------------------------------------------------

ABC = (
    '<DataField name="a" dataType="double" optype="continuous"/>'
    '<DataField name="b" dataType="double" optype="continuous"/>'
    '<DataField name="c" dataType="double" optype="continuous"/>'
)


def three(head: str, codes: tuple[str, str, str] = ("A", "B", "C")) -> bytes:
    """Three characteristics on a, b, c scoring the value itself (bins 0..9)."""
    chars = []
    for field, code in zip("abc", codes, strict=True):
        bins = "".join(
            f'<Attribute partialScore="{v}"><SimplePredicate field="{field}" operator="equal" '
            f'value="{v}"/></Attribute>'
            for v in range(10)
        )
        chars.append(
            f'<Characteristic name="{field}Score" reasonCode="{code}" baselineScore="5">'
            f"{bins}</Characteristic>"
        )
    body = "<Characteristics>" + "".join(chars) + "</Characteristics>"
    data = pmml(body, ABC, head)
    return data.replace(
        b"<MiningSchema></MiningSchema>",
        b"".join(
            [
                b"<MiningSchema>",
                *(f'<MiningField name="{f}"/>'.encode() for f in "abc"),
                b"</MiningSchema>",
            ]
        ),
    )


def codes_of(model: ScorecardModel, a: int, b: int, c: int) -> list[tuple[str, Decimal]]:
    return [(rc.code, rc.gap) for rc in score(model, {"a": a, "b": b, "c": c}).reason_codes]


def test_points_below_ranks_by_gap_and_drops_characteristics_at_or_above_baseline() -> None:
    model = load(three('reasonCodeAlgorithm="pointsBelow"'))
    assert codes_of(model, 1, 3, 5) == [("A", D(4)), ("B", D(2))]  # C at its baseline: none
    assert codes_of(model, 9, 9, 9) == []


def test_points_above_ranks_by_gap_over_the_baseline() -> None:
    model = load(three('reasonCodeAlgorithm="pointsAbove"'))
    assert codes_of(model, 7, 9, 5) == [("B", D(4)), ("A", D(2))]
    assert codes_of(model, 1, 2, 3) == []


def test_equal_gaps_keep_the_order_of_the_characteristics() -> None:
    model = load(three(""))  # pointsBelow is the default
    assert codes_of(model, 5, 2, 2) == [("B", D(3)), ("C", D(3))]
    assert codes_of(model, 2, 5, 2) == [("A", D(3)), ("C", D(3))]


def test_a_code_shared_by_characteristics_adds_their_gaps() -> None:
    model = load(three("", ("A", "B", "A")))
    assert codes_of(model, 3, 1, 4) == [("B", D(4)), ("A", D(3))]  # A: 2 + 1
    assert codes_of(model, 3, 3, 6) == [("B", D(2)), ("A", D(1))]


def test_without_reason_codes_no_baseline_is_needed() -> None:
    body = (
        '<Characteristics><Characteristic name="x"><Attribute partialScore="2"><True/>'
        "</Attribute></Characteristic></Characteristics>"
    )
    model = load(pmml(body, head='useReasonCodes="false" initialScore="40.5"'))
    result = score(model, {})
    assert result.score == D("42.5")
    assert result.reason_codes == ()


def test_scorecard_level_baseline_applies_when_a_characteristic_has_none() -> None:
    body = (
        '<Characteristics><Characteristic name="x" reasonCode="X"><Attribute partialScore="2">'
        "<True/></Attribute></Characteristic></Characteristics>"
    )
    model = load(pmml(body, head='baselineScore="5"'))
    assert [(rc.code, rc.gap) for rc in score(model, {}).reason_codes] == [("X", D(3))]


# Predicates ------------------------------------------------------------------------------


def one_characteristic(attributes: str, dictionary: str = "", head: str = "") -> ScorecardModel:
    body = (
        '<Characteristics><Characteristic name="x" reasonCode="X" baselineScore="0">'
        f"{attributes}</Characteristic></Characteristics>"
    )
    return load(pmml(body, dictionary, head))


def test_set_predicates_with_quoted_array_values() -> None:
    model = one_characteristic(
        '<Attribute partialScore="1"><SimpleSetPredicate field="department" booleanOperator="isIn">'
        '<Array n="3" type="string">marketing "human resources" "say \\"hi\\""</Array>'
        "</SimpleSetPredicate></Attribute>"
        '<Attribute partialScore="2"><SimpleSetPredicate field="department" '
        'booleanOperator="isNotIn"><Array type="string">engineering</Array></SimpleSetPredicate>'
        "</Attribute>"
        '<Attribute partialScore="3"><True/></Attribute>'
    )
    points = {
        v: score(model, {"department": v}).score
        for v in ("marketing", "human resources", 'say "hi"', "sales", "engineering")
    }
    assert points == {
        "marketing": 1,
        "human resources": 1,
        'say "hi"': 1,
        "sales": 2,
        "engineering": 3,
    }
    assert score(model, {}).score == 3  # isIn/isNotIn of a missing value are UNKNOWN


def test_numeric_arrays_and_operators() -> None:
    model = one_characteristic(
        '<Attribute partialScore="1"><SimpleSetPredicate field="age" booleanOperator="isIn">'
        '<Array type="int">1 2 3</Array></SimpleSetPredicate></Attribute>'
        '<Attribute partialScore="2"><SimplePredicate field="age" operator="lessThan" value="10"/>'
        "</Attribute>"
        '<Attribute partialScore="3"><SimplePredicate field="age" operator="greaterOrEqual" '
        'value="50"/></Attribute>'
        '<Attribute partialScore="4"><SimplePredicate field="age" operator="notEqual" '
        'value="20"/></Attribute>'
        '<Attribute partialScore="5"><SimplePredicate field="age" operator="isNotMissing"/>'
        "</Attribute>"
        '<Attribute partialScore="6"><SimplePredicate field="age" operator="isMissing"/>'
        "</Attribute>"
    )
    got = {v: score(model, {"age": v}).score for v in (2, 5, 50, 30, 20, None)}
    assert got == {2: 1, 5: 2, 50: 3, 30: 4, 20: 5, None: 6}


def test_compound_predicates_use_three_valued_logic() -> None:
    both = (
        '<SimplePredicate field="age" operator="greaterThan" value="30"/>'
        '<SimplePredicate field="income" operator="greaterThan" value="100"/>'
    )
    model = one_characteristic(
        f'<Attribute partialScore="1"><CompoundPredicate booleanOperator="xor">{both}'
        "</CompoundPredicate></Attribute>"
        f'<Attribute partialScore="2"><CompoundPredicate booleanOperator="or">{both}'
        "</CompoundPredicate></Attribute>"
        '<Attribute partialScore="3"><CompoundPredicate booleanOperator="surrogate">'
        '<SimplePredicate field="age" operator="lessThan" value="10"/>'
        '<SimplePredicate field="income" operator="lessThan" value="10"/><False/>'
        "</CompoundPredicate></Attribute>"
        '<Attribute partialScore="4"><True/></Attribute>'
    )

    def points(age: int | None, income: int | None) -> Decimal:
        return score(model, {"age": age, "income": income}).score

    assert points(40, 50) == 1  # xor: exactly one
    assert points(40, 500) == 2  # xor false, or true
    assert points(None, 500) == 2  # xor UNKNOWN; or TRUE wins over UNKNOWN
    assert points(None, 5) == 3  # surrogate: age UNKNOWN, then income < 10
    assert points(None, 50) == 4  # surrogate: income says no
    assert points(None, None) == 4  # surrogate falls to False, then True


def test_no_matching_attribute_is_an_invalid_result() -> None:
    model = one_characteristic(
        '<Attribute partialScore="1"><SimplePredicate field="age" operator="lessThan" value="10"/>'
        "</Attribute>"
    )
    with pytest.raises(ScoringError, match="no bin for age=40"):
        score(model, {"age": 40})


def test_data_dictionary_values_intervals_and_mining_treatments() -> None:
    dictionary = (
        '<DataField name="department" dataType="string" optype="categorical">'
        '<Value value="marketing" displayValue="Marketing"/><Value value="NA" property="missing"/>'
        "</DataField>"
        '<DataField name="age" dataType="integer" optype="continuous">'
        '<Interval closure="closedClosed" leftMargin="18" rightMargin="99"/>'
        '<Value value="-999" property="missing"/></DataField>'
    )
    body = (
        '<Characteristics><Characteristic name="x" reasonCode="X" baselineScore="0">'
        '<Attribute partialScore="1"><SimplePredicate field="department" operator="isMissing"/>'
        "</Attribute>"
        '<Attribute partialScore="2"><SimplePredicate field="age" operator="isMissing"/>'
        "</Attribute>"
        '<Attribute partialScore="3"><True/></Attribute></Characteristic></Characteristics>'
    )
    data = pmml(body, dictionary).replace(
        b'<MiningField name="age"/>', b'<MiningField name="age" missingValueReplacement="30"/>'
    )
    model = load(data)
    department = model.input("department")
    assert [c.value for c in department.choices] == ["marketing"]
    assert department.choices[0].label_en == "Marketing"
    assert score(model, {"department": "NA", "age": 40}).score == 1
    assert score(model, {"department": "marketing"}).score == 3  # age replaced by 30
    assert score(model, {"department": "marketing", "age": -999}).values["age"] == 30
    with pytest.raises(InputError) as caught:
        score(model, {"department": "sales", "age": 17})
    assert {p.code for p in caught.value.problems} == {"choice.unknown", "number.range"}


def test_invalid_value_as_value_and_as_is() -> None:
    body = (
        '<Characteristics><Characteristic name="x" reasonCode="X" baselineScore="0">'
        '<Attribute partialScore="1"><SimplePredicate field="age" operator="lessThan" value="0"/>'
        '</Attribute><Attribute partialScore="2"><True/></Attribute></Characteristic>'
        "</Characteristics>"
    )
    dictionary = (
        '<DataField name="age" dataType="integer" optype="continuous">'
        '<Interval closure="closedOpen" leftMargin="0"/></DataField>'
    )
    as_is = load(
        pmml(body, dictionary).replace(
            b'<MiningField name="age"/>', b'<MiningField name="age" invalidValueTreatment="asIs"/>'
        )
    )
    assert score(as_is, {"age": -5}).score == 1
    as_value = load(
        pmml(body, dictionary).replace(
            b'<MiningField name="age"/>',
            b'<MiningField name="age" invalidValueTreatment="asValue" '
            b'invalidValueReplacement="-1"/>',
        )
    )
    assert score(as_value, {"age": -5}).score == 1
    assert score(as_value, {"age": "x"}).score == 1


def test_not_scorable_models_load_but_do_not_score() -> None:
    body = (
        '<Characteristics><Characteristic name="x" reasonCode="X" baselineScore="0">'
        '<Attribute partialScore="1"><True/></Attribute></Characteristic></Characteristics>'
    )
    model = load(pmml(body, head='isScorable="false"'))
    with pytest.raises(ScoringError, match="not scorable"):
        score(model, {})


# Malformed and unsupported files --------------------------------------------------------


def error_of(data: bytes) -> ModelError:
    with pytest.raises(ModelError) as caught:
        load(data)
    return caught.value


def line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


def test_errors_name_the_element_and_its_line() -> None:
    data = DMG_SAMPLE_PATH.read_bytes().replace(
        b'operator="equal" value="business"', b'operator="between" value="business"'
    )
    error = error_of(data)
    assert error.where == f"SimplePredicate at line {line_of(data, b'between')}"
    assert "'between' is not supported" in error.message
    assert str(error).startswith("SimplePredicate at line ")


@pytest.mark.parametrize(
    ("change", "element", "message"),
    [
        (
            (b"<True/>", b"<Foo/>"),
            "Foo",
            "not supported inside Attribute",
        ),
        (
            (
                b'field="age" operator="lessOrEqual" value="18"',
                b'field="agee" operator="lessOrEqual" value="18"',
            ),
            "SimplePredicate",
            "'agee' is not in the DataDictionary",
        ),
        (
            (b'value="18"', b'value="eighteen"'),
            "SimplePredicate",
            "'eighteen' is not a number",
        ),
        (
            (
                b'<Characteristic name="ageScore" reasonCode="RC2" baselineScore="18">',
                b'<Characteristic name="ageScore" reasonCode="RC2">',
            ),
            "Characteristic",
            "baselineScore is required",
        ),
        (
            (
                b'<Characteristic name="ageScore" reasonCode="RC2"',
                b'<Characteristic name="ageScore"',
            ),
            "Attribute",  # the line after: its first Attribute
            "reasonCode is required",
        ),
        (
            (b'<Attribute partialScore="-3">', b"<Attribute>"),
            "Attribute",
            "partialScore (or a ComplexPartialScore) is required",
        ),
        (
            (b'functionName="regression"', b'functionName="classification"'),
            "Scorecard",
            "must be 'regression'",
        ),
        (
            (b'reasonCodeAlgorithm="pointsBelow"', b'reasonCodeAlgorithm="pointsBetween"'),
            "Scorecard",
            "reasonCodeAlgorithm='pointsBetween' is not supported",
        ),
        (
            (b'baselineMethod="other"', b'baselineMethod="median"'),
            "Scorecard",
            "baselineMethod='median' is not supported",
        ),
        (
            (b'<Apply function="-">', b'<Apply function="pow">'),
            "Apply",
            "unsupported function 'pow'",
        ),
        (
            (b'dataType="integer" optype="continuous"', b'dataType="date" optype="continuous"'),
            "DataField",
            "dataType='date' is not supported",
        ),
        (
            (
                b'<MiningField name="overallScore" usageType="target"/>',
                b'<MiningField name="overallScore" usageType="frequencyWeight"/>',
            ),
            "MiningField",
            "usageType='frequencyWeight' is not supported",
        ),
        (
            (b'feature="predictedValue"', b'feature="probability"'),
            "OutputField",
            "feature='probability' is not supported",
        ),
        (
            (
                b"<MiningSchema>",
                b'<Targets><Target field="overallScore" rescaleFactor="2"/></Targets>'
                b"<MiningSchema>",
            ),
            "Targets",
            "not supported",
        ),
    ],
)
def test_malformed_or_unsupported_scorecards(
    change: tuple[bytes, bytes], element: str, message: str
) -> None:
    old, new = change
    data = DMG_SAMPLE_PATH.read_bytes()
    assert old in data
    data = data.replace(old, new, 1)
    error = error_of(data)
    line = line_of(data, new) + (1 if message == "reasonCode is required" else 0)
    assert error.where == f"{element} at line {line}", error
    assert message in error.message


def test_a_file_without_a_scorecard_is_refused() -> None:
    data = (
        b'<PMML xmlns="http://www.dmg.org/PMML-4_3" version="4.3"><DataDictionary/>\n'
        b'<TreeModel functionName="regression"/></PMML>'
    )
    assert "no Scorecard model (models found: TreeModel)" in error_of(data).message


def test_other_pmml_versions_and_other_xml_are_refused() -> None:
    old = b'<PMML xmlns="http://www.dmg.org/PMML-3_2" version="3.2"><DataDictionary/></PMML>'
    assert "only PMML 4.x" in error_of(old).message
    assert error_of(b"<html/>").where == "html at line 1"
    bare = DMG_SAMPLE_PATH.read_bytes().replace(b' xmlns="http://www.dmg.org/PMML-4_4"', b"")
    assert score(load(bare), DMG_INPUT).score == 29  # some producers leave out the namespace


def test_xml_syntax_errors_name_the_line() -> None:
    error = error_of(b"<PMML>\n<DataDictionary>\n</PMML>")
    assert error.where == "XML at line 3"
    assert "mismatched tag" in error.message


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
        b"<PMML>&lol2;</PMML>",
        b'<!DOCTYPE PMML SYSTEM "http://example.com/pmml.dtd">\n<PMML/>',
        b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>\n'
        b"<PMML>&ext;</PMML>",
    ],
)
def test_doctype_and_entities_are_refused(data: bytes) -> None:
    error = error_of(data)
    assert "DOCTYPE is not allowed" in error.message
    assert error.where.startswith("XML at line ")


def test_undeclared_entities_are_an_error_not_an_expansion() -> None:
    assert "undefined entity" in error_of(b"<PMML>&lol;</PMML>").message


def test_the_reader_keeps_line_numbers() -> None:
    root = parse_xml(b'<a xmlns="urn:x">\n  <b k="v">text</b>\n\n  <c/>\n</a>')
    assert (root.tag, root.namespace, root.line) == ("a", "urn:x", 1)
    b, c = root.children
    assert (b.tag, b.attrib, b.text, b.line) == ("b", {"k": "v"}, "text", 2)
    assert c.line == 4


def test_load_model_picks_the_format_by_suffix_and_content(tmp_path: Path) -> None:
    xml = tmp_path / "card.xml"
    xml.write_bytes(DMG_SAMPLE_PATH.read_bytes())
    assert score(load_model(xml), DMG_INPUT).score == 29
    odd = tmp_path / "card.model"
    odd.write_bytes(DMG_SAMPLE_PATH.read_bytes())
    assert load_model(odd).id == "SampleScorecard"
    (tmp_path / "card.grades.json").write_text(
        '{"grades": [{"grade": "G", "min_score": "20"}, {"grade": "F", "min_score": null}]}'
    )
    result = score(load_model(xml), DMG_INPUT)
    assert result.grade is not None and result.grade.code == "G"
