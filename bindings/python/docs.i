/* docs.i: docstrings.
 *
 * The functions and structs that come straight from the headers get their
 * docstrings from the header comments (swig -doxygen). The helper functions
 * written for Python (lists instead of caller arrays, batches) are documented
 * here, in the same words as the C function they stand for.
 */
%feature("autodoc", "2");

%feature("docstring") pk_py_schedule_active
"Every stage active on a date, innermost first (see pk_schedule_active()).

:param s: the schedule
:param date: a datetime.date
:rtype: list of pk_stage (borrowed from the schedule)";

%feature("docstring") pk_py_schedule_to_ics
"Export a schedule as RFC 5545 iCalendar text (see pk_schedule_to_ics()).
Releases the GIL while the text is built.

:param s: the schedule
:param dtstamp: DTSTAMP in UTC 'YYYYMMDDTHHMMSSZ', or None for the current time
:param include_undated: 0 to skip stages without dates
:param uid_domain: right-hand side of the UIDs, or None for 'libpilkada'
:rtype: str";

%feature("docstring") pk_py_workcal_new
"Compile a working-day calendar (see pk_workcal_new()).

:param holidays: a pk_holiday_table, or None for the built-in table
:param closed_kinds: pk_holiday_kind bits that stop a working day
:param extra_holidays: sequence of dates that are not working days
:param extra_workdays: sequence of dates that are working days anyway
:param roll: PK_ROLL_* policy for a non-working start date
:param allow_estimate: 1 to use weekends only outside the table's years
:rtype: pk_workcal (owned; freed with pk_workcal_free())";

%feature("docstring") pk_py_workcal_add_many
"Batch working-day addition over serial day numbers (see
pk_workcal_add_serial_many()): out[i] = start[i] + n[i] working days.
Releases the GIL during the computation.

:param cal: the calendar
:param start: sequence of serial day numbers (days since 1970-01-01)
:param n: sequence of working-day counts of the same length, or one int for all
:rtype: list of int (serial day numbers)
:raises: the exception of the first failing element, with .index set";
