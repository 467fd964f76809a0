/*
 * The AppSync API of a schema (see api_sdl.h): Amplify's GraphQL transformer
 * redone in C, for the SDL it uploads.
 *
 * Design. The transformer is a pipeline of plugins over a GraphQL document,
 * and the API it produces carries the marks of that pipeline: which inputs
 * exist depends on which plugin made them first, a foreign key added by
 * @hasMany reaches the inputs that existed when it ran, auth directives are
 * added last and copied onto whatever return types exist then. Deriving the
 * API from a model registry by rules would have to rediscover each of these
 * interactions; following the pipeline reproduces them by construction. So
 * this generator keeps the transformer's structure:
 *
 *   input document   the validated schema.graphql (ds__schema_document: the
 *                    registry keeps it), one api_def per definition;
 *   output document  a copy with extensions merged (TransformerOutput);
 *   first pass       each plugin, in the transformer's order (model,
 *                    primaryKey, index, hasMany, hasOne, manyToMany,
 *                    belongsTo, auth), reads its directives definition by
 *                    definition (object(), field());
 *   prepare          @manyToMany adds its join models; the 2.x chain adds
 *                    AmplifyAIConversationTurnErrorInput;
 *   transformSchema  each plugin edits the output, in the same order
 *                    (api_model.c, api_keys.c, api_relations.c, api_auth.c);
 *   print            buildSchema: empty root types dropped, only AppSync's
 *                    directives kept (api_print.c).
 *
 * Each api_*.c file names the transformer functions it follows, so a
 * difference against a fixture can be traced to one step. The registry's
 * validation is relied on: a schema the registry accepts is one the
 * transformer's own checks would mostly accept, and where the transformer
 * would throw, the generator does the harmless thing and goes on.
 *
 * Invariants: the output only grows through the helpers in api_doc.c;
 * fields are never edited in place once listed (api_internal.h); the input
 * definitions are never edited after the first pass starts.
 */
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "server/api_internal.h"

/* ---- the input document ---------------------------------------------------- */

static api_vec convert_dirs(api_ctx *c, const ds__gql_directive *list) {
    api_vec out = {0};
    for (const ds__gql_directive *d = list; d; d = d->next)
        api_vec_push(c, &out, api_dir_new(c, d->name, d->args));
    return out;
}

static api_field *convert_input_value(api_ctx *c, const ds__gql_input_value *v) {
    api_field *f = api_field_new(c, v->name, v->type);
    if (f) {
        f->description = v->description;
        f->default_value = v->default_value;
        f->dirs = convert_dirs(c, v->directives);
    }
    return f;
}

static api_def *convert_def(api_ctx *c, const ds__gql_def *d) {
    api_def *out = api_def_new(c, d->kind, d->name);
    if (!out)
        return NULL;
    out->description = d->description;
    out->dirs = convert_dirs(c, d->directives);
    for (const ds__gql_field *f = d->fields; f; f = f->next) {
        api_field *n = api_field_new(c, f->name, f->type);
        if (!n)
            return NULL;
        n->description = f->description;
        n->dirs = convert_dirs(c, f->directives);
        for (const ds__gql_input_value *a = f->args; a; a = a->next)
            api_vec_push(c, &n->args, convert_input_value(c, a));
        api_vec_push(c, &out->fields, n);
    }
    for (const ds__gql_input_value *v = d->input_fields; v; v = v->next)
        api_vec_push(c, &out->fields, convert_input_value(c, v));
    for (const ds__gql_enum_value *v = d->values; v; v = v->next) {
        api_enum_value *ev = api_alloc(c, sizeof *ev);
        if (!ev)
            return NULL;
        ev->name = v->name;
        ev->description = v->description;
        ev->dirs = convert_dirs(c, v->directives);
        api_vec_push(c, &out->values, ev);
    }
    for (const ds__gql_name *n = d->interfaces; n; n = n->next)
        api_vec_push(c, &out->interfaces, (void *)n->value);
    for (const ds__gql_name *n = d->members; n; n = n->next)
        api_vec_push(c, &out->members, (void *)n->value);
    return out;
}

static bool is_type_def(const ds__gql_def *d) {
    return d->kind != DS__GQL_DEF_SCHEMA && d->kind != DS__GQL_DEF_DIRECTIVE;
}

/* The Amplify CLI's sandbox check: input AMPLIFY { globalAuthRule: AuthRule = { allow: public } } */
static bool schema_is_sandbox(const ds__gql_doc *doc) {
    for (const ds__gql_def *d = doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_INPUT_OBJECT || strcmp(d->name, "AMPLIFY"))
            continue;
        for (const ds__gql_input_value *v = d->input_fields; v; v = v->next) {
            if (strcmp(v->name, "globalAuthRule") || !v->default_value || v->default_value->kind != DS__GQL_VAL_OBJECT)
                continue;
            const ds__gql_object_field *allow = ds__gql_find_object_field(v->default_value->fields, "allow");
            if (allow && allow->value && allow->value->str && !strcmp(allow->value->str, "public"))
                return true;
        }
    }
    return false;
}

/* TransformerOutput's constructor: definitions (first of a name wins, no
 * AMPLIFY input), then the extensions merged in. */
static void build_output(api_ctx *c) {
    for (size_t i = 0; i < c->input.count; i++) {
        const api_def *d = c->input.items[i];
        if (strcmp(d->name, "AMPLIFY") && !api_out_has(c, d->name))
            api_out_add(c, api_def_copy(c, d));
    }
    for (const ds__gql_def *x = c->doc->defs; x; x = x->next) {
        if (!x->extend || !is_type_def(x))
            continue;
        api_def *ext = convert_def(c, x);
        api_def *d = api_out_get(c, x->name);
        if (!ext || !d || d->kind != ext->kind || d->kind == DS__GQL_DEF_SCALAR)
            continue;
        for (size_t k = 0; k < ext->dirs.count; k++) {
            const api_dir *dir = ext->dirs.items[k];
            /* object extensions add a directive once; the others append */
            if (d->kind != DS__GQL_DEF_OBJECT || !api_find_dir(&d->dirs, dir->name))
                api_vec_push(c, &d->dirs, ext->dirs.items[k]);
        }
        for (size_t k = 0; k < ext->fields.count; k++)
            if (!api_def_has_field(d, ((api_field *)ext->fields.items[k])->name))
                api_vec_push(c, &d->fields, ext->fields.items[k]);
        for (size_t k = 0; k < ext->values.count; k++)
            api_vec_push(c, &d->values, ext->values.items[k]);
        for (size_t k = 0; k < ext->interfaces.count; k++)
            api_vec_push(c, &d->interfaces, ext->interfaces.items[k]);
        for (size_t k = 0; k < ext->members.count; k++)
            api_vec_push(c, &d->members, ext->members.items[k]);
    }
}

static void root_names(api_ctx *c) {
    c->query_name = "Query";
    c->mutation_name = "Mutation";
    c->subscription_name = "Subscription";
    for (const ds__gql_def *d = c->doc->defs; d; d = d->next) {
        if (d->kind != DS__GQL_DEF_SCHEMA || d->extend)
            continue;
        for (const ds__gql_operation_type *op = d->operation_types; op; op = op->next) {
            if (!op->type)
                continue;
            if (!strcmp(op->operation, "query"))
                c->query_name = op->type->value;
            else if (!strcmp(op->operation, "mutation"))
                c->mutation_name = op->type->value;
            else if (!strcmp(op->operation, "subscription"))
                c->subscription_name = op->type->value;
        }
        break; /* the first schema definition counts */
    }
}

/* ---- the first pass ---------------------------------------------------------- */

typedef enum plugin { P_MODEL, P_PRIMARY_KEY, P_INDEX, P_HAS_MANY, P_HAS_ONE, P_MANY_TO_MANY, P_BELONGS_TO, P_AUTH } plugin;

static const char *const PLUGIN_DIRECTIVE[] = {"model",   "primaryKey", "index",     "hasMany",
                                               "hasOne", "manyToMany", "belongsTo", "auth"};

static void field_directive(api_ctx *c, plugin p, const api_def *def, const api_field *f, const api_dir *d) {
    switch (p) {
    case P_PRIMARY_KEY:
        api_primary_key_field(c, def, f, d);
        break;
    case P_INDEX:
        api_index_field(c, def, f, d);
        break;
    case P_HAS_MANY:
        api_relation_field(c, API_HAS_MANY, def, f, d);
        break;
    case P_HAS_ONE:
        api_relation_field(c, API_HAS_ONE, def, f, d);
        break;
    case P_MANY_TO_MANY:
        api_relation_field(c, API_MANY_TO_MANY, def, f, d);
        break;
    case P_BELONGS_TO:
        api_relation_field(c, API_BELONGS_TO, def, f, d);
        break;
    case P_AUTH:
        api_auth_field(c, def, f, d);
        break;
    case P_MODEL:
        break;
    }
}

static void first_pass(api_ctx *c) {
    for (int p = P_MODEL; p <= P_AUTH; p++) {
        size_t in = 0;
        for (const ds__gql_def *x = c->doc->defs; x; x = x->next) {
            if (!is_type_def(x))
                continue;
            const api_def *def;
            if (x->extend) {
                /* Only @auth on the fields of an extended root type is allowed. */
                if (p != P_AUTH || x->kind != DS__GQL_DEF_OBJECT ||
                    (strcmp(x->name, "Query") && strcmp(x->name, "Mutation") && strcmp(x->name, "Subscription")))
                    continue;
                def = convert_def(c, x);
            } else {
                def = in < c->input.count ? c->input.items[in++] : NULL;
            }
            if (!def || def->kind != DS__GQL_DEF_OBJECT)
                continue;
            for (size_t k = 0; !x->extend && k < def->dirs.count; k++) {
                const api_dir *d = def->dirs.items[k];
                if (strcmp(d->name, PLUGIN_DIRECTIVE[p]))
                    continue;
                if (p == P_MODEL)
                    api_model_object(c, def, d);
                else if (p == P_AUTH)
                    api_auth_object(c, def, d, false);
            }
            for (size_t i = 0; i < def->fields.count; i++) {
                const api_field *f = def->fields.items[i];
                for (size_t k = 0; k < f->dirs.count; k++) {
                    const api_dir *d = f->dirs.items[k];
                    if (!strcmp(d->name, PLUGIN_DIRECTIVE[p]))
                        field_directive(c, (plugin)p, def, f, d);
                }
            }
        }
    }
}

/* ---- buildSchema ------------------------------------------------------------- */

static void drop_empty_roots(api_ctx *c) {
    const char *configured[3] = {c->query_name, c->mutation_name, c->subscription_name};
    static const char *const literal[3] = {"Query", "Mutation", "Subscription"};
    for (int k = 0; k < 3; k++) {
        const api_def *root = api_out_get(c, configured[k]);
        if (root && root->fields.count)
            continue;
        /* the transformer deletes the default name, whatever the root is called */
        for (size_t i = 0; i < c->output.count; i++)
            if (!strcmp(((api_def *)c->output.items[i])->name, literal[k])) {
                api_out_remove(c, i);
                break;
            }
    }
}

/* ---- entry point --------------------------------------------------------------- */

char *ds__server_api_sdl(const ds_schema *schema, const ds__api_options *opts) {
    static const ds__api_options defaults = DS__API_OPTIONS_INIT;
    const ds__gql_doc *doc = ds__schema_document(schema);
    if (!doc)
        return NULL;
    api_ctx c;
    memset(&c, 0, sizeof c);
    c.opts = opts && opts->version == DS__API_OPTIONS_VERSION ? *opts : defaults;
    c.doc = doc;
    if (!(c.arena = ds__arena_new(0)))
        return NULL;
    c.sandbox = c.opts.sandbox == DS__API_AUTO ? schema_is_sandbox(doc) : c.opts.sandbox != 0;
    root_names(&c);
    for (const ds__gql_def *d = doc->defs; d && !c.nomem; d = d->next)
        if (is_type_def(d) && !d->extend)
            api_vec_push(&c, &c.input, convert_def(&c, d));
    if (!c.nomem)
        build_output(&c);
    if (c.nomem) {
        ds__arena_free(c.arena);
        return NULL;
    }

    api_auth_before(&c);
    first_pass(&c);
    /* prepare */
    api_many_to_many_validate(&c);
    if (c.opts.conversation_input && !api_out_has(&c, "AmplifyAIConversationTurnErrorInput")) {
        api_def *in = api_def_new(&c, DS__GQL_DEF_INPUT_OBJECT, "AmplifyAIConversationTurnErrorInput");
        api_def_add_field(&c, in, api_field_new(&c, "errorType", api_non_null(&c, api_named(&c, "String"))));
        api_def_add_field(&c, in, api_field_new(&c, "message", api_non_null(&c, api_named(&c, "String"))));
        api_out_add(&c, in);
    }
    /* transformSchema */
    api_model_transform(&c);
    api_keys_transform(&c);
    api_relations_transform(&c);
    api_auth_transform(&c);
    drop_empty_roots(&c);

    char *text = c.nomem ? NULL : api_print(&c);
    ds__arena_free(c.arena);
    return text;
}
