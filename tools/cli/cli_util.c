#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "escape.h"

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("pilkada: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* errno of the first failed write to stdout seen by cli_out_failed(); the
 * tool is single-threaded where it writes (the batch's reader thread never
 * writes), so one variable of the program suffices. */
static int out_errno;

int cli_out_failed(void)
{
    if (!ferror(stdout))
        return 0;
    if (!out_errno)
        out_errno = errno ? errno : EIO;
    return 1;
}

int cli_out_finish(int rc)
{
    errno = 0;
    int flush_failed = fflush(stdout) != 0;
    if (flush_failed && !out_errno)
        out_errno = errno ? errno : EIO; /* the reason of this last write wins only if none was seen */
    if (!flush_failed && !cli_out_failed())
        return rc;
    if (out_errno != EPIPE)
        cli_errorf("write error: %s", strerror(out_errno));
    return rc != CLI_OK ? rc : CLI_FAIL;
}

int cli_report(pk_status status, const pk_error *err, int usage_error)
{
    if (err && err->status == (int)status && err->text[0]) {
        fprintf(stderr, "pilkada: %s", pk_status_name(status));
        if (err->source[0])
            fprintf(stderr, " in %s", err->source);
        if (err->line > 0)
            fprintf(stderr, " line %ld", err->line);
        if (err->column > 0)
            fprintf(stderr, " column %ld", err->column);
        if (err->field[0])
            fprintf(stderr, " [%s]", err->field);
        fprintf(stderr, ": %s\n", err->text);
    } else {
        fprintf(stderr, "pilkada: %s: %s\n", pk_status_name(status), pk_strerror(status));
    }
    if (usage_error && (status == PK_EINVAL || status == PK_EPARSE || status == PK_ERANGE || status == PK_ETOOLONG ||
                        status == PK_EENCODING))
        return CLI_USAGE;
    return CLI_FAIL;
}

int cli_flag(const char *arg, const char *flag)
{
    return strcmp(arg, flag) == 0;
}

int cli_opt_value(int argc, char **argv, int *i, const char *name, const char **value)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0)
        return 0;
    if (a[n] == '=') {
        *value = a + n + 1;
        (*i)++;
        return 1;
    }
    if (a[n] != '\0')
        return 0;
    if (*i + 1 >= argc) {
        cli_errorf("option %s needs a value", name);
        return -1;
    }
    *value = argv[*i + 1];
    *i += 2;
    return 1;
}

/* Every date option: ISO, DD/MM/YYYY, DD-MM-YYYY, D.M.YYYY or Indonesian
 * and English month names, day first (pk_date_parse_loose); ambiguous input
 * is refused with the reading it would take. */
int cli_parse_date(const char *text, const char *what, pk_date *out)
{
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk_date_parse_loose(out, text, NULL, &err);
    if (s != PK_OK) {
        cli_errorf("%s: '%s' is not a valid date (e.g. 2024-11-27, 27/11/2024, 27 November 2024; day first; "
                   "years %d..%d): %s",
                   what, text, PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR, err.text);
        return CLI_USAGE;
    }
    return CLI_OK;
}

int cli_parse_int(const char *text, const char *what, long min, long max, long *out)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (!*text || *end || errno || v < min || v > max) {
        cli_errorf("%s: '%s' is not a whole number in %ld..%ld", what, text, min, max);
        return CLI_USAGE;
    }
    *out = v;
    return CLI_OK;
}

pk_date cli_today(void)
{
    time_t now = time(NULL) + (time_t)7 * 3600; /* WIB = UTC+7 */
    struct tm tm;
    pk_date d = {0, 0, 0};
    if (gmtime_r(&now, &tm)) {
        d.year = tm.tm_year + 1900;
        d.month = tm.tm_mon + 1;
        d.day = tm.tm_mday;
    }
    return d;
}

void cli_json_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    pk_escape_to_file(f, s, PK_ESCAPE_JSON);
}

const char *cli_date_str(pk_date d, char buf[PK_DATE_STRLEN])
{
    if (pk_date_format(buf, PK_DATE_STRLEN, d, NULL) != PK_OK)
        memcpy(buf, "-", 2);
    return buf;
}

void cli_json_date(FILE *f, pk_date d, int present)
{
    char buf[PK_DATE_STRLEN];
    if (!present || pk_date_format(buf, sizeof buf, d, NULL) != PK_OK)
        fputs("null", f);
    else
        fprintf(f, "\"%s\"", buf);
}
