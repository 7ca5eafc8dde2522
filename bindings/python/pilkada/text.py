"""Text for people, in Indonesian or English: the language of a run, Rupiah
amounts, numbers, long dates, weekday and month names (the library's
pk_format_* functions, shared with the CLI).

The language is ``"id"`` or ``"en"``; ``None`` means the default: the
``PILKADA_LANG`` environment variable, else the locale (``LC_ALL``,
``LC_MESSAGES``, ``LANG``: a value starting with ``id`` gives Indonesian),
as the ``pilkada`` command chooses it.
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any, Optional

from . import capi as _c

__all__ = ["default_lang", "format_rupiah", "format_number", "format_date", "weekday_name", "month_name"]

_LANGS = {"en": _c.PK_LANG_EN, "id": _c.PK_LANG_ID}


def default_lang() -> str:
    """``"id"`` or ``"en"``: PILKADA_LANG, else the locale."""
    env = os.environ.get("PILKADA_LANG", "")
    if env:
        tag = env[:2].lower()
        if tag in _LANGS and (len(env) == 2 or env[2] in "_-.@"):
            return tag
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        v = os.environ.get(name)
        if v:
            return "id" if _c.pk_lang_from_locale(v) == _c.PK_LANG_ID else "en"
    return "en"


def lang_code(lang: Optional[str]) -> int:
    """The C pk_lang of ``"id"``/``"en"`` (None: :func:`default_lang`)."""
    if lang is None:
        lang = default_lang()
    if not isinstance(lang, str) or lang.lower() not in _LANGS:
        raise ValueError("lang must be 'id' or 'en', not %r" % (lang,))
    return int(_LANGS[lang.lower()])


def format_rupiah(amount: int, lang: Optional[str] = None) -> str:
    """``"Rp200.000.000"`` (id) or ``"IDR 200,000,000"`` (en)."""
    return _c.pk_format_rupiah(int(amount), lang_code(lang))  # type: ignore[no-any-return]


def format_number(value: int, lang: Optional[str] = None) -> str:
    """``"1.234.567"`` (id) or ``"1,234,567"`` (en)."""
    return _c.pk_format_number(int(value), lang_code(lang))  # type: ignore[no-any-return]


def format_date(date: Any, lang: Optional[str] = None) -> str:
    """``"Rabu, 27 November 2024"`` (id) or ``"Wednesday, 27 November 2024"`` (en)."""
    return _c.pk_date_format_long(date, lang_code(lang))  # type: ignore[no-any-return]


def weekday_name(date_or_weekday: Any, lang: Optional[str] = None) -> str:
    """The weekday of a date, or of an ISO weekday number 1..7: ``"Rabu"`` / ``"Wednesday"``."""
    wd = date_or_weekday if isinstance(date_or_weekday, int) else _c.pk_date_weekday(date_or_weekday)
    return _c.pk_weekday_name(wd, lang_code(lang))  # type: ignore[no-any-return]


def month_name(month: int, lang: Optional[str] = None) -> str:
    """``"Agustus"`` / ``"August"`` for 8."""
    return _c.pk_month_name(month, lang_code(lang))  # type: ignore[no-any-return]
