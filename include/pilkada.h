/**
 * @file pilkada.h
 * @brief Umbrella header of libpilkada: include this one header to use the
 *        whole library.
 *
 * libpilkada encodes the calendar and rules of Indonesia's regional-head
 * elections (Pilkada): the official stages of each cycle with their dates,
 * working-day legal deadlines, the region registry, and the classification of
 * reported violations. See docs/conventions.md for the API conventions
 * (errors, ownership, threads) that every header follows.
 */
#ifndef PILKADA_H
#define PILKADA_H

#include "pilkada/common.h"
#include "pilkada/version.h"
#include "pilkada/date.h"
#include "pilkada/schedule.h"
#include "pilkada/holidays.h"
#include "pilkada/workday.h"
#include "pilkada/deadline.h"
#include "pilkada/region.h"
#include "pilkada/place.h"
#include "pilkada/violation.h"

#endif /* PILKADA_H */
