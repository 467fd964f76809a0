/*
 * The `datastore` program: dispatches to one subcommand per file
 * (cmd_<name>.c). Exit codes: 0 success, 1 the command failed (invalid
 * input, errors on stderr), 2 wrong usage.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "util/version.h"

static void usage(FILE *out) {
    fputs("usage: datastore <command> [options]\n"
          "\n"
          "commands:\n"
          "  schema check FILE        validate a schema.graphql; errors on stderr, exit 1 if invalid\n"
          "  schema introspect FILE   print the model introspection JSON Amplify's codegen produces\n"
          "  codegen --schema FILE --out DIR [--prefix NAME]\n"
          "                           write typed C models (NAME.h, NAME.c; default models)\n"
          "  serve --schema FILE [--db sqlite:PATH] [--listen HOST:PORT] [--api-key KEY] ...\n"
          "                           run the AppSync-compatible sync server (see datastore serve --help)\n"
          "\n"
          "options:\n"
          "  -h, --help               show this help\n"
          "  -V, --version            show the version\n",
          out);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
        printf("datastore %s\n", DS__VERSION_STRING);
        return 0;
    }
    if (!strcmp(cmd, "schema"))
        return ds__cmd_schema(argc - 1, argv + 1);
    if (!strcmp(cmd, "codegen"))
        return ds__cmd_codegen(argc - 1, argv + 1);
    if (!strcmp(cmd, "serve"))
        return ds__cmd_serve(argc - 1, argv + 1);
    fprintf(stderr, "datastore: unknown command '%s'\n\n", cmd);
    usage(stderr);
    return 2;
}
