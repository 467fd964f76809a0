/* `datastore schema check|introspect FILE`. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "datastore/schema.h"

static void schema_usage(FILE *out) {
    fputs("usage: datastore schema check FILE\n"
          "       datastore schema introspect [--compact] FILE\n",
          out);
}

int ds__cmd_schema(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        schema_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *sub = argv[1];
    bool compact = false;
    const char *path = NULL;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--compact"))
            compact = true;
        else if (!path)
            path = argv[i];
        else {
            schema_usage(stderr);
            return 2;
        }
    }
    if (!path || (strcmp(sub, "check") && strcmp(sub, "introspect"))) {
        schema_usage(stderr);
        return 2;
    }
    ds_schema *schema = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds_schema_load(&schema, path, &err) != DS_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    int rc = 0;
    if (!strcmp(sub, "check")) {
        printf("%s: ok (%zu models, %zu non-model types, %zu enums; version %.12s)\n", path,
               ds_schema_model_count(schema), ds_schema_nonmodel_count(schema), ds_schema_enum_count(schema),
               ds_schema_version(schema));
    } else {
        char *json = ds_schema_introspection_json(schema, !compact);
        if (!json) {
            fprintf(stderr, "datastore: out of memory\n");
            rc = 1;
        } else {
            puts(json);
            ds_free(json);
        }
    }
    ds_schema_free(schema);
    return rc;
}
