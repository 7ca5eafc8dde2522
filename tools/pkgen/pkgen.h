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

#endif
