/*
 * Crash safety: a child process saves and deletes in a loop, printing each
 * acknowledged operation; it is killed with SIGKILL at random moments.
 * After each kill the store must reopen, pass PRAGMA integrity_check, and
 * hold every acknowledged operation with its outbox entry.
 *
 * DS_CRASH_ROUNDS (default 50) sets how many kills.
 */
#include "store_fixture.h"

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char CRASH_SCHEMA[] = "type Item @model { id: ID! n: Int! note: String }";

/* The child: save r<round>-<k>, and delete every third earlier one. */
static int child_main(const char *path, const char *round) {
    ds_schema *schema = NULL;
    ds_store *store = NULL;
    if (ds_schema_parse(&schema, CRASH_SCHEMA, strlen(CRASH_SCHEMA), "crash", NULL) != DS_OK ||
        ds_open(&store, path, schema, NULL, NULL) != DS_OK)
        return 2;
    for (int k = 0; k < 1000000; k++) {
        ds_record *r = NULL;
        char id[64], line[96];
        snprintf(id, sizeof id, "r%s-%d", round, k);
        ds_record_new(&r, schema, "Item", NULL);
        ds_record_set_string(r, "id", id, NULL);
        ds_record_set_int(r, "n", k, NULL);
        ds_record_set_string(r, "note", "some text to make the row a little longer than a few bytes", NULL);
        if (ds_save(store, r, NULL, NULL) != DS_OK)
            return 3;
        int n = snprintf(line, sizeof line, "S %s\n", id);
        if (write(1, line, (size_t)n) != n)
            return 4;
        if (k % 3 == 2) {
            snprintf(id, sizeof id, "r%s-%d", round, k - 2);
            ds_record_set_string(r, "id", id, NULL);
            if (ds_delete(store, r, NULL, NULL) != DS_OK)
                return 5;
            n = snprintf(line, sizeof line, "D %s\n", id);
            if (write(1, line, (size_t)n) != n)
                return 4;
        }
        ds_record_free(r);
    }
    ds_close(store);
    ds_schema_free(schema);
    return 0;
}

static const char *g_self;

static int count_rows(sqlite3 *db, const char *sql, const char *id) {
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void acknowledged_operations_survive_sigkill(void **state) {
    (void)state;
    char dir[] = "/tmp/ds_crash_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/store.db", dir);
    const char *env = getenv("DS_CRASH_ROUNDS");
    int rounds = env ? atoi(env) : 50;
    srand((unsigned)time(NULL));
    size_t total_saves = 0, total_deletes = 0;
    for (int round = 0; round < rounds; round++) {
        int fds[2];
        assert_int_equal(pipe(fds), 0);
        pid_t pid = fork();
        assert_true(pid >= 0);
        char rname[16];
        snprintf(rname, sizeof rname, "%d", round);
        if (pid == 0) {
            dup2(fds[1], 1);
            close(fds[0]);
            execl(g_self, g_self, "child", path, rname, (char *)NULL);
            _exit(127);
        }
        close(fds[1]);
        /* Let it run 5..150 ms, then kill it mid-flight. */
        struct timespec ts = {0, (long)(5 + rand() % 145) * 1000000L};
        nanosleep(&ts, NULL);
        kill(pid, SIGKILL);
        int st = 0;
        waitpid(pid, &st, 0);
        assert_true(WIFSIGNALED(st)); /* killed, not failed */
        /* Everything it acknowledged, in order. */
        size_t cap = 1 << 16, len = 0;
        char *acks = malloc(cap);
        ssize_t n;
        while ((n = read(fds[0], acks + len, cap - len - 1)) > 0) {
            len += (size_t)n;
            if (len + 1 >= cap)
                acks = realloc(acks, cap *= 2);
        }
        acks[len] = '\0';
        close(fds[0]);

        sqlite3 *db;
        assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
        sqlite3_stmt *ic;
        assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &ic, NULL), SQLITE_OK);
        assert_int_equal(sqlite3_step(ic), SQLITE_ROW);
        assert_string_equal((const char *)sqlite3_column_text(ic, 0), "ok");
        sqlite3_finalize(ic);
        /* The child deletes r-(k-2) right after acknowledging the save of
         * r-k when k % 3 == 2: killed in between, that delete may have
         * committed without its acknowledgement. Only that id may be gone. */
        char maybe_gone[64] = "";
        {
            char *last = NULL, *p = acks;
            while ((p = strchr(p, '\n'))) {
                char *start = p;
                while (start > acks && start[-1] != '\n')
                    start--;
                last = start;
                p++;
            }
            int k = -1;
            if (last && last[0] == 'S' && sscanf(last, "S r%*d-%d", &k) == 1 && k % 3 == 2)
                snprintf(maybe_gone, sizeof maybe_gone, "r%d-%d", round, k - 2);
        }
        /* Only whole lines were acknowledged; a cut last line was not. */
        char *line = acks;
        while (*line) {
            char *nl = strchr(line, '\n');
            if (!nl)
                break;
            *nl = '\0';
            const char *id = line + 2;
            int rows = count_rows(db, "SELECT count(*) FROM \"m_Item\" WHERE \"$pk\" = ?", id);
            int outbox = count_rows(db, "SELECT count(*) FROM ds_outbox WHERE model = 'Item' AND pk = ?", id);
            if (line[0] == 'S') {
                /* Saved: there (unless deleted by a later acknowledged line,
                 * checked when that line comes), with its create entry. */
                char del[96];
                snprintf(del, sizeof del, "D %s\n", id);
                bool deleted_later = strstr(nl + 1, del) != NULL;
                if (!deleted_later && !(strcmp(id, maybe_gone) == 0 && rows == 0 && outbox == 0)) {
                    assert_int_equal(rows, 1);
                    assert_int_equal(outbox, 1);
                }
                total_saves++;
            } else {
                /* Deleted before it was ever sent: row and entry both gone. */
                assert_int_equal(rows, 0);
                assert_int_equal(outbox, 0);
                total_deletes++;
            }
            line = nl + 1;
        }
        sqlite3_close(db);
        free(acks);
        /* The store opens through the library too. */
        fixture fx = {0};
        ds_error err = DS_ERROR_INIT;
        assert_int_equal(ds_schema_parse(&fx.schema, CRASH_SCHEMA, strlen(CRASH_SCHEMA), "crash", &err), DS_OK);
        assert_int_equal(ds_open(&fx.store, path, fx.schema, NULL, &err), DS_OK);
        fx_free(&fx);
    }
    fprintf(stderr, "%d kills; %zu acknowledged saves and %zu deletes all found as acknowledged\n", rounds, total_saves,
            total_deletes);
    assert_true(total_saves > 0);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

int main(int argc, char **argv) {
    if (argc == 4 && !strcmp(argv[1], "child"))
        return child_main(argv[2], argv[3]);
    g_self = argv[0];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(acknowledged_operations_survive_sigkill),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
