/* ds__path: see path.h. */
#include "util/path.h"

#include <stdarg.h>
#include <stdio.h>

void ds__path_init(ds__path *p) {
    p->len = 0;
    p->text[0] = '\0';
}

size_t ds__path_push(ds__path *p, const char *fmt, ...) {
    size_t mark = p->len;
    if (p->len < sizeof p->text - 1) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(p->text + p->len, sizeof p->text - p->len, fmt, ap);
        va_end(ap);
        if (n > 0)
            p->len = p->len + (size_t)n < sizeof p->text ? p->len + (size_t)n : sizeof p->text - 1;
    }
    return mark;
}

void ds__path_pop(ds__path *p, size_t mark) {
    p->len = mark;
    p->text[mark] = '\0';
}
