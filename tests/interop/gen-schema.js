'use strict';
/*
 * The DataStore `schema` object (what Amplify codegen writes to models/schema.js)
 * built from OUR `datastore schema introspect` output, so the interop test needs
 * no JS codegen and exercises our introspection on the way.
 *
 * Codegen's schema.js (`@aws-amplify/graphql-generator`, target javascript,
 * DataStore on) is the model introspection JSON with three differences, checked
 * against every shared fixture that has both files (`--check`):
 *   - models carry no `primaryKeyInfo`;
 *   - there is no top-level `version: 1` (the introspection format version);
 *   - it adds `codegenVersion` and `version`, a hash of the schema that DataStore
 *     compares with the one it stored, wiping the local database on a change.
 * Custom queries/mutations/subscriptions/inputs (introspection only) are left out.
 *
 *   node gen-schema.js DATASTORE_BIN SCHEMA.graphql [OUT.js]   write (or print) schema.js
 *   node gen-schema.js --check DATASTORE_BIN FIXTURES_DIR      compare with codegen's schema.js files
 */
const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const CODEGEN_VERSION = '3.4.4'; // what the codegen that made the shared fixtures writes

function introspect(bin, schemaPath) {
    const out = execFileSync(bin, ['schema', 'introspect', schemaPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return JSON.parse(out);
}

function toDataStoreSchema(mi) {
    const models = {};
    for (const [name, model] of Object.entries(mi.models || {})) {
        const { primaryKeyInfo, ...rest } = model; // eslint-disable-line no-unused-vars
        models[name] = rest;
    }
    const schema = { models, enums: mi.enums || {}, nonModels: mi.nonModels || {} };
    const version = crypto.createHash('md5').update(JSON.stringify(schema)).digest('hex');
    return { ...schema, codegenVersion: CODEGEN_VERSION, version };
}

function build(bin, schemaPath) {
    return toDataStoreSchema(introspect(bin, schemaPath));
}

function render(schema) {
    return `export const schema = ${JSON.stringify(schema, null, 4)};\n`;
}

/* Codegen's schema.js -> object (it is `export const schema = {JSON};`). */
function parseCodegenSchemaJs(text) {
    const m = /^export const schema = ([\s\S]*);\s*$/.exec(text);
    if (!m) throw new Error('not a codegen schema.js');
    return JSON.parse(m[1]);
}

function check(bin, fixturesDir) {
    let compared = 0;
    const failures = [];
    for (const d of fs.readdirSync(fixturesDir).sort()) {
        const js = path.join(fixturesDir, d, 'schema.js');
        const sdl = path.join(fixturesDir, d, 'schema.graphql');
        if (!fs.existsSync(js) || !fs.existsSync(sdl)) continue;
        const want = parseCodegenSchemaJs(fs.readFileSync(js, 'utf8'));
        const got = build(bin, sdl);
        // The version hash is codegen's own (over its processed SDL); ours only has to
        // change when the schema does. Everything else must be identical, key order too.
        const strip = (s) => JSON.stringify({ ...s, version: undefined });
        compared++;
        if (strip(want) !== strip(got)) {
            const a = strip(want), b = strip(got);
            let i = 0;
            while (i < a.length && a[i] === b[i]) i++;
            failures.push(`${d}: differs at char ${i}: codegen …${a.slice(Math.max(0, i - 60), i + 60)}… ours …${b.slice(Math.max(0, i - 60), i + 60)}…`);
        }
    }
    return { compared, failures };
}

module.exports = { build, toDataStoreSchema, render, check, parseCodegenSchemaJs };

if (require.main === module) {
    const args = process.argv.slice(2);
    if (args[0] === '--check') {
        const { compared, failures } = check(args[1], args[2]);
        for (const f of failures) console.error(f);
        console.log(`schema.js from our introspection: ${compared - failures.length}/${compared} fixtures identical to codegen's`);
        process.exit(failures.length || !compared ? 1 : 0);
    } else if (args.length >= 2) {
        const text = render(build(args[0], args[1]));
        if (args[2]) fs.writeFileSync(args[2], text);
        else process.stdout.write(text);
    } else {
        console.error('usage: node gen-schema.js DATASTORE_BIN SCHEMA.graphql [OUT.js] | --check DATASTORE_BIN FIXTURES_DIR');
        process.exit(2);
    }
}
