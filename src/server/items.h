/* Items: one-item rules of the server (items.c). */
#ifndef DS_SERVER_ITEMS_H
#define DS_SERVER_ITEMS_H

#include <jansson.h>
#include <stdbool.h>

#include "datastore/predicate.h"
#include "datastore/schema.h"

/* The canonical identifier of the key fields in obj (an input or item).
 * Free *pk with free(). DS_ERR_INVALID naming a missing key field. */
ds_status ds__item_key(const ds_schema *schema, const ds_model *m, json_t *obj, char **pk, ds_error *err);
/* Whether the item matches p (NULL matches all), with the metadata. */
bool ds__item_matches(const ds_schema *schema, const ds_model *m, const ds_predicate *p, json_t *item);
/* Sets @default values of fields the item lacks or has as null. */
ds_status ds__item_apply_defaults(const ds_model *m, json_t *item, ds_error *err);
/* AppSync Automerge of an update's input into the stored item: scalars
 * the server has win, missing or null ones are taken, lists concatenate,
 * objects merge recursively. A new reference. */
json_t *ds__item_automerge(json_t *existing, json_t *input);

#endif
