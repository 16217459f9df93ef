"""Rules: YAML files loaded safely, validated strictly, turned into check instances.

The rule *model* (:class:`Rule`, frozen) is kept apart from the YAML *loader*, which knows
the line and column of every key so an error can point at it.
"""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .cache import DATA_FILES
from .checks import REGISTRY, Check
from .checks.base import template_fields
from .errors import RuleError
from .extract.lexicon import percent_value
from .findings import SEVERITIES
from .selectors import Selector, parse_condition
from .yamlfile import read_yaml

_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
RULE_KEYS = ("id", "title", "check", "severity", "where", "params", "message", "examples",
             "description", "supersedes")
REQUIRED = ("id", "title", "check", "severity")
_ID = re.compile(r"^[a-z0-9][a-z0-9\-_.]*$")


@dataclass(frozen=True)
class Rule:
    """A validated rule: which check, on which claims, with what parameters and messages."""

    id: str
    title: str
    check: str
    severity: str
    where: Selector
    params: dict[str, Any]
    messages: dict[str, str]
    examples: dict[str, tuple[str | tuple[str, ...], ...]]  # a text, or one per document
    path: str
    line: int
    sha: str
    description: str = ""
    lines: dict[str, int] = field(default_factory=dict, compare=False)
    #: rules whose findings this rule's finding replaces when it cites all their claims: a
    #: transposition is also a disagreement, and one finding is enough
    supersedes: tuple[str, ...] = ()

    def instance(self) -> Check:
        """The check object this rule configures."""
        return REGISTRY[self.check](self, self.params)

    def render(self, outcome: str, values: dict[str, Any]) -> str:
        """The message for ``outcome`` with the check's values filled in."""
        template = self.messages.get(outcome) or REGISTRY[self.check].OUTCOMES[outcome].template
        try:
            return template.format(**values)
        except (KeyError, ValueError, IndexError, TypeError) as exc:
            raise RuleError(f"message for outcome {outcome!r} cannot be rendered: {exc}",
                            path=self.path, line=self.lines.get("message", self.line)) from None


def _error(msg: str, path: Path, node: yaml.Node | None) -> RuleError:
    if node is None:
        return RuleError(msg, path=str(path))
    return RuleError(msg, path=str(path), line=node.start_mark.line + 1,
                     column=node.start_mark.column + 1)


def _keys(node: yaml.Node | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: (k, v) for k, v in node.value}


def _validate_param(name: str, kind: str, value: Any) -> Any:
    """Coerce one parameter value to its declared kind; ValueError explains a mismatch."""
    if kind == "percent":
        return percent_value(value)
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "boolean" and isinstance(value, bool):
        return value
    if kind == "string" and isinstance(value, str):
        return value
    if kind == "string_list" and isinstance(value, list) and all(isinstance(v, str)
                                                                for v in value):
        return list(value)
    if kind == "currency_pair" and isinstance(value, list) and len(value) == 2 and all(
            isinstance(v, str) and re.fullmatch(r"[A-Z]{3}", v) for v in value) and \
            value[0] != value[1]:
        return list(value)
    expected = {"percent": "a percentage like 2%", "number": "a number",
                "integer": "a whole number", "boolean": "true or false", "string": "a string",
                "string_list": "a list of strings",
                "currency_pair": "two different ISO codes like [CNY, USD]"}[kind]
    raise ValueError(f"expected {expected}, got {value!r}")


def parse_rule(path: Path) -> Rule:
    """Load and validate one rule file; every problem is a RuleError naming file:line:col."""
    data, node, text = read_yaml(path, RuleError)
    if not isinstance(data, dict):
        raise _error("a rule file must be a mapping (id, title, check, ...)", path, node)
    keys = _keys(node)
    for k in data:
        if k not in RULE_KEYS:
            # (a key YAML reads as null or a boolean, "?" or "yes:", is written otherwise)
            raise _error(f"unknown field {k!r} (known: {', '.join(RULE_KEYS)})", path,
                         keys.get(str(k), (node, node))[0])
    for k in REQUIRED:
        if k not in data:
            raise _error(f"missing required field {k!r}", path, node)
    rid = data["id"]
    if not isinstance(rid, str) or not _ID.match(rid):
        raise _error("id must be lower-case letters, digits, '-', '_' or '.'", path,
                     keys["id"][1])
    check = data["check"]
    if check not in REGISTRY:
        raise _error(f"unknown check type {check!r} (known: {', '.join(sorted(REGISTRY))})",
                     path, keys["check"][1])
    cls = REGISTRY[check]
    severity = data["severity"]
    if severity not in SEVERITIES:
        raise _error(f"severity must be one of {', '.join(SEVERITIES)}, got {severity!r}", path,
                     keys["severity"][1])
    where = _parse_where(data.get("where"), path, keys.get("where"))
    params = _parse_params(cls, data.get("params"), path, keys.get("params"))
    messages = _parse_messages(cls, data.get("message"), path, keys.get("message"))
    examples = _parse_examples(data.get("examples"), path, keys.get("examples"))
    supersedes = data.get("supersedes") or []
    if not isinstance(supersedes, list) or not all(
            isinstance(r, str) and _ID.match(r) for r in supersedes):
        raise _error("supersedes must be a list of rule ids", path,
                     keys["supersedes"][1] if "supersedes" in keys else node)
    return Rule(
        id=rid, title=str(data["title"]), check=check, severity=severity, where=where,
        params=params, messages=messages, examples=examples, path=str(path),
        line=node.start_mark.line + 1 if node else 1,
        sha=hashlib.sha256(text.encode()).hexdigest()[:12],
        description=str(data.get("description") or ""),
        lines={k: kn.start_mark.line + 1 for k, (kn, _) in keys.items()},
        supersedes=tuple(supersedes),
    )


def _parse_where(spec: Any, path: Path, nodes: tuple | None) -> Selector:
    if spec is None:
        return Selector()
    if not isinstance(spec, dict):
        raise _error("where must be a mapping of claim field to condition", path,
                     nodes[1] if nodes else None)
    sub = _keys(nodes[1]) if nodes else {}
    conditions = []
    for fld, cond in spec.items():
        try:
            conditions.append(parse_condition(str(fld), cond))
        except ValueError as exc:
            raise _error(f"where.{fld}: {exc}", path, sub.get(str(fld), (None,))[0]) from None
    return Selector(tuple(conditions))


def _parse_params(cls: type[Check], spec: Any, path: Path, nodes: tuple | None) -> dict:
    spec = spec or {}
    if not isinstance(spec, dict):
        raise _error("params must be a mapping", path, nodes[1] if nodes else None)
    sub = _keys(nodes[1]) if nodes else {}
    out = {}
    for name in spec:
        if name not in cls.PARAMS:
            known = ", ".join(sorted(cls.PARAMS)) or "none"
            raise _error(f"params.{name}: unknown parameter of check {cls.name!r} "
                         f"(known: {known})", path, sub[str(name)][0])
    for name, p in cls.PARAMS.items():
        value = spec.get(name, p.default)
        try:
            out[name] = _validate_param(name, p.kind, value)
        except ValueError as exc:
            raise _error(f"params.{name}: {exc}", path,
                         sub[name][1] if name in sub else None) from None
    return out


def _parse_messages(cls: type[Check], spec: Any, path: Path, nodes: tuple | None
                    ) -> dict[str, str]:
    if spec is None:
        return {}
    node = nodes[1] if nodes else None
    if isinstance(spec, str):
        # One template for every outcome: it may only use fields every outcome fills.
        common = set.intersection(*(set(o.fields) for o in cls.OUTCOMES.values()))
        spec_map = {o: spec for o in cls.OUTCOMES}
        allowed = {o: common for o in cls.OUTCOMES}
    elif isinstance(spec, dict):
        spec_map = {str(k): v for k, v in spec.items()}
        allowed = {o: set(out.fields) for o, out in cls.OUTCOMES.items()}
    else:
        raise _error("message must be a string or a mapping of outcome to string", path, node)
    sub = _keys(node)
    for outcome, template in spec_map.items():
        where = sub.get(outcome, (node,))[0]
        if outcome not in cls.OUTCOMES:
            raise _error(f"message.{outcome}: unknown outcome of check {cls.name!r} "
                         f"(known: {', '.join(cls.OUTCOMES)})", path, where)
        if not isinstance(template, str):
            raise _error(f"message.{outcome}: must be a string", path, where)
        try:
            parts = list(string.Formatter().parse(template))
        except ValueError as exc:
            raise _error(f"message: bad template: {exc}", path, where) from None
        for _, name, spec, conversion in parts:
            # a template names the check's fields, nothing reached through them:
            # "{x.__class__}" or "{x[0]}" would read the program's insides
            if name is not None and (not _FIELD_NAME.fullmatch(name) or "{" in (spec or "")
                                     or conversion not in (None, "s", "r")):
                raise _error(f"message: {{{name}}} is not a plain field name (only the "
                             f"check's fields, no attributes, indexes or nested fields)",
                             path, where)
        bad = template_fields(template) - allowed[outcome]
        if bad:
            raise _error(f"message: unknown field {{{sorted(bad)[0]}}} for outcome {outcome!r} "
                         f"(available: {', '.join(sorted(allowed[outcome]))})", path, where)
    return spec_map


def _parse_examples(spec: Any, path: Path, nodes: tuple | None
                    ) -> dict[str, tuple[str | tuple[str, ...], ...]]:
    """Each example is a text (one document) or a list of texts (a corpus of several)."""
    if spec is None:
        return {"flag": (), "pass": ()}
    node = nodes[1] if nodes else None
    if not isinstance(spec, dict) or set(spec) - {"flag", "pass"}:
        raise _error("examples must be a mapping with 'flag' and/or 'pass' lists of texts",
                     path, node)
    out: dict[str, tuple[str | tuple[str, ...], ...]] = {}
    for k in ("flag", "pass"):
        v = spec.get(k) or []
        if not isinstance(v, list) or not all(
                isinstance(t, str) or (isinstance(t, list) and t and
                                       all(isinstance(x, str) for x in t)) for t in v):
            raise _error(f"examples.{k} must be a list of texts (or of lists of texts, one "
                         "per document)", path, node)
        out[k] = tuple(t if isinstance(t, str) else tuple(t) for t in v)
    return out


def rule_files(dirs: list[Path]) -> list[Path]:
    """The rule files in the given folders (every ``*.yaml``/``*.yml`` but the data files)."""
    files = []
    for d in dirs:
        if not d.is_dir():
            raise RuleError("rules folder not found", path=str(d))
        files.extend(sorted(p for p in d.iterdir()
                            if p.suffix in (".yaml", ".yml") and p.name not in DATA_FILES))
    return files


def load_rules(dirs: list[Path]) -> list[Rule]:
    """Every rule in the folders, validated; duplicate ids are an error."""
    rules: dict[str, Rule] = {}
    for f in rule_files(dirs):
        rule = parse_rule(f)
        if rule.id in rules:
            raise RuleError(f"rule id {rule.id!r} is already defined in {rules[rule.id].path}",
                            path=str(f), line=rule.lines.get("id"))
        rules[rule.id] = rule
    return [rules[k] for k in sorted(rules)]


_PARAM_SCHEMA = {
    "percent": {"anyOf": [{"type": "string", "pattern": r"^\s*[+-]?\d+(\.\d+)?\s*%\s*$"},
                          {"type": "number"}]},
    "number": {"type": "number"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "string": {"type": "string"},
    "string_list": {"type": "array", "items": {"type": "string"}},
    "currency_pair": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{3}$"},
                      "minItems": 2, "maxItems": 2},
}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a rule file, for editors; one branch per check type."""
    from .selectors import FIELDS

    example = {"anyOf": [{"type": "string"},
                         {"type": "array", "items": {"type": "string"}, "minItems": 1}]}
    condition = {"anyOf": [
        {"type": ["string", "number"]},
        {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1},
        {"type": "object", "properties": {"regex": {"type": "string"}},
         "required": ["regex"], "additionalProperties": False},
        {"type": "object", "properties": {"fuzzy": {"type": "string"},
                                          "score": {"type": "number", "minimum": 0,
                                                    "maximum": 100}},
         "required": ["fuzzy"], "additionalProperties": False},
    ]}
    branches = []
    for name in sorted(REGISTRY):
        cls = REGISTRY[name]
        branches.append({
            "if": {"properties": {"check": {"const": name}}},
            "then": {"properties": {
                "params": {"type": "object", "additionalProperties": False,
                           "properties": {p: {**_PARAM_SCHEMA[spec.kind],
                                              "description": spec.help}
                                          for p, spec in cls.PARAMS.items()}},
                "message": {"anyOf": [
                    {"type": "string"},
                    {"type": "object", "additionalProperties": False,
                     "properties": {o: {"type": "string", "description":
                                        "fields: " + ", ".join(out.fields)}
                                    for o, out in cls.OUTCOMES.items()}}]},
            }},
        })
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "crosscheck rule",
        "type": "object",
        "additionalProperties": False,
        "required": list(REQUIRED),
        "properties": {
            "id": {"type": "string", "pattern": _ID.pattern},
            "title": {"type": "string"},
            "description": {"type": "string"},
            "supersedes": {"type": "array", "items": {"type": "string", "pattern": _ID.pattern}},
            "check": {"enum": sorted(REGISTRY)},
            "severity": {"enum": list(SEVERITIES)},
            "where": {"type": "object", "additionalProperties": False,
                      "properties": {f: condition for f in FIELDS}},
            "params": {"type": "object"},
            "message": {},
            "examples": {"type": "object", "additionalProperties": False, "properties": {
                "flag": {"type": "array", "items": example},
                "pass": {"type": "array", "items": example}}},
        },
        "allOf": branches,
    }
