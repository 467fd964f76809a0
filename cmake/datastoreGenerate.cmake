# datastore_generate_models(TARGET SCHEMA [PREFIX name] [OUTPUT_DIR dir])
#
# Generates typed C models for SCHEMA (a schema.graphql) with
# `datastore codegen` and compiles them into TARGET: the generated NAME.c is
# added to its sources and the output directory to its include directories,
# so TARGET's code can `#include "NAME.h"`. The files are regenerated when
# the schema or the datastore program changes. TARGET must link libdatastore
# itself (datastore::datastore, or datastore_static inside this project).
#
#   PREFIX      file stem and prefix of NAME_schema() and friends (default: models)
#   OUTPUT_DIR  where the files go (default: ${CMAKE_CURRENT_BINARY_DIR}/<TARGET>_models)
#
# The program is taken from DATASTORE_PROGRAM when set, else the installed
# package's datastore::datastore_cli, else this project's datastore_cli target.
# docs/codegen.md has the whole story.

include_guard(GLOBAL)

function(datastore_generate_models target schema)
  cmake_parse_arguments(PARSE_ARGV 2 ARG "" "PREFIX;OUTPUT_DIR" "")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "datastore_generate_models: unexpected arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "datastore_generate_models: ${target} is not a target")
  endif()
  if(NOT ARG_PREFIX)
    set(ARG_PREFIX models)
  endif()
  if(NOT ARG_OUTPUT_DIR)
    set(ARG_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/${target}_models")
  endif()
  get_filename_component(schema_path "${schema}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")

  if(DATASTORE_PROGRAM)
    set(program "${DATASTORE_PROGRAM}")
  elseif(TARGET datastore::datastore_cli)
    set(program datastore::datastore_cli)
  elseif(TARGET datastore_cli)
    set(program datastore_cli)
  else()
    message(FATAL_ERROR "datastore_generate_models: no datastore program (find_package(datastore) first)")
  endif()
  set(program_file "${program}")
  set(program_depends "${program}")
  if(TARGET ${program})
    set(program_file "$<TARGET_FILE:${program}>")
    get_target_property(imported ${program} IMPORTED)
    if(imported)
      set(program_depends "${program_file}") # a file to watch, not a target to build
    endif()
  endif()

  set(header "${ARG_OUTPUT_DIR}/${ARG_PREFIX}.h")
  set(source "${ARG_OUTPUT_DIR}/${ARG_PREFIX}.c")
  add_custom_command(
    OUTPUT "${header}" "${source}"
    COMMAND "${program_file}" codegen --schema "${schema_path}" --out "${ARG_OUTPUT_DIR}" --prefix "${ARG_PREFIX}"
    DEPENDS "${schema_path}" "${program_depends}"
    COMMENT "Generating ${ARG_PREFIX}.h and ${ARG_PREFIX}.c from ${schema}"
    VERBATIM)
  target_sources(${target} PRIVATE "${source}" "${header}")
  target_include_directories(${target} PRIVATE "${ARG_OUTPUT_DIR}")
  # The generated code parses its embedded schema once, with pthread_once().
  find_package(Threads REQUIRED)
  target_link_libraries(${target} PRIVATE Threads::Threads)
endfunction()
