/*
 * Where libwebsockets 4.1.6 and the Amplify clients disagree, and the one
 * place we work around it.
 *
 * The problem. lws picks a WebSocket subprotocol in
 * lws_process_ws_upgrade() by copying the whole Sec-WebSocket-Protocol
 * header into a 128-byte stack buffer with lws_hdr_copy(); when the header
 * is longer, the copy fails and the upgrade is refused ("protocol list too
 * long"). The Amplify clients send `graphql-ws,header-<base64url of the auth
 * object>` there: about 150 bytes with an API key, well over a kilobyte with
 * a JWT. So an unmodified lws server cannot accept any real Amplify client
 * (the same buffer is in lws' current main branch).
 *
 * The fix. lws calls lws_hdr_copy through its PLT, so a definition in the
 * program comes first (ordinary ELF symbol interposition, as malloc
 * replacements work). Ours forwards every call to the library's own
 * function, found with dlsym(RTLD_NEXT), except in the one case that fails:
 * the subprotocol list does not fit the caller's buffer. Then it returns the
 * list without its `header-...` entries - auth carriers, never protocol
 * names - which is exactly what protocol selection needs. Everything else
 * (the server's own reads of the full header, through ds__ws_header) is
 * untouched. The realtime test proves both the long-header handshake and
 * that the right protocol is selected; if a future lws grows the buffer,
 * this becomes a no-op.
 */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <libwebsockets.h>

#include "server/realtime.h"

typedef int (*hdr_copy_fn)(struct lws *wsi, char *dst, int len, enum lws_token_indexes h);

static hdr_copy_fn real_hdr_copy(void) {
    static hdr_copy_fn fn;
    if (!fn) {
        /* POSIX allows the object-to-function pointer conversion dlsym needs. */
        void *sym = dlsym(RTLD_NEXT, "lws_hdr_copy");
        memcpy(&fn, &sym, sizeof fn);
    }
    return fn;
}

/* The list in src (comma separated) without `header-` entries, into dst. */
static int without_auth_entries(const char *src, char *dst, int len) {
    int n = 0;
    const char *p = src;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *start = p;
        while (*p && *p != ',')
            p++;
        const char *end = p;
        while (end > start && end[-1] == ' ')
            end--;
        size_t tl = (size_t)(end - start);
        if (tl == 0 || (tl >= 7 && !strncmp(start, "header-", 7)))
            continue;
        if (n + (int)tl + 2 > len)
            return -1;
        if (n)
            dst[n++] = ',';
        memcpy(dst + n, start, tl);
        n += (int)tl;
    }
    dst[n] = '\0';
    return n;
}

int lws_hdr_copy(struct lws *wsi, char *dst, int len, enum lws_token_indexes h);

int lws_hdr_copy(struct lws *wsi, char *dst, int len, enum lws_token_indexes h) {
    hdr_copy_fn real = real_hdr_copy();
    if (!real) {
        if (len > 0)
            dst[0] = '\0';
        return -1;
    }
    int total = lws_hdr_total_length(wsi, h);
    if (h != WSI_TOKEN_PROTOCOL || total < len || len <= 0)
        return real(wsi, dst, len, h);
    char *all = malloc((size_t)total + 1);
    if (!all)
        return -1;
    int n = real(wsi, all, total + 1, h);
    if (n >= 0)
        n = without_auth_entries(all, dst, len);
    free(all);
    return n;
}

char *ds__ws_header(struct lws *wsi, enum lws_token_indexes h, size_t max) {
    int total = lws_hdr_total_length(wsi, h);
    if (total <= 0 || (size_t)total > max)
        return NULL;
    char *buf = malloc((size_t)total + 1);
    if (buf && lws_hdr_copy(wsi, buf, total + 1, h) < 0) {
        free(buf);
        buf = NULL;
    }
    return buf;
}

char *ds__ws_custom_header(struct lws *wsi, const char *name, size_t max) {
    int nl = (int)strlen(name);
    int total = lws_hdr_custom_length(wsi, name, nl);
    if (total <= 0 || (size_t)total > max)
        return NULL;
    char *buf = malloc((size_t)total + 1);
    if (buf && lws_hdr_custom_copy(wsi, buf, total + 1, name, nl) < 0) {
        free(buf);
        buf = NULL;
    }
    return buf;
}
