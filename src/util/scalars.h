/*
 * Text validators for the GraphQL and AWS AppSync scalars, in two rule sets.
 *
 * DS__RULES_DEFAULT_VALUE is what the Amplify GraphQL transformer accepts as
 * an @default(value: "...") string: the TypeValidators of
 * @aws-amplify/graphql-default-value-transformer 3.1.18 (lib/validators.js),
 * which lean on JavaScript itself (parseInt, parseFloat, JSON.parse,
 * Date.parse, new URL, net.isIP) and on libphonenumber-js. The schema layer
 * must reject exactly the defaults the transformer rejects, so these are
 * re-implementations of that observable behaviour, checked case by case
 * against the real validators run under Node (tests/util/test_scalars.c).
 * They are exact except where scalars.c says otherwise: AWSURL (WHATWG URL
 * parsing without the Unicode IDNA tables), AWSPhone (libphonenumber-js
 * without its per-country number patterns) and AWSJSON (jansson's limits).
 *
 * DS__RULES_RECORD is what a record's value must satisfy before it is saved
 * and sent: the checks DataStore JS makes (isAWSDate and friends in
 * datastore/src/util.ts) and the formats AppSync documents for its scalars,
 * whichever is stricter. Numbers reach these checks as their text.
 *
 * The text is `len` bytes and need not be NUL-terminated; nothing past
 * text[len - 1] is read. text may be NULL only when len is 0. The functions
 * keep no state, never allocate (AWSJSON excepted: jansson builds and frees
 * the value it parses) and are safe to call from any thread.
 */
#ifndef DS_UTIL_SCALARS_H
#define DS_UTIL_SCALARS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum ds__scalar_rules {
    DS__RULES_DEFAULT_VALUE, /* the transformer's @default validators */
    DS__RULES_RECORD         /* DataStore's isAWS* checks and AppSync's formats */
} ds__scalar_rules;

/*
 * True when text is a valid value of the scalar named scalar_name (a
 * NUL-terminated GraphQL name: "ID", "String", "Int", "Float", "Boolean",
 * "AWSDate", "AWSTime", "AWSDateTime", "AWSTimestamp", "AWSEmail",
 * "AWSJSON", "AWSURL", "AWSPhone", "AWSIPAddress"). An unknown or NULL name
 * gives false. Enum values and other non-scalar types are not handled here.
 */
bool ds__scalar_text_valid(const char *scalar_name, const char *text, size_t len, ds__scalar_rules rules);

/* The individual checks behind ds__scalar_text_valid, for the record layer. */
bool ds__is_id_or_string(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_int(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_float(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_boolean(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_date(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_time(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_datetime(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_timestamp(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_email(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_json(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_url(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_phone(const char *s, size_t n, ds__scalar_rules r);
bool ds__is_aws_ip_address(const char *s, size_t n, ds__scalar_rules r);

#endif
