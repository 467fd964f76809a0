/*
 * English plurals and singulars that agree with the npm `pluralize` package,
 * version 8.0.0, which the Amplify model generator uses for pluralName; see
 * plural.h. Written from that package's observable behaviour; the tables
 * below are this file's own arrangement of it.
 *
 * How a word is inflected (the same three steps in both directions):
 *
 *   1. Irregular pairs. The whole word, lowercased, is looked up among the
 *      pairs below. If it already is the wanted form it is kept; if it is the
 *      other form it is swapped ("ox" <-> "oxen"). The result takes its case
 *      from the whole word.
 *   2. Uncountables. If the whole word, lowercased, is in the list of
 *      uncountable words ("equipment"), or is empty, it comes back
 *      unchanged. Uncountable endings ("sheep", "fish") are rules instead,
 *      the first ones tried, so they reach compounds ("Swordfish") too.
 *   3. Suffix rules, tried in table order; the first that matches the end of
 *      the word decides. The matched text is replaced by the rule's stem (the
 *      part of the match the rule keeps) followed by the rule's ending, and
 *      only that text has its case restored, from the matched text: so
 *      "StoreBranch" matches "ch" and becomes "StoreBranches", and
 *      "SalesPerson" matches "Person" and becomes "SalesPeople". If no rule
 *      matches, the word is unchanged (in the plural direction the last rule,
 *      "add s", always matches).
 *
 * Where a rule matches matters for case, because the matched text is the
 * case source. pluralize uses JavaScript regular expressions anchored at the
 * end, which match at the leftmost position from which the rule can reach
 * the end; at one position they try alternatives in the order written. This
 * file does the same: positions from left to right, then stems, then tails,
 * in table order.
 *
 * Case restoring, from a source text S to a new text T (pluralize's rule):
 * if T is S exactly, T as is; else if S has no capital letter, T in lower
 * case; else if S has no small letter, T in capitals; else if S's first
 * character is not a small letter, T with its first letter capital and the
 * rest small; else T in lower case. When the "add s" rule matches nothing at
 * the end, S is the word's last character: "URL" -> "URLS", "Item2" ->
 * "Item2s".
 *
 * Patterns are a small fixed-width language made for these tables, not
 * regular expressions. Every alternative matches a fixed number of bytes,
 * so a match is a straight comparison and needs no compiled state, no
 * locks and no allocation. Atoms, all written in lower case:
 *
 *   a-z      that letter, in either case
 *   [abc]    one of those letters, in either case; [^abc] any other byte
 *   ~        a byte of 0x80 or above (part of a non-ASCII character)
 *   \W       a byte that is not [A-Za-z0-9_]
 *   ^        zero width: the start of the word
 *   \b       zero width: a word boundary, \w on one side only
 *   other    that byte exactly
 *
 * A rule has '|'-separated STEMS and TAILS (either may be the empty
 * alternative). It matches where a stem followed by a tail ends exactly at
 * the end of the word; the stem's text is kept and ENDING is put after it.
 * ENDING = KEEP means the word is right as it is; it stops the search.
 *
 * Non-ASCII input. pluralize sees UTF-16 units and case-maps non-ASCII
 * letters; this file sees bytes and gives them no case. The words that
 * pluralize changes and this file changes are the same, and the bytes
 * produced are the same, except when a rule's matched text holds a
 * non-ASCII letter whose case would tip the decision above (e.g. "éY":
 * pluralize says lower case, "éies"; here the é is caseless and the Y makes
 * "éIES"), and except for the few non-ASCII characters that JavaScript
 * lowercases to ASCII (U+212A KELVIN SIGN -> "k") in whole-word look-ups.
 * Model names are ASCII identifiers, where neither can happen.
 */
#include "util/plural.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- whole-word tables ---------------------------------------------------- */

typedef struct irregular {
    const char *one;
    const char *many;
} irregular;

/* Where two singulars share a plural, singular() gives the one in the first
 * row ("they" -> "she", "themselves" -> "themself"), as pluralize does. */
static const irregular irregulars[] = {
    /* pronouns and verbs */
    {"i", "we"},
    {"me", "us"},
    {"she", "they"},
    {"he", "they"},
    {"them", "them"},
    {"myself", "ourselves"},
    {"yourself", "yourselves"},
    {"themself", "themselves"},
    {"itself", "themselves"},
    {"herself", "themselves"},
    {"himself", "themselves"},
    {"is", "are"},
    {"was", "were"},
    {"has", "have"},
    {"this", "these"},
    {"that", "those"},
    /* consonant + o taking -oes */
    {"dingo", "dingoes"},
    {"echo", "echoes"},
    {"tornado", "tornadoes"},
    {"torpedo", "torpedoes"},
    {"volcano", "volcanoes"},
    /* Latin and Greek */
    {"genus", "genera"},
    {"viscus", "viscera"},
    {"anathema", "anathemata"},
    {"dogma", "dogmata"},
    {"lemma", "lemmata"},
    {"schema", "schemata"},
    {"stigma", "stigmata"},
    {"stoma", "stomata"},
    /* the rest */
    {"axe", "axes"},
    {"carve", "carves"},
    {"die", "dice"},
    {"eave", "eaves"},
    {"foot", "feet"},
    {"goose", "geese"},
    {"groove", "grooves"},
    {"human", "humans"},
    {"looey", "looies"},
    {"ox", "oxen"},
    {"passerby", "passersby"},
    {"pickaxe", "pickaxes"},
    {"proof", "proofs"},
    {"quiz", "quizzes"},
    {"thief", "thieves"},
    {"tooth", "teeth"},
    {"valve", "valves"},
    {"yes", "yeses"},
};

/* Whole words with no separate plural (more such endings are rules). */
static const char *const uncountables[] = {
    "adulthood", "advice", "agenda", "aid", "aircraft", "alcohol", "ammo",
    "analytics", "anime", "athletics", "audio",
    "bison", "blood", "bream", "buffalo", "butter",
    "carp", "cash", "chassis", "chess", "clothing", "cod", "commerce",
    "cooperation", "corps",
    "debris", "diabetes", "digestion",
    "elk", "energy", "equipment", "excretion", "expertise",
    "firmware", "flounder", "fun",
    "gallows", "garbage", "graffiti",
    "hardware", "headquarters", "health", "herpes", "highjinks", "homework",
    "housework",
    "information",
    "jeans", "justice",
    "kudos",
    "labour", "literature",
    "machinery", "mackerel", "mail", "manga", "media", "mews", "moose", "mud",
    "music",
    "news",
    "only",
    "personnel", "pike", "plankton", "pliers", "police", "pollution",
    "premises",
    "rain", "research", "rice",
    "salmon", "scissors", "series", "sewage", "shambles", "shrimp", "software",
    "species", "staff", "swine",
    "tennis", "traffic", "transportation", "trout", "tuna",
    "wealth", "welfare", "whiting", "wildebeest", "wildlife",
    "you",
};

/* ---- suffix rules ---------------------------------------------------------- */

#define KEEP NULL

typedef struct rule {
    const char *stems;
    const char *tails;
    const char *ending; /* put after the stem; KEEP: leave the word alone */
} rule;

/* Endings that make a word uncountable; first in both directions. */
#define UNCOUNTABLE_ENDINGS                       \
    {"sheep", "", KEEP},                          \
    {"pox", "", KEEP},                            \
    {"o[iu]s", "", KEEP},                         \
    {"measles", "", KEEP},                        \
    {"fish", "", KEEP},                           \
    {"deer", "", KEEP},                           \
    {"[^aeiou]ese", "", KEEP},                    \
    /* pok[eé]mon; é and É in UTF-8 */            \
    {"poke|pok\xc3\xa9|pok\xc3\x89", "mon", KEEP}

#define LATIN_US_I "alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat"
#define LATIN_UM_A "agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor"
#define GREEK_ON_A "apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat"

static const rule plural_rules[] = {
    UNCOUNTABLE_ENDINGS,
    {"^", "thou", "you"},
    {"", "m[ae]n", "men"},                        /* woman, Superman */
    {"eaux", "", KEEP},                           /* plateaux */
    {"child", "ren|", "ren"},
    {"pe", "rson|ople", "ople"},                  /* person -> people */
    {"\\btitm|\\bm|\\bl", "ice|ouse", "ice"},     /* mouse, louse: whole word only */
    {"matr|cod|mur|sil|vert|ind|append", "ix|ex", "ices"},
    {"x|ch|ss|sh|zz", "", "es"},
    {"[^ch][ieo][ln]", "ey", "ies"},              /* money -> monies */
    {"[^aeiouy]|qu", "y", "ies"},
    {"kni|wi|li", "fe", "ves"},                   /* knife, wife, life */
    {"ar|l|ea|eo|oa|hoo", "f", "ves"},            /* scarf, wolf, leaf, hoof */
    {"", "sis", "ses"},
    {GREEK_ON_A, "a|on", "a"},
    {LATIN_UM_A "|automat", "a|um", "a"},
    {"her|at|gr", "o", "oes"},                    /* hero, potato */
    {"seraph|cherub", "im|", "im"},
    {"alumn|alg|vertebr", "a|ae", "ae"},
    {LATIN_US_I, "us|i", "i"},
    {"[^l]ias|[aeiou]las|[ejzr]as|[iu]am", "", KEEP},
    {"e[mn]u", "s|", "s"},                        /* emu, menu */
    {"alias|[^aou]us|t[lm]as|gas|ris", "", "es"}, /* status, atlas */
    {"ax|test", "is", "es"},                      /* axis, testis */
    /* pluralize also keeps [^aeiou]ese here; the same ending is uncountable
     * above, so that rule can never be reached. */
    {"~", "", KEEP},                              /* ends in non-ASCII */
    {"", "s|", "s"},                              /* the default */
};

static const rule singular_rules[] = {
    UNCOUNTABLE_ENDINGS,
    {"", "men", "man"},
    {"eau", "x|", ""},
    {"child", "ren", ""},
    {"pe", "rson|ople", "rson"},
    {"matr|append", "ices", "ix"},
    {"cod|mur|sil|vert|ind", "ices", "ex"},
    {"alumn|alg|vertebr", "ae", "a"},
    {GREEK_ON_A, "a", "on"},
    {LATIN_UM_A, "a", "um"},
    {LATIN_US_I, "us|i", "us"},
    {"test", "is|es", "is"},
    {"movie|twelve|abuse|e[mn]u", "s", ""},
    {"analy|diagno|parenthe|progno|synop|the|empha|cri|ne", "sis|ses", "sis"},
    {"x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|hero|ato|gro|[aeiou]ris", "es|", ""},
    {"seraph|cherub", "im", ""},
    {"\\btitm|\\bm|\\bl", "ice", "ouse"},
    {"\\bmon|\\bsmil", "ies", "ey"},
    {"\\b[pl]|\\bzomb|\\bneckt|\\bcrosst|\\bt|\\bcoll|\\bfaer|\\bfood|\\bgen|\\bgoon|\\bgroup"
     "|\\blass|\\btalk|\\bgoal|\\bcut",
     "ies", "ie"},
    {"", "ies", "y"},
    {"ar|wol|[ae]l|[eo][ao]", "ves", "f"},
    {"wi|kni|afterli|halfli|highli|lowli|midli|nonli|nightli|\\Wli|^li", "ves", "fe"},
    {"ss", "", KEEP},
    {"", "s", ""},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- bytes ------------------------------------------------------------------ */

static bool is_word(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static bool is_small(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_capital(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static char to_small(unsigned char c) { return (char)(is_capital(c) ? c + ('a' - 'A') : c); }
static char to_capital(unsigned char c) { return (char)(is_small(c) ? c - ('a' - 'A') : c); }

/* The whole word equals key (lower case) ignoring ASCII case. */
static bool word_is(const char *w, size_t n, const char *key) {
    for (size_t i = 0; i < n; i++, key++)
        if (*key == '\0' || to_small((unsigned char)w[i]) != *key)
            return false;
    return *key == '\0';
}

/* Gives t (k bytes) its case from s (m bytes), in place; see the top. */
static void restore_case(const char *s, size_t m, char *t, size_t k) {
    if (m == k && memcmp(s, t, k) == 0)
        return;
    bool capitals = false, smalls = false;
    for (size_t i = 0; i < m; i++) {
        capitals |= is_capital((unsigned char)s[i]);
        smalls |= is_small((unsigned char)s[i]);
    }
    size_t first_small = 0; /* t[0, first_small) goes to capitals */
    if (!capitals)
        first_small = 0;
    else if (!smalls)
        first_small = k;
    else if (!is_small((unsigned char)s[0]))
        first_small = k ? 1 : 0;
    for (size_t i = 0; i < k; i++)
        t[i] = i < first_small ? to_capital((unsigned char)t[i]) : to_small((unsigned char)t[i]);
}

/* ---- patterns --------------------------------------------------------------- */

/* The end of the alternative that starts at p. */
static const char *alt_end(const char *p) {
    while (*p && *p != '|')
        p++;
    return p;
}

/* Bytes an alternative [p, end) consumes. */
static size_t alt_width(const char *p, const char *end) {
    size_t n = 0;
    while (p < end) {
        if (*p == '^') {
            p++;
        } else if (*p == '\\') {
            n += p[1] == 'W';
            p += 2;
        } else if (*p == '[') {
            while (*p != ']')
                p++;
            p++;
            n++;
        } else {
            p++;
            n++;
        }
    }
    return n;
}

/* The widest alternative in a '|' list. */
static size_t list_width(const char *list) {
    size_t best = 0;
    for (const char *p = list;; p++) {
        const char *e = alt_end(p);
        size_t w = alt_width(p, e);
        if (w > best)
            best = w;
        if (*e == '\0')
            return best;
        p = e;
    }
}

/* Matches the alternative [p, end) at w[i]; sets *out to where it stops. */
static bool alt_at(const char *w, size_t n, size_t i, const char *p, const char *end, size_t *out) {
    while (p < end) {
        if (*p == '^') {
            if (i != 0)
                return false;
            p++;
            continue;
        }
        if (p[0] == '\\' && p[1] == 'b') {
            bool before = i > 0 && is_word((unsigned char)w[i - 1]);
            bool after = i < n && is_word((unsigned char)w[i]);
            if (before == after)
                return false;
            p += 2;
            continue;
        }
        if (i >= n)
            return false;
        unsigned char c = (unsigned char)w[i++];
        bool ok;
        if (p[0] == '\\') { /* \W */
            ok = !is_word(c);
            p += 2;
        } else if (*p == '~') {
            ok = c >= 0x80;
            p++;
        } else if (*p == '[') {
            bool negated = *++p == '^';
            bool in = false;
            if (negated)
                p++;
            for (; *p != ']'; p++)
                in |= to_small(c) == *p;
            p++;
            ok = in != negated;
        } else {
            ok = to_small(c) == *p++;
        }
        if (!ok)
            return false;
    }
    *out = i;
    return true;
}

/* The leftmost match of r at the end of w: where it starts, and where the
 * kept stem stops. */
static bool rule_match(const rule *r, const char *w, size_t n, size_t *start, size_t *stem_end) {
    size_t span = list_width(r->stems) + list_width(r->tails);
    for (size_t i = n > span ? n - span : 0; i <= n; i++) {
        for (const char *s = r->stems;; s++) {
            const char *se = alt_end(s);
            size_t m;
            if (alt_at(w, n, i, s, se, &m)) {
                for (const char *t = r->tails;; t++) {
                    const char *te = alt_end(t);
                    size_t e;
                    if (alt_at(w, n, m, t, te, &e) && e == n) {
                        *start = i;
                        *stem_end = m;
                        return true;
                    }
                    if (*te == '\0')
                        break;
                    t = te;
                }
            }
            if (*se == '\0')
                break;
            s = se;
        }
    }
    return false;
}

/* ---- inflecting ------------------------------------------------------------- */

static char *copy(const char *w, size_t n) {
    char *out = malloc(n + 1);
    if (out) {
        memcpy(out, w, n);
        out[n] = '\0';
    }
    return out;
}

/* key (lower case) in place of the whole word, cased like it. */
static char *whole(const char *w, size_t n, const char *key) {
    size_t k = strlen(key);
    char *out = copy(key, k);
    if (out)
        restore_case(w, n, out, k);
    return out;
}

static bool is_uncountable(const char *w, size_t n) {
    for (size_t i = 0; i < COUNT(uncountables); i++)
        if (word_is(w, n, uncountables[i]))
            return true;
    return false;
}

static char *inflect(const char *w, bool to_plural, const rule *rules, size_t nrules) {
    if (!w)
        return NULL;
    size_t n = strlen(w);

    for (size_t i = 0; i < COUNT(irregulars); i++) {
        const char *want = to_plural ? irregulars[i].many : irregulars[i].one;
        if (word_is(w, n, want))
            return whole(w, n, want);
    }
    for (size_t i = 0; i < COUNT(irregulars); i++) {
        const irregular *ir = &irregulars[i];
        if (word_is(w, n, to_plural ? ir->one : ir->many))
            return whole(w, n, to_plural ? ir->many : ir->one);
    }
    if (n == 0 || is_uncountable(w, n))
        return copy(w, n);

    for (size_t r = 0; r < nrules; r++) {
        size_t start, stem_end;
        if (!rule_match(&rules[r], w, n, &start, &stem_end))
            continue;
        if (rules[r].ending == KEEP)
            break;
        size_t elen = strlen(rules[r].ending);
        if (n > SIZE_MAX - elen - 1)
            return NULL;
        char *out = malloc(stem_end + elen + 1);
        if (!out)
            return NULL;
        memcpy(out, w, stem_end);
        memcpy(out + stem_end, rules[r].ending, elen);
        out[stem_end + elen] = '\0';
        if (start == n) /* matched nothing: case from the last character */
            restore_case(w + n - 1, 1, out + start, elen);
        else
            restore_case(w + start, n - start, out + start, stem_end - start + elen);
        return out;
    }
    return copy(w, n);
}

char *ds__plural(const char *word) {
    return inflect(word, true, plural_rules, COUNT(plural_rules));
}

char *ds__singular(const char *word) {
    return inflect(word, false, singular_rules, COUNT(singular_rules));
}
