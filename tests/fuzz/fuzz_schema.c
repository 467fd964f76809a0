/*
 * libFuzzer target for the whole schema layer: parse, validate, build,
 * freeze and introspect any bytes. Either a complete registry whose
 * introspection serializes, or an error with a message; never a crash, a
 * leak, or a registry together with an error.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datastore/schema.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = malloc(size ? size : 1);
    if (!src)
        return 0;
    if (size)
        memcpy(src, data, size);
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    ds_status rc = ds_schema_parse(&s, src, size, "fuzz.graphql", &err);
    if (rc == DS_OK) {
        if (!s || err.message[0])
            abort();
        char *json = ds_schema_introspection_json(s, false);
        if (!json || strlen(ds_schema_version(s)) != 64)
            abort();
        ds_free(json);
    } else if (s || err.code != rc || !err.message[0]) {
        abort();
    }
    ds_schema_free(s);
    free(src);
    return 0;
}
