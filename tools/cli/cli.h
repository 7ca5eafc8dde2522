/* Shared pieces of the pilkada command-line tool. Each group of subcommands
 * lives in its own cmd_<group>.c and registers in main.c.
 *
 * Exit codes (documented in the README and `pilkada --help`):
 *   0  success
 *   1  the question has no answer or the input data is bad (not found,
 *      ambiguous, malformed file, out of range)
 *   2  usage error (unknown command or option, missing or malformed argument)
 */
#ifndef PK_CLI_H
#define PK_CLI_H

#include <stdio.h>

#include "pilkada.h"

enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

/* Messages (messages.def): cli_msg(CLI_MSG_X) is the text in the language
 * of this run, set once by main() from --lang, PILKADA_LANG or the locale
 * (LC_ALL, LC_MESSAGES, LANG) before any command runs. */
typedef enum cli_msg_id {
#define MSG(id, en, idn) CLI_MSG_##id,
#include "messages.def"
#undef MSG
    CLI_MSG_COUNT
} cli_msg_id;
const char *cli_msg(cli_msg_id id);
pk_lang cli_lang(void);
void cli_set_lang(pk_lang lang);
/* 1 when the command line asked for --json: errors go to stderr as one JSON
 * object {"error":{"status","field","message",...}} with the status name. */
int cli_json_errors(void);
void cli_set_json_errors(int on);
/* "pilkada: " and a message of the table, formatted, to stderr. */
void cli_errorm(cli_msg_id id, ...);
/* A message of the table, formatted, to f / into buf (returns buf). The
 * arguments must fit the message's conversions, the same in both languages
 * (tests/cli/check_messages.py). */
void cli_printm(FILE *f, cli_msg_id id, ...);
const char *cli_fmtm(char *buf, size_t size, cli_msg_id id, ...);
/* "label:" padded to a column of 24 (the phase command's layout). */
void cli_label(cli_msg_id id);

typedef struct cli_command {
    const char *name;
    const char *args;    /* argument synopsis for help */
    cli_msg_id summary;  /* one line (messages.def SUM_*) */
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
} cli_command;

/* Print "pilkada: <message>" to stderr. */
void cli_errorf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* Print a library error: status, field, line and message. Returns CLI_FAIL
 * (or CLI_USAGE when usage_error is non-zero and the status says a
 * command-line argument is malformed: PK_EINVAL, PK_EPARSE, PK_ERANGE,
 * PK_ETOOLONG, PK_EENCODING). */
int cli_report(pk_status status, const pk_error *err, int usage_error);

/* Option matching. If argv[*i] is `name` (then the value is argv[*i+1]) or
 * `name=value`, sets *value, advances *i past what it consumed and returns 1.
 * Returns -1 (after printing a message) when the value is missing, 0 when
 * argv[*i] is not this option. */
int cli_opt_value(int argc, char **argv, int *i, const char *name, const char **value);
/* 1 if argv[i] equals flag. */
int cli_flag(const char *arg, const char *flag);

/* Checked output. Every write to stdout can fail (a full disk, a closed
 * pipe with SIGPIPE ignored). cli_out_failed() returns 1 once a write to
 * stdout has failed, keeping the OS reason (errno) the first time it sees the
 * failure: loops that print much call it after each record and stop.
 * cli_out_finish(rc), called once at exit, flushes stdout and, when any write
 * failed, prints "pilkada: write error: <reason>" (nothing for a closed pipe:
 * the reader has gone) and returns CLI_FAIL; otherwise it returns rc. */
int cli_out_failed(void);
int cli_out_finish(int rc);

/* Parse a command-line date, reporting errors; returns CLI_OK or CLI_USAGE. */
int cli_parse_date(const char *text, const char *what, pk_date *out);
/* Parse a decimal int in [min, max]; returns CLI_OK or CLI_USAGE. */
int cli_parse_int(const char *text, const char *what, long min, long max, long *out);

/* Today's date in Indonesia's western time zone (UTC+7), used as the
 * default date of date-dependent commands. */
pk_date cli_today(void);

/* JSON output helpers: a string literal with escapes, or null for NULL. */
void cli_json_str(FILE *f, const char *s);
/* "YYYY-MM-DD" in quotes, or null for an invalid/absent date. */
void cli_json_date(FILE *f, pk_date d, int present);
/* Formats a date into a static-size buffer owned by the caller. */
const char *cli_date_str(pk_date d, char buf[PK_DATE_STRLEN]);

#endif
