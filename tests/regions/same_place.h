/* Shared by the data-derived name tests (level_names.c, joined_names.c). */
#ifndef PK_TESTS_SAME_PLACE_H
#define PK_TESTS_SAME_PLACE_H

#include <strings.h>

#include "pilkada.h"

/* Is got the place x, or (a name given twice under x's parent) a place of
 * x's name, level and parent? Such twins cannot be told apart by name. */
static int is_it(const pk_place *x, pk_place_id got)
{
    pk_place g = PK_PLACE_INIT;
    if (got == x->id)
        return 1;
    if (!got || pk_place_get(&g, got, NULL) != PK_OK)
        return 0;
    return g.level == x->level && !strcasecmp(g.name, x->name) && g.parent == x->parent;
}

#endif
