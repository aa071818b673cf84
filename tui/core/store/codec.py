"""Model values to plain data and back, and plain data to the store's blobs and back.

Every model type is a dataclass of plain values, so one generic codec
covers them: dataclasses become dicts, datetimes and dates ISO strings,
tuples lists (data JSON could hold).  :func:`decode` rebuilds a value from its type hints and
raises ``ValueError`` on anything that does not fit (a store treats that as
a cache miss).  :func:`pack` turns such data into a blob with :mod:`marshal`
(several times faster than JSON text both ways; its format is this
Python's, so the code versions that key the caches name it) and zlib.
"""

from __future__ import annotations

import dataclasses
import marshal
import sys
import types
import typing
import zlib
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, Union, cast, get_args, get_origin, get_type_hints

from tui.core.model import post as model

#: The blob format :func:`pack` writes: part of the version of the code that made a stored value.
PACK_FORMAT = f"marshal{marshal.version}-py{sys.version_info[0]}.{sys.version_info[1]}-zlib"
#: What :func:`unpack` raises on a blob it cannot read (a store treats it as a miss).
UNPACK_ERRORS: tuple[type[Exception], ...] = (ValueError, TypeError, KeyError, EOFError, zlib.error)


def pack(data: Any) -> bytes:
    """Plain data (what :func:`encode` gives) as a compressed blob."""
    return zlib.compress(marshal.dumps(data), 1)


def unpack(blob: bytes) -> Any:
    """The plain data in a blob :func:`pack` made (one of :data:`UNPACK_ERRORS` when it is not one)."""
    return marshal.loads(zlib.decompress(blob))


def encode(value: Any) -> Any:
    """``value`` as JSON-ready data."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    encoder = _encoders.get(kind)
    if encoder is None:
        encoder = _encoders[kind] = _encoder(kind)
    return encoder(value)


#: Types stored as they are.
_AS_IS = frozenset({str, int, float, bool, type(None)})
#: An encoding function per type met (encoding is hot: the store writes every post).
_encoders: dict[type, Callable[[Any], Any]] = {}


def _encoder(kind: type) -> Callable[[Any], Any]:
    """How values of exactly type ``kind`` are encoded (``ValueError`` for a type the store cannot keep)."""
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    if issubclass(kind, (datetime, date)):
        return lambda value: value.isoformat()
    if issubclass(kind, (list, tuple)):
        return lambda value: [encode(item) for item in value]
    if issubclass(kind, dict):
        return lambda value: {str(k): encode(v) for k, v in value.items()}
    if issubclass(kind, (str, int, float, bool)):
        return lambda value: value
    raise ValueError(f"cannot store a {kind.__name__}")


def _is_plain(hint: Any) -> bool:
    """True for a field type whose values are stored as they are (text, numbers, flags, literals, None)."""
    if hint in (str, int, float, bool, type(None)):
        return True
    origin = get_origin(hint)
    if origin is Literal:
        return all(type(arg) in (str, int, bool) for arg in get_args(hint))
    if origin in (Union, types.UnionType):
        return all(_is_plain(arg) for arg in get_args(hint))
    return False


def _dataclass_encoder(kind: type) -> Callable[[Any], Any]:
    """One function that builds the dict of a ``kind`` value in one step: fields of plain types
    are taken as they are, the others go through :func:`encode` (a post has thousands of blocks)."""
    hints = _hints(kind)
    items = []
    for f in _fields(kind):
        access = f"value.{f.name}"
        items.append(f"{f.name!r}: {access if _is_plain(hints[f.name]) else f'encode({access})'}")
    namespace: dict[str, Any] = {"encode": encode}
    exec(f"def encode_value(value):\n    return {{{', '.join(items)}}}\n", namespace)  # noqa: S102
    return cast(Callable[[Any], Any], namespace["encode_value"])


@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
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

    every = frozenset(name for name, _ in fields)

    def build(data: Any) -> Any:
        if not isinstance(data, dict):
            raise ValueError(f"not a {kind.__name__}")
        if data.keys() == every:  # the usual case: every field stored, built positionally
            return kind(*[decoder(data[name]) for name, decoder in fields])
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


def encode_columns(kind: type, values: list[Any], skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Many dataclass values as one column per field (``skip``: fields left out).

    Nested dataclasses become columns of their own (``{"some": …, "cols": …}``
    for an optional one, ``{"lens": …, "cols": …}`` for a list of them) and a
    text column with few distinct values stores each once (``{"dict": …,
    "idx": …}``), so a stored column is compact and fast to read back.
    """
    hints = _hints(kind)
    return {
        f.name: _encode_column(hints[f.name], [getattr(v, f.name) for v in values])
        for f in _fields(kind)
        if f.name not in skip
    }


def _encode_column(kind: Any, column: list[Any]) -> Any:
    origin, args = get_origin(kind), get_args(kind)
    if origin is list and args and isinstance(args[0], type) and dataclasses.is_dataclass(args[0]):
        return {"lens": [len(x) for x in column], "cols": encode_columns(args[0], [item for x in column for item in x])}
    if origin in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        if isinstance(inner, type) and dataclasses.is_dataclass(inner):
            return {
                "some": [0 if x is None else 1 for x in column],
                "cols": encode_columns(inner, [x for x in column if x is not None]),
            }
    if kind in (str, str | None) and len(column) > 64:
        distinct = list(dict.fromkeys(column))
        if len(distinct) * 4 < len(column):
            where = {value: n for n, value in enumerate(distinct)}
            return {"dict": distinct, "idx": [where[x] for x in column]}
    return [encode(x) for x in column]


def decode_columns(kind: type, columns: dict[str, Any], given: dict[str, list[Any]]) -> list[Any]:
    """Values of dataclass ``kind`` from :func:`encode_columns` data, with ``given`` columns as they are.

    Every field must come from ``columns`` or ``given``; the columns must be
    of equal length.  A value that does not fit raises ``ValueError``.
    Plain columns are checked by type in one pass and complex values decoded
    only when not empty, so a column of a hundred thousand values is cheap.
    """
    hints = _hints(kind)
    ordered: list[list[Any]] = []
    length: int | None = None
    for f in dataclasses.fields(kind):
        if f.name in given:
            column = given[f.name]
        else:
            if f.name not in columns:
                raise ValueError(f"column {f.name} is missing")
            column = _decode_column(
                hints[f.name], columns[f.name] if isinstance(columns[f.name], dict) else _as_list(columns[f.name])
            )
        if length is None:
            length = len(column)
        elif len(column) != length:
            raise ValueError(f"column {f.name} has {len(column)} values, not {length}")
        ordered.append(column)
    return list(map(kind, *ordered))


_PLAIN_TYPES: dict[Any, frozenset[type]] = {
    str: frozenset({str}),
    int: frozenset({int}),
    bool: frozenset({bool}),
    str | None: frozenset({str, type(None)}),
    int | None: frozenset({int, type(None)}),
}


def _decode_column(kind: Any, column: Any) -> list[Any]:
    if isinstance(column, dict):
        return _decode_packed(kind, column)
    allowed = _PLAIN_TYPES.get(kind)
    if allowed is not None:
        if not all(type(x) in allowed for x in column):
            raise ValueError(f"a value is not {kind}")
        return cast(list[Any], column)
    origin, args = get_origin(kind), get_args(kind)
    if origin is Literal:
        choices = frozenset(args)
        if not all(x in choices for x in column):
            raise ValueError(f"a value is not one of {sorted(choices)}")
        return cast(list[Any], column)
    if origin is list and args[0] is str:
        if not all(type(x) is list and all(type(y) is str for y in x) for x in column):
            raise ValueError("a value is not a list of strings")
        return cast(list[Any], column)
    if origin is list and dataclasses.is_dataclass(args[0]):
        if not all(type(x) is list for x in column):
            raise ValueError("a value is not a list")
        flat = decode_rows(cast(type, args[0]), [item for x in column for item in x])
        out, at = [], 0
        for x in column:
            out.append(flat[at : at + len(x)])
            at += len(x)
        return out
    if origin in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        present = [x for x in column if x is not None]
        decoded = iter(_decode_column(inner, present))
        return [None if x is None else next(decoded) for x in column]
    if dataclasses.is_dataclass(kind):
        return decode_rows(cast(type, kind), column)
    if kind is datetime:
        if not all(type(x) is str for x in column):
            raise ValueError("a time is not a string")
        return [datetime.fromisoformat(x) for x in column]
    if origin is tuple and args and args[-1] is not Ellipsis:
        if not all(type(x) is list and len(x) == len(args) for x in column):
            raise ValueError(f"a value is not a tuple of {len(args)}")
        parts = [_decode_column(arg, [x[i] for x in column]) for i, arg in enumerate(args)]
        return list(zip(*parts))
    decoder = _decoder(kind)
    return [decoder(x) for x in column]


def _decode_packed(kind: Any, packed: dict[str, Any]) -> list[Any]:
    """A column stored by :func:`_encode_column` as nested columns or a dictionary of values."""
    origin, args = get_origin(kind), get_args(kind)
    if "dict" in packed:
        distinct = _decode_column(kind, _as_list(packed["dict"]))
        index = _as_list(packed["idx"])
        if not all(type(i) is int and 0 <= i < len(distinct) for i in index):
            raise ValueError("a dictionary index is out of range")
        return [distinct[i] for i in index]
    if "lens" in packed and origin is list:
        lengths = _as_list(packed["lens"])
        flat = decode_columns(args[0], packed["cols"], {})
        if not all(type(n) is int and n >= 0 for n in lengths) or sum(lengths) != len(flat):
            raise ValueError("list lengths do not match their items")
        out, at = [], 0
        for n in lengths:
            out.append(flat[at : at + n])
            at += n
        return out
    if "some" in packed and origin in (Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        flags = _as_list(packed["some"])
        values = decode_columns(inner, packed["cols"], {})
        if sum(1 for f in flags if f) != len(values):
            raise ValueError("presence flags do not match their values")
        present = iter(values)
        return [next(present) if flag else None for flag in flags]
    raise ValueError(f"cannot read a packed column of {kind!r}")


def decode_rows(kind: type, rows: list[Any]) -> list[Any]:
    """Many encoded dataclass values (dicts) decoded column by column; per row when a field is missing."""
    names = [f.name for f in _fields(kind)]
    try:
        columns = {name: [row[name] for row in rows] for name in names}
    except (KeyError, TypeError):
        decoder = _decoder(kind)
        return [decoder(row) for row in rows]
    if not all(type(row) is dict and len(row) == len(names) for row in rows):
        decoder = _decoder(kind)
        return [decoder(row) for row in rows]
    return decode_columns(kind, columns, {})
