/*
 * models.c -- generated from schema.graphql by `datastore codegen`; do not edit.
 *
 * The code behind models.h; see there for what each function does.
 */
#include "models.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* schema.graphql, verbatim: a string per line (C11 promises string literals of 4095
 * bytes, no more), joined and parsed on first use. */
static const char *const schema_lines[] = {
    "# @hasOne (implicit and explicit fields), bidirectional @hasOne/@belongsTo,\n",
    "# implicit @hasMany/@belongsTo (no fields/indexName), and @manyToMany (join model generated).\n",
    "input AMPLIFY { globalAuthRule: AuthRule = { allow: public } } # FOR TESTING ONLY!\n",
    "\n",
    "type Project @model {\n",
    "  id: ID!\n",
    "  name: String\n",
    "  team: Team @hasOne\n",
    "}\n",
    "\n",
    "type Team @model {\n",
    "  id: ID!\n",
    "  name: String!\n",
    "  project: Project @belongsTo\n",
    "}\n",
    "\n",
    "type User @model {\n",
    "  id: ID!\n",
    "  username: String!\n",
    "  profileID: ID\n",
    "  profile: Profile @hasOne(fields: [\"profileID\"])\n",
    "}\n",
    "\n",
    "type Profile @model {\n",
    "  id: ID!\n",
    "  bio: String\n",
    "  avatarUrl: AWSURL\n",
    "}\n",
    "\n",
    "type Album @model {\n",
    "  id: ID!\n",
    "  title: String!\n",
    "  photos: [Photo] @hasMany\n",
    "}\n",
    "\n",
    "type Photo @model {\n",
    "  id: ID!\n",
    "  caption: String\n",
    "  album: Album @belongsTo\n",
    "}\n",
    "\n",
    "type Post @model {\n",
    "  id: ID!\n",
    "  title: String!\n",
    "  content: String\n",
    "  tags: [Tag] @manyToMany(relationName: \"PostTags\")\n",
    "}\n",
    "\n",
    "type Tag @model {\n",
    "  id: ID!\n",
    "  label: String!\n",
    "  posts: [Post] @manyToMany(relationName: \"PostTags\")\n",
    "}\n",
};

static ds_schema *schema_value;
static pthread_once_t schema_once = PTHREAD_ONCE_INIT;

static void schema_load(void) {
    size_t len = 0;
    char *text;
    for (size_t i = 0; i < sizeof schema_lines / sizeof *schema_lines; i++)
        len += strlen(schema_lines[i]);
    if (!(text = malloc(len + 1)))
        return;
    len = 0;
    for (size_t i = 0; i < sizeof schema_lines / sizeof *schema_lines; i++) {
        size_t n = strlen(schema_lines[i]);
        memcpy(text + len, schema_lines[i], n);
        len += n;
    }
    text[len] = '\0';
    if (ds_schema_parse(&schema_value, text, len, "schema.graphql", NULL) != DS_OK)
        schema_value = NULL;
    free(text);
}

const ds_schema *models_schema(void) {
    pthread_once(&schema_once, schema_load);
    return schema_value;
}

struct models_subscription {
    ds_subscription *sub;
    union {
        project_observe_fn project_observe;
        team_observe_fn team_observe;
        user_observe_fn user_observe;
        profile_observe_fn profile_observe;
        album_observe_fn album_observe;
        photo_observe_fn photo_observe;
        post_observe_fn post_observe;
        tag_observe_fn tag_observe;
        post_tags_observe_fn post_tags_observe;
    } fn;
    void *userdata;
};

void models_unobserve(models_subscription *sub) {
    if (!sub)
        return;
    ds_unobserve(sub->sub);
    free(sub);
}

/* Fills err (may be NULL) with code and "where: what"; returns code. */
static ds_status fail(ds_error *err, ds_status code, const char *where, const char *what) {
    if (err) {
        err->code = code;
        snprintf(err->message, sizeof err->message, "%s: %s", where, what);
    }
    return code;
}

static ds_status nomem(ds_error *err) {
    return fail(err, DS_ERR_NOMEM, "models.c", "out of memory");
}

/* DS_OK when record is a record of the model (or type) named model. */
static ds_status check_model(const ds_record *record, const char *model, ds_error *err) {
    const ds_model *m = record ? ds_record_model(record) : NULL;
    if (!m || strcmp(m->name, model) != 0)
        return fail(err, DS_ERR_INVALID, model, record ? "a record of another type" : "no record");
    return DS_OK;
}

static ds_status put(ds_record *record, const char *field, ds_value value, ds_error *err) {
    return ds_record_set(record, field, &value, err);
}

static ds_status get(const ds_record *record, const char *field, ds_value *out, ds_error *err) {
    ds_status rc = ds_record_get(record, field, out);
    return rc == DS_OK ? DS_OK : fail(err, rc, field, "no such field in the record");
}

static ds_status copy_string(char **out, const char *s, ds_error *err) {
    size_t len;
    *out = NULL;
    if (!s)
        return DS_OK;
    len = strlen(s);
    if (!(*out = malloc(len + 1)))
        return nomem(err);
    memcpy(*out, s, len + 1);
    return DS_OK;
}

/* take_*: a value read from a record into its C representation. */
static ds_status take_string(char **out, const ds_value *value, const char *where, ds_error *err) {
    *out = NULL;
    if (value->type == DS_VALUE_NULL)
        return DS_OK;
    if (value->type != DS_VALUE_STRING)
        return fail(err, DS_ERR_INVALID, where, "expected a string");
    if (!(*out = malloc(value->u.s.len + 1)))
        return nomem(err);
    memcpy(*out, value->u.s.ptr, value->u.s.len);
    (*out)[value->u.s.len] = '\0';
    return DS_OK;
}

static ds_status project_list_from_result(ProjectList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = project_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        project_list_free(out);
    return rc;
}

/* The ds_observe() callback behind project_observe(): the change as a Project. */
static void project_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    project_observe_fn fn = sub->fn.project_observe;
    void *ud = sub->userdata;
    Project value;
    if (project_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    project_free(&value);
}

static ds_status team_list_from_result(TeamList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = team_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        team_list_free(out);
    return rc;
}

/* The ds_observe() callback behind team_observe(): the change as a Team. */
static void team_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    team_observe_fn fn = sub->fn.team_observe;
    void *ud = sub->userdata;
    Team value;
    if (team_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    team_free(&value);
}

static ds_status user_list_from_result(UserList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = user_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        user_list_free(out);
    return rc;
}

/* The ds_observe() callback behind user_observe(): the change as a User. */
static void user_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    user_observe_fn fn = sub->fn.user_observe;
    void *ud = sub->userdata;
    User value;
    if (user_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    user_free(&value);
}

static ds_status profile_list_from_result(ProfileList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = profile_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        profile_list_free(out);
    return rc;
}

/* The ds_observe() callback behind profile_observe(): the change as a Profile. */
static void profile_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    profile_observe_fn fn = sub->fn.profile_observe;
    void *ud = sub->userdata;
    Profile value;
    if (profile_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    profile_free(&value);
}

static ds_status album_list_from_result(AlbumList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = album_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        album_list_free(out);
    return rc;
}

/* The ds_observe() callback behind album_observe(): the change as a Album. */
static void album_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    album_observe_fn fn = sub->fn.album_observe;
    void *ud = sub->userdata;
    Album value;
    if (album_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    album_free(&value);
}

static ds_status photo_list_from_result(PhotoList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = photo_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        photo_list_free(out);
    return rc;
}

/* The ds_observe() callback behind photo_observe(): the change as a Photo. */
static void photo_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    photo_observe_fn fn = sub->fn.photo_observe;
    void *ud = sub->userdata;
    Photo value;
    if (photo_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    photo_free(&value);
}

static ds_status post_list_from_result(PostList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = post_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        post_list_free(out);
    return rc;
}

/* The ds_observe() callback behind post_observe(): the change as a Post. */
static void post_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    post_observe_fn fn = sub->fn.post_observe;
    void *ud = sub->userdata;
    Post value;
    if (post_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    post_free(&value);
}

static ds_status tag_list_from_result(TagList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = tag_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        tag_list_free(out);
    return rc;
}

/* The ds_observe() callback behind tag_observe(): the change as a Tag. */
static void tag_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    tag_observe_fn fn = sub->fn.tag_observe;
    void *ud = sub->userdata;
    Tag value;
    if (tag_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    tag_free(&value);
}

static ds_status post_tags_list_from_result(PostTagsList *out, const ds_result *res, ds_error *err) {
    size_t n = ds_result_count(res);
    ds_status rc = DS_OK;
    out->items = NULL;
    out->count = 0;
    if (n == 0)
        return DS_OK;
    if (!(out->items = calloc(n, sizeof *out->items)))
        return nomem(err);
    out->count = n;
    for (size_t i = 0; i < n && rc == DS_OK; i++)
        rc = post_tags_from_record(&out->items[i], ds_result_at(res, i), err);
    if (rc != DS_OK)
        post_tags_list_free(out);
    return rc;
}

/* The ds_observe() callback behind post_tags_observe(): the change as a PostTags. */
static void post_tags_observed(const ds_change *change, void *userdata) {
    const models_subscription *sub = userdata;
    /* Read before calling: fn may unobserve, which frees sub. */
    post_tags_observe_fn fn = sub->fn.post_tags_observe;
    void *ud = sub->userdata;
    PostTags value;
    if (post_tags_from_record(&value, change->record, NULL) != DS_OK) {
        fn(change, NULL, ud);
        return;
    }
    fn(change, &value, ud);
    post_tags_free(&value);
}

/* ---- model Project ---- */

void project_init(Project *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void project_free(Project *value) {
    if (!value)
        return;
    free(value->id);
    free(value->name);
    free(value->created_at);
    free(value->updated_at);
    free(value->project_team_id);
    memset(value, 0, sizeof *value);
}

ds_status project_copy(Project *out, const Project *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->name = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    out->project_team_id = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->name, src->name, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->project_team_id, src->project_team_id, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        project_free(out);
    return rc;
}

ds_status project_to_record(ds_record **out, const ds_schema *schema, const Project *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Project", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "name", ds_str(value->name), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "projectTeamId", ds_str(value->project_team_id), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status project_from_record(Project *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    project_init(out);
    if ((rc = check_model(record, "Project", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Project.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "name", &val, err)) != DS_OK ||
        (rc = take_string(&out->name, &val, "Project.name", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Project.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Project.updatedAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "projectTeamId", &val, err)) != DS_OK ||
        (rc = take_string(&out->project_team_id, &val, "Project.projectTeamId", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        project_free(out);
    return rc;
}

ds_status project_save(ds_store *store, Project *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Project saved;
    ds_status rc;
    if ((rc = project_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = project_from_record(&saved, r, err)) == DS_OK) {
        project_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status project_get(ds_store *store, const char *id, Project *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    project_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Project", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = project_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status project_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    ProjectList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Project", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = project_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void project_list_free(ProjectList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        project_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status project_delete(ds_store *store, const Project *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = project_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status project_observe(ds_store *store, const ds_predicate *where, project_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "project_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.project_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Project", where, project_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status project_load_team(ds_store *store, const Project *value, Team *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    team_init(out);
    if ((rc = project_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "team", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "Project.team", "no related Team stored");
    else
        rc = team_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *project_id_eq(const char *value) {
    return ds_pred_eq(PROJECT_ID, ds_str(value));
}

ds_predicate *project_id_ne(const char *value) {
    return ds_pred_ne(PROJECT_ID, ds_str(value));
}

ds_predicate *project_id_lt(const char *value) {
    return ds_pred_lt(PROJECT_ID, ds_str(value));
}

ds_predicate *project_id_le(const char *value) {
    return ds_pred_le(PROJECT_ID, ds_str(value));
}

ds_predicate *project_id_gt(const char *value) {
    return ds_pred_gt(PROJECT_ID, ds_str(value));
}

ds_predicate *project_id_ge(const char *value) {
    return ds_pred_ge(PROJECT_ID, ds_str(value));
}

ds_predicate *project_id_between(const char *low, const char *high) {
    return ds_pred_between(PROJECT_ID, ds_str(low), ds_str(high));
}

ds_predicate *project_id_begins_with(const char *value) {
    return ds_pred_begins_with(PROJECT_ID, value);
}

ds_predicate *project_id_contains(const char *value) {
    return ds_pred_contains(PROJECT_ID, ds_str(value));
}

ds_predicate *project_id_not_contains(const char *value) {
    return ds_pred_not_contains(PROJECT_ID, ds_str(value));
}

ds_predicate *project_name_eq(const char *value) {
    return ds_pred_eq(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_ne(const char *value) {
    return ds_pred_ne(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_lt(const char *value) {
    return ds_pred_lt(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_le(const char *value) {
    return ds_pred_le(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_gt(const char *value) {
    return ds_pred_gt(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_ge(const char *value) {
    return ds_pred_ge(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_between(const char *low, const char *high) {
    return ds_pred_between(PROJECT_NAME, ds_str(low), ds_str(high));
}

ds_predicate *project_name_begins_with(const char *value) {
    return ds_pred_begins_with(PROJECT_NAME, value);
}

ds_predicate *project_name_contains(const char *value) {
    return ds_pred_contains(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_not_contains(const char *value) {
    return ds_pred_not_contains(PROJECT_NAME, ds_str(value));
}

ds_predicate *project_name_is_null(void) {
    return ds_pred_eq(PROJECT_NAME, ds_null());
}

ds_predicate *project_name_is_not_null(void) {
    return ds_pred_ne(PROJECT_NAME, ds_null());
}

ds_predicate *project_created_at_eq(const char *value) {
    return ds_pred_eq(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_ne(const char *value) {
    return ds_pred_ne(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_lt(const char *value) {
    return ds_pred_lt(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_le(const char *value) {
    return ds_pred_le(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_gt(const char *value) {
    return ds_pred_gt(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_ge(const char *value) {
    return ds_pred_ge(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_between(const char *low, const char *high) {
    return ds_pred_between(PROJECT_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *project_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(PROJECT_CREATED_AT, value);
}

ds_predicate *project_created_at_contains(const char *value) {
    return ds_pred_contains(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(PROJECT_CREATED_AT, ds_str(value));
}

ds_predicate *project_created_at_is_null(void) {
    return ds_pred_eq(PROJECT_CREATED_AT, ds_null());
}

ds_predicate *project_created_at_is_not_null(void) {
    return ds_pred_ne(PROJECT_CREATED_AT, ds_null());
}

ds_predicate *project_updated_at_eq(const char *value) {
    return ds_pred_eq(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_ne(const char *value) {
    return ds_pred_ne(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_lt(const char *value) {
    return ds_pred_lt(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_le(const char *value) {
    return ds_pred_le(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_gt(const char *value) {
    return ds_pred_gt(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_ge(const char *value) {
    return ds_pred_ge(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(PROJECT_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *project_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(PROJECT_UPDATED_AT, value);
}

ds_predicate *project_updated_at_contains(const char *value) {
    return ds_pred_contains(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(PROJECT_UPDATED_AT, ds_str(value));
}

ds_predicate *project_updated_at_is_null(void) {
    return ds_pred_eq(PROJECT_UPDATED_AT, ds_null());
}

ds_predicate *project_updated_at_is_not_null(void) {
    return ds_pred_ne(PROJECT_UPDATED_AT, ds_null());
}

ds_predicate *project_project_team_id_eq(const char *value) {
    return ds_pred_eq(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_ne(const char *value) {
    return ds_pred_ne(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_lt(const char *value) {
    return ds_pred_lt(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_le(const char *value) {
    return ds_pred_le(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_gt(const char *value) {
    return ds_pred_gt(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_ge(const char *value) {
    return ds_pred_ge(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_between(const char *low, const char *high) {
    return ds_pred_between(PROJECT_PROJECT_TEAM_ID, ds_str(low), ds_str(high));
}

ds_predicate *project_project_team_id_begins_with(const char *value) {
    return ds_pred_begins_with(PROJECT_PROJECT_TEAM_ID, value);
}

ds_predicate *project_project_team_id_contains(const char *value) {
    return ds_pred_contains(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_not_contains(const char *value) {
    return ds_pred_not_contains(PROJECT_PROJECT_TEAM_ID, ds_str(value));
}

ds_predicate *project_project_team_id_is_null(void) {
    return ds_pred_eq(PROJECT_PROJECT_TEAM_ID, ds_null());
}

ds_predicate *project_project_team_id_is_not_null(void) {
    return ds_pred_ne(PROJECT_PROJECT_TEAM_ID, ds_null());
}

/* ---- model Team ---- */

void team_init(Team *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void team_free(Team *value) {
    if (!value)
        return;
    free(value->id);
    free(value->name);
    free(value->created_at);
    free(value->updated_at);
    free(value->team_project_id);
    memset(value, 0, sizeof *value);
}

ds_status team_copy(Team *out, const Team *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->name = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    out->team_project_id = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->name, src->name, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->team_project_id, src->team_project_id, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        team_free(out);
    return rc;
}

ds_status team_to_record(ds_record **out, const ds_schema *schema, const Team *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Team", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "name", ds_str(value->name), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "teamProjectId", ds_str(value->team_project_id), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status team_from_record(Team *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    team_init(out);
    if ((rc = check_model(record, "Team", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Team.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "name", &val, err)) != DS_OK ||
        (rc = take_string(&out->name, &val, "Team.name", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Team.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Team.updatedAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "teamProjectId", &val, err)) != DS_OK ||
        (rc = take_string(&out->team_project_id, &val, "Team.teamProjectId", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        team_free(out);
    return rc;
}

ds_status team_save(ds_store *store, Team *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Team saved;
    ds_status rc;
    if ((rc = team_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = team_from_record(&saved, r, err)) == DS_OK) {
        team_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status team_get(ds_store *store, const char *id, Team *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    team_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Team", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = team_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status team_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, TeamList *out,
    ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Team", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = team_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void team_list_free(TeamList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        team_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status team_delete(ds_store *store, const Team *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = team_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status team_observe(ds_store *store, const ds_predicate *where, team_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "team_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.team_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Team", where, team_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status team_load_project(ds_store *store, const Team *value, Project *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    project_init(out);
    if ((rc = team_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "project", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "Team.project", "no related Project stored");
    else
        rc = project_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *team_id_eq(const char *value) {
    return ds_pred_eq(TEAM_ID, ds_str(value));
}

ds_predicate *team_id_ne(const char *value) {
    return ds_pred_ne(TEAM_ID, ds_str(value));
}

ds_predicate *team_id_lt(const char *value) {
    return ds_pred_lt(TEAM_ID, ds_str(value));
}

ds_predicate *team_id_le(const char *value) {
    return ds_pred_le(TEAM_ID, ds_str(value));
}

ds_predicate *team_id_gt(const char *value) {
    return ds_pred_gt(TEAM_ID, ds_str(value));
}

ds_predicate *team_id_ge(const char *value) {
    return ds_pred_ge(TEAM_ID, ds_str(value));
}

ds_predicate *team_id_between(const char *low, const char *high) {
    return ds_pred_between(TEAM_ID, ds_str(low), ds_str(high));
}

ds_predicate *team_id_begins_with(const char *value) {
    return ds_pred_begins_with(TEAM_ID, value);
}

ds_predicate *team_id_contains(const char *value) {
    return ds_pred_contains(TEAM_ID, ds_str(value));
}

ds_predicate *team_id_not_contains(const char *value) {
    return ds_pred_not_contains(TEAM_ID, ds_str(value));
}

ds_predicate *team_name_eq(const char *value) {
    return ds_pred_eq(TEAM_NAME, ds_str(value));
}

ds_predicate *team_name_ne(const char *value) {
    return ds_pred_ne(TEAM_NAME, ds_str(value));
}

ds_predicate *team_name_lt(const char *value) {
    return ds_pred_lt(TEAM_NAME, ds_str(value));
}

ds_predicate *team_name_le(const char *value) {
    return ds_pred_le(TEAM_NAME, ds_str(value));
}

ds_predicate *team_name_gt(const char *value) {
    return ds_pred_gt(TEAM_NAME, ds_str(value));
}

ds_predicate *team_name_ge(const char *value) {
    return ds_pred_ge(TEAM_NAME, ds_str(value));
}

ds_predicate *team_name_between(const char *low, const char *high) {
    return ds_pred_between(TEAM_NAME, ds_str(low), ds_str(high));
}

ds_predicate *team_name_begins_with(const char *value) {
    return ds_pred_begins_with(TEAM_NAME, value);
}

ds_predicate *team_name_contains(const char *value) {
    return ds_pred_contains(TEAM_NAME, ds_str(value));
}

ds_predicate *team_name_not_contains(const char *value) {
    return ds_pred_not_contains(TEAM_NAME, ds_str(value));
}

ds_predicate *team_created_at_eq(const char *value) {
    return ds_pred_eq(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_ne(const char *value) {
    return ds_pred_ne(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_lt(const char *value) {
    return ds_pred_lt(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_le(const char *value) {
    return ds_pred_le(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_gt(const char *value) {
    return ds_pred_gt(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_ge(const char *value) {
    return ds_pred_ge(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_between(const char *low, const char *high) {
    return ds_pred_between(TEAM_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *team_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(TEAM_CREATED_AT, value);
}

ds_predicate *team_created_at_contains(const char *value) {
    return ds_pred_contains(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(TEAM_CREATED_AT, ds_str(value));
}

ds_predicate *team_created_at_is_null(void) {
    return ds_pred_eq(TEAM_CREATED_AT, ds_null());
}

ds_predicate *team_created_at_is_not_null(void) {
    return ds_pred_ne(TEAM_CREATED_AT, ds_null());
}

ds_predicate *team_updated_at_eq(const char *value) {
    return ds_pred_eq(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_ne(const char *value) {
    return ds_pred_ne(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_lt(const char *value) {
    return ds_pred_lt(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_le(const char *value) {
    return ds_pred_le(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_gt(const char *value) {
    return ds_pred_gt(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_ge(const char *value) {
    return ds_pred_ge(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(TEAM_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *team_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(TEAM_UPDATED_AT, value);
}

ds_predicate *team_updated_at_contains(const char *value) {
    return ds_pred_contains(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(TEAM_UPDATED_AT, ds_str(value));
}

ds_predicate *team_updated_at_is_null(void) {
    return ds_pred_eq(TEAM_UPDATED_AT, ds_null());
}

ds_predicate *team_updated_at_is_not_null(void) {
    return ds_pred_ne(TEAM_UPDATED_AT, ds_null());
}

ds_predicate *team_team_project_id_eq(const char *value) {
    return ds_pred_eq(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_ne(const char *value) {
    return ds_pred_ne(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_lt(const char *value) {
    return ds_pred_lt(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_le(const char *value) {
    return ds_pred_le(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_gt(const char *value) {
    return ds_pred_gt(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_ge(const char *value) {
    return ds_pred_ge(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_between(const char *low, const char *high) {
    return ds_pred_between(TEAM_TEAM_PROJECT_ID, ds_str(low), ds_str(high));
}

ds_predicate *team_team_project_id_begins_with(const char *value) {
    return ds_pred_begins_with(TEAM_TEAM_PROJECT_ID, value);
}

ds_predicate *team_team_project_id_contains(const char *value) {
    return ds_pred_contains(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_not_contains(const char *value) {
    return ds_pred_not_contains(TEAM_TEAM_PROJECT_ID, ds_str(value));
}

ds_predicate *team_team_project_id_is_null(void) {
    return ds_pred_eq(TEAM_TEAM_PROJECT_ID, ds_null());
}

ds_predicate *team_team_project_id_is_not_null(void) {
    return ds_pred_ne(TEAM_TEAM_PROJECT_ID, ds_null());
}

/* ---- model User ---- */

void user_init(User *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void user_free(User *value) {
    if (!value)
        return;
    free(value->id);
    free(value->username);
    free(value->profile_id);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status user_copy(User *out, const User *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->username = NULL;
    out->profile_id = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->username, src->username, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->profile_id, src->profile_id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        user_free(out);
    return rc;
}

ds_status user_to_record(ds_record **out, const ds_schema *schema, const User *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "User", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "username", ds_str(value->username), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "profileID", ds_str(value->profile_id), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status user_from_record(User *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    user_init(out);
    if ((rc = check_model(record, "User", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "User.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "username", &val, err)) != DS_OK ||
        (rc = take_string(&out->username, &val, "User.username", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "profileID", &val, err)) != DS_OK ||
        (rc = take_string(&out->profile_id, &val, "User.profileID", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "User.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "User.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        user_free(out);
    return rc;
}

ds_status user_save(ds_store *store, User *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    User saved;
    ds_status rc;
    if ((rc = user_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = user_from_record(&saved, r, err)) == DS_OK) {
        user_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status user_get(ds_store *store, const char *id, User *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    user_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "User", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = user_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status user_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, UserList *out,
    ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "User", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = user_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void user_list_free(UserList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        user_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status user_delete(ds_store *store, const User *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = user_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status user_observe(ds_store *store, const ds_predicate *where, user_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "user_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.user_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "User", where, user_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status user_load_profile(ds_store *store, const User *value, Profile *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    profile_init(out);
    if ((rc = user_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "profile", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "User.profile", "no related Profile stored");
    else
        rc = profile_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *user_id_eq(const char *value) {
    return ds_pred_eq(USER_ID, ds_str(value));
}

ds_predicate *user_id_ne(const char *value) {
    return ds_pred_ne(USER_ID, ds_str(value));
}

ds_predicate *user_id_lt(const char *value) {
    return ds_pred_lt(USER_ID, ds_str(value));
}

ds_predicate *user_id_le(const char *value) {
    return ds_pred_le(USER_ID, ds_str(value));
}

ds_predicate *user_id_gt(const char *value) {
    return ds_pred_gt(USER_ID, ds_str(value));
}

ds_predicate *user_id_ge(const char *value) {
    return ds_pred_ge(USER_ID, ds_str(value));
}

ds_predicate *user_id_between(const char *low, const char *high) {
    return ds_pred_between(USER_ID, ds_str(low), ds_str(high));
}

ds_predicate *user_id_begins_with(const char *value) {
    return ds_pred_begins_with(USER_ID, value);
}

ds_predicate *user_id_contains(const char *value) {
    return ds_pred_contains(USER_ID, ds_str(value));
}

ds_predicate *user_id_not_contains(const char *value) {
    return ds_pred_not_contains(USER_ID, ds_str(value));
}

ds_predicate *user_username_eq(const char *value) {
    return ds_pred_eq(USER_USERNAME, ds_str(value));
}

ds_predicate *user_username_ne(const char *value) {
    return ds_pred_ne(USER_USERNAME, ds_str(value));
}

ds_predicate *user_username_lt(const char *value) {
    return ds_pred_lt(USER_USERNAME, ds_str(value));
}

ds_predicate *user_username_le(const char *value) {
    return ds_pred_le(USER_USERNAME, ds_str(value));
}

ds_predicate *user_username_gt(const char *value) {
    return ds_pred_gt(USER_USERNAME, ds_str(value));
}

ds_predicate *user_username_ge(const char *value) {
    return ds_pred_ge(USER_USERNAME, ds_str(value));
}

ds_predicate *user_username_between(const char *low, const char *high) {
    return ds_pred_between(USER_USERNAME, ds_str(low), ds_str(high));
}

ds_predicate *user_username_begins_with(const char *value) {
    return ds_pred_begins_with(USER_USERNAME, value);
}

ds_predicate *user_username_contains(const char *value) {
    return ds_pred_contains(USER_USERNAME, ds_str(value));
}

ds_predicate *user_username_not_contains(const char *value) {
    return ds_pred_not_contains(USER_USERNAME, ds_str(value));
}

ds_predicate *user_profile_id_eq(const char *value) {
    return ds_pred_eq(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_ne(const char *value) {
    return ds_pred_ne(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_lt(const char *value) {
    return ds_pred_lt(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_le(const char *value) {
    return ds_pred_le(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_gt(const char *value) {
    return ds_pred_gt(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_ge(const char *value) {
    return ds_pred_ge(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_between(const char *low, const char *high) {
    return ds_pred_between(USER_PROFILE_ID, ds_str(low), ds_str(high));
}

ds_predicate *user_profile_id_begins_with(const char *value) {
    return ds_pred_begins_with(USER_PROFILE_ID, value);
}

ds_predicate *user_profile_id_contains(const char *value) {
    return ds_pred_contains(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_not_contains(const char *value) {
    return ds_pred_not_contains(USER_PROFILE_ID, ds_str(value));
}

ds_predicate *user_profile_id_is_null(void) {
    return ds_pred_eq(USER_PROFILE_ID, ds_null());
}

ds_predicate *user_profile_id_is_not_null(void) {
    return ds_pred_ne(USER_PROFILE_ID, ds_null());
}

ds_predicate *user_created_at_eq(const char *value) {
    return ds_pred_eq(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_ne(const char *value) {
    return ds_pred_ne(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_lt(const char *value) {
    return ds_pred_lt(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_le(const char *value) {
    return ds_pred_le(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_gt(const char *value) {
    return ds_pred_gt(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_ge(const char *value) {
    return ds_pred_ge(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_between(const char *low, const char *high) {
    return ds_pred_between(USER_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *user_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(USER_CREATED_AT, value);
}

ds_predicate *user_created_at_contains(const char *value) {
    return ds_pred_contains(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(USER_CREATED_AT, ds_str(value));
}

ds_predicate *user_created_at_is_null(void) {
    return ds_pred_eq(USER_CREATED_AT, ds_null());
}

ds_predicate *user_created_at_is_not_null(void) {
    return ds_pred_ne(USER_CREATED_AT, ds_null());
}

ds_predicate *user_updated_at_eq(const char *value) {
    return ds_pred_eq(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_ne(const char *value) {
    return ds_pred_ne(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_lt(const char *value) {
    return ds_pred_lt(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_le(const char *value) {
    return ds_pred_le(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_gt(const char *value) {
    return ds_pred_gt(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_ge(const char *value) {
    return ds_pred_ge(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(USER_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *user_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(USER_UPDATED_AT, value);
}

ds_predicate *user_updated_at_contains(const char *value) {
    return ds_pred_contains(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(USER_UPDATED_AT, ds_str(value));
}

ds_predicate *user_updated_at_is_null(void) {
    return ds_pred_eq(USER_UPDATED_AT, ds_null());
}

ds_predicate *user_updated_at_is_not_null(void) {
    return ds_pred_ne(USER_UPDATED_AT, ds_null());
}

/* ---- model Profile ---- */

void profile_init(Profile *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void profile_free(Profile *value) {
    if (!value)
        return;
    free(value->id);
    free(value->bio);
    free(value->avatar_url);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status profile_copy(Profile *out, const Profile *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->bio = NULL;
    out->avatar_url = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->bio, src->bio, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->avatar_url, src->avatar_url, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        profile_free(out);
    return rc;
}

ds_status profile_to_record(ds_record **out, const ds_schema *schema, const Profile *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Profile", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "bio", ds_str(value->bio), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "avatarUrl", ds_str(value->avatar_url), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status profile_from_record(Profile *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    profile_init(out);
    if ((rc = check_model(record, "Profile", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Profile.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "bio", &val, err)) != DS_OK ||
        (rc = take_string(&out->bio, &val, "Profile.bio", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "avatarUrl", &val, err)) != DS_OK ||
        (rc = take_string(&out->avatar_url, &val, "Profile.avatarUrl", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Profile.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Profile.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        profile_free(out);
    return rc;
}

ds_status profile_save(ds_store *store, Profile *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Profile saved;
    ds_status rc;
    if ((rc = profile_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = profile_from_record(&saved, r, err)) == DS_OK) {
        profile_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status profile_get(ds_store *store, const char *id, Profile *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    profile_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Profile", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = profile_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status profile_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    ProfileList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Profile", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = profile_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void profile_list_free(ProfileList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        profile_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status profile_delete(ds_store *store, const Profile *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = profile_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status profile_observe(ds_store *store, const ds_predicate *where, profile_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "profile_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.profile_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Profile", where, profile_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_predicate *profile_id_eq(const char *value) {
    return ds_pred_eq(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_id_ne(const char *value) {
    return ds_pred_ne(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_id_lt(const char *value) {
    return ds_pred_lt(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_id_le(const char *value) {
    return ds_pred_le(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_id_gt(const char *value) {
    return ds_pred_gt(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_id_ge(const char *value) {
    return ds_pred_ge(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_id_between(const char *low, const char *high) {
    return ds_pred_between(PROFILE_ID, ds_str(low), ds_str(high));
}

ds_predicate *profile_id_begins_with(const char *value) {
    return ds_pred_begins_with(PROFILE_ID, value);
}

ds_predicate *profile_id_contains(const char *value) {
    return ds_pred_contains(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_id_not_contains(const char *value) {
    return ds_pred_not_contains(PROFILE_ID, ds_str(value));
}

ds_predicate *profile_bio_eq(const char *value) {
    return ds_pred_eq(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_ne(const char *value) {
    return ds_pred_ne(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_lt(const char *value) {
    return ds_pred_lt(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_le(const char *value) {
    return ds_pred_le(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_gt(const char *value) {
    return ds_pred_gt(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_ge(const char *value) {
    return ds_pred_ge(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_between(const char *low, const char *high) {
    return ds_pred_between(PROFILE_BIO, ds_str(low), ds_str(high));
}

ds_predicate *profile_bio_begins_with(const char *value) {
    return ds_pred_begins_with(PROFILE_BIO, value);
}

ds_predicate *profile_bio_contains(const char *value) {
    return ds_pred_contains(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_not_contains(const char *value) {
    return ds_pred_not_contains(PROFILE_BIO, ds_str(value));
}

ds_predicate *profile_bio_is_null(void) {
    return ds_pred_eq(PROFILE_BIO, ds_null());
}

ds_predicate *profile_bio_is_not_null(void) {
    return ds_pred_ne(PROFILE_BIO, ds_null());
}

ds_predicate *profile_avatar_url_eq(const char *value) {
    return ds_pred_eq(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_ne(const char *value) {
    return ds_pred_ne(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_lt(const char *value) {
    return ds_pred_lt(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_le(const char *value) {
    return ds_pred_le(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_gt(const char *value) {
    return ds_pred_gt(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_ge(const char *value) {
    return ds_pred_ge(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_between(const char *low, const char *high) {
    return ds_pred_between(PROFILE_AVATAR_URL, ds_str(low), ds_str(high));
}

ds_predicate *profile_avatar_url_begins_with(const char *value) {
    return ds_pred_begins_with(PROFILE_AVATAR_URL, value);
}

ds_predicate *profile_avatar_url_contains(const char *value) {
    return ds_pred_contains(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_not_contains(const char *value) {
    return ds_pred_not_contains(PROFILE_AVATAR_URL, ds_str(value));
}

ds_predicate *profile_avatar_url_is_null(void) {
    return ds_pred_eq(PROFILE_AVATAR_URL, ds_null());
}

ds_predicate *profile_avatar_url_is_not_null(void) {
    return ds_pred_ne(PROFILE_AVATAR_URL, ds_null());
}

ds_predicate *profile_created_at_eq(const char *value) {
    return ds_pred_eq(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_ne(const char *value) {
    return ds_pred_ne(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_lt(const char *value) {
    return ds_pred_lt(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_le(const char *value) {
    return ds_pred_le(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_gt(const char *value) {
    return ds_pred_gt(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_ge(const char *value) {
    return ds_pred_ge(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_between(const char *low, const char *high) {
    return ds_pred_between(PROFILE_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *profile_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(PROFILE_CREATED_AT, value);
}

ds_predicate *profile_created_at_contains(const char *value) {
    return ds_pred_contains(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(PROFILE_CREATED_AT, ds_str(value));
}

ds_predicate *profile_created_at_is_null(void) {
    return ds_pred_eq(PROFILE_CREATED_AT, ds_null());
}

ds_predicate *profile_created_at_is_not_null(void) {
    return ds_pred_ne(PROFILE_CREATED_AT, ds_null());
}

ds_predicate *profile_updated_at_eq(const char *value) {
    return ds_pred_eq(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_ne(const char *value) {
    return ds_pred_ne(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_lt(const char *value) {
    return ds_pred_lt(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_le(const char *value) {
    return ds_pred_le(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_gt(const char *value) {
    return ds_pred_gt(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_ge(const char *value) {
    return ds_pred_ge(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(PROFILE_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *profile_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(PROFILE_UPDATED_AT, value);
}

ds_predicate *profile_updated_at_contains(const char *value) {
    return ds_pred_contains(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(PROFILE_UPDATED_AT, ds_str(value));
}

ds_predicate *profile_updated_at_is_null(void) {
    return ds_pred_eq(PROFILE_UPDATED_AT, ds_null());
}

ds_predicate *profile_updated_at_is_not_null(void) {
    return ds_pred_ne(PROFILE_UPDATED_AT, ds_null());
}

/* ---- model Album ---- */

void album_init(Album *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void album_free(Album *value) {
    if (!value)
        return;
    free(value->id);
    free(value->title);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status album_copy(Album *out, const Album *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->title = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->title, src->title, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        album_free(out);
    return rc;
}

ds_status album_to_record(ds_record **out, const ds_schema *schema, const Album *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Album", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "title", ds_str(value->title), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status album_from_record(Album *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    album_init(out);
    if ((rc = check_model(record, "Album", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Album.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "title", &val, err)) != DS_OK ||
        (rc = take_string(&out->title, &val, "Album.title", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Album.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Album.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        album_free(out);
    return rc;
}

ds_status album_save(ds_store *store, Album *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Album saved;
    ds_status rc;
    if ((rc = album_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = album_from_record(&saved, r, err)) == DS_OK) {
        album_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status album_get(ds_store *store, const char *id, Album *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    album_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Album", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = album_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status album_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    AlbumList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Album", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = album_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void album_list_free(AlbumList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        album_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status album_delete(ds_store *store, const Album *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = album_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status album_observe(ds_store *store, const ds_predicate *where, album_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "album_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.album_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Album", where, album_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status album_load_photos(ds_store *store, const Album *value, PhotoList *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = album_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "photos", &res, err)) != DS_OK)
        goto done;
    rc = photo_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *album_id_eq(const char *value) {
    return ds_pred_eq(ALBUM_ID, ds_str(value));
}

ds_predicate *album_id_ne(const char *value) {
    return ds_pred_ne(ALBUM_ID, ds_str(value));
}

ds_predicate *album_id_lt(const char *value) {
    return ds_pred_lt(ALBUM_ID, ds_str(value));
}

ds_predicate *album_id_le(const char *value) {
    return ds_pred_le(ALBUM_ID, ds_str(value));
}

ds_predicate *album_id_gt(const char *value) {
    return ds_pred_gt(ALBUM_ID, ds_str(value));
}

ds_predicate *album_id_ge(const char *value) {
    return ds_pred_ge(ALBUM_ID, ds_str(value));
}

ds_predicate *album_id_between(const char *low, const char *high) {
    return ds_pred_between(ALBUM_ID, ds_str(low), ds_str(high));
}

ds_predicate *album_id_begins_with(const char *value) {
    return ds_pred_begins_with(ALBUM_ID, value);
}

ds_predicate *album_id_contains(const char *value) {
    return ds_pred_contains(ALBUM_ID, ds_str(value));
}

ds_predicate *album_id_not_contains(const char *value) {
    return ds_pred_not_contains(ALBUM_ID, ds_str(value));
}

ds_predicate *album_title_eq(const char *value) {
    return ds_pred_eq(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_title_ne(const char *value) {
    return ds_pred_ne(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_title_lt(const char *value) {
    return ds_pred_lt(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_title_le(const char *value) {
    return ds_pred_le(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_title_gt(const char *value) {
    return ds_pred_gt(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_title_ge(const char *value) {
    return ds_pred_ge(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_title_between(const char *low, const char *high) {
    return ds_pred_between(ALBUM_TITLE, ds_str(low), ds_str(high));
}

ds_predicate *album_title_begins_with(const char *value) {
    return ds_pred_begins_with(ALBUM_TITLE, value);
}

ds_predicate *album_title_contains(const char *value) {
    return ds_pred_contains(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_title_not_contains(const char *value) {
    return ds_pred_not_contains(ALBUM_TITLE, ds_str(value));
}

ds_predicate *album_created_at_eq(const char *value) {
    return ds_pred_eq(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_ne(const char *value) {
    return ds_pred_ne(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_lt(const char *value) {
    return ds_pred_lt(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_le(const char *value) {
    return ds_pred_le(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_gt(const char *value) {
    return ds_pred_gt(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_ge(const char *value) {
    return ds_pred_ge(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_between(const char *low, const char *high) {
    return ds_pred_between(ALBUM_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *album_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(ALBUM_CREATED_AT, value);
}

ds_predicate *album_created_at_contains(const char *value) {
    return ds_pred_contains(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(ALBUM_CREATED_AT, ds_str(value));
}

ds_predicate *album_created_at_is_null(void) {
    return ds_pred_eq(ALBUM_CREATED_AT, ds_null());
}

ds_predicate *album_created_at_is_not_null(void) {
    return ds_pred_ne(ALBUM_CREATED_AT, ds_null());
}

ds_predicate *album_updated_at_eq(const char *value) {
    return ds_pred_eq(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_ne(const char *value) {
    return ds_pred_ne(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_lt(const char *value) {
    return ds_pred_lt(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_le(const char *value) {
    return ds_pred_le(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_gt(const char *value) {
    return ds_pred_gt(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_ge(const char *value) {
    return ds_pred_ge(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(ALBUM_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *album_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(ALBUM_UPDATED_AT, value);
}

ds_predicate *album_updated_at_contains(const char *value) {
    return ds_pred_contains(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(ALBUM_UPDATED_AT, ds_str(value));
}

ds_predicate *album_updated_at_is_null(void) {
    return ds_pred_eq(ALBUM_UPDATED_AT, ds_null());
}

ds_predicate *album_updated_at_is_not_null(void) {
    return ds_pred_ne(ALBUM_UPDATED_AT, ds_null());
}

/* ---- model Photo ---- */

void photo_init(Photo *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void photo_free(Photo *value) {
    if (!value)
        return;
    free(value->id);
    free(value->caption);
    free(value->created_at);
    free(value->updated_at);
    free(value->album_photos_id);
    memset(value, 0, sizeof *value);
}

ds_status photo_copy(Photo *out, const Photo *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->caption = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    out->album_photos_id = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->caption, src->caption, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->album_photos_id, src->album_photos_id, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        photo_free(out);
    return rc;
}

ds_status photo_to_record(ds_record **out, const ds_schema *schema, const Photo *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Photo", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "caption", ds_str(value->caption), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "albumPhotosId", ds_str(value->album_photos_id), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status photo_from_record(Photo *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    photo_init(out);
    if ((rc = check_model(record, "Photo", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Photo.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "caption", &val, err)) != DS_OK ||
        (rc = take_string(&out->caption, &val, "Photo.caption", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Photo.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Photo.updatedAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "albumPhotosId", &val, err)) != DS_OK ||
        (rc = take_string(&out->album_photos_id, &val, "Photo.albumPhotosId", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        photo_free(out);
    return rc;
}

ds_status photo_save(ds_store *store, Photo *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Photo saved;
    ds_status rc;
    if ((rc = photo_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = photo_from_record(&saved, r, err)) == DS_OK) {
        photo_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status photo_get(ds_store *store, const char *id, Photo *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    photo_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Photo", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = photo_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status photo_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    PhotoList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Photo", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = photo_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void photo_list_free(PhotoList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        photo_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status photo_delete(ds_store *store, const Photo *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = photo_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status photo_observe(ds_store *store, const ds_predicate *where, photo_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "photo_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.photo_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Photo", where, photo_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status photo_load_album(ds_store *store, const Photo *value, Album *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    album_init(out);
    if ((rc = photo_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "album", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "Photo.album", "no related Album stored");
    else
        rc = album_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *photo_id_eq(const char *value) {
    return ds_pred_eq(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_id_ne(const char *value) {
    return ds_pred_ne(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_id_lt(const char *value) {
    return ds_pred_lt(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_id_le(const char *value) {
    return ds_pred_le(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_id_gt(const char *value) {
    return ds_pred_gt(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_id_ge(const char *value) {
    return ds_pred_ge(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_id_between(const char *low, const char *high) {
    return ds_pred_between(PHOTO_ID, ds_str(low), ds_str(high));
}

ds_predicate *photo_id_begins_with(const char *value) {
    return ds_pred_begins_with(PHOTO_ID, value);
}

ds_predicate *photo_id_contains(const char *value) {
    return ds_pred_contains(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_id_not_contains(const char *value) {
    return ds_pred_not_contains(PHOTO_ID, ds_str(value));
}

ds_predicate *photo_caption_eq(const char *value) {
    return ds_pred_eq(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_ne(const char *value) {
    return ds_pred_ne(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_lt(const char *value) {
    return ds_pred_lt(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_le(const char *value) {
    return ds_pred_le(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_gt(const char *value) {
    return ds_pred_gt(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_ge(const char *value) {
    return ds_pred_ge(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_between(const char *low, const char *high) {
    return ds_pred_between(PHOTO_CAPTION, ds_str(low), ds_str(high));
}

ds_predicate *photo_caption_begins_with(const char *value) {
    return ds_pred_begins_with(PHOTO_CAPTION, value);
}

ds_predicate *photo_caption_contains(const char *value) {
    return ds_pred_contains(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_not_contains(const char *value) {
    return ds_pred_not_contains(PHOTO_CAPTION, ds_str(value));
}

ds_predicate *photo_caption_is_null(void) {
    return ds_pred_eq(PHOTO_CAPTION, ds_null());
}

ds_predicate *photo_caption_is_not_null(void) {
    return ds_pred_ne(PHOTO_CAPTION, ds_null());
}

ds_predicate *photo_created_at_eq(const char *value) {
    return ds_pred_eq(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_ne(const char *value) {
    return ds_pred_ne(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_lt(const char *value) {
    return ds_pred_lt(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_le(const char *value) {
    return ds_pred_le(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_gt(const char *value) {
    return ds_pred_gt(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_ge(const char *value) {
    return ds_pred_ge(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_between(const char *low, const char *high) {
    return ds_pred_between(PHOTO_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *photo_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(PHOTO_CREATED_AT, value);
}

ds_predicate *photo_created_at_contains(const char *value) {
    return ds_pred_contains(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(PHOTO_CREATED_AT, ds_str(value));
}

ds_predicate *photo_created_at_is_null(void) {
    return ds_pred_eq(PHOTO_CREATED_AT, ds_null());
}

ds_predicate *photo_created_at_is_not_null(void) {
    return ds_pred_ne(PHOTO_CREATED_AT, ds_null());
}

ds_predicate *photo_updated_at_eq(const char *value) {
    return ds_pred_eq(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_ne(const char *value) {
    return ds_pred_ne(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_lt(const char *value) {
    return ds_pred_lt(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_le(const char *value) {
    return ds_pred_le(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_gt(const char *value) {
    return ds_pred_gt(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_ge(const char *value) {
    return ds_pred_ge(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(PHOTO_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *photo_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(PHOTO_UPDATED_AT, value);
}

ds_predicate *photo_updated_at_contains(const char *value) {
    return ds_pred_contains(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(PHOTO_UPDATED_AT, ds_str(value));
}

ds_predicate *photo_updated_at_is_null(void) {
    return ds_pred_eq(PHOTO_UPDATED_AT, ds_null());
}

ds_predicate *photo_updated_at_is_not_null(void) {
    return ds_pred_ne(PHOTO_UPDATED_AT, ds_null());
}

ds_predicate *photo_album_photos_id_eq(const char *value) {
    return ds_pred_eq(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_ne(const char *value) {
    return ds_pred_ne(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_lt(const char *value) {
    return ds_pred_lt(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_le(const char *value) {
    return ds_pred_le(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_gt(const char *value) {
    return ds_pred_gt(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_ge(const char *value) {
    return ds_pred_ge(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_between(const char *low, const char *high) {
    return ds_pred_between(PHOTO_ALBUM_PHOTOS_ID, ds_str(low), ds_str(high));
}

ds_predicate *photo_album_photos_id_begins_with(const char *value) {
    return ds_pred_begins_with(PHOTO_ALBUM_PHOTOS_ID, value);
}

ds_predicate *photo_album_photos_id_contains(const char *value) {
    return ds_pred_contains(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_not_contains(const char *value) {
    return ds_pred_not_contains(PHOTO_ALBUM_PHOTOS_ID, ds_str(value));
}

ds_predicate *photo_album_photos_id_is_null(void) {
    return ds_pred_eq(PHOTO_ALBUM_PHOTOS_ID, ds_null());
}

ds_predicate *photo_album_photos_id_is_not_null(void) {
    return ds_pred_ne(PHOTO_ALBUM_PHOTOS_ID, ds_null());
}

/* ---- model Post ---- */

void post_init(Post *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void post_free(Post *value) {
    if (!value)
        return;
    free(value->id);
    free(value->title);
    free(value->content);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status post_copy(Post *out, const Post *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->title = NULL;
    out->content = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->title, src->title, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->content, src->content, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        post_free(out);
    return rc;
}

ds_status post_to_record(ds_record **out, const ds_schema *schema, const Post *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Post", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "title", ds_str(value->title), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "content", ds_str(value->content), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status post_from_record(Post *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    post_init(out);
    if ((rc = check_model(record, "Post", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Post.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "title", &val, err)) != DS_OK ||
        (rc = take_string(&out->title, &val, "Post.title", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "content", &val, err)) != DS_OK ||
        (rc = take_string(&out->content, &val, "Post.content", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Post.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Post.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        post_free(out);
    return rc;
}

ds_status post_save(ds_store *store, Post *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Post saved;
    ds_status rc;
    if ((rc = post_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = post_from_record(&saved, r, err)) == DS_OK) {
        post_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status post_get(ds_store *store, const char *id, Post *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    post_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Post", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = post_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status post_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, PostList *out,
    ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Post", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = post_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void post_list_free(PostList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        post_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status post_delete(ds_store *store, const Post *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = post_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status post_observe(ds_store *store, const ds_predicate *where, post_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "post_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.post_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Post", where, post_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status post_load_tags(ds_store *store, const Post *value, PostTagsList *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = post_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "tags", &res, err)) != DS_OK)
        goto done;
    rc = post_tags_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *post_id_eq(const char *value) {
    return ds_pred_eq(POST_ID, ds_str(value));
}

ds_predicate *post_id_ne(const char *value) {
    return ds_pred_ne(POST_ID, ds_str(value));
}

ds_predicate *post_id_lt(const char *value) {
    return ds_pred_lt(POST_ID, ds_str(value));
}

ds_predicate *post_id_le(const char *value) {
    return ds_pred_le(POST_ID, ds_str(value));
}

ds_predicate *post_id_gt(const char *value) {
    return ds_pred_gt(POST_ID, ds_str(value));
}

ds_predicate *post_id_ge(const char *value) {
    return ds_pred_ge(POST_ID, ds_str(value));
}

ds_predicate *post_id_between(const char *low, const char *high) {
    return ds_pred_between(POST_ID, ds_str(low), ds_str(high));
}

ds_predicate *post_id_begins_with(const char *value) {
    return ds_pred_begins_with(POST_ID, value);
}

ds_predicate *post_id_contains(const char *value) {
    return ds_pred_contains(POST_ID, ds_str(value));
}

ds_predicate *post_id_not_contains(const char *value) {
    return ds_pred_not_contains(POST_ID, ds_str(value));
}

ds_predicate *post_title_eq(const char *value) {
    return ds_pred_eq(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_ne(const char *value) {
    return ds_pred_ne(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_lt(const char *value) {
    return ds_pred_lt(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_le(const char *value) {
    return ds_pred_le(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_gt(const char *value) {
    return ds_pred_gt(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_ge(const char *value) {
    return ds_pred_ge(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_between(const char *low, const char *high) {
    return ds_pred_between(POST_TITLE, ds_str(low), ds_str(high));
}

ds_predicate *post_title_begins_with(const char *value) {
    return ds_pred_begins_with(POST_TITLE, value);
}

ds_predicate *post_title_contains(const char *value) {
    return ds_pred_contains(POST_TITLE, ds_str(value));
}

ds_predicate *post_title_not_contains(const char *value) {
    return ds_pred_not_contains(POST_TITLE, ds_str(value));
}

ds_predicate *post_content_eq(const char *value) {
    return ds_pred_eq(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_ne(const char *value) {
    return ds_pred_ne(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_lt(const char *value) {
    return ds_pred_lt(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_le(const char *value) {
    return ds_pred_le(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_gt(const char *value) {
    return ds_pred_gt(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_ge(const char *value) {
    return ds_pred_ge(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_between(const char *low, const char *high) {
    return ds_pred_between(POST_CONTENT, ds_str(low), ds_str(high));
}

ds_predicate *post_content_begins_with(const char *value) {
    return ds_pred_begins_with(POST_CONTENT, value);
}

ds_predicate *post_content_contains(const char *value) {
    return ds_pred_contains(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_not_contains(const char *value) {
    return ds_pred_not_contains(POST_CONTENT, ds_str(value));
}

ds_predicate *post_content_is_null(void) {
    return ds_pred_eq(POST_CONTENT, ds_null());
}

ds_predicate *post_content_is_not_null(void) {
    return ds_pred_ne(POST_CONTENT, ds_null());
}

ds_predicate *post_created_at_eq(const char *value) {
    return ds_pred_eq(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_ne(const char *value) {
    return ds_pred_ne(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_lt(const char *value) {
    return ds_pred_lt(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_le(const char *value) {
    return ds_pred_le(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_gt(const char *value) {
    return ds_pred_gt(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_ge(const char *value) {
    return ds_pred_ge(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_between(const char *low, const char *high) {
    return ds_pred_between(POST_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *post_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(POST_CREATED_AT, value);
}

ds_predicate *post_created_at_contains(const char *value) {
    return ds_pred_contains(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(POST_CREATED_AT, ds_str(value));
}

ds_predicate *post_created_at_is_null(void) {
    return ds_pred_eq(POST_CREATED_AT, ds_null());
}

ds_predicate *post_created_at_is_not_null(void) {
    return ds_pred_ne(POST_CREATED_AT, ds_null());
}

ds_predicate *post_updated_at_eq(const char *value) {
    return ds_pred_eq(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_ne(const char *value) {
    return ds_pred_ne(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_lt(const char *value) {
    return ds_pred_lt(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_le(const char *value) {
    return ds_pred_le(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_gt(const char *value) {
    return ds_pred_gt(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_ge(const char *value) {
    return ds_pred_ge(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(POST_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *post_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(POST_UPDATED_AT, value);
}

ds_predicate *post_updated_at_contains(const char *value) {
    return ds_pred_contains(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(POST_UPDATED_AT, ds_str(value));
}

ds_predicate *post_updated_at_is_null(void) {
    return ds_pred_eq(POST_UPDATED_AT, ds_null());
}

ds_predicate *post_updated_at_is_not_null(void) {
    return ds_pred_ne(POST_UPDATED_AT, ds_null());
}

/* ---- model Tag ---- */

void tag_init(Tag *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void tag_free(Tag *value) {
    if (!value)
        return;
    free(value->id);
    free(value->label);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status tag_copy(Tag *out, const Tag *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->label = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->label, src->label, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        tag_free(out);
    return rc;
}

ds_status tag_to_record(ds_record **out, const ds_schema *schema, const Tag *value, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "Tag", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "label", ds_str(value->label), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status tag_from_record(Tag *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    tag_init(out);
    if ((rc = check_model(record, "Tag", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "Tag.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "label", &val, err)) != DS_OK ||
        (rc = take_string(&out->label, &val, "Tag.label", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "Tag.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "Tag.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        tag_free(out);
    return rc;
}

ds_status tag_save(ds_store *store, Tag *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    Tag saved;
    ds_status rc;
    if ((rc = tag_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = tag_from_record(&saved, r, err)) == DS_OK) {
        tag_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status tag_get(ds_store *store, const char *id, Tag *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    tag_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "Tag", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = tag_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status tag_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts, TagList *out,
    ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "Tag", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = tag_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void tag_list_free(TagList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        tag_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status tag_delete(ds_store *store, const Tag *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = tag_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status tag_observe(ds_store *store, const ds_predicate *where, tag_observe_fn fn, void *userdata,
    models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "tag_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.tag_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "Tag", where, tag_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status tag_load_posts(ds_store *store, const Tag *value, PostTagsList *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = tag_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "posts", &res, err)) != DS_OK)
        goto done;
    rc = post_tags_list_from_result(out, res, err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *tag_id_eq(const char *value) {
    return ds_pred_eq(TAG_ID, ds_str(value));
}

ds_predicate *tag_id_ne(const char *value) {
    return ds_pred_ne(TAG_ID, ds_str(value));
}

ds_predicate *tag_id_lt(const char *value) {
    return ds_pred_lt(TAG_ID, ds_str(value));
}

ds_predicate *tag_id_le(const char *value) {
    return ds_pred_le(TAG_ID, ds_str(value));
}

ds_predicate *tag_id_gt(const char *value) {
    return ds_pred_gt(TAG_ID, ds_str(value));
}

ds_predicate *tag_id_ge(const char *value) {
    return ds_pred_ge(TAG_ID, ds_str(value));
}

ds_predicate *tag_id_between(const char *low, const char *high) {
    return ds_pred_between(TAG_ID, ds_str(low), ds_str(high));
}

ds_predicate *tag_id_begins_with(const char *value) {
    return ds_pred_begins_with(TAG_ID, value);
}

ds_predicate *tag_id_contains(const char *value) {
    return ds_pred_contains(TAG_ID, ds_str(value));
}

ds_predicate *tag_id_not_contains(const char *value) {
    return ds_pred_not_contains(TAG_ID, ds_str(value));
}

ds_predicate *tag_label_eq(const char *value) {
    return ds_pred_eq(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_label_ne(const char *value) {
    return ds_pred_ne(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_label_lt(const char *value) {
    return ds_pred_lt(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_label_le(const char *value) {
    return ds_pred_le(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_label_gt(const char *value) {
    return ds_pred_gt(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_label_ge(const char *value) {
    return ds_pred_ge(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_label_between(const char *low, const char *high) {
    return ds_pred_between(TAG_LABEL, ds_str(low), ds_str(high));
}

ds_predicate *tag_label_begins_with(const char *value) {
    return ds_pred_begins_with(TAG_LABEL, value);
}

ds_predicate *tag_label_contains(const char *value) {
    return ds_pred_contains(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_label_not_contains(const char *value) {
    return ds_pred_not_contains(TAG_LABEL, ds_str(value));
}

ds_predicate *tag_created_at_eq(const char *value) {
    return ds_pred_eq(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_ne(const char *value) {
    return ds_pred_ne(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_lt(const char *value) {
    return ds_pred_lt(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_le(const char *value) {
    return ds_pred_le(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_gt(const char *value) {
    return ds_pred_gt(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_ge(const char *value) {
    return ds_pred_ge(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_between(const char *low, const char *high) {
    return ds_pred_between(TAG_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *tag_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(TAG_CREATED_AT, value);
}

ds_predicate *tag_created_at_contains(const char *value) {
    return ds_pred_contains(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(TAG_CREATED_AT, ds_str(value));
}

ds_predicate *tag_created_at_is_null(void) {
    return ds_pred_eq(TAG_CREATED_AT, ds_null());
}

ds_predicate *tag_created_at_is_not_null(void) {
    return ds_pred_ne(TAG_CREATED_AT, ds_null());
}

ds_predicate *tag_updated_at_eq(const char *value) {
    return ds_pred_eq(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_ne(const char *value) {
    return ds_pred_ne(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_lt(const char *value) {
    return ds_pred_lt(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_le(const char *value) {
    return ds_pred_le(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_gt(const char *value) {
    return ds_pred_gt(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_ge(const char *value) {
    return ds_pred_ge(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(TAG_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *tag_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(TAG_UPDATED_AT, value);
}

ds_predicate *tag_updated_at_contains(const char *value) {
    return ds_pred_contains(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(TAG_UPDATED_AT, ds_str(value));
}

ds_predicate *tag_updated_at_is_null(void) {
    return ds_pred_eq(TAG_UPDATED_AT, ds_null());
}

ds_predicate *tag_updated_at_is_not_null(void) {
    return ds_pred_ne(TAG_UPDATED_AT, ds_null());
}

/* ---- model PostTags ---- */

void post_tags_init(PostTags *value) {
    if (value)
        memset(value, 0, sizeof *value);
}

void post_tags_free(PostTags *value) {
    if (!value)
        return;
    free(value->id);
    free(value->post_id);
    free(value->tag_id);
    free(value->created_at);
    free(value->updated_at);
    memset(value, 0, sizeof *value);
}

ds_status post_tags_copy(PostTags *out, const PostTags *src, ds_error *err) {
    ds_status rc = DS_OK;
    *out = *src;
    out->id = NULL;
    out->post_id = NULL;
    out->tag_id = NULL;
    out->created_at = NULL;
    out->updated_at = NULL;
    if ((rc = copy_string(&out->id, src->id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->post_id, src->post_id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->tag_id, src->tag_id, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->created_at, src->created_at, err)) != DS_OK)
        goto done;
    if ((rc = copy_string(&out->updated_at, src->updated_at, err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        post_tags_free(out);
    return rc;
}

ds_status post_tags_to_record(ds_record **out, const ds_schema *schema, const PostTags *value,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    *out = NULL;
    if (!schema && !(schema = models_schema()))
        return nomem(err);
    if ((rc = ds_record_new(&r, schema, "PostTags", err)) != DS_OK)
        return rc;
    if (value->id && (rc = put(r, "id", ds_str(value->id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "postId", ds_str(value->post_id), err)) != DS_OK)
        goto done;
    if ((rc = put(r, "tagId", ds_str(value->tag_id), err)) != DS_OK)
        goto done;
    if (value->created_at && (rc = put(r, "createdAt", ds_str(value->created_at), err)) != DS_OK)
        goto done;
    if (value->updated_at && (rc = put(r, "updatedAt", ds_str(value->updated_at), err)) != DS_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    ds_record_free(r);
    return rc;
}

ds_status post_tags_from_record(PostTags *out, const ds_record *record, ds_error *err) {
    ds_value val;
    ds_status rc;
    post_tags_init(out);
    if ((rc = check_model(record, "PostTags", err)) != DS_OK)
        return rc;
    if ((rc = get(record, "id", &val, err)) != DS_OK ||
        (rc = take_string(&out->id, &val, "PostTags.id", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "postId", &val, err)) != DS_OK ||
        (rc = take_string(&out->post_id, &val, "PostTags.postId", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "tagId", &val, err)) != DS_OK ||
        (rc = take_string(&out->tag_id, &val, "PostTags.tagId", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "createdAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->created_at, &val, "PostTags.createdAt", err)) != DS_OK)
        goto done;
    if ((rc = get(record, "updatedAt", &val, err)) != DS_OK ||
        (rc = take_string(&out->updated_at, &val, "PostTags.updatedAt", err)) != DS_OK)
        goto done;
done:
    if (rc != DS_OK)
        post_tags_free(out);
    return rc;
}

ds_status post_tags_save(ds_store *store, PostTags *value, const ds_predicate *condition, ds_error *err) {
    ds_record *r = NULL;
    PostTags saved;
    ds_status rc;
    if ((rc = post_tags_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    if ((rc = ds_save(store, r, condition, err)) == DS_OK &&
        (rc = post_tags_from_record(&saved, r, err)) == DS_OK) {
        post_tags_free(value);
        *value = saved;
    }
    ds_record_free(r);
    return rc;
}

ds_status post_tags_get(ds_store *store, const char *id, PostTags *out, ds_error *err) {
    ds_record *key = NULL, *found = NULL;
    ds_status rc;
    post_tags_init(out);
    if ((rc = ds_record_new(&key, store ? ds_store_schema(store) : NULL, "PostTags", err)) != DS_OK)
        goto done;
    if ((rc = put(key, "id", ds_str(id), err)) != DS_OK)
        goto done;
    if ((rc = ds_get(store, key, &found, err)) != DS_OK)
        goto done;
    rc = post_tags_from_record(out, found, err);
done:
    ds_record_free(found);
    ds_record_free(key);
    return rc;
}

ds_status post_tags_query(ds_store *store, const ds_predicate *where, const ds_query_options *opts,
    PostTagsList *out, ds_error *err) {
    ds_result *res = NULL;
    ds_status rc;
    out->items = NULL;
    out->count = 0;
    if ((rc = ds_query(store, "PostTags", where, opts, &res, err)) != DS_OK)
        return rc;
    rc = post_tags_list_from_result(out, res, err);
    ds_result_free(res);
    return rc;
}

void post_tags_list_free(PostTagsList *list) {
    if (!list)
        return;
    for (size_t i = 0; list->items && i < list->count; i++)
        post_tags_free(&list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

ds_status post_tags_delete(ds_store *store, const PostTags *value, const ds_predicate *condition,
    ds_error *err) {
    ds_record *r = NULL;
    ds_status rc;
    if ((rc = post_tags_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK)
        return rc;
    rc = ds_delete(store, r, condition, err);
    ds_record_free(r);
    return rc;
}

ds_status post_tags_observe(ds_store *store, const ds_predicate *where, post_tags_observe_fn fn,
    void *userdata, models_subscription **out, ds_error *err) {
    models_subscription *sub;
    ds_status rc;
    *out = NULL;
    if (!fn)
        return fail(err, DS_ERR_INVALID, "post_tags_observe", "fn is NULL");
    if (!(sub = calloc(1, sizeof *sub)))
        return nomem(err);
    sub->fn.post_tags_observe = fn;
    sub->userdata = userdata;
    if ((rc = ds_observe(store, "PostTags", where, post_tags_observed, sub, &sub->sub, err)) != DS_OK) {
        free(sub);
        return rc;
    }
    *out = sub;
    return DS_OK;
}

ds_status post_tags_load_post(ds_store *store, const PostTags *value, Post *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    post_init(out);
    if ((rc = post_tags_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "post", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "PostTags.post", "no related Post stored");
    else
        rc = post_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_status post_tags_load_tag(ds_store *store, const PostTags *value, Tag *out, ds_error *err) {
    ds_record *r = NULL;
    ds_result *res = NULL;
    ds_status rc;
    tag_init(out);
    if ((rc = post_tags_to_record(&r, store ? ds_store_schema(store) : NULL, value, err)) != DS_OK ||
        (rc = ds_load_related(store, r, "tag", &res, err)) != DS_OK)
        goto done;
    if (ds_result_count(res) == 0)
        rc = fail(err, DS_ERR_NOTFOUND, "PostTags.tag", "no related Tag stored");
    else
        rc = tag_from_record(out, ds_result_at(res, 0), err);
done:
    ds_result_free(res);
    ds_record_free(r);
    return rc;
}

ds_predicate *post_tags_id_eq(const char *value) {
    return ds_pred_eq(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_id_ne(const char *value) {
    return ds_pred_ne(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_id_lt(const char *value) {
    return ds_pred_lt(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_id_le(const char *value) {
    return ds_pred_le(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_id_gt(const char *value) {
    return ds_pred_gt(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_id_ge(const char *value) {
    return ds_pred_ge(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_id_between(const char *low, const char *high) {
    return ds_pred_between(POST_TAGS_ID, ds_str(low), ds_str(high));
}

ds_predicate *post_tags_id_begins_with(const char *value) {
    return ds_pred_begins_with(POST_TAGS_ID, value);
}

ds_predicate *post_tags_id_contains(const char *value) {
    return ds_pred_contains(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_id_not_contains(const char *value) {
    return ds_pred_not_contains(POST_TAGS_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_eq(const char *value) {
    return ds_pred_eq(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_ne(const char *value) {
    return ds_pred_ne(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_lt(const char *value) {
    return ds_pred_lt(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_le(const char *value) {
    return ds_pred_le(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_gt(const char *value) {
    return ds_pred_gt(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_ge(const char *value) {
    return ds_pred_ge(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_between(const char *low, const char *high) {
    return ds_pred_between(POST_TAGS_POST_ID, ds_str(low), ds_str(high));
}

ds_predicate *post_tags_post_id_begins_with(const char *value) {
    return ds_pred_begins_with(POST_TAGS_POST_ID, value);
}

ds_predicate *post_tags_post_id_contains(const char *value) {
    return ds_pred_contains(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_not_contains(const char *value) {
    return ds_pred_not_contains(POST_TAGS_POST_ID, ds_str(value));
}

ds_predicate *post_tags_post_id_is_null(void) {
    return ds_pred_eq(POST_TAGS_POST_ID, ds_null());
}

ds_predicate *post_tags_post_id_is_not_null(void) {
    return ds_pred_ne(POST_TAGS_POST_ID, ds_null());
}

ds_predicate *post_tags_tag_id_eq(const char *value) {
    return ds_pred_eq(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_ne(const char *value) {
    return ds_pred_ne(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_lt(const char *value) {
    return ds_pred_lt(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_le(const char *value) {
    return ds_pred_le(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_gt(const char *value) {
    return ds_pred_gt(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_ge(const char *value) {
    return ds_pred_ge(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_between(const char *low, const char *high) {
    return ds_pred_between(POST_TAGS_TAG_ID, ds_str(low), ds_str(high));
}

ds_predicate *post_tags_tag_id_begins_with(const char *value) {
    return ds_pred_begins_with(POST_TAGS_TAG_ID, value);
}

ds_predicate *post_tags_tag_id_contains(const char *value) {
    return ds_pred_contains(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_not_contains(const char *value) {
    return ds_pred_not_contains(POST_TAGS_TAG_ID, ds_str(value));
}

ds_predicate *post_tags_tag_id_is_null(void) {
    return ds_pred_eq(POST_TAGS_TAG_ID, ds_null());
}

ds_predicate *post_tags_tag_id_is_not_null(void) {
    return ds_pred_ne(POST_TAGS_TAG_ID, ds_null());
}

ds_predicate *post_tags_created_at_eq(const char *value) {
    return ds_pred_eq(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_ne(const char *value) {
    return ds_pred_ne(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_lt(const char *value) {
    return ds_pred_lt(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_le(const char *value) {
    return ds_pred_le(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_gt(const char *value) {
    return ds_pred_gt(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_ge(const char *value) {
    return ds_pred_ge(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_between(const char *low, const char *high) {
    return ds_pred_between(POST_TAGS_CREATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *post_tags_created_at_begins_with(const char *value) {
    return ds_pred_begins_with(POST_TAGS_CREATED_AT, value);
}

ds_predicate *post_tags_created_at_contains(const char *value) {
    return ds_pred_contains(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_not_contains(const char *value) {
    return ds_pred_not_contains(POST_TAGS_CREATED_AT, ds_str(value));
}

ds_predicate *post_tags_created_at_is_null(void) {
    return ds_pred_eq(POST_TAGS_CREATED_AT, ds_null());
}

ds_predicate *post_tags_created_at_is_not_null(void) {
    return ds_pred_ne(POST_TAGS_CREATED_AT, ds_null());
}

ds_predicate *post_tags_updated_at_eq(const char *value) {
    return ds_pred_eq(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_ne(const char *value) {
    return ds_pred_ne(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_lt(const char *value) {
    return ds_pred_lt(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_le(const char *value) {
    return ds_pred_le(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_gt(const char *value) {
    return ds_pred_gt(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_ge(const char *value) {
    return ds_pred_ge(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_between(const char *low, const char *high) {
    return ds_pred_between(POST_TAGS_UPDATED_AT, ds_str(low), ds_str(high));
}

ds_predicate *post_tags_updated_at_begins_with(const char *value) {
    return ds_pred_begins_with(POST_TAGS_UPDATED_AT, value);
}

ds_predicate *post_tags_updated_at_contains(const char *value) {
    return ds_pred_contains(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_not_contains(const char *value) {
    return ds_pred_not_contains(POST_TAGS_UPDATED_AT, ds_str(value));
}

ds_predicate *post_tags_updated_at_is_null(void) {
    return ds_pred_eq(POST_TAGS_UPDATED_AT, ds_null());
}

ds_predicate *post_tags_updated_at_is_not_null(void) {
    return ds_pred_ne(POST_TAGS_UPDATED_AT, ds_null());
}
