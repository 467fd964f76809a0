/* The datastore program: one file per subcommand. */
#ifndef DS_CLI_H
#define DS_CLI_H

int ds__cmd_schema(int argc, char **argv);
int ds__cmd_codegen(int argc, char **argv);
int ds__cmd_serve(int argc, char **argv);

#endif
