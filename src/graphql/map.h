/*
 * ds__gql_map: a string-keyed hash table (open addressing, linear probing,
 * at most half full) for the GraphQL engine's lookups by name: types and
 * fields of a schema with hundreds of types, fragments and response keys of
 * a request. Keys are borrowed (they must outlive the map) and compared by
 * content. Each map hashes with its own seed, so keys chosen by a client
 * cannot be made to collide on purpose across runs.
 */
#ifndef DS_GRAPHQL_MAP_H
#define DS_GRAPHQL_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ds__gql_map_slot {
    const char *key; /* NULL: empty */
    size_t len;
    uint32_t hash;
    void *value;
} ds__gql_map_slot;

typedef struct ds__gql_map {
    ds__gql_map_slot *slots;
    size_t cap, count; /* cap is 0 or a power of two */
    uint32_t seed;
} ds__gql_map;

void ds__gql_map_init(ds__gql_map *m);
void ds__gql_map_free(ds__gql_map *m);
/* Adds key -> value unless the key is present, in which case the map is
 * unchanged and *existing (when not NULL) gets the value already there.
 * Returns false only when out of memory. */
bool ds__gql_map_put(ds__gql_map *m, const char *key, void *value, void **existing);
/* The value for key, NULL when absent. */
void *ds__gql_map_get(const ds__gql_map *m, const char *key);
void *ds__gql_map_getn(const ds__gql_map *m, const char *key, size_t len);

#endif
