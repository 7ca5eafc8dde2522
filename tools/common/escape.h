/* The one string escaper of the tools: JSON strings (the pilkada CLI) and
 * C string literals (tools/pkgen). Header-only, shared by both programs;
 * not part of the library or its installed headers. */
#ifndef PK_TOOLS_ESCAPE_H
#define PK_TOOLS_ESCAPE_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

enum pk_escape_lang {
    PK_ESCAPE_JSON = 0, /* RFC 8259: \" \\ \n \r \t, other control bytes as \u00XX; UTF-8 as is */
    PK_ESCAPE_C = 1     /* C11 literal: also \? (no trigraphs) and every byte outside 0x20..0x7E as octal */
};

/* The escape of byte c into out (at most 6 bytes and a NUL); returns its
 * length, or 0 when c stands for itself. */
static inline size_t pk_escape_byte(unsigned char c, enum pk_escape_lang lang, char out[8])
{
    static const char hex[] = "0123456789abcdef";
    const char *e = NULL;
    switch (c) {
    case '"': e = "\\\""; break;
    case '\\': e = "\\\\"; break;
    case '\n': e = "\\n"; break;
    case '\r': e = "\\r"; break;
    case '\t': e = "\\t"; break;
    case '?': e = lang == PK_ESCAPE_C ? "\\?" : NULL; break;
    default: break;
    }
    if (e) {
        size_t n = strlen(e);
        memcpy(out, e, n + 1);
        return n;
    }
    if (lang == PK_ESCAPE_JSON && c < 0x20) {
        memcpy(out, "\\u00", 4);
        out[4] = hex[c >> 4];
        out[5] = hex[c & 15];
        out[6] = '\0';
        return 6;
    }
    if (lang == PK_ESCAPE_C && (c < 0x20 || c >= 0x7F)) {
        out[0] = '\\';
        out[1] = (char)('0' + (c >> 6));
        out[2] = (char)('0' + (c >> 3 & 7));
        out[3] = (char)('0' + (c & 7));
        out[4] = '\0';
        return 4;
    }
    return 0;
}

/* Write the NUL-terminated s escaped (without the quotes) through put():
 * runs of plain bytes in one call, each escape in another. */
static inline void pk_escape(const char *s, enum pk_escape_lang lang, void (*put)(void *ctx, const char *p, size_t n),
                             void *ctx)
{
    const char *run = s;
    char e[8];
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        /* the common bytes stand for themselves in both languages */
        if ((c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') || (c >= 0x80 && lang == PK_ESCAPE_JSON))
            continue;
        size_t n = pk_escape_byte(c, lang, e);
        if (!n)
            continue;
        if (p > run)
            put(ctx, run, (size_t)(p - run));
        put(ctx, e, n);
        run = p + 1;
    }
    if (*run)
        put(ctx, run, strlen(run));
}

static inline void pk_escape_put_file(void *ctx, const char *p, size_t n)
{
    fwrite(p, 1, n, (FILE *)ctx);
}

/* Write s escaped to a stream, between quotes. */
static inline void pk_escape_to_file(FILE *f, const char *s, enum pk_escape_lang lang)
{
    fputc('"', f);
    pk_escape(s, lang, pk_escape_put_file, f);
    fputc('"', f);
}

#endif /* PK_TOOLS_ESCAPE_H */
