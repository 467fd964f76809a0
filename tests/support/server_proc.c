#include "support/server_proc.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

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

static bool can_connect(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof a) == 0;
    if (fd >= 0)
        close(fd);
    return ok;
}

static bool launch(tu_server *s, const char *schema_path, const char *const *extra) {
    char db[128], listen[64];
    snprintf(db, sizeof db, "sqlite:%s/server.db", s->dir);
    snprintf(listen, sizeof listen, "127.0.0.1:%d", s->port);
    const char *argv[64] = {DS_CLI_PATH, "serve", "--schema", schema_path, "--db", db, "--listen", listen,
                            "--api-key", s->api_key};
    int n = 10;
    for (int i = 0; extra && extra[i] && n < 62; i++)
        argv[n++] = extra[i];
    argv[n] = NULL;
    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); /* never outlive the test */
        FILE *log = fopen(s->log, "a");
        if (log)
            dup2(fileno(log), 2);
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    s->pid = pid;
    for (int i = 0; i < 200; i++) { /* up to 10 s */
        if (can_connect(s->port))
            return true;
        int st;
        if (waitpid(pid, &st, WNOHANG) == pid) {
            s->pid = 0;
            return false;
        }
        struct timespec ts = {0, 50000000};
        nanosleep(&ts, NULL);
    }
    return false;
}

bool tu_server_start(tu_server *s, const char *schema_path, const char *const *extra) {
    memset(s, 0, sizeof *s);
    snprintf(s->dir, sizeof s->dir, "/tmp/ds_srv_XXXXXX");
    if (!mkdtemp(s->dir))
        return false;
    snprintf(s->log, sizeof s->log, "%s/server.log", s->dir);
    s->api_key = "da2-testkey";
    s->port = free_port();
    snprintf(s->url, sizeof s->url, "http://127.0.0.1:%d/graphql", s->port);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    return s->port > 0 && launch(s, schema_path, extra);
}

bool tu_server_restart(tu_server *s, const char *schema_path, const char *const *extra) {
    return launch(s, schema_path, extra);
}

int tu_server_stop(tu_server *s) {
    if (s->pid <= 0)
        return -1;
    kill(s->pid, SIGTERM);
    int st = 0;
    waitpid(s->pid, &st, 0);
    s->pid = 0;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

void tu_server_cleanup(tu_server *s) {
    if (s->pid > 0)
        tu_server_stop(s);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", s->dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", s->dir);
}

typedef struct sink {
    char *data;
    size_t len;
} sink;

static size_t on_data(char *p, size_t size, size_t n, void *ud) {
    sink *k = ud;
    size_t add = size * n;
    char *q = realloc(k->data, k->len + add + 1);
    if (!q)
        return 0;
    memcpy(q + k->len, p, add);
    k->data = q;
    k->len += add;
    k->data[k->len] = '\0';
    return add;
}

static int post(const tu_server *s, const char *path, const char *api_key, const char *token, const char *body,
                size_t len, char **out);

int tu_post_raw(const tu_server *s, const char *path, const char *api_key, const char *body, size_t len, char **out) {
    return post(s, path, api_key, NULL, body, len, out);
}

static int post(const tu_server *s, const char *path, const char *api_key, const char *token, const char *body,
                size_t len, char **out) {
    CURL *c = curl_easy_init();
    if (!c)
        return -1;
    char url[256], keyh[300];
    snprintf(url, sizeof url, "http://127.0.0.1:%d%s", s->port, path);
    struct curl_slist *h = curl_slist_append(NULL, "content-type: application/json");
    if (!api_key)
        api_key = s->api_key;
    if (*api_key) {
        snprintf(keyh, sizeof keyh, "x-api-key: %s", api_key);
        h = curl_slist_append(h, keyh);
    }
    char *auth = NULL;
    if (token) {
        size_t n = strlen(token) + 32;
        auth = malloc(n);
        snprintf(auth, n, "authorization: %s", token);
        h = curl_slist_append(h, auth);
    }
    sink k = {NULL, 0};
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)len);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &k);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
    long status = -1;
    if (curl_easy_perform(c) == CURLE_OK)
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(h);
    free(auth);
    curl_easy_cleanup(c);
    if (out)
        *out = k.data;
    else
        free(k.data);
    return (int)status;
}

int tu_graphql(const tu_server *s, const char *api_key, const char *query, json_t *variables, json_t **out) {
    return tu_graphql_as(s, api_key, NULL, query, variables, out);
}

int tu_graphql_as(const tu_server *s, const char *api_key, const char *token, const char *query, json_t *variables,
                  json_t **out) {
    json_t *req = json_pack("{s:s}", "query", query);
    if (variables)
        json_object_set(req, "variables", variables);
    char *body = json_dumps(req, JSON_COMPACT);
    json_decref(req);
    char *resp = NULL;
    int st = post(s, "/graphql", api_key, token, body, strlen(body), &resp);
    free(body);
    json_error_t je;
    *out = resp ? json_loads(resp, 0, &je) : NULL;
    free(resp);
    return st;
}
