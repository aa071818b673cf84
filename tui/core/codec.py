"""Model values to JSON-ready data and back, for the store.

Every model type is a dataclass of plain values, so one generic codec
covers them: dataclasses become dicts, datetimes and dates ISO strings,
tuples lists.  :func:`decode` rebuilds a value from its type hints and
raises ``ValueError`` on anything that does not fit (a store treats that as
a cache miss).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from . import model


def encode(value: Any) -> Any:
    """``value`` as JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in _fields(type(value))}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    raise ValueError(f"cannot store a {type(value).__name__}")


@cache
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:  # type: ignore[type-arg]
    return tuple(f for f in dataclasses.fields(cls) if not f.name.startswith("_"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, vars(model))


def decode(kind: Any, data: Any) -> Any:
    """A value of type ``kind`` from :func:`encode`'s data; ``ValueError`` when it does not fit."""
    origin = get_origin(kind)
    if kind is Any:
        return data
    if origin in (Union, types.UnionType):
        options = get_args(kind)
        if data is None and type(None) in options:
            return None
        for option in options:
            if option is type(None):
                continue
            try:
                return decode(option, data)
            except (ValueError, TypeError, KeyError):
                continue
        raise ValueError(f"{data!r} fits none of {options}")
    if origin is Literal:
        if data not in get_args(kind):
            raise ValueError(f"{data!r} is not one of {get_args(kind)}")
        return data
    if origin is list:
        (item,) = get_args(kind)
        return [decode(item, x) for x in _as_list(data)]
    if origin is tuple:
        args = get_args(kind)
        items = _as_list(data)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], x) for x in items)
        if len(args) != len(items):
            raise ValueError("tuple of the wrong length")
        return tuple(decode(a, x) for a, x in zip(args, items))
    if origin is dict:
        key_type, value_type = get_args(kind)
        if not isinstance(data, dict):
            raise ValueError("not a mapping")
        return {decode(key_type, k): decode(value_type, v) for k, v in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(data, dict):
            raise ValueError(f"not a {kind.__name__}")
        hints = _hints(kind)
        values = {f.name: decode(hints[f.name], data[f.name]) for f in _fields(kind) if f.name in data}
        return kind(**values)
    if kind is datetime:
        return datetime.fromisoformat(_as_str(data))
    if kind is date:
        return date.fromisoformat(_as_str(data))
    if kind in (str, int, float, bool):
        if kind is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
            raise ValueError(f"{data!r} is not a {kind.__name__}")
        return data
    if kind is type(None):
        if data is not None:
            raise ValueError("expected null")
        return None
    if isinstance(kind, typing.TypeVar):
        return data
    raise ValueError(f"cannot read a {kind!r}")


def _as_list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise ValueError("not a list")
    return data


def _as_str(data: Any) -> str:
    if not isinstance(data, str):
        raise ValueError("not a string")
    return data
