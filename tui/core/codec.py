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
from typing import Any, Callable, Literal, Union, get_args, get_origin, get_type_hints

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
    return _decoder(kind)(data)


Decoder = Callable[[Any], Any]


@cache
def _decoder(kind: Any) -> Decoder:
    """A function that decodes data of type ``kind`` (built once per type: decoding is hot)."""
    origin = get_origin(kind)
    if kind is Any or isinstance(kind, typing.TypeVar):
        return lambda data: data
    if origin in (Union, types.UnionType):
        return _union(get_args(kind))
    if origin is Literal:
        allowed = frozenset(get_args(kind))

        def literal(data: Any) -> Any:
            if data not in allowed:
                raise ValueError(f"{data!r} is not one of {sorted(allowed)}")
            return data

        return literal
    if origin is list:
        (item,) = get_args(kind)
        item_decoder = _decoder(item)
        return lambda data: [item_decoder(x) for x in _as_list(data)]
    if origin is tuple:
        return _tuple(get_args(kind))
    if origin is dict:
        key_decoder, value_decoder = (_decoder(a) for a in get_args(kind))

        def mapping(data: Any) -> Any:
            if not isinstance(data, dict):
                raise ValueError("not a mapping")
            return {key_decoder(k): value_decoder(v) for k, v in data.items()}

        return mapping
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    if kind is datetime:
        return lambda data: datetime.fromisoformat(_as_str(data))
    if kind is date:
        return lambda data: date.fromisoformat(_as_str(data))
    if kind in (str, int, float, bool):
        return _plain(kind)
    if kind is type(None):

        def none(data: Any) -> None:
            if data is not None:
                raise ValueError("expected null")

        return none
    raise ValueError(f"cannot read a {kind!r}")


def _union(options: tuple[Any, ...]) -> Decoder:
    optional = type(None) in options
    decoders = [_decoder(o) for o in options if o is not type(None)]

    def union(data: Any) -> Any:
        if data is None and optional:
            return None
        for decoder in decoders:
            try:
                return decoder(data)
            except (ValueError, TypeError, KeyError):
                continue
        raise ValueError(f"{data!r} fits none of {options}")

    return union


def _tuple(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        return lambda data: tuple(item(x) for x in _as_list(data))
    decoders = [_decoder(a) for a in args]

    def fixed(data: Any) -> Any:
        items = _as_list(data)
        if len(items) != len(decoders):
            raise ValueError("tuple of the wrong length")
        return tuple(d(x) for d, x in zip(decoders, items))

    return fixed


def _dataclass(kind: type) -> Decoder:
    hints = _hints(kind)
    fields = [(f.name, _decoder(hints[f.name])) for f in _fields(kind)]

    def build(data: Any) -> Any:
        if not isinstance(data, dict):
            raise ValueError(f"not a {kind.__name__}")
        return kind(**{name: decoder(data[name]) for name, decoder in fields if name in data})

    return build


def _plain(kind: type) -> Decoder:
    def plain(data: Any) -> Any:
        if type(data) is kind:
            return data
        if kind is float and type(data) is int:
            return float(data)
        raise ValueError(f"{data!r} is not a {kind.__name__}")

    return plain


def _as_list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise ValueError("not a list")
    return data


def _as_str(data: Any) -> str:
    if not isinstance(data, str):
        raise ValueError("not a string")
    return data
