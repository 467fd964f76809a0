/*
 * ds__plural / ds__singular against the npm `pluralize` package itself.
 *
 * tests/util/plural_cases.tsv holds `word<TAB>plural<TAB>singular` lines made
 * by scripts/gen-plural-cases.js from the real package (the one the Amplify
 * model generator names pluralName with). Every line must agree; all
 * disagreements are printed before the test fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/testutil.h"
#include "util/plural.h"

#define CASES_PATH DS_SOURCE_DIR "/tests/util/plural_cases.tsv"

typedef struct pcase {
    const char *word;
    const char *plural;
    const char *singular;
} pcase;

typedef struct cases {
    char *text; /* the file, cut up in place */
    pcase *v;
    size_t n;
    char header[128];
} cases;

/* Splits the file into cases; comment lines ('#') are skipped, the first
 * one is kept as the header. A line without two tabs fails the test. */
static int load_cases(void **state) {
    static cases c;
    size_t len;
    c.text = tu_read_file(CASES_PATH, &len);
    if (!c.text) {
        print_error("cannot read %s\n", CASES_PATH);
        return -1;
    }
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += c.text[i] == '\n';
    c.v = calloc(lines, sizeof *c.v);
    if (!c.v)
        return -1;
    size_t lineno = 0;
    for (char *p = c.text; *p; lineno++) {
        char *nl = strchr(p, '\n');
        char *next = nl ? nl + 1 : p + strlen(p);
        if (nl)
            *nl = '\0';
        if (*p == '#') {
            if (!c.header[0])
                snprintf(c.header, sizeof c.header, "%s", p);
        } else if (*p) {
            char *t1 = strchr(p, '\t');
            char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
            if (!t2) {
                print_error("%s:%zu: want word<TAB>plural<TAB>singular\n", CASES_PATH, lineno + 1);
                return -1;
            }
            *t1 = *t2 = '\0';
            c.v[c.n++] = (pcase){p, t1 + 1, t2 + 1};
        }
        p = next;
    }
    *state = &c;
    return 0;
}

static int free_cases(void **state) {
    cases *c = *state;
    if (c) {
        free(c->v);
        free(c->text);
    }
    return 0;
}

static void cases_come_from_pluralize_8_with_enough_words(void **state) {
    cases *c = *state;
    assert_non_null(strstr(c->header, "pluralize 8.0.0"));
    assert_true(c->n >= 3000);
}

static size_t check_all(const cases *c, bool plural, bool verbose) {
    size_t bad = 0;
    for (size_t i = 0; i < c->n; i++) {
        const pcase *pc = &c->v[i];
        const char *want = plural ? pc->plural : pc->singular;
        char *got = plural ? ds__plural(pc->word) : ds__singular(pc->word);
        if (!got || strcmp(got, want) != 0) {
            if (verbose)
                print_message("%s(\"%s\"): want \"%s\", got \"%s\"\n", plural ? "plural" : "singular",
                              pc->word, want, got ? got : "(null)");
            bad++;
        }
        free(got);
    }
    return bad;
}

static void plural_agrees_with_pluralize_on_every_case(void **state) {
    cases *c = *state;
    size_t bad = check_all(c, true, true);
    if (bad)
        print_message("plural: %zu of %zu cases differ\n", bad, c->n);
    assert_int_equal(bad, 0);
}

static void singular_agrees_with_pluralize_on_every_case(void **state) {
    cases *c = *state;
    size_t bad = check_all(c, false, true);
    if (bad)
        print_message("singular: %zu of %zu cases differ\n", bad, c->n);
    assert_int_equal(bad, 0);
}

/* The names the schema layer meets most, spelled out so a broken tsv
 * cannot hide them. */
static void model_names_pluralize_by_their_last_word(void **state) {
    (void)state;
    static const char *const pairs[][2] = {
        {"StoreBranch", "StoreBranches"}, {"PostTags", "PostTags"}, {"Person", "People"},
        {"SalesPerson", "SalesPeople"},   {"Category", "Categories"}, {"Box", "Boxes"},
        {"Status", "Statuses"},           {"Data", "Data"},           {"Sheep", "Sheep"},
        {"Index", "Indices"},             {"Leaf", "Leaves"},         {"Ox", "Oxen"},
        {"BlackOx", "BlackOxes"},         {"Child", "Children"},      {"Mouse", "Mice"},
        {"FieldMouse", "FieldMouses"},    {"URL", "URLS"},            {"Item2", "Item2s"},
        {"order_item", "order_items"},    {"CHILD", "CHILDREN"},      {"oX", "oxen"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        char *got = ds__plural(pairs[i][0]);
        assert_non_null(got);
        assert_string_equal(got, pairs[i][1]);
        free(got);
    }
}

static void null_is_null_and_empty_is_empty(void **state) {
    (void)state;
    assert_null(ds__plural(NULL));
    assert_null(ds__singular(NULL));
    char *p = ds__plural("");
    char *s = ds__singular("");
    assert_string_equal(p, "");
    assert_string_equal(s, "");
    free(p);
    free(s);
}

/* Rules look only at a bounded tail, so a huge word costs no more per byte
 * than a short one and keeps its head. */
static void long_words_keep_their_head(void **state) {
    (void)state;
    size_t n = 1 << 20;
    char *w = malloc(n + 1);
    assert_non_null(w);
    memset(w, 'b', n);
    w[n - 1] = 'y';
    w[n] = '\0';
    char *p = ds__plural(w);
    assert_non_null(p);
    assert_int_equal(strlen(p), n + 2);
    assert_memory_equal(p, w, n - 1);
    assert_string_equal(p + n - 1, "ies");
    free(p);
    free(w);
}

static void *check_thread(void *arg) {
    size_t bad = check_all(arg, true, false) + check_all(arg, false, false);
    return (void *)(uintptr_t)bad;
}

static void callers_on_many_threads_agree(void **state) {
    cases *c = *state;
    pthread_t t[4];
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, check_thread, c), 0);
    for (size_t i = 0; i < 4; i++) {
        void *bad;
        assert_int_equal(pthread_join(t[i], &bad), 0);
        assert_int_equal((uintptr_t)bad, 0);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cases_come_from_pluralize_8_with_enough_words),
        cmocka_unit_test(plural_agrees_with_pluralize_on_every_case),
        cmocka_unit_test(singular_agrees_with_pluralize_on_every_case),
        cmocka_unit_test(model_names_pluralize_by_their_last_word),
        cmocka_unit_test(null_is_null_and_empty_is_empty),
        cmocka_unit_test(long_words_keep_their_head),
        cmocka_unit_test(callers_on_many_threads_agree),
    };
    return cmocka_run_group_tests(tests, load_cases, free_cases);
}
