/*
 * `datastore codegen --schema FILE --out DIR [--prefix NAME] [--header NAME]
 * [--source NAME]`: typed C models for a schema (src/codegen/codegen.c).
 *
 * The files are written whole or not at all (a temporary file renamed into
 * place), so a failed or interrupted run never leaves half a header for
 * the next build to trip over.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "codegen/codegen.h"
#include "datastore/schema.h"

/* Schema files larger than the GraphQL parser accepts are refused there;
 * this only bounds what is read. */
#define MAX_SCHEMA_BYTES ((size_t)16 << 20)

static void codegen_usage(FILE *out) {
    fputs("usage: datastore codegen --schema FILE --out DIR [--prefix NAME] [--header NAME] [--source NAME]\n"
          "\n"
          "Writes typed C models for the schema: DIR/NAME.h and DIR/NAME.c.\n"
          "  --schema FILE   the schema.graphql to generate from\n"
          "  --out DIR       where to write (created when missing)\n"
          "  --prefix NAME   file stem and prefix of NAME_schema(), NAME_subscription (default: models)\n"
          "  --header NAME   the header's file name (default: NAME.h)\n"
          "  --source NAME   the source's file name (default: NAME.c)\n",
          out);
}

static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;
    if (!f) {
        fprintf(stderr, "datastore codegen: cannot open %s: %s\n", path, strerror(errno));
        return NULL;
    }
    for (;;) {
        if (n + 4096 + 1 > cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nb = ncap > MAX_SCHEMA_BYTES + 4096 + 1 ? NULL : realloc(buf, ncap);
            if (!nb) {
                fprintf(stderr, "datastore codegen: %s: %s\n", path,
                        ncap > MAX_SCHEMA_BYTES + 4096 + 1 ? "file too large" : "out of memory");
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
            cap = ncap;
        }
        size_t r = fread(buf + n, 1, 4096, f);
        n += r;
        if (r == 0)
            break;
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "datastore codegen: cannot read %s\n", path);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* mkdir -p */
static int make_dirs(const char *dir) {
    char path[4096];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof path)
        return -1;
    memcpy(path, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (path[i] != '/' && path[i] != '\0')
            continue;
        char c = path[i];
        path[i] = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            return -1;
        path[i] = c;
    }
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

static int write_file(const char *dir, const char *name, const char *text) {
    char path[4096], tmp[4200];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path)
        return -1;
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        fprintf(stderr, "datastore codegen: cannot write %s: %s\n", tmp, strerror(errno));
        return -1;
    }
    size_t len = strlen(text);
    bool ok = fwrite(text, 1, len, f) == len;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        fprintf(stderr, "datastore codegen: cannot write %s: %s\n", path, strerror(errno));
        remove(tmp);
        return -1;
    }
    return 0;
}

static bool plain_file_name(const char *s) {
    return s && *s && !strchr(s, '/') && strcmp(s, ".") != 0 && strcmp(s, "..") != 0;
}

int ds__cmd_codegen(int argc, char **argv) {
    const char *schema_path = NULL, *out_dir = NULL, *prefix = "models", *header = NULL, *source = NULL;
    static const char *const names[] = {"--schema", "--out", "--prefix", "--header", "--source"};
    const char **slots[] = {&schema_path, &out_dir, &prefix, &header, &source};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            codegen_usage(stdout);
            return 0;
        }
        bool matched = false;
        for (size_t k = 0; k < sizeof names / sizeof *names && !matched; k++) {
            size_t nl = strlen(names[k]);
            if (!strcmp(argv[i], names[k]) && i + 1 < argc) {
                *slots[k] = argv[++i];
                matched = true;
            } else if (!strncmp(argv[i], names[k], nl) && argv[i][nl] == '=') {
                *slots[k] = argv[i] + nl + 1;
                matched = true;
            }
        }
        if (!matched) {
            fprintf(stderr, "datastore codegen: unexpected argument '%s'\n\n", argv[i]);
            codegen_usage(stderr);
            return 2;
        }
    }
    if (!schema_path || !out_dir) {
        fprintf(stderr, "datastore codegen: --schema and --out are required\n\n");
        codegen_usage(stderr);
        return 2;
    }
    if (!ds__codegen_is_identifier(prefix)) {
        fprintf(stderr,
                "datastore codegen: --prefix '%s' is not a usable C identifier (letters, digits and _, not starting "
                "with _ or a digit, not a C keyword, at most 64 characters)\n",
                prefix);
        return 2;
    }
    char header_buf[96], source_buf[96];
    if (!header) {
        snprintf(header_buf, sizeof header_buf, "%s.h", prefix);
        header = header_buf;
    }
    if (!source) {
        snprintf(source_buf, sizeof source_buf, "%s.c", prefix);
        source = source_buf;
    }
    if (!plain_file_name(header) || !plain_file_name(source) || !strcmp(header, source)) {
        fprintf(stderr, "datastore codegen: --header and --source must be two different file names without '/'\n");
        return 2;
    }

    int rc = 1;
    size_t len = 0;
    char *text = read_all(schema_path, &len), *htext = NULL, *stext = NULL;
    ds_schema *schema = NULL;
    ds_error err = DS_ERROR_INIT;
    if (!text)
        goto done;
    if (ds_schema_parse(&schema, text, len, schema_path, &err) != DS_OK) {
        fprintf(stderr, "%s\n", err.message);
        goto done;
    }
    const char *base = strrchr(schema_path, '/');
    ds__codegen_options opts = {
        .schema_name = base ? base + 1 : schema_path,
        .schema_text = text,
        .schema_len = len,
        .prefix = prefix,
        .header_name = header,
        .source_name = source,
    };
    if (ds__codegen_generate(schema, &opts, &htext, &stext, &err) != DS_OK) {
        fprintf(stderr, "datastore codegen: %s: %s\n", schema_path, err.message);
        goto done;
    }
    if (make_dirs(out_dir) != 0) {
        fprintf(stderr, "datastore codegen: cannot create directory %s: %s\n", out_dir, strerror(errno));
        goto done;
    }
    if (write_file(out_dir, header, htext) != 0 || write_file(out_dir, source, stext) != 0)
        goto done;
    rc = 0;
done:
    ds_free(htext);
    ds_free(stext);
    ds_schema_free(schema);
    free(text);
    return rc;
}
