/*
 * What the server's AppSync API generator (src/server/api_*.c) reads from a
 * schema besides the registry: the validated document itself. Amplify's
 * transformer derives the API from the document as written, so the
 * generator follows it there and relies on the registry's validation.
 */
#include "schema/internal.h"

const ds__gql_doc *ds__schema_document(const ds_schema *schema) { return schema ? schema->doc : NULL; }
