/* The datastore program: one file per subcommand. */
#ifndef DS_CLI_H
#define DS_CLI_H

int ds__cmd_schema(int argc, char **argv);

#endif
