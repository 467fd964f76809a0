#!/usr/bin/env bash
# Installs the build into a scratch prefix and builds a consumer against it
# twice: with pkg-config (as a Make user would) and with find_package().
# Then the sample app, examples/posts, twice too: with the installed
# datastore_generate_models(), and with `datastore codegen` plus pkg-config.
set -euo pipefail
build=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

for f in include/datastore/schema.h include/datastore/error.h; do
  test -f "$prefix/$f" || { echo "missing $f"; exit 1; }
done
libdir=$(dirname "$(find "$prefix" -name datastore.pc | head -n1)")/..
test -f "$libdir/libdatastore.a" || { echo "missing static library"; exit 1; }
ls "$libdir"/libdatastore.so.* >/dev/null || { echo "missing versioned shared library"; exit 1; }
test -x "$prefix/bin/datastore" || { echo "missing program"; exit 1; }

cat > "$work/app.c" <<'C'
#include <datastore/schema.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    const char *text = "type Post @model { id: ID! }";
    ds_schema *s = NULL;
    ds_error err = DS_ERROR_INIT;
    if (ds_schema_parse(&s, text, strlen(text), "app", &err) != DS_OK) { puts(err.message); return 1; }
    printf("%s\n", ds_schema_model_at(s, 0)->plural_name);
    ds_schema_free(s);
    return 0;
}
C

export PKG_CONFIG_PATH="$libdir/pkgconfig"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror "$work/app.c" -o "$work/app_pc" $(pkg-config --cflags --libs datastore)
out=$(LD_LIBRARY_PATH="$libdir" "$work/app_pc")
test "$out" = "Posts" || { echo "pkg-config consumer printed '$out'"; exit 1; }

mkdir -p "$work/consumer"
cat > "$work/consumer/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.25)
project(consumer C)
find_package(datastore 0.1 REQUIRED)
add_executable(app ../app.c)
target_link_libraries(app PRIVATE datastore::datastore)
CM
cmake -S "$work/consumer" -B "$work/consumer/build" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/consumer/build" >/dev/null
out=$(LD_LIBRARY_PATH="$libdir" "$work/consumer/build/app")
test "$out" = "Posts" || { echo "find_package consumer printed '$out'"; exit 1; }
# find_package(datastore) brings datastore_generate_models() and the installed program: the sample
# app builds on its own against the install, its models generated at build time.
cmake -S "$src/examples/posts" -B "$work/posts" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/posts" >/dev/null
test -f "$work/posts/posts_models/models.h" || { echo "datastore_generate_models wrote no models.h"; exit 1; }
out=$(LD_LIBRARY_PATH="$libdir" "$work/posts/posts" "$work/posts.db")
case "$out" in *'observed delete: "Draft"'*) ;; *) echo "posts (CMake) printed: $out"; exit 1 ;; esac

# Make users: the installed program generates, pkg-config gives the flags.
"$prefix/bin/datastore" codegen --schema "$src/examples/posts/schema.graphql" --out "$work/make"
cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$work/make" "$src/examples/posts/main.c" "$work/make/models.c" \
  -o "$work/posts_make" $(pkg-config --cflags --libs datastore) -lpthread
out=$(LD_LIBRARY_PATH="$libdir" "$work/posts_make" "$work/posts_make.db")
case "$out" in *'observed delete: "Draft"'*) ;; *) echo "posts (Make) printed: $out"; exit 1 ;; esac
echo "install ok: headers, libraries, program, datastore.pc, find_package(datastore), datastore_generate_models"
