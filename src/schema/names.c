/*
 * The string rules Amplify's tools apply to names. They decide the names of
 * implicit foreign keys and join models, so they must match exactly,
 * including their odd corners (a digit after a word boundary gains a "_").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "schema/internal.h"
#include "util/buf.h"

static bool is_lower_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_alnum(char c) { return isalnum((unsigned char)c) != 0; }

/* change-case 4 (no-case): split "camelCase" and "CAMELCase" at their
 * boundaries, treat every run of other characters as one separator, then
 * transform each word. Boundaries are found in two passes, each scanning
 * left to right without overlap, as the regular expressions do. */
typedef enum case_style { CASE_CAMEL, CASE_CONSTANT } case_style;

static char *no_case(const char *s, case_style style) {
    size_t n = strlen(s);
    char *a = malloc(2 * n + 1), *b = malloc(3 * n + 1);
    if (!a || !b) {
        free(a);
        free(b);
        return NULL;
    }
    size_t j = 0;
    for (size_t i = 0; i < n;) {
        if (i + 1 < n && is_lower_digit(s[i]) && is_upper(s[i + 1])) {
            a[j++] = s[i];
            a[j++] = ' ';
            a[j++] = s[i + 1];
            i += 2;
        } else {
            a[j++] = s[i++];
        }
    }
    size_t an = j;
    j = 0;
    for (size_t i = 0; i < an;) {
        if (i + 2 < an && is_upper(a[i]) && is_upper(a[i + 1]) && is_lower(a[i + 2])) {
            b[j++] = a[i];
            b[j++] = ' ';
            b[j++] = a[i + 1];
            b[j++] = a[i + 2];
            i += 3;
        } else {
            b[j++] = a[i++];
        }
    }
    size_t bn = j;
    ds__buf out;
    ds__buf_init(&out, 0);
    size_t word = 0;
    for (size_t i = 0; i < bn;) {
        while (i < bn && !is_alnum(b[i]))
            i++;
        if (i >= bn)
            break;
        size_t start = i;
        while (i < bn && is_alnum(b[i]))
            i++;
        if (style == CASE_CONSTANT && word > 0)
            ds__buf_putc(&out, '_');
        for (size_t k = start; k < i; k++) {
            char c = b[k];
            if (style == CASE_CONSTANT) {
                c = (char)toupper((unsigned char)c);
            } else if (word == 0) {
                c = (char)tolower((unsigned char)c);
            } else if (k == start) {
                if (c >= '0' && c <= '9')
                    ds__buf_putc(&out, '_');
                else
                    c = (char)toupper((unsigned char)c);
            } else {
                c = (char)tolower((unsigned char)c);
            }
            ds__buf_putc(&out, c);
        }
        word++;
    }
    free(a);
    free(b);
    return ds__buf_take(&out, NULL);
}

char *ds__camel_case(const char *s) { return no_case(s, CASE_CAMEL); }

char *ds__constant_case(const char *s) { return no_case(s, CASE_CONSTANT); }

/* toCamelCase(["Project", "team", "id"]) = "projectTeamId": first word's
 * first letter lowered, the others' first letters raised, nothing else
 * touched. */
char *ds__camel_join(const char *const *words, size_t n) {
    ds__buf out;
    ds__buf_init(&out, 0);
    for (size_t i = 0; i < n; i++) {
        const char *w = words[i];
        if (!*w)
            continue;
        ds__buf_putc(&out, (char)(i == 0 ? tolower((unsigned char)w[0]) : toupper((unsigned char)w[0])));
        ds__buf_puts(&out, w + 1);
    }
    return ds__buf_take(&out, NULL);
}

/* graphqlName(toUpper(s)): first letter raised, then leading characters
 * that cannot start a name and every non-name character dropped. */
char *ds__graphql_name_upper(const char *s) {
    ds__buf out;
    ds__buf_init(&out, 0);
    bool any = false;
    for (const char *p = s; *p; p++)
        if (!isspace((unsigned char)*p))
            any = true;
    if (any) {
        bool started = false;
        for (const char *p = s; *p; p++) {
            char c = p == s ? (char)toupper((unsigned char)*p) : *p;
            bool name_start = c == '_' || isalpha((unsigned char)c);
            if (!started && !name_start)
                continue;
            started = true;
            if (c == '_' || isalnum((unsigned char)c))
                ds__buf_putc(&out, c);
        }
    }
    return ds__buf_take(&out, NULL);
}
