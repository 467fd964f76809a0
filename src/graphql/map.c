/* String-keyed hash table; see map.h. */
#include "graphql/map.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint32_t fmix32(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

/* FNV-1a from a per-map starting value, then a finalizer so the low bits
 * (the slot index) depend on every byte. */
static uint32_t hash(uint32_t seed, const char *s, size_t len) {
    uint32_t h = 2166136261u ^ seed;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return fmix32(h ^ (uint32_t)len);
}

void ds__gql_map_init(ds__gql_map *m) {
    static atomic_uint counter;
    unsigned c = atomic_fetch_add_explicit(&counter, 0x9E3779B9u, memory_order_relaxed);
    uint64_t a = (uint64_t)(uintptr_t)m ^ (uint64_t)(uintptr_t)&counter;
    m->slots = NULL;
    m->cap = m->count = 0;
    /* Unpredictable enough to keep hostile names from colliding, without a
     * system call per map: the process start time, read once. */
    static atomic_uint start;
    unsigned t = atomic_load_explicit(&start, memory_order_relaxed);
    if (!t) {
        t = (uint32_t)time(NULL) ^ (uint32_t)clock() ^ 1u;
        atomic_store_explicit(&start, t, memory_order_relaxed);
    }
    m->seed = fmix32((uint32_t)a ^ (uint32_t)(a >> 32) ^ c ^ t);
}

void ds__gql_map_free(ds__gql_map *m) {
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

static ds__gql_map_slot *find(const ds__gql_map *m, const char *key, size_t len, uint32_t h) {
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        ds__gql_map_slot *s = &m->slots[i];
        if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
            return s;
    }
}

static bool grow(ds__gql_map *m) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    if (cap < m->cap || cap > SIZE_MAX / sizeof(ds__gql_map_slot))
        return false;
    ds__gql_map_slot *old = m->slots;
    size_t old_cap = m->cap;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots) {
        m->slots = old;
        return false;
    }
    m->cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].key)
            *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
    free(old);
    return true;
}

bool ds__gql_map_put(ds__gql_map *m, const char *key, void *value, void **existing) {
    if ((m->count + 1) * 2 > m->cap && !grow(m))
        return false;
    size_t len = strlen(key);
    uint32_t h = hash(m->seed, key, len);
    ds__gql_map_slot *s = find(m, key, len, h);
    if (s->key) {
        if (existing)
            *existing = s->value;
        return true;
    }
    if (existing)
        *existing = NULL;
    *s = (ds__gql_map_slot){key, len, h, value};
    m->count++;
    return true;
}

void *ds__gql_map_getn(const ds__gql_map *m, const char *key, size_t len) {
    if (!m->count)
        return NULL;
    ds__gql_map_slot *s = find(m, key, len, hash(m->seed, key, len));
    return s->key ? s->value : NULL;
}

void *ds__gql_map_get(const ds__gql_map *m, const char *key) { return ds__gql_map_getn(m, key, strlen(key)); }
