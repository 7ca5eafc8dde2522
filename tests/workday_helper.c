/* Test helper: reads lines "YYYY-MM-DD N" from stdin and prints, per line,
 * the date N working days later with the built-in calendar (default
 * options: roll forward), or the status name on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pilkada.h"

int main(void)
{
    char line[128];
    const pk_workcal *cal = pk_workcal_builtin();
    while (fgets(line, sizeof line, stdin)) {
        char *sp = strchr(line, ' ');
        pk_date d, r;
        if (!sp || (*sp = '\0', pk_date_parse(&d, line, NULL)) != PK_OK) {
            printf("BADINPUT\n");
            continue;
        }
        long n = strtol(sp + 1, NULL, 10);
        pk_status s = pk_workcal_add(&r, NULL, cal, d, (int32_t)n, NULL);
        char buf[PK_DATE_STRLEN];
        if (s == PK_OK && pk_date_format(buf, sizeof buf, r, NULL) == PK_OK)
            printf("%s\n", buf);
        else
            printf("%s\n", pk_status_name(s));
    }
    return 0;
}
