/* A tiny outside program built against an installed libpilkada, once with
 * pkg-config and once with find_package(Pilkada). */
#include <stdio.h>
#include <string.h>

#include <pilkada.h>

int main(void)
{
    pk_date d;
    if (pk_date_parse(&d, "2024-11-27", NULL) != PK_OK || pk_date_weekday(d) != PK_WEDNESDAY) {
        fprintf(stderr, "consumer: date check failed\n");
        return 1;
    }
    if (strcmp(pk_version_string(), PK_VERSION_STRING) != 0) {
        fprintf(stderr, "consumer: header %s, library %s\n", PK_VERSION_STRING, pk_version_string());
        return 1;
    }
    printf("consumer OK: libpilkada %s, data %s\n", pk_version_string(), pk_data_version());
    return 0;
}
