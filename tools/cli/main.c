/* pilkada: command-line front end of libpilkada. */
#include <string.h>

#include "cli.h"

extern const cli_command cli_cmd_phase, cli_cmd_schedule, cli_cmd_ics; /* cmd_calendar.c */

/* Subcommands, registered by each cmd_<group>.c (see cli.h). */
extern const cli_command cli_cmd_deadline; /* cmd_deadline.c */
extern const cli_command cli_cmd_region; /* cmd_region.c */
extern const cli_command cli_cmd_classify; /* cmd_classify.c */
static const cli_command *const commands[] = {
    &cli_cmd_deadline,
    &cli_cmd_phase,
    &cli_cmd_schedule,
    &cli_cmd_ics,
    &cli_cmd_region,
    &cli_cmd_classify,
    NULL,
};

static void usage(FILE *f)
{
    fprintf(f, "usage: pilkada [--version] [--help] <command> [options]\n\ncommands:\n");
    for (size_t i = 0; commands[i]; i++)
        fprintf(f, "  %-10s %-34s %s\n", commands[i]->name, commands[i]->args, commands[i]->summary);
    fprintf(f, "\nEvery command accepts --json for machine-readable output and --help.\n"
               "Exit status: 0 success, 1 no answer or bad data, 2 usage error.\n");
}

int main(int argc, char **argv)
{
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
    cli_errorf("unknown command '%s' (try 'pilkada --help')", argv[1]);
    return CLI_USAGE;
}
