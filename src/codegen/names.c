/*
 * C names for GraphQL names, and the rule that keeps them apart.
 *
 * The rule (also in every generated header and in docs/codegen.md):
 *
 *  1. Case. Types keep their GraphQL name (Post, PostStatus); functions
 *     and members are lower_snake_case (post_save, blog_id); constants and
 *     enum values UPPER_SNAKE_CASE (POST_RATING, POST_STATUS_ACTIVE). A word
 *     starts at an upper-case letter that follows a lower-case letter or a
 *     digit, or that begins a capitalised word after an acronym
 *     ("anIPAddress" -> an_ip_address). Leading underscores are dropped and
 *     runs of them folded into one, in types too (C++ reserves "__").
 *  2. Reserved words. A name C11, C23 or C++ reserves (int, default,
 *     class, bool, ...), a standard macro or typedef the generated code
 *     can meet (errno, NULL, int32_t, stdin, unix, ...), or one in the
 *     library's namespaces (ds_, DS_, pthread_) gets a trailing "_".
 *  3. Clashes. Names are claimed in a fixed order (codegen.c: file-level
 *     names; the schema's types; derived types; enum values and
 *     functions; per type, in schema order, its members, constants,
 *     functions, loaders and predicate builders; the source's static
 *     helpers); a name already taken gets "_2", then "_3", ... ("2", "3",
 *     ... after a trailing "_"). So the schema's own names win over derived
 *     ones, and earlier ones over later ones. Members are unique within
 *     their struct and never equal a type's name (C++ would read the member
 *     as the type); get()'s key parameters never shadow a name the
 *     function's body uses.
 *
 * A registry is an open-addressing hash set of arena strings; it only
 * grows, and lookups stay cheap for schemas of thousands of names.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"

/* ---- case -------------------------------------------------------------------- */

static char *convert(ds__arena *a, const char *name, bool upper) {
    size_t n = strlen(name);
    /* At most one separator per input character. */
    char *out = ds__arena_alloc(a, 2 * n + 2);
    if (!out)
        return NULL;
    size_t o = 0;
    const char *s = name;
    while (*s == '_')
        s++;
    for (size_t i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '_') {
            if (o && out[o - 1] != '_')
                out[o++] = '_';
            continue;
        }
        if (isupper(c) && i > 0 && o && out[o - 1] != '_') {
            unsigned char prev = (unsigned char)s[i - 1];
            unsigned char next = (unsigned char)s[i + 1];
            if (islower(prev) || isdigit(prev) || (isupper(prev) && islower(next)))
                out[o++] = '_';
        }
        out[o++] = (char)(upper ? toupper(c) : tolower(c));
    }
    while (o && out[o - 1] == '_' && o > 1 && out[o - 2] == '_')
        o--;
    if (o == 0)
        out[o++] = upper ? 'X' : 'x'; /* "_" alone */
    out[o] = '\0';
    return out;
}

char *ds__cg_snake(ds__arena *a, const char *name) { return convert(a, name, false); }

char *ds__cg_type_name(ds__arena *a, const char *name) {
    while (*name == '_')
        name++;
    char *out = ds__arena_alloc(a, strlen(name) + 2);
    if (!out)
        return NULL;
    size_t o = 0;
    for (; *name; name++)
        if (*name != '_' || (o && out[o - 1] != '_'))
            out[o++] = *name;
    if (o == 0)
        out[o++] = 'X'; /* "_" alone */
    out[o] = '\0';
    return out;
}

char *ds__cg_upper(ds__arena *a, const char *name) { return convert(a, name, true); }

/* ---- reserved words ------------------------------------------------------------ */

/* Keywords of C11, C23 and C++; standard macros and typedefs of the headers
 * generated code includes; the libc functions it calls. */
static const char *const reserved[] = {
    /* C11 */
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
    "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Alignas",
    "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert",
    "_Thread_local", "_Pragma", "defined",
    /* C23 */
    "alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert", "thread_local", "true",
    "typeof", "typeof_unqual", "_BitInt", "_Decimal32", "_Decimal64", "_Decimal128",
    /* C++ */
    "and", "and_eq", "asm", "bitand", "bitor", "catch", "char8_t", "char16_t", "char32_t", "class", "co_await",
    "co_return", "co_yield", "compl", "concept", "const_cast", "consteval", "constinit", "decltype", "delete",
    "dynamic_cast", "explicit", "export", "final", "friend", "import", "module", "mutable", "namespace", "new",
    "noexcept", "not", "not_eq", "operator", "or", "or_eq", "override", "private", "protected", "public",
    "reinterpret_cast", "requires", "static_cast", "template", "this", "throw", "try", "typeid", "typename",
    "using", "virtual", "wchar_t", "xor", "xor_eq",
    /* macros and typedefs of standard headers, and those compilers predefine */
    "NULL", "EOF", "BUFSIZ", "FILE", "CHAR_BIT", "EXIT_FAILURE", "EXIT_SUCCESS", "MB_CUR_MAX", "RAND_MAX",
    "SIZE_MAX", "PTRDIFF_MIN", "PTRDIFF_MAX", "WCHAR_MIN", "WCHAR_MAX", "INT_MIN", "INT_MAX", "INT8_MIN",
    "INT8_MAX", "INT16_MIN", "INT16_MAX", "INT32_MIN", "INT32_MAX", "INT64_MIN", "INT64_MAX", "UINT8_MAX",
    "UINT16_MAX", "UINT32_MAX", "UINT64_MAX", "INTMAX_MIN", "INTMAX_MAX", "UINTMAX_MAX", "INTPTR_MIN", "INTPTR_MAX",
    "UINTPTR_MAX", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
    "intmax_t", "uintmax_t", "intptr_t", "uintptr_t", "size_t", "ptrdiff_t", "va_list", "offsetof", "assert",
    "errno", "complex", "imaginary", "noreturn", "stdin", "stdout", "stderr", "unix", "linux", "i386", "main",
    /* libc functions the generated code calls */
    "calloc", "free", "malloc", "memcpy", "memset", "snprintf", "strcmp", "strlen",
};

bool ds__cg_is_reserved(const char *name) {
    static const char *const prefixes[] = {"ds_", "DS_", "pthread_", "PTHREAD_", "__"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    /* C reserves _ followed by a capital everywhere. */
    if (name[0] == '_' && isupper((unsigned char)name[1]))
        return true;
    for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
        if (strcmp(reserved[i], name) == 0)
            return true;
    return false;
}

bool ds__codegen_is_identifier(const char *s) {
    if (!s || !(isalpha((unsigned char)*s) || *s == '_'))
        return false;
    for (const char *p = s; *p; p++)
        if (!(isalnum((unsigned char)*p) || *p == '_'))
            return false;
    return strlen(s) <= 64 && !ds__cg_is_reserved(s) && s[0] != '_';
}

/* ---- registries ----------------------------------------------------------------- */

struct ds__cg_names {
    ds__arena *arena;
    const char **slots;
    size_t cap, count;
};

static uint64_t hash(const char *s) {
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

ds__cg_names *ds__cg_names_new(ds__arena *a) {
    ds__cg_names *n = ds__arena_alloc(a, sizeof *n);
    if (!n)
        return NULL;
    n->arena = a;
    n->cap = 64;
    if (!(n->slots = ds__arena_alloc(a, n->cap * sizeof *n->slots)))
        return NULL;
    return n;
}

static bool contains(const ds__cg_names *n, const char *name) {
    for (size_t i = hash(name) & (n->cap - 1);; i = (i + 1) & (n->cap - 1)) {
        if (!n->slots[i])
            return false;
        if (strcmp(n->slots[i], name) == 0)
            return true;
    }
}

static bool insert(ds__cg_names *n, const char *name) {
    if ((n->count + 1) * 2 > n->cap) {
        size_t cap = n->cap * 2;
        const char **slots = ds__arena_alloc(n->arena, cap * sizeof *slots);
        if (!slots)
            return false;
        for (size_t i = 0; i < n->cap; i++) {
            if (!n->slots[i])
                continue;
            size_t j = hash(n->slots[i]) & (cap - 1);
            while (slots[j])
                j = (j + 1) & (cap - 1);
            slots[j] = n->slots[i];
        }
        n->slots = slots; /* the old table stays in the arena until it is freed */
        n->cap = cap;
    }
    size_t i = hash(name) & (n->cap - 1);
    while (n->slots[i])
        i = (i + 1) & (n->cap - 1);
    n->slots[i] = name;
    n->count++;
    return true;
}

bool ds__cg_take(ds__cg_names *n, const char *name) {
    if (contains(n, name))
        return true;
    const char *copy = ds__arena_strdup(n->arena, name);
    return copy && insert(n, copy);
}

const char *ds__cg_claim_avoiding(ds__cg_names *n, const ds__cg_names *avoid, const char *base) {
    if (!base)
        return NULL;
    size_t len = strlen(base);
    char *name = ds__arena_alloc(n->arena, len + 24);
    if (!name)
        return NULL;
    memcpy(name, base, len + 1);
    if (ds__cg_is_reserved(name)) {
        name[len++] = '_';
        name[len] = '\0';
    }
    /* "class_" goes to "class_2", not "class__2": C++ reserves a double
     * underscore anywhere in a name. */
    const char *sep = len && name[len - 1] == '_' ? "" : "_";
    for (unsigned k = 2; contains(n, name) || (avoid && contains(avoid, name)); k++)
        snprintf(name + len, 24, "%s%u", sep, k);
    return insert(n, name) ? name : NULL;
}

const char *ds__cg_claim(ds__cg_names *n, const char *base) { return ds__cg_claim_avoiding(n, NULL, base); }
