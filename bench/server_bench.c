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
 * (e.g. under perf or callgrind) instead of starting one; DS_BENCH_ONLY
 * = m1, m8 or sync to measure one figure (to profile it alone).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
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

int main(int argc, char **argv) {
    long records = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
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
