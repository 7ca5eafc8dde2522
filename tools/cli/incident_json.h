/* JSON -> pk_incident for the CLI (jansson; the library itself stays
 * dependency-free). An incident is a JSON object whose keys are exactly the
 * keys of pk_incident_set(); values are strings, integers, booleans or null
 * (null and "" mean "not given"). */
#ifndef PK_CLI_INCIDENT_JSON_H
#define PK_CLI_INCIDENT_JSON_H

#include <jansson.h>

#include "cli.h"

/* A key that is not a fact (a report id, another CSV column): called with
 * the key and its value, to carry them beside the result; returns PK_OK or
 * a status (err filled). NULL: such keys are errors. A key within two edits
 * of a fact ("ocurred") is always an error, with a "did you mean". */
typedef pk_status (*incident_extra_fn)(void *ctx, const char *key, json_t *value, pk_error *err);

/* Fill *in (initialised to PK_INCIDENT_INIT first) from a JSON object.
 * On failure err->field names the offending key. */
pk_status incident_from_json(pk_incident *in, json_t *obj, incident_extra_fn extra, void *ctx, pk_error *err);

/* Parse one line of JSON text (RFC 8259, duplicate keys rejected) into *in:
 * a flat object of plain values (see incident_json.c) is read directly,
 * anything else by jansson.
 * On failure err->field names the key (or "json" for a syntax error, with
 * err->column set). */
pk_status incident_from_line(pk_incident *in, const char *text, size_t len, incident_extra_fn extra, void *ctx,
                             pk_error *err);

/* The same as incident_from_line() without its fast path for flat objects of
 * plain values: every line through jansson (the fuzz harness checks that the
 * two agree). */
pk_status incident_from_line_jansson(pk_incident *in, const char *text, size_t len, incident_extra_fn extra,
                                     void *ctx, pk_error *err);

/* CSV input: split one CSV record (RFC 4180 quoting, no line breaks inside
 * fields) into at most cap fields, in place (text is modified; quotes are
 * removed). Returns the number of fields, or -1 for a malformed record
 * (an unclosed quote, text after a closing quote) or more than cap fields. */
long incident_csv_split(char *text, size_t len, char **fields, size_t *lens, size_t cap);

/* An incident from a CSV row under a header: the same path as JSON (every
 * field a string; an empty field is "not given"). */
pk_status incident_from_csv(pk_incident *in, char *const *names, char *const *fields, const size_t *lens, size_t n,
                            incident_extra_fn extra, void *ctx, pk_error *err);

/* Batch mode (on = 1): jansson allocates from a per-line arena that
 * incident_from_line() resets after each line, instead of malloc/free per
 * value; on = 0 restores the previous allocator and frees the arena. This
 * sets jansson's process-wide allocator: single-threaded callers only, and no
 * jansson values may outlive a line while it is on. */
void incident_json_arena(int on);

#endif
