"""YAML for rule packs: a safe loader whose mappings and sequences keep their line numbers.

A duplicate key or a key that is not text is an error naming its line (rules/pack.py
turns "line N: reason" into "file:N: reason").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

from hongdun.errors import InputFileError

__all__ = ["Loader"]


class _Map(dict[str, Any]):
    """A YAML mapping that remembers the line it started on."""

    line = 0


class Loader(yaml.SafeLoader):
    """A safe loader whose mappings carry their line numbers."""


def _construct_map(loader: Loader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool | date) and key is not None:
            raise InputFileError(f"line {key_node.start_mark.line + 1}: a key must be text")
        if key in out:
            raise InputFileError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
        out[key] = loader.construct_object(value_node, deep=True)
    return out


class _Seq(list[Any]):
    """A YAML sequence that remembers the line of each item."""

    item_lines: tuple[int, ...] = ()


def _construct_seq(loader: Loader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_object(item, deep=True) for item in node.value)
    out.item_lines = tuple(item.start_mark.line + 1 for item in node.value)
    return out


Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)
