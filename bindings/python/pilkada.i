/* SWIG interface of libpilkada for Python.
 *
 * This file only assembles the focused pieces. The generated extension is the
 * private module `pilkada._capi` (with its SWIG proxy `pilkada.capi`, a
 * one-to-one mirror of the C API); the Pythonic API users should import is the
 * hand-written package `pilkada` (bindings/python/pilkada/__init__.py).
 *
 * No global -threads: every call is short except the batch and export
 * helpers, which release the GIL themselves (see lists.i, calendar.i, ...).
 */
%module(package="pilkada") capi

/* Warning 451 ("setting a const char * variable may leak memory") concerns
 * the const char * members of the result structs. They point into the
 * library's static tables or into their parent object; the Pythonic layer
 * copies them into immutable records and never assigns them. */
#pragma SWIG nowarn=451

%include "errors.i"    /* pk_status / pk_error -> typed exceptions */
%include "dates.i"     /* pk_date <-> datetime.date */
%include "lists.i"     /* out-parameters, owned strings, caller arrays -> lists */
%include "docs.i"      /* docstrings of the helper functions */
%include "record.i"    /* C result structs -> dicts, driven by field tables */

%include "common.i"
%include "calendar.i"
%include "ics.i"
%include "workday.i"
%include "region.i"
%include "place.i"
%include "violation.i"
%include "extract.i"
