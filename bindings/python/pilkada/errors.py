"""Exceptions raised by pilkada.

Every failing C call (a negative ``pk_status``) raises a subclass of
:class:`PilkadaError`, chosen by the status code, with the detail the library
filled in its ``pk_error``: the offending argument or field, the source and
the line and column in a parsed input, and a message.
"""

from __future__ import annotations

import builtins
from typing import Any, Dict, List, Optional, Sequence, Type

__all__ = [
    "PilkadaError", "InvalidArgument", "NotFound", "Ambiguous", "OutOfRange",
    "OutOfMemory", "IOError", "ParseError", "EncodingError", "TooLong",
    "BufferTooSmall", "Incomplete",
]


class PilkadaError(Exception):
    """Base class of every libpilkada error.

    Attributes:
        status: the negative ``pk_status`` code (e.g. ``-2``).
        status_name: its stable name (e.g. ``"PK_ENOTFOUND"``).
        field: the offending argument or field name, or ``""``.
        source: the file or ``"<string>"`` being parsed, or ``""``.
        line: 1-based line in a parsed input, ``0`` if not applicable.
        column: 1-based column (CSV: field number), ``0`` if not applicable.
        message: the human-readable message from the library.
    """
    message: str
    field: str
    source: str
    line: int
    column: int
    function: str

    status: int = 0
    status_name: str = "PK_EUNKNOWN"

    def __init__(self, message: str = "", *, status: Optional[int] = None,
                 status_name: Optional[str] = None, field: str = "", source: str = "",
                 line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
        if status_name is not None:
            self.status_name = status_name
        self.message = message
        self.field = field
        self.source = source
        self.line = line
        self.column = column
        self.function = ""

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = self.source
            if self.line:
                where += ":%d" % self.line
                if self.column:
                    where += ":%d" % self.column
            where += ": "
        field = " [%s]" % self.field if self.field else ""
        return "%s%s%s" % (where, self.message, field)

    def __repr__(self) -> str:
        return "%s(%r, status=%s, field=%r, line=%d, column=%d)" % (
            type(self).__name__, self.message, self.status_name, self.field, self.line, self.column)

    def to_dict(self) -> Dict[str, Any]:
        """The error as a JSON-friendly dict."""
        return {"status": self.status_name, "code": self.status, "message": self.message,
                "field": self.field, "source": self.source, "line": self.line,
                "column": self.column}


class InvalidArgument(PilkadaError, ValueError):
    """PK_EINVAL: a NULL or malformed argument, a bad enum value, an impossible date."""
    status, status_name = -1, "PK_EINVAL"


class NotFound(PilkadaError, LookupError):
    """PK_ENOTFOUND: no such id, code, name or table entry.

    ``candidates`` holds ranked suggestions when the call offers them
    (e.g. region name resolution), else an empty list.
    """
    candidates: List[Any]
    status, status_name = -2, "PK_ENOTFOUND"

    def __init__(self, *args: Any, candidates: Sequence[Any] = (), **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.candidates: List[Any] = list(candidates)


class Ambiguous(PilkadaError, LookupError):
    """PK_EAMBIGUOUS: the input matches several entries, listed in ``candidates``."""
    candidates: List[Any]
    status, status_name = -3, "PK_EAMBIGUOUS"

    def __init__(self, *args: Any, candidates: Sequence[Any] = (), **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.candidates: List[Any] = list(candidates)


class OutOfRange(PilkadaError, ValueError):
    """PK_ERANGE: a value outside the supported or tabulated range."""
    status, status_name = -4, "PK_ERANGE"


class OutOfMemory(PilkadaError, MemoryError):
    """PK_ENOMEM: memory allocation failed."""
    status, status_name = -5, "PK_ENOMEM"


class IOError(PilkadaError, builtins.OSError):  # noqa: A001 - the name the API documents
    """PK_EIO: a file could not be opened, read or written (also an OSError)."""
    status, status_name = -6, "PK_EIO"


class ParseError(PilkadaError, ValueError):
    """PK_EPARSE: malformed input text; see ``line``, ``column`` and ``field``."""
    status, status_name = -7, "PK_EPARSE"


class EncodingError(PilkadaError, ValueError):
    """PK_EENCODING: input is not valid UTF-8."""
    status, status_name = -8, "PK_EENCODING"


class TooLong(PilkadaError, ValueError):
    """PK_ETOOLONG: input string or file exceeds the documented limit."""
    status, status_name = -9, "PK_ETOOLONG"


class BufferTooSmall(PilkadaError):
    """PK_EBUFSIZE: an output buffer was too small (the bindings size buffers
    themselves, so seeing this is a bug in the bindings)."""
    status, status_name = -10, "PK_EBUFSIZE"


class Incomplete(PilkadaError, ValueError):
    """PK_EINCOMPLETE: the facts given are not enough; ``field`` names what is missing."""
    status, status_name = -11, "PK_EINCOMPLETE"


_BY_STATUS: Dict[int, Type[PilkadaError]] = {
    cls.status: cls for cls in (  # type: ignore[attr-defined]
        InvalidArgument, NotFound, Ambiguous, OutOfRange, OutOfMemory,
                                IOError, ParseError, EncodingError, TooLong, BufferTooSmall,
                                Incomplete)
}


def error_class(status: int) -> Type[PilkadaError]:
    """The exception class of a ``pk_status`` code (PilkadaError if unknown)."""
    return _BY_STATUS.get(status, PilkadaError)


def _from_status(status: int, name: str, field: str, source: str, line: int, column: int,
                 text: str) -> PilkadaError:
    """Called by the extension module to build the exception of a failed call."""
    cls = error_class(status)
    if cls is IOError:
        exc: PilkadaError = cls(text, status=status, status_name=name, field=field,
                                source=source, line=line, column=column)
        exc.errno = None  # type: ignore[attr-defined]
        exc.filename = source or None  # type: ignore[attr-defined]
        return exc
    return cls(text, status=status, status_name=name, field=field, source=source,
               line=line, column=column)
