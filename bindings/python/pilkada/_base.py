"""Shared pieces of the Pythonic layer: result records, JSON conversion, dates."""

from __future__ import annotations

import datetime as _dt
import enum
import json
import os
from typing import Any, Dict, Iterator, Tuple

from . import capi as _c

__all__ = ["Record", "to_jsonable", "to_date"]

_EPOCH_ORDINAL = _dt.date(1970, 1, 1).toordinal()


def check_str(value: Any, what: str) -> str:
    """``value`` if it is a str, else TypeError (bytes, None, numbers are not
    silently converted). An embedded NUL raises ValueError in the C call."""
    if not isinstance(value, str):
        raise TypeError("%s must be str, not %s" % (what, type(value).__name__))
    return value


def check_int(value: Any, what: str) -> int:
    """``value`` as an int if it is an int (an IntEnum member too), else
    TypeError: a bool, float or str is not silently taken as a number."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be int, not %s" % (what, type(value).__name__))
    return int(value)


def check_path(value: Any) -> str:
    """A file path from a str, bytes or os.PathLike, else TypeError."""
    p = os.fspath(value)
    return os.fsdecode(p) if isinstance(p, bytes) else p


def to_date(value: Any) -> _dt.date:
    """A ``datetime.date`` from a date or an ISO ``"YYYY-MM-DD"`` string."""
    if isinstance(value, _dt.datetime):
        raise TypeError("expected a datetime.date, got a datetime.datetime (use .date())")
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return _c.pk_date_parse(value)  # type: ignore[no-any-return]
    raise TypeError("expected a datetime.date or 'YYYY-MM-DD', got %s" % type(value).__name__)


def to_serial(value: Any) -> int:
    """Days since 1970-01-01 (the serial numbers of the C batch functions)."""
    return to_date(value).toordinal() - _EPOCH_ORDINAL


def from_serial(serial: int) -> _dt.date:
    """Inverse of :func:`to_serial`."""
    return _dt.date.fromordinal(serial + _EPOCH_ORDINAL)


def to_jsonable(value: Any) -> Any:
    """Convert records, dates and enums (recursively) to JSON-friendly values."""
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, enum.IntFlag) and not isinstance(getattr(value, "slug", None), str):
        return [m.name.lower() for m in type(value) if m.value and (m.value & value) == m.value
                and bin(m.value).count("1") == 1 and m.name]
    if isinstance(value, enum.Enum):
        slug = getattr(value, "slug", None)
        return slug if isinstance(slug, str) else value.name.lower()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def _maker(cls: Any) -> Any:
    """A fast positional constructor for a record class: ``cls._make(v1, v2,
    ...)`` takes the values of ``cls._fields`` in order and sets the slots
    directly (no keyword dict, no per-field loop), for the hot paths that
    build many records."""
    names = cls._fields
    env: Dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    args = ", ".join("v%d" % i for i in range(len(names)))
    body = ["def _make(%s):" % args, "    o = _new(_cls)"]
    for i, name in enumerate(names):
        env["_s%d" % i] = getattr(cls, name).__set__
        body.append("    _s%d(o, v%d)" % (i, i))
    body.append("    return o")
    exec("\n".join(body), env)
    return env["_make"]


class Record:
    """Base of the immutable result objects: named attributes, a readable
    ``repr``, equality by value, ``to_dict()`` and ``to_json()``."""

    __slots__: Tuple[str, ...] = ()
    _fields: Tuple[str, ...] = ()
    _repr_fields: Tuple[str, ...] = ()

    def __init__(self, **values: Any) -> None:
        for name in self._fields:
            object.__setattr__(self, name, values.get(name))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_fields" in cls.__dict__:
            cls._make = staticmethod(_maker(cls))  # type: ignore[attr-defined]

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("%s is immutable" % type(self).__name__)

    def __iter__(self) -> Iterator[Tuple[str, Any]]:
        for name in self._fields:
            yield name, getattr(self, name)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def __hash__(self) -> int:
        return hash((type(self).__name__,) + tuple(
            repr(getattr(self, f)) for f in (self._repr_fields or self._fields)))

    def __repr__(self) -> str:
        names = self._repr_fields or self._fields
        parts = []
        for name in names:
            v = getattr(self, name)
            if isinstance(v, _dt.date):
                v = v.isoformat()
            elif isinstance(v, enum.Enum):
                parts.append("%s=%s.%s" % (name, type(v).__name__, v.name))
                continue
            parts.append("%s=%r" % (name, v))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def to_dict(self) -> Dict[str, Any]:
        """The record as a dict of JSON-friendly values (dates as ISO text,
        enums as their slugs, nested records as dicts)."""
        return {name: to_jsonable(getattr(self, name)) for name in self._fields}

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


class SourceStatus(enum.IntEnum):
    """How well a fact is sourced (pk_source_status)."""
    CONFIRMED = _c.PK_SOURCE_CONFIRMED
    SINGLE_SOURCE = _c.PK_SOURCE_SINGLE_SOURCE
    DERIVED = _c.PK_SOURCE_DERIVED
    UNCERTAIN = _c.PK_SOURCE_UNCERTAIN

    @property
    def slug(self) -> str:
        """"CONFIRMED", "SINGLE-SOURCE", "DERIVED" or "UNCERTAIN"."""
        return _c.pk_source_status_name(int(self))  # type: ignore[no-any-return]


def opt_str(s: Any) -> Any:
    """'' and None both mean absent for optional C strings: keep None."""
    return s if s else None
