"""Shared pieces of the Pythonic layer: result records, JSON conversion, dates."""

from __future__ import annotations

import collections.abc as _abc
import datetime as _dt
import enum
import json
import os
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterator, List, Optional, Tuple

from . import capi as _c

__all__ = ["Record", "SlugEnum", "to_jsonable", "to_date", "to_records"]

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
    if isinstance(value, SlugEnum):
        return value.code
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be int, not %s" % (what, type(value).__name__))
    return int(value)


def check_path(value: Any) -> str:
    """A file path from a str, bytes or os.PathLike, else TypeError."""
    p = os.fspath(value)
    return os.fsdecode(p) if isinstance(p, bytes) else str(p)


def _missing(value: Any) -> bool:
    """pandas NaT / NaN and numpy NaT: a missing value."""
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def to_date(value: Any) -> _dt.date:
    """A ``datetime.date`` from the date-like values analysts hold:
    ``datetime.date``; ``datetime.datetime`` and pandas ``Timestamp`` (their
    date); ``numpy.datetime64``; text as people write it (``"2024-11-27"``,
    ``"27/11/2024"``, ``"27 November 2024"``: day first, the library's own
    reader, which refuses ambiguous text with the reading it would take).
    NaT is ValueError, other types TypeError (the bindings' pk_date input)."""
    if type(value) is _dt.date:
        return value
    if value is None:
        raise TypeError("expected a date, got None")
    return _c.pk_date_add_days(value, 0)  # type: ignore[no-any-return]


def fact_text(value: Any) -> Any:
    """Text of a fact value the C reader does not take directly (called by
    the bindings for types other than str, int, bool, date and enum
    members): dates of any kind, numpy scalars, a :class:`Region` (its
    code), missing values (None: the fact is absent)."""
    if _missing(value) or type(value).__name__ in ("NaTType", "NAType"):
        return None
    code = getattr(value, "code", None)
    if isinstance(code, str) and hasattr(value, "full_name"):  # a Region
        return code
    if isinstance(value, (_dt.date, _dt.datetime)) or type(value).__name__ == "datetime64":
        return to_date(value).isoformat()
    if type(value).__name__ == "bool_":
        return "yes" if value else "no"
    if hasattr(value, "item") and type(value).__module__ == "numpy":  # numpy integers and strings
        item = value.item()
        return item if isinstance(item, str) else str(item)
    raise TypeError("a fact value must be str, int, bool, a date, a Region or an enum member, not %s"
                    % type(value).__name__)


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
    if isinstance(value, SlugEnum):
        return value._value_
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


class SlugEnum(str, enum.Enum):
    """An enum whose members are their slugs: ``str(m)``, ``f"{m}"``, JSON,
    CSV and pandas show ``"election_crime"``, and ``m == "election_crime"``
    holds; ``int(m)`` (and ``m.code``) is the C value, and ``Cls(3)`` finds
    a member by it."""

    _code: int

    def __new__(cls, slug: Any, code: Optional[int] = None) -> "SlugEnum":
        if code is None:
            # a bare C value: the class's _slug_of (its C name function) names it
            slug, code = getattr(cls, "_slug_of")(slug), slug
        obj = str.__new__(cls, slug)
        obj._value_ = slug
        obj._code = code
        return obj

    def __int__(self) -> int:
        return self._code

    def __index__(self) -> int:
        return self._code

    def __str__(self) -> str:
        return self._value_  # type: ignore[no-any-return]

    def __format__(self, spec: str) -> str:
        return format(self._value_, spec)

    def __repr__(self) -> str:
        return "<%s.%s: %r>" % (type(self).__name__, self.name, self._value_)

    def __reduce_ex__(self, proto: Any) -> Any:
        return getattr, (type(self), self.name)

    @property
    def slug(self) -> str:
        """The stable slug, e.g. "election_crime"."""
        return self._value_  # type: ignore[no-any-return]

    @property
    def code(self) -> int:
        """The C enum value."""
        return self._code

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            for m in cls:
                if m._code == value:
                    return m
        elif isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower() or m._value_.lower() == value.lower():
                    return m
        return None


def slug_enum(name: str, members: Dict[str, int], namefn: Any, module: str, doc: str,
              base: Any = None) -> Any:
    """A :class:`SlugEnum` (or a member-less subclass ``base``) from C
    constants (NAME -> value) and the C function naming each value (None:
    the member name in lower case)."""
    items = []
    for k, v in sorted(members.items(), key=lambda kv: kv[1]):
        items.append((k, (namefn(v) if namefn else k.lower(), v)))
    cls = (base or SlugEnum)(name, items, module=module)  # type: ignore[call-arg, arg-type]
    cls.__doc__ = doc
    return cls


def to_records(results: Any) -> List[Dict[str, Any]]:
    """Flat dicts of many results (one per item, ``item.to_dict(flat=True)``
    where the record supports it), ready for ``pandas.DataFrame`` or
    ``csv.DictWriter``; an error in the list (``classify_many(...,
    errors="return")``) becomes a row with its ``error`` and ``status``."""
    out = []
    for r in results:
        if isinstance(r, Record):
            out.append(r.to_dict(flat=True) if getattr(r, "_flat", False) else r.to_dict())  # type: ignore[call-arg]
        elif isinstance(r, Exception) and hasattr(r, "status_name"):
            row = dict(getattr(r, "extra", None) or {})
            row.update({"outcome": "error", "error": getattr(r, "message", str(r)), "status": r.status_name,
                        "field": getattr(r, "field", "") or None})
            out.append(row)
        elif hasattr(r, "to_dict"):
            out.append(r.to_dict())
        else:
            out.append(to_jsonable(r))
    return out


def _builder(cls: Any, name: str, params: str, values: List[str], env: Dict[str, Any]) -> Any:
    """``def name(params)`` that makes a record ``cls`` of ``values`` (source
    expressions of its ``_fields`` in order) by setting the slots directly:
    no keyword dict, no per-field loop, no further call."""
    env.update(_new=object.__new__, _cls=cls)
    body = ["def %s(%s):" % (name, params), "    _o = _new(_cls)"]
    for i, (field, value) in enumerate(zip(cls._fields, values)):
        env["_s%d" % i] = getattr(cls, field).__set__
        body.append("    _s%d(_o, %s)" % (i, value))
    body.append("    return _o")
    exec("\n".join(body), env)
    return env[name]


def _maker(cls: Any) -> Any:
    """A fast positional constructor for a record class: ``cls._make(v1, v2,
    ...)`` takes the values of ``cls._fields`` in order, for the hot paths
    that build many records."""
    args = ["v%d" % i for i in range(len(cls._fields))]
    return _builder(cls, "_make", ", ".join(args), args, {})


def _compile_reader(cls: Any, names: Optional[Tuple[str, ...]], convert: Dict[str, Any]) -> Any:
    """One generated function that makes a record ``cls`` from what the
    bindings give (bindings/python/record.i): a dict of its fields (``names``
    None; absent keys are None) or a row, a tuple whose columns are
    ``names`` (fields the row lacks become keyword arguments, default None).
    Each field goes through ``convert`` when named there: a callable, a dict
    to index, or a SlugEnum class (indexed by its C values). No per-field
    loop or test on the hot paths that build many records."""
    env: Dict[str, Any] = {}
    col = {n: i for i, n in enumerate(names or ())}
    args, params = [], []
    for i, f in enumerate(cls._fields):
        if names is None:
            v = "t.get(%r)" % f
        elif f in col:
            v = "t[%d]" % col[f]
        else:
            params.append(", %s=None" % f)
            args.append(f)
            continue
        conv = convert.get(f)
        if isinstance(conv, type) and issubclass(conv, SlugEnum):
            conv = {m.code: m for m in conv}
        if conv is not None:
            env["_c%d" % i] = conv
            v = ("_c%d[%s]" if isinstance(conv, dict) else "_c%d(%s)") % (i, v)
        args.append(v)
    return _builder(cls, "_read", "t" + "".join(params), args, env)


def row_reader(cls: Any, names: Tuple[str, ...], convert: Dict[str, Any]) -> Any:
    """``read(row, **missing)``: the record ``cls`` from a row whose columns
    are ``names`` (pk_py_row_names() of the bindings' pk_py_row()), so the
    hot paths index rows by the C table's positions, never by hand."""
    return _compile_reader(cls, names, convert)


class Record:
    """Base of the immutable result objects: named attributes, a readable
    ``repr``, equality by value, ``to_dict()`` and ``to_json()``."""

    __slots__: Tuple[str, ...] = ()
    _fields: Tuple[str, ...] = ()
    _repr_fields: Tuple[str, ...] = ()
    # How _from_c turns a value of the C dict into the field's value (an
    # enum class, a table lookup); fields not named here are taken as they are.
    _convert: Dict[str, Callable[[Any], Any]] = {}

    def __init__(self, **values: Any) -> None:
        for name in self._fields:
            object.__setattr__(self, name, values.get(name))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_fields" in cls.__dict__:
            cls._make = staticmethod(_maker(cls))  # type: ignore[attr-defined]

    @classmethod
    def _from_fields(cls, d: Dict[str, Any]) -> Any:
        """The record from a dict the bindings made of a C struct through its
        field table (bindings/python/record.i): each field from the key of
        its name (None when absent), through ``_convert`` when named there.
        The first call compiles the class's reader (_compile_reader)."""
        fn = cls.__dict__.get("_reader_fn")
        if fn is None or fn[0] is not cls._convert:
            fn = (cls._convert, _compile_reader(cls, None, cls._convert))
            type.__setattr__(cls, "_reader_fn", fn)
        return fn[1](d)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("%s is immutable" % type(self).__name__)

    def __iter__(self) -> Iterator[Tuple[str, Any]]:
        for name in self._fields:
            yield name, getattr(self, name)

    # Read as a mapping of its fields (Record is registered as a
    # collections.abc.Mapping), so pandas.DataFrame(records) and
    # dict(record) give named columns, not (key, value) cells.
    def keys(self) -> List[str]:
        """The field names."""
        return list(self._fields)

    def __getitem__(self, key: str) -> Any:
        if isinstance(key, str) and key in self._fields:
            return getattr(self, key)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return key in self._fields

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


_abc.Mapping.register(Record)


class SourceStatus(SlugEnum):
    """How well a fact is sourced (pk_source_status)."""
    _slug_of = staticmethod(_c.pk_source_status_name)
    CONFIRMED = _c.PK_SOURCE_CONFIRMED
    SINGLE_SOURCE = _c.PK_SOURCE_SINGLE_SOURCE
    DERIVED = _c.PK_SOURCE_DERIVED
    UNCERTAIN = _c.PK_SOURCE_UNCERTAIN


def opt_str(s: Any) -> Any:
    """'' and None both mean absent for optional C strings: keep None."""
    return s if s else None
