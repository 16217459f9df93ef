"""Rule files: strict validation with file:line:column errors."""

import pytest

from crosscheck.errors import RuleError
from crosscheck.rulebook import load_rules, parse_rule

from conftest import RULES

GOOD = """id: r1
title: A rule
check: conversion
severity: warning
where: {kind: money}
params: {pair: [CNY, USD], within_document: 1%}
"""


def write(tmp_path, text, name="r.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_bundled_rules_load():
    rules = load_rules([RULES])
    assert "conversion-rate" in [r.id for r in rules]


def test_valid_rule_parses_with_defaults(tmp_path):
    rule = parse_rule(write(tmp_path, GOOD))
    assert rule.params["within_document"] == pytest.approx(0.01)
    assert rule.params["against_reference"] == pytest.approx(0.05)


@pytest.mark.parametrize(("edit", "where", "why"), [
    (GOOD + "colour: red\n", ":7:1", "unknown field 'colour'"),
    (GOOD.replace("check: conversion", "check: nope"), ":3:8", "unknown check type 'nope'"),
    (GOOD.replace("severity: warning", "severity: fatal"), ":4:11", "severity must be"),
    (GOOD.replace("within_document: 1%", "within_document: lots"), ":6:",
     "params.within_document: expected a percentage"),
    (GOOD.replace("within_document: 1%", "speed: 1%"), ":6:", "params.speed: unknown parameter"),
    (GOOD.replace("{kind: money}", "{colour: money}"), ":5:", "where.colour: unknown claim field"),
    (GOOD + "message: '{nope}'\n", ":7:", "unknown field {nope}"),
    (GOOD.replace("id: r1", "id: R 1"), ":1:", "id must be"),
    ("id: [unclosed\n", ":2:", "invalid YAML"),
    (GOOD + "message: '{rate.__class__}'\n", ":7:", "not a plain field name"),
    (GOOD + "message: '{rate[0]}'\n", ":7:", "not a plain field name"),
    (GOOD.replace("{kind: money}", "{subject: {regex: '(a)\\1'}}"), ":5:",
     "linear-time RE2 engine"),
    (GOOD + "supersedes: agreement\n", ":7:", "supersedes must be a list of rule ids"),
    (GOOD + "supersedes: [Agree Ment]\n", ":7:", "supersedes must be a list of rule ids"),
])
def test_invalid_rules_name_file_line_and_cause(tmp_path, edit, where, why):
    p = write(tmp_path, edit)
    with pytest.raises(RuleError) as err:
        parse_rule(p)
    msg = str(err.value)
    assert msg.startswith(str(p) + where), msg
    assert why in msg
    assert "\n" not in msg


def test_duplicate_rule_ids_are_an_error(tmp_path):
    write(tmp_path, GOOD, "a.yaml")
    write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(RuleError, match="already defined"):
        load_rules([tmp_path])


def test_data_files_are_not_rules(tmp_path):
    write(tmp_path, GOOD, "a.yaml")
    write(tmp_path, "qualifiers: {}\n", "qualifiers.yaml")
    assert [r.id for r in load_rules([tmp_path])] == ["r1"]


def test_a_yaml_bomb_is_refused_fast_with_file_and_line(tmp_path):
    import time

    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    p = tmp_path / "bomb.yaml"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(RuleError) as err:
        parse_rule(p)
    assert time.perf_counter() - start < 1.0
    assert str(err.value).startswith(f"{p}:") and "expand to more than" in str(err.value)


def test_a_catastrophic_pattern_runs_in_linear_time(tmp_path):
    import time

    from crosscheck.selectors import parse_condition

    cond = parse_condition("subject", {"regex": "^(a+)+$"})
    claim = type("C", (), {"subject": "a" * 100_000 + "b"})()
    start = time.perf_counter()
    assert not cond.matches(claim)
    assert time.perf_counter() - start < 1.0


def test_a_rule_file_with_a_control_character_is_a_one_line_error(tmp_path):
    # found by bench/fuzz/fuzz_pipeline.py: the YAML reader refused the character before
    # the parse, outside the error handling
    p = tmp_path / "r.yaml"
    p.write_text("id: r1\ntitle: a\x1e b\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        parse_rule(p)
    assert str(err.value).startswith(f"{p}") and "invalid YAML" in str(err.value)


@pytest.mark.parametrize("text", ["?#", "id: r1\ntrue: 1\n", "id: r1\n~: x\n"])
def test_a_key_yaml_reads_as_null_or_a_boolean_is_an_unknown_field(tmp_path, text):
    # found by bench/fuzz/fuzz_pipeline.py: "?" is a null key, which the reader wrote back
    # as "None" to find its line, and failed
    p = tmp_path / "r.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        parse_rule(p)
    assert str(err.value).startswith(f"{p}:")


def test_an_example_may_be_a_corpus_of_several_texts(tmp_path):
    from crosscheck.rulebook import load_rules

    (tmp_path / "r.yaml").write_text(
        "id: r\ntitle: t\ncheck: agreement\nseverity: warning\nexamples:\n  flag:\n"
        "    - [\"In 2016 the province sent 300 doctors to Tibet.\",\n"
        "       \"In 2016 the province sent 520 doctors to Tibet.\"]\n", encoding="utf-8")
    rule = load_rules([tmp_path])[0]
    assert rule.examples["flag"] == (("In 2016 the province sent 300 doctors to Tibet.",
                                      "In 2016 the province sent 520 doctors to Tibet."),)


@pytest.mark.parametrize(("extra", "line", "why"), [
    ("not_after:\n  over: 3\n", 7, "'over' needs a list of verbs"),
    ("not_after:\n  beyond: [went]\n", 7, "'beyond' is no qualifier phrase"),
    ("particles: {}\n", 6, "unknown top-level key 'particles'"),
])
def test_a_bad_not_after_in_qualifiers_names_file_and_line(tmp_path, extra, line, why):
    from crosscheck.extract.lexicon import load_lexicon

    p = write(tmp_path, "qualifiers:\n  over:\n    words: [over]\n    low: 0%\n    high: 25%\n"
              + extra, "qualifiers.yaml")
    with pytest.raises(RuleError) as err:
        load_lexicon(tmp_path)
    msg = str(err.value)
    assert msg.startswith(f"{p}:{line}:") and why in msg, msg


def test_a_malformed_wider_entry_of_aliases_is_an_error_with_its_line(tmp_path):
    from crosscheck.extract.lexicon import load_wider

    path = tmp_path / "aliases.yaml"
    path.write_text("places:\n  Spain: {}\nwider:\n  words: worldwide\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_wider(path)
    assert err.value.line == 3 and "wider" in str(err.value)
    path.write_text("places:\n  Spain: {}\n", encoding="utf-8")
    assert load_wider(path) is None
    path.write_text("places:\n  Spain: {}\nwider:\n  groups: [countries]\n", encoding="utf-8")
    assert load_wider(path).search("in 13 countries").group("group") == "13 countries"


def test_a_malformed_features_entry_of_aliases_is_an_error_with_its_line(tmp_path):
    from crosscheck.extract.lexicon import load_features

    path = tmp_path / "aliases.yaml"
    path.write_text("places:\n  Spain: {}\nfeatures: [islands]\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_features(path)
    assert err.value.line == 3 and "features" in str(err.value)
    path.write_text("places:\n  Spain: {}\n", encoding="utf-8")
    assert load_features(path) is None
    path.write_text("places:\n  Spain: {}\nfeatures: [Islands, Delta]\n", encoding="utf-8")
    pattern = load_features(path)
    assert pattern.search("Boats based in the Orkney Islands").group("name") == "Orkney Islands"
    assert pattern.search("rice grown across the Mekong Delta").group("name") == "Mekong Delta"
    assert pattern.search("the islands in the delta") is None
