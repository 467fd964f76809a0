/*
 * ds_value constructors. They allocate nothing: a string value borrows the
 * caller's text, so it lives only as long as that text.
 */
#include <string.h>

#include "datastore/record.h"

ds_value ds_null(void) {
    ds_value v;
    memset(&v, 0, sizeof v);
    v.type = DS_VALUE_NULL;
    return v;
}

ds_value ds_bool(bool b) {
    ds_value v = ds_null();
    v.type = DS_VALUE_BOOL;
    v.u.b = b;
    return v;
}

ds_value ds_int(int64_t i) {
    ds_value v = ds_null();
    v.type = DS_VALUE_INT;
    v.u.i = i;
    return v;
}

ds_value ds_float(double f) {
    ds_value v = ds_null();
    v.type = DS_VALUE_FLOAT;
    v.u.f = f;
    return v;
}

/* ds_str(NULL) is the null value, so an optional C string maps directly. */
ds_value ds_str(const char *s) {
    ds_value v = ds_null();
    if (!s)
        return v;
    v.type = DS_VALUE_STRING;
    v.u.s.ptr = s;
    v.u.s.len = strlen(s);
    return v;
}
