/*
 * The lambda conflict strategy (`--conflict lambda:COMMAND`): like AppSync's
 * Lambda conflict handler, a program decides. It is run with /bin/sh -c,
 * gets the conflict as one JSON object on stdin
 *   {"newItem", "existingItem", "arguments", "resolver", "identity"}
 * and answers one JSON object on stdout:
 *   {"action": "RESOLVE", "item": {...}} | {"action": "REJECT"} | {"action": "REMOVE"}.
 * RESOLVE's item is laid over the stored one: fields it leaves out stay.
 * It has 10 seconds and 1 MiB of output; anything else is a ConflictError.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "server/server.h"
#include "util/buf.h"

#define HANDLER_TIMEOUT_MS 10000
#define HANDLER_OUTPUT_MAX ((size_t)1 << 20)

static int64_t mono_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

ds_status ds__conflict_lambda(const char *cmd, json_t *request, json_t **response, ds_error *err) {
    *response = NULL;
    if (!cmd || !*cmd)
        return ds__error(err, DS_ERR_INVALID, "no conflict handler command configured");
    char *input = json_dumps(request, JSON_COMPACT);
    if (!input)
        return ds__error(err, DS_ERR_NOMEM, "out of memory");
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) {
        free(input);
        return ds__error(err, DS_ERR_IO, "cannot start the conflict handler: %s", strerror(errno));
    }
    pid_t pid = fork();
    if (pid < 0) {
        free(input);
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        return ds__error(err, DS_ERR_IO, "cannot start the conflict handler: %s", strerror(errno));
    }
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    fcntl(in[1], F_SETFL, O_NONBLOCK);
    fcntl(out[0], F_SETFL, O_NONBLOCK);
    size_t in_len = strlen(input), in_sent = 0;
    ds__buf output;
    ds__buf_init(&output, HANDLER_OUTPUT_MAX);
    int64_t deadline = mono_ms() + HANDLER_TIMEOUT_MS;
    bool open_out = true, timed_out = false;
    while (open_out) {
        struct pollfd fds[2] = {{out[0], POLLIN, 0}, {in_sent < in_len ? in[1] : -1, POLLOUT, 0}};
        int64_t left = deadline - mono_ms();
        if (left <= 0) {
            timed_out = true;
            break;
        }
        if (poll(fds, 2, (int)left) < 0 && errno != EINTR)
            break;
        if (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) {
            ssize_t n = write(in[1], input + in_sent, in_len - in_sent);
            if (n > 0)
                in_sent += (size_t)n;
            if (n < 0 || in_sent == in_len) {
                close(in[1]);
                in[1] = -1;
                in_sent = in_len;
            }
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[4096];
            ssize_t n = read(out[0], buf, sizeof buf);
            if (n > 0)
                ds__buf_append(&output, buf, (size_t)n);
            else if (n == 0 || errno != EAGAIN)
                open_out = false;
        }
    }
    if (in[1] >= 0)
        close(in[1]);
    close(out[0]);
    if (timed_out)
        kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    free(input);
    ds_status rc = DS_OK;
    if (timed_out) {
        rc = ds__error(err, DS_ERR_LIMIT, "the conflict handler did not answer within %d s", HANDLER_TIMEOUT_MS / 1000);
    } else if (output.failed) {
        rc = ds__error(err, DS_ERR_LIMIT, "the conflict handler wrote more than 1 MiB");
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        rc = ds__error(err, DS_ERR_INVALID, "the conflict handler failed (exit status %d)",
                       WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    } else {
        json_error_t je;
        *response = output.data ? json_loadb(output.data, output.len, 0, &je) : NULL;
        if (!json_is_object(*response)) {
            json_decref(*response);
            *response = NULL;
            rc = ds__error(err, DS_ERR_INVALID, "the conflict handler's answer is not a JSON object");
        }
    }
    ds__buf_free(&output);
    return rc;
}
