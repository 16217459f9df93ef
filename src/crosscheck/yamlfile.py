"""Reading the project's YAML files (rules, data files, corpus metadata, baselines) safely,
with every problem reported as a one-line error naming the file, line and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import CrosscheckError

#: the largest YAML file read (rules and data files are a few KB)
MAX_BYTES = 2 * 1024 * 1024
#: the most nodes a YAML file may stand for once its aliases are expanded: a "billion
#: laughs" file of a few lines stands for billions, and any walk over it would never end
MAX_NODES = 200_000


def read_yaml(path: Path, error: type[CrosscheckError]) -> tuple[Any, yaml.Node | None, str]:
    """(data, node tree with line marks, text) of a YAML file; ``error`` for any problem,
    including a file over MAX_BYTES or one whose aliases expand past MAX_NODES."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise error(f"larger than {MAX_BYTES // 1024 // 1024} MB: not a rules or data file",
                        path=str(path))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot read: {exc}", path=str(path)) from None
    loader = None
    try:
        # the reader refuses some characters as it is built: inside the try, like the parse
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
        if node is not None:
            _check_expansion(node, path, error)
        data = loader.construct_document(node) if node is not None else None
        return data, node, text
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise error(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path=str(path),
                    line=mark.line + 1 if mark else None,
                    column=mark.column + 1 if mark else None) from None
    finally:
        if loader is not None:
            loader.dispose()


def _check_expansion(root: yaml.Node, path: Path, error: type[CrosscheckError]) -> None:
    """Refuse a node graph that stands for more than MAX_NODES nodes: each node's expanded
    size is counted once (aliases share nodes), so the count is linear in the file."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = [x for pair in node.value for x in pair] if isinstance(
            node, yaml.MappingNode) else list(node.value) if isinstance(
            node, yaml.SequenceNode) else []
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        total = 1 + sum(sizes.get(id(c), 1) for c in children)
        if total > MAX_NODES:
            raise error(f"its aliases expand to more than {MAX_NODES:,} nodes (a YAML "
                        "bomb?)", path=str(path), line=node.start_mark.line + 1)
        sizes[id(node)] = total


def key_lines(node: yaml.Node | None, *keys: str) -> dict[str, int]:
    """Line numbers of the keys of a (nested, by ``keys``) mapping node."""
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return {}
        node = next((v for k, v in node.value if k.value == key), None)
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value}


def read_data_mapping(path: Path, known: tuple[str, ...], error: type[CrosscheckError]
                      ) -> tuple[dict[str, Any], dict[str, int]]:
    """(mapping, line of each key) of a data file beside the rules whose keys must be
    ``known``; ``error`` with the file and line for anything else. An empty file is an
    empty mapping."""
    data, node, _ = read_yaml(path, error)
    data = {} if data is None else data
    lines = key_lines(node)
    if not isinstance(data, dict):
        raise error("expected a mapping", path=str(path), line=1)
    for k in data:
        if k not in known:
            raise error(f"unknown field {k!r} (known: {', '.join(sorted(known))})",
                        path=str(path), line=lines.get(str(k)))
    return data, lines
