/* pkgen: turns the readable data files under data/ into const C tables.
 * Each engine adds one gen_<name>.c with a pkgen_<name>() entry point and
 * registers it in main.c. The generators parse the data with the library's
 * own parsers (libpilkada core objects), so built-in data and user files are
 * checked by the same code. */
#ifndef PKGEN_H
#define PKGEN_H

#include <stdio.h>

#include "internal.h"

/* Signature of a generator: inputs are the data files in order. Returns 0 on
 * success; on failure prints "file:line: message" to stderr and returns 1. */
typedef int (*pkgen_fn)(FILE *out, int ninputs, char **inputs);

/* Write s as a C string literal (with quotes), or NULL as "NULL". */
void pkgen_str(FILE *out, const char *s);
/* Write the standard banner of a generated file. */
void pkgen_banner(FILE *out, const char *what, int ninputs, char **inputs);
/* Print an error detail as "source:line:column: message" to stderr; returns 1. */
int pkgen_report(const pk_error *err);
/* Read a whole data file (limit 64 MiB). Returns 0 on success. */
int pkgen_read(const char *path, char **text, size_t *len);

/* pk_deadline_id of a deadline slug of data/deadlines.csv, or -1 (gen_workday.c). */
int pkgen_deadline_id(const char *slug);

/* A data table: a CSV file whose header row names the columns (any order;
 * more columns are allowed). Each row gives the fields of `names`, trimmed. */
#define PKGEN_MAX_COLS 16
typedef struct pkgen_table {
    pk_csv csv;
    char *text;
    const char *const *names;
    int ncols;
    int col[PKGEN_MAX_COLS];
    const char *f[PKGEN_MAX_COLS]; /* the current row's fields, by names[] index */
} pkgen_table;
/* Read the file and its header. Returns 0, or 1 after reporting. */
int pkgen_table_open(pkgen_table *t, const char *path, const char *const *names, int ncols);
/* Next row into t->f: 1 a row, 0 the end, -1 an error (reported). */
int pkgen_table_next(pkgen_table *t);
void pkgen_table_close(pkgen_table *t);
/* Report "source:line:column: PK_EPARSE [column]" with a message about
 * column c of the current row; returns 1. */
int pkgen_table_fail(const pkgen_table *t, int c, const char *fmt, ...) PK_PRINTF(3, 4);
/* Parse an optional date field ("" -> {0,0,0}); 0 or 1 after reporting. */
int pkgen_table_date(const pkgen_table *t, int c, pk_date *out);

#endif
