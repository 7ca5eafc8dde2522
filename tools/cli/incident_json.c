/* JSON -> pk_incident via pk_incident_set() (see incident_json.h). */
#include <stdio.h>
#include <string.h>

#include "incident_json.h"

static pk_status fail(pk_error *err, pk_status st, const char *field, const char *msg, long column)
{
    if (err) {
        pk_error_clear(err);
        err->status = st;
        err->column = column;
        snprintf(err->field, sizeof err->field, "%s", field);
        snprintf(err->text, sizeof err->text, "%s", msg);
    }
    return st;
}

pk_status incident_from_json(pk_incident *in, json_t *obj, pk_error *err)
{
    pk_incident init = PK_INCIDENT_INIT;
    *in = init;
    if (!json_is_object(obj))
        return fail(err, PK_EPARSE, "json", "an incident must be a JSON object", 0);
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        char num[32];
        const char *text;
        switch (json_typeof(v)) {
        case JSON_STRING: text = json_string_value(v); break;
        case JSON_INTEGER:
            snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            text = num;
            break;
        case JSON_TRUE: text = "yes"; break;
        case JSON_FALSE: text = "no"; break;
        case JSON_NULL: text = ""; break;
        default: {
            char msg[120];
            snprintf(msg, sizeof msg, "value of \"%.60s\" must be a string, integer, boolean or null", key);
            return fail(err, PK_EPARSE, key, msg, 0);
        }
        }
        if (json_is_string(v) && strlen(text) != json_string_length(v))
            return fail(err, PK_EPARSE, key, "string contains a NUL character", 0);
        pk_status st = pk_incident_set(in, key, text, err);
        if (st != PK_OK)
            return st;
    }
    return PK_OK;
}

pk_status incident_from_line(pk_incident *in, const char *text, size_t len, pk_error *err)
{
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        pk_incident init = PK_INCIDENT_INIT;
        *in = init;
        return fail(err, PK_EPARSE, "json", jerr.text, jerr.column);
    }
    pk_status st = incident_from_json(in, root, err);
    json_decref(root);
    return st;
}
