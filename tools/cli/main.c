/* pilkada: command-line front end of libpilkada. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

extern const cli_command cli_cmd_phase, cli_cmd_schedule, cli_cmd_ics; /* cmd_calendar.c */

/* Subcommands, registered by each cmd_<group>.c (see cli.h). */
extern const cli_command cli_cmd_deadline; /* cmd_deadline.c */
extern const cli_command cli_cmd_region; /* cmd_region.c */
extern const cli_command cli_cmd_classify; /* cmd_classify.c */
extern const cli_command cli_cmd_extract; /* cmd_extract.c */
static const cli_command *const commands[] = {
    &cli_cmd_deadline,
    &cli_cmd_phase,
    &cli_cmd_schedule,
    &cli_cmd_ics,
    &cli_cmd_region,
    &cli_cmd_classify,
    &cli_cmd_extract,
    NULL,
};

static void usage(FILE *f)
{
    cli_printm(f, CLI_MSG_HELP_MAIN_HEAD);
    for (size_t i = 0; commands[i]; i++)
        fprintf(f, "  %-10s %-34s %s\n", commands[i]->name, commands[i]->args, cli_msg(commands[i]->summary));
    cli_printm(f, CLI_MSG_HELP_MAIN_TAIL);
}

/* The language of this run: --lang (anywhere on the line; removed from argv
 * before the command sees it), else PILKADA_LANG, else the locale (LC_ALL,
 * LC_MESSAGES, LANG: the first one set, as setlocale reads them). Returns
 * CLI_OK or CLI_USAGE for a bad --lang. */
static int choose_lang(int *argc, char **argv)
{
    const char *given = NULL;
    int n = 1;
    for (int i = 1; i < *argc; i++) {
        const char *v = NULL;
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < *argc) {
            v = argv[++i];
        } else if (strncmp(argv[i], "--lang=", 7) == 0) {
            v = argv[i] + 7;
        } else {
            if (strcmp(argv[i], "--json") == 0)
                cli_set_json_errors(1);
            argv[n++] = argv[i];
            continue;
        }
        given = v;
    }
    argv[n] = NULL;
    *argc = n;
    pk_lang lang = PK_LANG_EN;
    if (given) {
        if (pk_lang_parse(&lang, given, NULL) != PK_OK) {
            cli_errorm(CLI_MSG_ERR_BAD_LANG, given);
            return CLI_USAGE;
        }
    } else {
        const char *env = getenv("PILKADA_LANG");
        if (!env || pk_lang_parse(&lang, env, NULL) != PK_OK) {
            const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
            const char *loc = NULL;
            for (size_t k = 0; k < 3 && !loc; k++) {
                const char *e = getenv(names[k]);
                if (e && e[0])
                    loc = e;
            }
            lang = pk_lang_from_locale(loc);
        }
    }
    cli_set_lang(lang);
    return CLI_OK;
}

int main(int argc, char **argv)
{
    if (choose_lang(&argc, argv) != CLI_OK)
        return CLI_USAGE;
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (cli_flag(argv[1], "--help") || cli_flag(argv[1], "-h") || cli_flag(argv[1], "help")) {
        usage(stdout);
        return cli_out_finish(CLI_OK);
    }
    if (cli_flag(argv[1], "--version")) {
        printf("pilkada %s (data %s)\n", pk_version_string(), pk_data_version());
        return cli_out_finish(CLI_OK);
    }
    for (size_t i = 0; commands[i]; i++)
        if (strcmp(commands[i]->name, argv[1]) == 0)
            return cli_out_finish(commands[i]->run(argc - 1, argv + 1));
    cli_errorm(CLI_MSG_ERR_UNKNOWN_COMMAND, argv[1]);
    return CLI_USAGE;
}
