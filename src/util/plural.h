/*
 * English plurals for model names, exactly as the Amplify model generator
 * makes them.
 *
 * The generator names each model's pluralName with the npm `pluralize`
 * package (version 8.0.0), `plural(modelName)`. The schema layer must arrive
 * at the same name for any model, so this is a re-implementation of that
 * package's observable behaviour, checked against it word for word by
 * tests/util/test_plural.c (cases made by scripts/gen-plural-cases.js).
 *
 * Both functions take a NUL-terminated string and return a new string that
 * the caller frees with free() (ds_free() is the same thing), or NULL when
 * out of memory or when word is NULL. They keep no state between calls and
 * are safe to call from any thread.
 *
 * The word is treated as a whole, the way pluralize does: rules look at its
 * end, so a CamelCase name changes only in its last word ("StoreBranch" ->
 * "StoreBranches", "SalesPerson" -> "SalesPeople"), while the tables of
 * irregular and uncountable words apply only to the whole word ("Ox" ->
 * "Oxen" but "BlackOx" -> "BlackOxes"). Case is carried over from the part
 * that changes: "BOX" -> "BOXES", "Child" -> "Children".
 *
 * Bytes of 0x80 and above (UTF-8) are passed through and have no case here,
 * where JavaScript would case-map non-ASCII letters; plural.c says where that
 * can show. For ASCII input the result is pluralize's, byte for byte.
 */
#ifndef DS_UTIL_PLURAL_H
#define DS_UTIL_PLURAL_H

/* pluralize.plural(word). */
char *ds__plural(const char *word);

/* pluralize.singular(word). */
char *ds__singular(const char *word);

#endif
