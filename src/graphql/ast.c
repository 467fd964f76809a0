/* The GraphQL syntax tree; see ast.h. Nodes live in the document's arena. */
#include "graphql/ast.h"

#include <string.h>

void ds__gql_doc_free(ds__gql_doc *doc) {
    /* The document itself is allocated in its own arena. */
    if (doc)
        ds__arena_free(doc->arena);
}

const ds__gql_directive *ds__gql_find_directive(const ds__gql_directive *list, const char *name) {
    for (; list && name; list = list->next)
        if (strcmp(list->name, name) == 0)
            return list;
    return NULL;
}

const ds__gql_argument *ds__gql_find_argument(const ds__gql_argument *list, const char *name) {
    for (; list && name; list = list->next)
        if (strcmp(list->name, name) == 0)
            return list;
    return NULL;
}

const ds__gql_object_field *ds__gql_find_object_field(const ds__gql_object_field *list, const char *name) {
    for (; list && name; list = list->next)
        if (strcmp(list->name, name) == 0)
            return list;
    return NULL;
}

const char *ds__gql_type_base_name(const ds__gql_type *t) {
    while (t && t->kind != DS__GQL_TYPE_NAMED)
        t = t->of;
    return t ? t->name : NULL;
}
