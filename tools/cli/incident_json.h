/* JSON -> pk_incident for the CLI (jansson; the library itself stays
 * dependency-free). An incident is a JSON object whose keys are exactly the
 * keys of pk_incident_set(); values are strings, integers, booleans or null
 * (null and "" mean "not given"). */
#ifndef PK_CLI_INCIDENT_JSON_H
#define PK_CLI_INCIDENT_JSON_H

#include <jansson.h>

#include "cli.h"

/* Fill *in (initialised to PK_INCIDENT_INIT first) from a JSON object.
 * On failure err->field names the offending key. */
pk_status incident_from_json(pk_incident *in, json_t *obj, pk_error *err);

/* Parse one line of JSON text (RFC 8259, duplicate keys rejected) into *in.
 * On failure err->field names the key (or "json" for a syntax error, with
 * err->column set). */
pk_status incident_from_line(pk_incident *in, const char *text, size_t len, pk_error *err);

/* Batch mode (on = 1): jansson allocates from a per-line arena that
 * incident_from_line() resets after each line, instead of malloc/free per
 * value; on = 0 restores the previous allocator and frees the arena. This
 * sets jansson's process-wide allocator: single-threaded callers only, and no
 * jansson values may outlive a line while it is on. */
void incident_json_arena(int on);

#endif
