"""Reading the project's YAML files (rules, data files, corpus metadata, baselines) safely,
with every problem reported as a one-line error naming the file, line and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import CrosscheckError


def read_yaml(path: Path, error: type[CrosscheckError]) -> tuple[Any, yaml.Node | None, str]:
    """(data, node tree with line marks, text) of a YAML file; ``error`` for any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot read: {exc}", path=str(path)) from None
    try:
        return yaml.safe_load(text), yaml.compose(text), text
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise error(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path=str(path),
                    line=mark.line + 1 if mark else None,
                    column=mark.column + 1 if mark else None) from None


def key_lines(node: yaml.Node | None, *keys: str) -> dict[str, int]:
    """Line numbers of the keys of a (nested, by ``keys``) mapping node."""
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return {}
        node = next((v for k, v in node.value if k.value == key), None)
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value}
