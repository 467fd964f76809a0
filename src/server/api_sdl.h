/*
 * The AppSync API of a schema, as SDL text.
 *
 * `datastore serve` exposes, for a schema.graphql, the GraphQL API that AWS
 * AppSync exposes after Amplify's transformer (@aws-amplify/graphql-transformer
 * 2.5.1, the one `amplify push` runs) has processed it with DataStore
 * (conflict detection) on: the model types with _version, _deleted and
 * _lastChangedAt, Model<M>Connection, the filter, condition and input
 * types, get/list/sync and index queries, create/update/delete mutations,
 * onCreate/onUpdate/onDelete subscriptions and the auth directives
 * (@aws_api_key, @aws_iam, @aws_oidc, @aws_cognito_user_pools,
 * @aws_lambda) where the transformer puts them. ds__server_api_sdl()
 * produces that SDL; it is what the executor, introspection and the
 * console are built from.
 *
 * The result equals the transformer's `schema.graphql` asset structurally
 * (the same definitions, fields, arguments, type references, enum values
 * and directives; tests/server/test_api_sdl.c checks it against every
 * fixture). The order of definitions and fields follows the transformer
 * where that was easy to keep, but callers must not depend on it. Like the
 * transformer, no `schema { ... }` block is printed, and AppSync's scalars
 * and directives are not declared.
 */
#ifndef DS_SERVER_API_SDL_H
#define DS_SERVER_API_SDL_H

#include <stdbool.h>

#include "datastore/schema.h"

/* AppSync authorization modes. */
enum {
    DS__API_AUTH_API_KEY = 1u << 0,
    DS__API_AUTH_USER_POOLS = 1u << 1,
    DS__API_AUTH_IAM = 1u << 2,
    DS__API_AUTH_OIDC = 1u << 3,
    DS__API_AUTH_LAMBDA = 1u << 4
};

/* additional_modes: every mode some @auth rule of the schema uses (what
 * Amplify's CLI configures, and what the fixtures were made with). */
#define DS__API_MODES_FROM_RULES (1u << 31)

/* sandbox: decide from the schema, as the Amplify CLI does (on when it has
 * `input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }`). */
#define DS__API_AUTO (-1)

typedef struct ds__api_options {
    unsigned version;          /* DS__API_OPTIONS_VERSION */
    unsigned default_mode;     /* one DS__API_AUTH_* bit; 0 means API key */
    unsigned additional_modes; /* DS__API_AUTH_* bits, or DS__API_MODES_FROM_RULES */
    int sandbox;               /* 0, 1 or DS__API_AUTO */
    bool iam_access;           /* the transformer's enableIamAccess (Gen 2 sandbox IAM) */
    bool admin_roles;          /* IAM admin roles are configured (needs IAM among the modes) */
    bool datastore;            /* conflict detection on: the sync query and fields */
    bool conversation_input;   /* the AmplifyAIConversationTurnErrorInput the 2.x chain adds */
} ds__api_options;

#define DS__API_OPTIONS_VERSION 1
/* API key default mode, the others as the @auth rules need them, sandbox as
 * the schema says, DataStore on: how the fixtures were made. */
#define DS__API_OPTIONS_INIT \
    {DS__API_OPTIONS_VERSION, DS__API_AUTH_API_KEY, DS__API_MODES_FROM_RULES, DS__API_AUTO, false, false, true, true}

/*
 * The AppSync SDL for schema, as the transformer makes it with opts (NULL:
 * DS__API_OPTIONS_INIT). Returns a NUL-terminated string the caller frees
 * with free(), or NULL when out of memory. The schema is only read; the
 * call is safe from any thread.
 */
char *ds__server_api_sdl(const ds_schema *schema, const ds__api_options *opts);

#endif
