/* Run-time version queries. PK_DATA_VERSION_STRING comes from data/VERSION. */
#include "pilkada/version.h"

#ifndef PK_DATA_VERSION_STRING
#error "PK_DATA_VERSION_STRING must be defined by the build"
#endif

const char *pk_version_string(void)
{
    return PK_VERSION_STRING;
}

int pk_version_number(void)
{
    return PK_VERSION_NUMBER;
}

const char *pk_data_version(void)
{
    return PK_DATA_VERSION_STRING;
}
