#include "testutil.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *tu_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 4096 + 1 > cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t r = fread(buf + n, 1, 4096, f);
        n += r;
        if (r == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

char *tu_write_temp(const char *text, const char *suffix) {
    char tmpl[] = "/tmp/ds_test_XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0)
        return NULL;
    size_t n = strlen(text);
    if (write(fd, text, n) != (ssize_t)n) {
        close(fd);
        return NULL;
    }
    close(fd);
    size_t plen = strlen(tmpl) + (suffix ? strlen(suffix) : 0) + 1;
    char *path = malloc(plen);
    snprintf(path, plen, "%s%s", tmpl, suffix ? suffix : "");
    if (suffix && rename(tmpl, path) != 0) {
        free(path);
        return NULL;
    }
    return path;
}

static char *slurp_fd(int fd) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 4096 + 1 > cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        ssize_t r = read(fd, buf + n, 4096);
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    buf[n] = '\0';
    return buf;
}

int tu_run(char *const argv[], char **out, char **err) {
    /* Files rather than pipes: no deadlock however much the child prints. */
    FILE *fo = tmpfile(), *fe = tmpfile();
    if (!fo || !fe)
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        dup2(fileno(fo), 1);
        dup2(fileno(fe), 2);
        execv(argv[0], argv);
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    lseek(fileno(fo), 0, SEEK_SET);
    lseek(fileno(fe), 0, SEEK_SET);
    char *o = slurp_fd(fileno(fo)), *e = slurp_fd(fileno(fe));
    fclose(fo);
    fclose(fe);
    if (out)
        *out = o;
    else
        free(o);
    if (err)
        *err = e;
    else
        free(e);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}
