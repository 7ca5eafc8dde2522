/**
 * @file pilkada/deadline.h
 * @brief The named legal deadlines of the Pilkada law (data/deadlines.csv)
 *        and their due dates on a working-day calendar (pilkada/workday.h).
 */
#ifndef PILKADA_DEADLINE_H
#define PILKADA_DEADLINE_H

#include "pilkada/common.h"
#include "pilkada/date.h"
#include "pilkada/workday.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Unit of a legal deadline. */
typedef enum pk_day_unit {
    PK_DAYS_CALENDAR = 0, /**< "hari" (calendar days since UU 8/2015 Pasal 1 angka 28) */
    PK_DAYS_WORKING = 1   /**< "hari kerja" */
} pk_day_unit;

/** Named legal deadlines. */
typedef enum pk_deadline_id {
    PK_DEADLINE_REPORT = 0,            /**< report within 7 days of discovery (Pasal 134(4)) */
    PK_DEADLINE_FOLLOWUP,              /**< Bawaslu follows up within 3 days of receipt (134(5)) */
    PK_DEADLINE_FOLLOWUP_EXTENDED,     /**< plus 2 days for more information (134(6)) */
    PK_DEADLINE_ADM_KPU_DECISION,      /**< KPU decides an administrative recommendation within 7 days (140(1)) */
    PK_DEADLINE_TSM_BAWASLU,           /**< Bawaslu Provinsi decides a TSM case within 14 working days (135A(2)) */
    PK_DEADLINE_TSM_KPU,               /**< KPU acts within 3 working days (135A(4)) */
    PK_DEADLINE_TSM_APPEAL,            /**< appeal to MA within 3 working days (135A(6)) */
    PK_DEADLINE_TSM_MA,                /**< MA decides within 14 working days (135A(7)) */
    PK_DEADLINE_DISPUTE_BAWASLU,       /**< Bawaslu decides an election dispute within 12 days (143(2)) */
    PK_DEADLINE_DISPUTE_KPU,           /**< KPU acts on it within 3 working days (144(2)) */
    PK_DEADLINE_GAKKUMDU_FORWARD,      /**< forward to Polri within 1 x 24 hours (135(2)) */
    PK_DEADLINE_INVESTIGATION,         /**< investigator to prosecutor within 14 working days (146(3)) */
    PK_DEADLINE_PROSECUTOR_RETURN,     /**< prosecutor returns an incomplete file within 3 working days (146(4)) */
    PK_DEADLINE_INVESTIGATOR_RESUBMIT, /**< investigator resubmits within 3 working days (146(5)) */
    PK_DEADLINE_PROSECUTION,           /**< prosecutor to district court within 5 working days (146(6)) */
    PK_DEADLINE_PN_VERDICT,            /**< district court decides within 7 days (148(1)) */
    PK_DEADLINE_APPEAL_FILING,         /**< appeal filed within 3 days of the verdict (148(2)) */
    PK_DEADLINE_APPEAL_TRANSFER,       /**< file sent to the high court within 3 days (148(3)) */
    PK_DEADLINE_PT_VERDICT,            /**< high court decides within 7 days (148(4)) */
    PK_DEADLINE_VERDICT_DELIVERY,      /**< verdict delivered to the prosecutor within 3 days (149(1)) */
    PK_DEADLINE_EXECUTION              /**< verdict executed within 3 days of receipt (149(2)) */
    /* New deadlines are appended here; pk_deadline_count() gives the number of values. */
} pk_deadline_id;

/** A deadline rule, from data/deadlines.csv. Strings are static. */
typedef struct pk_deadline_rule {
    pk_deadline_id id;
    const char *slug;        /**< e.g. "report" */
    const char *name_id;     /**< Indonesian wording of the duty */
    const char *name_en;     /**< English description */
    int amount;              /**< number of days */
    pk_day_unit unit;        /**< calendar or working days */
    const char *trigger;     /**< the event the count starts from, e.g. "discovery of the violation" */
    const char *basis;       /**< article, e.g. "UU 1/2015 Pasal 134 ayat (4) jo. UU 8/2015" */
    const char *quote;       /**< the statutory words */
    pk_source_status status;
    const char *source;      /**< where the rule was read (statute text, research notes) */
    const char *note;        /**< how the rule is applied (e.g. "1 x 24 jam" as 1 calendar day) */
} pk_deadline_rule;

/** @brief Number of #pk_deadline_id values: the valid ids are 0 to count-1
 *  (replaces the 0.x sentinel PK_DEADLINE_COUNT_). */
PK_EXTERN size_t pk_deadline_count(void);

/** @brief The rule of a deadline, or NULL for an unknown id. */
PK_EXTERN const pk_deadline_rule *pk_deadline_rule_get(pk_deadline_id id);
/** @brief Find a deadline by slug. @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND. */
PK_EXTERN pk_status pk_deadline_find(const pk_deadline_rule **out, const char *slug, pk_error *err);

/** A computed deadline. */
typedef struct pk_deadline {
    const pk_deadline_rule *rule;
    pk_date trigger;  /**< the date counted from */
    pk_date due;      /**< last day to act (inclusive) */
    unsigned flags;   /**< PK_RESULT_* flags */
} pk_deadline;

/**
 * @brief Compute a deadline from its trigger date: calendar days by plain
 *        date arithmetic, working days with @p cal (NULL: the built-in
 *        calendar, pk_workcal_builtin(); no allocation).
 *
 * The trigger day is never counted. A calendar-day deadline is trigger +
 * amount days and is NOT moved when it falls on a weekend or a holiday: the
 * law counts calendar days ("Hari adalah hari kalender", UU 8/2015 Pasal I
 * angka 1) and no source says such a deadline rolls to the next working day.
 * A working-day deadline is the amount-th working day after the trigger,
 * whatever the calendar's roll policy (a trigger on a Saturday counts from
 * Monday as day 1). "1 x 24 jam" (#PK_DEADLINE_GAKKUMDU_FORWARD) is counted
 * as 1 calendar day.
 * @return #PK_OK, #PK_EINVAL (unknown id, invalid date), #PK_ERANGE.
 */
PK_EXTERN pk_status pk_deadline_compute(pk_deadline *out, const pk_workcal *cal, pk_deadline_id id,
                                        pk_date trigger, pk_error *err);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_DEADLINE_H */
