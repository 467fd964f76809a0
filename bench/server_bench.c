/*
 * server_bench: `datastore serve` under load on loopback.
 *
 * Starts the real server (a Post model, a fresh SQLite database, a free
 * port) and drives it with a minimal HTTP/1.1 client of its own - one
 * keep-alive connection per thread, raw sockets, no library between the
 * bytes and the clock, so the figures are the server's and not a client's.
 * Every request is what a DataStore client sends: one document text with
 * variables, the model's full selection set.
 *
 *   mutations_per_s_1   createPost, one writer, one request at a time
 *   mutations_per_s_8   createPost, 8 writers (threads, 8 connections)
 *   sync_records_per_s  a base sync of RECORDS items in pages of 1,000
 *                       (syncPosts(limit: 1000, nextToken)), followed
 *                       until nextToken is null
 *   fanout_p50_ms,      1,000 WebSocket subscribers (one connection and one
 *   fanout_p99_ms       onCreatePost subscription each, AppSync's realtime
 *                       protocol as amplify-js speaks it); a writer makes
 *                       500 createPost over HTTP, one every 10 ms, each
 *                       carrying its send time in its title; every
 *                       subscriber's receipt minus that time, over all
 *                       500 x 1,000 deliveries. Send time is before the
 *                       commit, so the commit counts against the figure.
 *   rss_per_idle_connection_kib  the server's VmRSS with those 1,000
 *                       subscribers connected and idle, minus its VmRSS
 *                       with none, over 1,000
 *
 * Fan-out runs first, on a server that has seen nothing but a warm-up, so
 * that memory freed by the other figures cannot hide what connections cost.
 *
 * The RECORDS items are inserted first with batched mutation documents
 * (many aliased createPost per request, 8 connections); that time is
 * printed too. No baseline peer exists for a server, so the figures are
 * printed as `NAME VALUE` with the targets as comments (issue 5:
 * >= 5,000 mutations/s with 8 writers, >= 100,000 records/s synced, on a
 * 2-core machine).
 *
 * Usage: server_bench [records]       (default 100000)
 * Environment: DS_BENCH_SECONDS (per mutation figure, default 3);
 * DS_BENCH_PORT and DS_BENCH_KEY to drive a server started by hand
 * (e.g. under perf or callgrind) instead of starting one, with
 * DS_BENCH_PID for its RSS; DS_BENCH_ONLY = fanout, m1, m8 or sync to
 * measure one figure (to profile it alone); DS_BENCH_SUBSCRIBERS,
 * DS_BENCH_FANOUT_MUTATIONS and DS_BENCH_FANOUT_INTERVAL_MS change the
 * fan-out's 1,000, 500 and 10.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char SCHEMA[] = "type Post @model {\n"
                             "  id: ID!\n"
                             "  title: String!\n"
                             "  rating: Int\n"
                             "  content: String\n"
                             "}\n";

static const char SELECTION[] = "id title rating content createdAt updatedAt _version _deleted _lastChangedAt";

#define WRITERS 8
#define PAGE 1000
#define BATCH 100 /* createPost per request while loading */

static int g_port;
static const char *g_key = "da2-benchkey";

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what, const char *msg) {
    fprintf(stderr, "server_bench: %s: %s\n", what, msg);
    exit(1);
}

/* ---- a minimal HTTP/1.1 keep-alive client ---------------------------------- */

typedef struct conn {
    int fd;
    char *buf; /* the response being read */
    size_t len, cap;
    char *req; /* the request being built */
    size_t req_cap;
} conn;

static void conn_open(conn *c) {
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)g_port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (c->fd < 0 || connect(c->fd, (struct sockaddr *)&a, sizeof a) != 0)
        die("connect", strerror(errno));
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

static void conn_close(conn *c) {
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
}

static void conn_free(conn *c) {
    conn_close(c);
    free(c->buf);
    free(c->req);
    memset(c, 0, sizeof *c);
    c->fd = -1;
}

static void reserve(char **p, size_t *cap, size_t need) {
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 4096;
    while (n < need)
        n *= 2;
    char *q = realloc(*p, n);
    if (!q)
        die("memory", "out of memory");
    *p = q;
    *cap = n;
}

/* Finds a header's value in the head (case-insensitive name); NULL if none. */
static const char *header(const char *head, size_t head_len, const char *name) {
    size_t n = strlen(name);
    for (const char *p = head; p + n + 1 < head + head_len; p++) {
        if ((p == head || p[-1] == '\n') && !strncasecmp(p, name, n) && p[n] == ':') {
            p += n + 1;
            while (*p == ' ')
                p++;
            return p;
        }
    }
    return NULL;
}

/*
 * POSTs a JSON body to /graphql and reads the whole response. Returns the
 * HTTP status; *body points into the connection's buffer (NUL-terminated)
 * until the next request.
 */
static int post(conn *c, const char *json, size_t json_len, const char **body, size_t *body_len) {
    if (c->fd < 0)
        conn_open(c);
    reserve(&c->req, &c->req_cap, json_len + 512);
    int hn = snprintf(c->req, c->req_cap,
                      "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json\r\n"
                      "x-api-key: %s\r\nContent-Length: %zu\r\n\r\n",
                      g_port, g_key, json_len);
    memcpy(c->req + hn, json, json_len);
    size_t total = (size_t)hn + json_len, sent = 0;
    while (sent < total) {
        ssize_t w = send(c->fd, c->req + sent, total - sent, MSG_NOSIGNAL);
        if (w <= 0)
            die("send", strerror(errno));
        sent += (size_t)w;
    }
    c->len = 0;
    size_t head_len = 0, want = 0;
    for (;;) {
        reserve(&c->buf, &c->cap, c->len + 65536 + 1);
        ssize_t r = recv(c->fd, c->buf + c->len, c->cap - c->len - 1, 0);
        if (r <= 0)
            die("recv", r == 0 ? "the server closed the connection" : strerror(errno));
        c->len += (size_t)r;
        c->buf[c->len] = '\0';
        if (!head_len) {
            char *end = strstr(c->buf, "\r\n\r\n");
            if (!end)
                continue;
            head_len = (size_t)(end - c->buf) + 4;
            const char *cl = header(c->buf, head_len, "content-length");
            if (!cl)
                die("response", "no content-length (chunked responses are not expected)");
            want = head_len + strtoul(cl, NULL, 10);
            reserve(&c->buf, &c->cap, want + 1);
        }
        if (c->len >= want)
            break;
    }
    int status = 0;
    if (sscanf(c->buf, "HTTP/1.%*d %d", &status) != 1)
        die("response", "not HTTP");
    const char *conn_h = header(c->buf, head_len, "connection");
    bool closing = conn_h && !strncasecmp(conn_h, "close", 5);
    c->buf[want] = '\0';
    *body = c->buf + head_len;
    *body_len = want - head_len;
    if (closing)
        conn_close(c);
    return status;
}

/* A request that must succeed: HTTP 200 and no "errors" in the answer. */
static const char *must(conn *c, const char *json, size_t len, size_t *body_len) {
    const char *body;
    int st = post(c, json, len, &body, body_len);
    if (st != 200 || strstr(body, "\"errors\"")) {
        fprintf(stderr, "server_bench: request failed (HTTP %d): %.300s\n  answer: %.500s\n", st, json, body);
        exit(1);
    }
    return body;
}

/* ---- the server -------------------------------------------------------------- */

static pid_t g_server;
static char g_dir[64] = "";

static int free_port(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = -1;
    if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof a) == 0 && getsockname(fd, (struct sockaddr *)&a, &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        close(fd);
    return port;
}

static bool can_connect(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)g_port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof a) == 0;
    if (fd >= 0)
        close(fd);
    return ok;
}

static void start_server(void) {
    snprintf(g_dir, sizeof g_dir, "/tmp/ds_bench_XXXXXX");
    if (!mkdtemp(g_dir))
        die("mkdtemp", strerror(errno));
    char schema[128], db[128], listen_at[64], log[128];
    snprintf(schema, sizeof schema, "%s/schema.graphql", g_dir);
    snprintf(db, sizeof db, "sqlite:%s/server.db", g_dir);
    snprintf(log, sizeof log, "%s/server.log", g_dir);
    FILE *f = fopen(schema, "w");
    if (!f)
        die(schema, strerror(errno));
    fputs(SCHEMA, f);
    fclose(f);
    g_port = free_port();
    snprintf(listen_at, sizeof listen_at, "127.0.0.1:%d", g_port);
    pid_t pid = fork();
    if (pid < 0)
        die("fork", strerror(errno));
    if (pid == 0) {
        FILE *lf = fopen(log, "w");
        if (lf)
            dup2(fileno(lf), 2);
        execl(DS_CLI_PATH, DS_CLI_PATH, "serve", "--schema", schema, "--db", db, "--listen", listen_at, "--api-key",
              g_key, (char *)NULL);
        _exit(127);
    }
    g_server = pid;
    for (int i = 0; i < 400 && !can_connect(); i++) {
        int st;
        if (waitpid(pid, &st, WNOHANG) == pid)
            die("datastore serve", "exited at start; see its log");
        struct timespec ts = {0, 25000000};
        nanosleep(&ts, NULL);
    }
    printf("# datastore serve (pid %d) on 127.0.0.1:%d, database %s/server.db\n", (int)pid, g_port, g_dir);
}

static void stop_server(void) {
    if (g_server > 0) {
        kill(g_server, SIGTERM);
        int st = 0;
        waitpid(g_server, &st, 0);
        if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
            fprintf(stderr, "server_bench: datastore serve did not stop cleanly (status %d); its log's end:\n", st);
            char cmd[160];
            snprintf(cmd, sizeof cmd, "tail -n 40 '%s/server.log' >&2", g_dir);
            if (system(cmd) != 0)
                fprintf(stderr, "(no log)\n");
        }
    }
    if (g_dir[0]) {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_dir);
        if (system(cmd) != 0)
            fprintf(stderr, "server_bench: could not remove %s\n", g_dir);
    }
}

/* ---- the figures ---------------------------------------------------------------- */

static double g_seconds = 3.0;

typedef struct writer {
    pthread_t thread;
    int index;
    long done;
    double until;
} writer;

static size_t create_body(char *out, size_t cap, int writer_index, long n) {
    return (size_t)snprintf(out, cap,
                            "{\"query\":\"mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) "
                            "{ %s } }\",\"variables\":{\"input\":{\"title\":\"Post %d-%ld\",\"rating\":%ld,"
                            "\"content\":\"Some text of a post, long enough to look like one.\"}},"
                            "\"operationName\":\"CreatePost\"}",
                            SELECTION, writer_index, n, n % 100);
}

static void *write_loop(void *arg) {
    writer *w = arg;
    conn c = {.fd = -1};
    char body[1024];
    while (now_s() < w->until) {
        for (int k = 0; k < 16; k++) { /* check the clock every 16 requests */
            size_t n = create_body(body, sizeof body, w->index, w->done);
            size_t len;
            must(&c, body, n, &len);
            w->done++;
        }
    }
    conn_free(&c);
    return NULL;
}

static double mutations_per_s(int writers) {
    writer ws[WRITERS];
    /* Warm up the connections and the server's caches. */
    conn c = {.fd = -1};
    char body[1024];
    for (int i = 0; i < 50; i++) {
        size_t len, n = create_body(body, sizeof body, 99, i);
        must(&c, body, n, &len);
    }
    conn_free(&c);
    double t0 = now_s();
    for (int i = 0; i < writers; i++) {
        ws[i] = (writer){0, i, 0, t0 + g_seconds};
        pthread_create(&ws[i].thread, NULL, write_loop, &ws[i]);
    }
    long total = 0;
    for (int i = 0; i < writers; i++) {
        pthread_join(ws[i].thread, NULL);
        total += ws[i].done;
    }
    return (double)total / (now_s() - t0);
}

typedef struct loader {
    pthread_t thread;
    long from, to; /* records [from, to) */
} loader;

static void *load_loop(void *arg) {
    loader *l = arg;
    conn c = {.fd = -1};
    size_t cap = BATCH * 400 + 256;
    char *body = malloc(cap);
    for (long i = l->from; i < l->to; i += BATCH) {
        size_t n = (size_t)snprintf(body, cap, "{\"query\":\"mutation Load {");
        for (long k = i; k < i + BATCH && k < l->to; k++)
            n += (size_t)snprintf(body + n, cap - n,
                                  " m%ld: createPost(input: {title: \\\"Post %ld\\\", rating: %ld, content: "
                                  "\\\"Some text of a post, long enough to look like one.\\\"}) { id }",
                                  k - i, k, k % 100);
        n += (size_t)snprintf(body + n, cap - n, " }\"}");
        size_t len;
        must(&c, body, n, &len);
    }
    free(body);
    conn_free(&c);
    return NULL;
}

static double load(long records) {
    loader ls[WRITERS];
    double t0 = now_s();
    long per = (records + WRITERS - 1) / WRITERS;
    for (int i = 0; i < WRITERS; i++) {
        ls[i].from = i * per;
        ls[i].to = (i + 1) * per < records ? (i + 1) * per : records;
        pthread_create(&ls[i].thread, NULL, load_loop, &ls[i]);
    }
    for (int i = 0; i < WRITERS; i++)
        pthread_join(ls[i].thread, NULL);
    return now_s() - t0;
}

/* Follows a base sync to its end; returns the records seen. */
static long sync_all(conn *c, long *pages) {
    char *token = NULL;
    long seen = 0;
    *pages = 0;
    char req[4096];
    do {
        size_t n = (size_t)snprintf(req, sizeof req,
                                    "{\"query\":\"query SyncPosts($limit: Int, $nextToken: String, $lastSync: "
                                    "AWSTimestamp) { syncPosts(limit: $limit, nextToken: $nextToken, lastSync: "
                                    "$lastSync) { items { %s } nextToken startedAt } }\",\"variables\":{\"limit\":%d,"
                                    "\"nextToken\":%s%s%s,\"lastSync\":null},\"operationName\":\"SyncPosts\"}",
                                    SELECTION, PAGE, token ? "\"" : "", token ? token : "null", token ? "\"" : "");
        free(token);
        token = NULL;
        size_t len;
        const char *body = must(c, req, n, &len);
        /* Count items by their _version; read nextToken without a parser. */
        for (const char *p = body; (p = strstr(p, "\"_version\":")); p += 11)
            seen++;
        const char *t = strstr(body, "\"nextToken\":\"");
        if (t) {
            t += 13;
            const char *e = strchr(t, '"');
            if (!e || (size_t)(e - t) >= sizeof req - 1024)
                die("sync", "a nextToken too long to follow");
            token = strndup(t, (size_t)(e - t));
        }
        (*pages)++;
    } while (token);
    return seen;
}

/* ---- fan-out: WebSocket subscribers ------------------------------------------------ */

/*
 * A minimal client for AppSync's realtime protocol: one blocking handshake
 * per connection (RFC 6455 upgrade with the graphql-ws subprotocol and the
 * amplify-js `header-<base64url JSON>` auth carrier, connection_init ->
 * connection_ack, start -> start_ack), then the socket goes non-blocking
 * into one epoll set read by one thread. Client frames are masked, as RFC
 * 6455 requires; the server's are not, and are parsed in place.
 */

#define FANOUT_SUBSCRIBERS 1000
#define FANOUT_MUTATIONS 500 /* p99 over deliveries is the worst 1% of events: make it several */
#define FANOUT_INTERVAL_MS 10

typedef struct wsc {
    int fd;
    unsigned char *buf; /* received, not yet parsed */
    size_t len, cap;
    long events; /* data messages received: the writer's 0, 1, 2... */
} wsc;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static size_t base64(const unsigned char *in, size_t n, char *out, bool url) {
    const char *abc = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                          : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < n ? (uint32_t)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = abc[v >> 18 & 63];
        out[o++] = abc[v >> 12 & 63];
        if (i + 1 < n)
            out[o++] = abc[v >> 6 & 63];
        else if (!url)
            out[o++] = '=';
        if (i + 2 < n)
            out[o++] = abc[v & 63];
        else if (!url)
            out[o++] = '=';
    }
    out[o] = '\0';
    return o;
}

static void send_all(int fd, const void *p, size_t n) {
    const char *b = p;
    while (n) {
        ssize_t w = send(fd, b, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            die("websocket send", strerror(errno));
        b += w;
        n -= (size_t)w;
    }
}

/* One masked text frame. */
static void ws_send_text(wsc *c, const char *text, size_t n) {
    unsigned char head[14];
    size_t h = 0;
    head[h++] = 0x81; /* FIN, text */
    if (n < 126) {
        head[h++] = (unsigned char)(0x80 | n);
    } else if (n < 65536) {
        head[h++] = 0x80 | 126;
        head[h++] = (unsigned char)(n >> 8);
        head[h++] = (unsigned char)n;
    } else {
        die("websocket send", "a message over 64 KiB");
    }
    unsigned char mask[4];
    for (int i = 0; i < 4; i++)
        mask[i] = (unsigned char)rand();
    memcpy(head + h, mask, 4);
    h += 4;
    unsigned char *frame = malloc(h + n);
    if (!frame)
        die("memory", "out of memory");
    memcpy(frame, head, h);
    for (size_t i = 0; i < n; i++)
        frame[h + i] = (unsigned char)text[i] ^ mask[i & 3];
    send_all(c->fd, frame, h + n);
    free(frame);
}

/*
 * The next whole frame at the start of c->buf: its opcode, payload and the
 * bytes it takes; false when more must be read first. Server frames are
 * unmasked; the messages here are never fragmented (lws sends each in one).
 */
static bool ws_frame(const wsc *c, size_t off, int *opcode, const unsigned char **payload, size_t *n, size_t *used) {
    const unsigned char *p = c->buf + off;
    size_t avail = c->len - off;
    if (avail < 2)
        return false;
    size_t h = 2;
    uint64_t len = p[1] & 0x7f;
    if (p[1] & 0x80)
        die("websocket", "a masked frame from the server");
    if (len == 126) {
        if (avail < 4)
            return false;
        len = (uint64_t)p[2] << 8 | p[3];
        h = 4;
    } else if (len == 127) {
        if (avail < 10)
            return false;
        len = 0;
        for (int i = 0; i < 8; i++)
            len = len << 8 | p[2 + i];
        h = 10;
    }
    if (avail < h + len)
        return false;
    *opcode = p[0] & 0x0f;
    *payload = p + h;
    *n = (size_t)len;
    *used = h + (size_t)len;
    return true;
}

/* Reads what the socket has (blocking or not); false on EAGAIN. */
static bool ws_fill(wsc *c) {
    if (c->cap - c->len < 4096) /* a partial frame waits at the front */
        reserve((char **)&c->buf, &c->cap, c->len + 65536);
    ssize_t r = recv(c->fd, c->buf + c->len, c->cap - c->len, 0);
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return false;
    if (r <= 0)
        die("websocket recv", r == 0 ? "the server closed a subscriber's connection" : strerror(errno));
    c->len += (size_t)r;
    return true;
}

static void ws_consume(wsc *c, size_t n) {
    memmove(c->buf, c->buf + n, c->len - n);
    c->len -= n;
}

/* Blocks until a text message of the given type arrives, skipping "ka";
 * anything else is a failure. */
static void ws_expect(wsc *c, const char *type) {
    char want[64];
    snprintf(want, sizeof want, "\"type\":\"%s\"", type);
    for (;;) {
        int op;
        const unsigned char *p;
        size_t n, used;
        while (ws_frame(c, 0, &op, &p, &n, &used)) {
            if (op != 1)
                die("websocket", "an unexpected frame (not text) during the handshake");
            bool hit = memmem(p, n, want, strlen(want)) != NULL;
            bool ka = memmem(p, n, "\"type\":\"ka\"", 11) != NULL;
            if (!hit && !ka) {
                fprintf(stderr, "server_bench: waiting for %s, got: %.*s\n", type, (int)n, (const char *)p);
                exit(1);
            }
            ws_consume(c, used);
            if (hit)
                return;
        }
        if (!ws_fill(c))
            die("websocket", "no answer from the server for 10 s during a subscriber's handshake");
    }
}

/* Connects, upgrades, acks and subscribes to onCreatePost (id: the index). */
static void ws_open(wsc *c, int index) {
    conn h = {.fd = -1};
    conn_open(&h);
    c->fd = h.fd;
    struct timeval tv = {10, 0}; /* a server that stops accepting fails the bench, not hangs it */
    setsockopt(c->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    unsigned char nonce[16];
    for (int i = 0; i < 16; i++)
        nonce[i] = (unsigned char)rand();
    char key[32], auth[256], auth64[400];
    base64(nonce, sizeof nonce, key, false);
    int an = snprintf(auth, sizeof auth, "{\"host\":\"127.0.0.1:%d\",\"x-api-key\":\"%s\"}", g_port, g_key);
    base64((const unsigned char *)auth, (size_t)an, auth64, true);
    char req[1024];
    int rn = snprintf(req, sizeof req,
                      "GET /graphql/realtime HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n"
                      "Sec-WebSocket-Protocol: graphql-ws,header-%s\r\n\r\n",
                      g_port, key, auth64);
    send_all(c->fd, req, (size_t)rn);
    char *end = NULL;
    while (!end) {
        if (!ws_fill(c))
            die("websocket", "no answer to an upgrade for 10 s (is the server out of file descriptors?)");
        end = memmem(c->buf, c->len, "\r\n\r\n", 4);
    }
    if (c->len < 12 || memcmp(c->buf, "HTTP/1.1 101", 12) != 0) {
        fprintf(stderr, "server_bench: the WebSocket upgrade failed: %.*s\n", (int)c->len, (const char *)c->buf);
        exit(1);
    }
    ws_consume(c, (size_t)(end + 4 - (char *)c->buf));
    static const char init[] = "{\"type\":\"connection_init\"}";
    ws_send_text(c, init, sizeof init - 1);
    ws_expect(c, "connection_ack");
    /* What amplify-js sends: the document as a JSON string in payload.data,
     * the auth object again in extensions, a UUID for an id. */
    char start[2048];
    int sn = snprintf(start, sizeof start,
                      "{\"id\":\"%08x-0000-4000-8000-%012x\",\"type\":\"start\",\"payload\":{\"data\":\"{\\\"query\\\":"
                      "\\\"subscription OnCreatePost { onCreatePost { %s } }\\\",\\\"variables\\\":{}}\","
                      "\"extensions\":{\"authorization\":%s}}}",
                      (unsigned)index, (unsigned)index, SELECTION, auth);
    ws_send_text(c, start, (size_t)sn);
    ws_expect(c, "start_ack");
}

static long rss_kib(pid_t pid) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, "VmRSS:", 6))
            kib = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kib;
}

typedef struct receiver {
    pthread_t thread;
    int epfd;
    wsc *subs;
    double *lat_ms; /* one per delivery */
    long expected;
    atomic_long got;
    atomic_bool stop;
} receiver;

/*
 * Reads every subscriber's socket. A delivery's receipt time is taken
 * right after the read that brought its bytes in: an upper bound, since
 * when many sockets are ready at once this one thread's turn at a socket
 * comes after the others'. (The time epoll_wait returned would not be a
 * bound at all: a socket reported for an earlier message may hold a later
 * one by the time it is read.) Each subscriber must see every event, in
 * commit order.
 */
static void *receive_loop(void *arg) {
    receiver *r = arg;
    struct epoll_event evs[256];
    while (!atomic_load(&r->stop)) {
        int ne = epoll_wait(r->epfd, evs, 256, 50);
        for (int i = 0; i < ne; i++) {
            wsc *c = evs[i].data.ptr;
            if (!ws_fill(c))
                continue;
            int64_t t = now_ns(); /* level-triggered: what one read missed comes next round */
            int op;
            const unsigned char *p;
            size_t n, used, off = 0;
            while (ws_frame(c, off, &op, &p, &n, &used)) {
                off += used;
                const unsigned char *title = op == 1 ? memmem(p, n, "\"title\":\"fanout ", 16) : NULL;
                if (!title)
                    continue; /* ka */
                long seq = 0;
                long long sent = 0;
                if (sscanf((const char *)title + 16, "%ld %lld", &seq, &sent) != 2)
                    die("fan-out", "an event without the writer's timestamp");
                if (seq != c->events)
                    die("fan-out", "a subscriber missed an event or got one out of order");
                long k = atomic_load(&r->got);
                if (k < r->expected)
                    r->lat_ms[k] = (double)(t - sent) / 1e6;
                atomic_store(&r->got, k + 1);
                c->events++;
            }
            ws_consume(c, off);
        }
    }
    return NULL;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The q-quantile (nearest rank) of v[0..n), which it sorts. */
static double quantile(double *v, size_t n, double q) {
    qsort(v, n, sizeof *v, cmp_double);
    size_t k = (size_t)(q * (double)n + 0.999999);
    return v[k ? k - 1 : 0];
}

/* A positive number from the environment, or dflt. */
static int env_int(const char *name, int dflt) {
    const char *v = getenv(name);
    char *end = NULL;
    long n = v ? strtol(v, &end, 10) : 0;
    return v && !*end && n > 0 && n < 1000000 ? (int)n : dflt;
}

static void fanout(pid_t server) {
    int subs = env_int("DS_BENCH_SUBSCRIBERS", FANOUT_SUBSCRIBERS);
    int mutations = env_int("DS_BENCH_FANOUT_MUTATIONS", FANOUT_MUTATIONS);
    int interval_ms = env_int("DS_BENCH_FANOUT_INTERVAL_MS", FANOUT_INTERVAL_MS);
    /* Warm the server up first, so that its one-time allocations (SQLite's
     * statements and pages, lws' tables, the first subscription's
     * rendering) are in the baseline: a few mutations heard by one
     * subscriber, who then leaves. */
    conn w = {.fd = -1};
    char body[1024];
    wsc warm = {.fd = -1};
    ws_open(&warm, 0);
    for (int i = 0; i < 20; i++) {
        size_t len, n = create_body(body, sizeof body, 98, i);
        must(&w, body, n, &len);
    }
    close(warm.fd);
    free(warm.buf);
    struct timespec settle = {0, 300000000};
    nanosleep(&settle, NULL);
    long rss0 = server > 0 ? rss_kib(server) : -1;

    double t0 = now_s();
    wsc *cs = calloc((size_t)subs, sizeof *cs);
    receiver r;
    memset(&r, 0, sizeof r);
    r.subs = cs;
    r.epfd = epoll_create1(0);
    if (!cs || r.epfd < 0)
        die("fan-out", strerror(errno));
    for (int i = 0; i < subs; i++) {
        ws_open(&cs[i], i + 1);
        int fl = fcntl(cs[i].fd, F_GETFL);
        fcntl(cs[i].fd, F_SETFL, fl | O_NONBLOCK);
        struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &cs[i]};
        if (epoll_ctl(r.epfd, EPOLL_CTL_ADD, cs[i].fd, &ev) != 0)
            die("epoll_ctl", strerror(errno));
    }
    double setup = now_s() - t0;
    nanosleep(&settle, NULL);
    long rss1 = server > 0 ? rss_kib(server) : -1;
    printf("# fan-out: %d subscribers connected, acked and subscribed to onCreatePost in %.2f s\n", subs, setup);
    if (rss0 > 0 && rss1 > 0) {
        double per = (double)(rss1 - rss0) / subs;
        printf("rss_per_idle_connection_kib %.1f  # server VmRSS %ld KiB with %d idle subscribers, %ld KiB with none\n",
               per, rss1, subs, rss0);
        printf("# target rss_per_idle_connection_kib <= 64 (issue 6): %s\n", per <= 64 ? "met" : "NOT met");
    } else {
        printf("# rss_per_idle_connection_kib: not measured (set DS_BENCH_PID for a server started by hand)\n");
    }

    /* The writer: one createPost every interval_ms, its send time (this
     * machine's CLOCK_MONOTONIC) in the title; receipt - send is the
     * latency, so the commit itself is inside it. */
    r.expected = (long)mutations * subs;
    r.lat_ms = malloc((size_t)r.expected * sizeof *r.lat_ms);
    double *rtt = malloc((size_t)mutations * sizeof *rtt);
    if (!r.lat_ms || !rtt)
        die("memory", "out of memory");
    pthread_create(&r.thread, NULL, receive_loop, &r);
    struct timespec next;
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (int i = 0; i < mutations; i++) {
        int64_t sent = now_ns();
        size_t n = (size_t)snprintf(
            body, sizeof body,
            "{\"query\":\"mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { %s } }\","
            "\"variables\":{\"input\":{\"title\":\"fanout %d %lld\",\"rating\":%d,"
            "\"content\":\"Some text of a post, long enough to look like one.\"}},\"operationName\":\"CreatePost\"}",
            SELECTION, i, (long long)sent, i % 100);
        size_t len;
        must(&w, body, n, &len);
        rtt[i] = (double)(now_ns() - sent) / 1e6;
        next.tv_nsec += (long)interval_ms * 1000000;
        while (next.tv_nsec >= 1000000000) {
            next.tv_nsec -= 1000000000;
            next.tv_sec++;
        }
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
    }
    double deadline = now_s() + 10;
    while (atomic_load(&r.got) < r.expected && now_s() < deadline) {
        struct timespec ts = {0, 10000000};
        nanosleep(&ts, NULL);
    }
    atomic_store(&r.stop, true);
    pthread_join(r.thread, NULL);
    long got = atomic_load(&r.got);
    if (got != r.expected) {
        fprintf(stderr, "server_bench: fan-out: %ld deliveries of %ld expected\n", got, r.expected);
        exit(1);
    }
    double p50 = quantile(r.lat_ms, (size_t)got, 0.50), p99 = quantile(r.lat_ms, (size_t)got, 0.99);
    double max = r.lat_ms[got - 1];
    printf("fanout_p50_ms %.2f\n", p50);
    printf("fanout_p99_ms %.2f  # max %.2f; %d createPost, one every %d ms, each to %d subscribers (%ld deliveries)\n",
           p99, max, mutations, interval_ms, subs, got);
    printf("# the createPost round trip itself (inside the above): p50 %.2f ms, p99 %.2f ms\n",
           quantile(rtt, (size_t)mutations, 0.50), quantile(rtt, (size_t)mutations, 0.99));
    printf("# target fanout_p99_ms < 20 (issue 6): %s\n", p99 < 20 ? "met" : "NOT met");
    for (int i = 0; i < subs; i++)
        close(cs[i].fd);
    for (int i = 0; i < subs; i++)
        free(cs[i].buf);
    free(cs);
    free(r.lat_ms);
    free(rtt);
    close(r.epfd);
    conn_free(&w);
}

/* Room for the subscribers' sockets (the server, a child, inherits it). */
static void raise_fd_limit(rlim_t want) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < want) {
        rl.rlim_cur = want < rl.rlim_max ? want : rl.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur < want)
            fprintf(stderr, "server_bench: only %lu file descriptors (ulimit -n)\n", (unsigned long)rl.rlim_cur);
    }
}

int main(int argc, char **argv) {
    long records = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
    raise_fd_limit((rlim_t)env_int("DS_BENCH_SUBSCRIBERS", FANOUT_SUBSCRIBERS) + 512);
    if (records < 0)
        die("usage", "server_bench [records]   (0: sync what the server holds)");
    const char *secs = getenv("DS_BENCH_SECONDS");
    if (secs && atof(secs) > 0)
        g_seconds = atof(secs);
    const char *port = getenv("DS_BENCH_PORT");
    if (port) {
        g_port = (int)strtol(port, NULL, 10);
        if (getenv("DS_BENCH_KEY"))
            g_key = getenv("DS_BENCH_KEY");
        printf("# driving the server on 127.0.0.1:%d\n", g_port);
    } else {
        start_server();
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *only = getenv("DS_BENCH_ONLY");
    if (!only || !strcmp(only, "fanout")) {
        const char *pid = getenv("DS_BENCH_PID");
        fanout(port ? (pid ? (pid_t)strtol(pid, NULL, 10) : 0) : g_server);
    }
    if (!only || !strcmp(only, "m1"))
        printf("mutations_per_s_1 %.0f\n", mutations_per_s(1));
    if (!only || !strcmp(only, "m8")) {
        double m8 = mutations_per_s(WRITERS);
        printf("mutations_per_s_8 %.0f\n", m8);
        printf("# target mutations_per_s_8 >= 5000 (issue 5): %s\n", m8 >= 5000 ? "met" : "NOT met");
    }
    if (only && strcmp(only, "sync") != 0) {
        if (!port)
            stop_server();
        return 0;
    }
    double t = records ? load(records) : 0;
    if (records)
        printf("load_s %.2f  # %ld createPost in batches of %d per request over %d connections (%.0f records/s)\n", t,
           records, BATCH, WRITERS, (double)records / t);
    conn c = {.fd = -1};
    long pages = 0;
    sync_all(&c, &pages); /* warm: the database's pages in memory */
    double t0 = now_s();
    long seen = sync_all(&c, &pages);
    double dt = now_s() - t0;
    conn_free(&c);
    double rps = (double)seen / dt;
    printf("sync_records_per_s %.0f  # %ld records (all the server holds) in %ld pages of %d, %.2f s\n", rps, seen,
           pages, PAGE, dt);
    printf("# target sync_records_per_s >= 100000 (issue 5): %s\n", rps >= 100000 ? "met" : "NOT met");
    if (seen < records)
        die("sync", "saw fewer records than were loaded");
    if (!port)
        stop_server();
    return 0;
}
