#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "escape.h"

static const char *const messages[CLI_MSG_COUNT][2] = {
#define MSG(id, en, idn) {en, idn},
#include "messages.def"
#undef MSG
};

/* The language and error form of this run: set once by main() before any
 * command runs, read-only afterwards (the batch's reader thread only reads). */
static pk_lang run_lang = PK_LANG_EN;
static int run_json_errors;

const char *cli_msg(cli_msg_id id)
{
    return (unsigned)id < CLI_MSG_COUNT ? messages[id][run_lang == PK_LANG_ID] : "?";
}

pk_lang cli_lang(void)
{
    return run_lang;
}

void cli_set_lang(pk_lang lang)
{
    run_lang = lang;
}

int cli_json_errors(void)
{
    return run_json_errors;
}

void cli_set_json_errors(int on)
{
    run_json_errors = on;
}

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
void cli_errorm(cli_msg_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    fputs("pilkada: ", stderr);
    vfprintf(stderr, cli_msg(id), ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_printm(FILE *f, cli_msg_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    vfprintf(f, cli_msg(id), ap);
    va_end(ap);
}

const char *cli_fmtm(char *buf, size_t size, cli_msg_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    vsnprintf(buf, size, cli_msg(id), ap);
    va_end(ap);
    return buf;
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

void cli_label(cli_msg_id id)
{
    const char *t = cli_msg(id);
    printf("%s:%*s", t, (int)(strlen(t) < 23 ? 23 - strlen(t) : 1), "");
}

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
        cli_errorm(CLI_MSG_ERR_WRITE, strerror(out_errno));
    return rc != CLI_OK ? rc : CLI_FAIL;
}

static void put_stderr(void *ctx, const char *p, size_t n)
{
    (void)ctx;
    fwrite(p, 1, n, stderr);
}

static void json_err_str(const char *key, const char *s)
{
    fprintf(stderr, ",\"%s\":\"", key);
    pk_escape(s, PK_ESCAPE_JSON, put_stderr, NULL);
    fputc('"', stderr);
}

/* Under --json: {"error":{"status":"PK_EPARSE","message":...,"field":...,"source":...,"line":N,"column":N}}. */
static void report_json(pk_status status, const pk_error *err)
{
    fprintf(stderr, "{\"error\":{\"status\":\"%s\"", pk_status_name(status));
    json_err_str("reason", pk_strerror_lang(status, run_lang));
    if (err) {
        json_err_str("message", err->text);
        if (err->field[0])
            json_err_str("field", err->field);
        if (err->source[0])
            json_err_str("source", err->source);
        if (err->line > 0)
            fprintf(stderr, ",\"line\":%ld", err->line);
        if (err->column > 0)
            fprintf(stderr, ",\"column\":%ld", err->column);
    }
    fputs("}}\n", stderr);
}

int cli_report(pk_status status, const pk_error *err, int usage_error)
{
    int detail = err && err->status == (int)status && err->text[0];
    if (cli_json_errors()) {
        report_json(status, detail ? err : NULL);
    } else if (detail) {
        /* "pilkada: malformed input: occurred: expected ... (in FILE, line 3, column 2)": the reason in the
         * run's language, the field unless the text already starts with it, then where. */
        fprintf(stderr, "pilkada: %s: ", pk_strerror_lang(status, run_lang));
        size_t fl = strlen(err->field);
        if (fl && strncmp(err->text, err->field, fl) != 0)
            fprintf(stderr, "%s: ", err->field);
        fputs(err->text, stderr);
        const char *sep = " (";
        if (err->source[0]) {
            fputs(sep, stderr);
            cli_printm(stderr, CLI_MSG_ERR_IN, err->source);
            sep = ", ";
        }
        if (err->line > 0) {
            fputs(sep, stderr);
            cli_printm(stderr, CLI_MSG_ERR_LINE, err->line);
            sep = ", ";
        }
        if (err->column > 0) {
            fputs(sep, stderr);
            cli_printm(stderr, CLI_MSG_ERR_COLUMN, err->column);
            sep = ", ";
        }
        fputs(sep[0] == ',' ? ")\n" : "\n", stderr);
    } else {
        fprintf(stderr, "pilkada: %s\n", pk_strerror_lang(status, run_lang));
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
        cli_errorm(CLI_MSG_ERR_NEEDS_VALUE, name);
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
        cli_errorm(CLI_MSG_ERR_BAD_DATE, what, text, PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR, err.text);
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
        cli_errorm(CLI_MSG_ERR_BAD_INT, what, text, min, max);
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
    if (pk_date_format(d, buf, PK_DATE_STRLEN) != PK_OK)
        memcpy(buf, "-", 2);
    return buf;
}

void cli_json_date(FILE *f, pk_date d, int present)
{
    char buf[PK_DATE_STRLEN];
    if (!present || pk_date_format(d, buf, sizeof buf) != PK_OK)
        fputs("null", f);
    else
        fprintf(f, "\"%s\"", buf);
}
