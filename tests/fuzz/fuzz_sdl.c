/*
 * libFuzzer target for the SDL parser: any bytes in, a document or exactly
 * one diagnostic out, nothing leaked, nothing read past the input. The
 * input is copied into an exact-size buffer so a read past its end is an
 * ASan error even where libFuzzer's own buffer happens to be larger.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graphql/ast.h"
#include "graphql/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = malloc(size ? size : 1);
    if (!src)
        return 0;
    if (size)
        memcpy(src, data, size);
    ds__diags diags;
    ds__diags_init(&diags, "fuzz.graphql");
    ds__gql_doc *doc = NULL;
    ds_status rc = ds__gql_parse_sdl(src, size, &doc, &diags);
    /* The contract: success gives a document and no diagnostic; failure
     * gives no document and one diagnostic. */
    if (rc == DS_OK ? (doc == NULL || diags.count != 0) : (doc != NULL || diags.count != 1))
        abort();
    ds__gql_doc_free(doc);
    ds__diags_free(&diags);
    free(src);
    return 0;
}
