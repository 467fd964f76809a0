'use strict';
/*
 * The real Amplify JS DataStore client (aws-amplify 6.22.1, @aws-amplify/datastore 5.1.13,
 * Node 20, fake-indexeddb, ws) against `datastore serve` — issue 6, requirement 6.
 * run.sh sets it up; this program owns the server process (it starts, stops and
 * restarts it) and the client, and prints one line per step:
 *
 *   PASS|FAIL|SKIP <n> <name>: <details> (<seconds>)
 *
 * then `interop: N passed, N failed, N skipped`. Exit status 0 only when nothing failed.
 * No step may take more than 60 s; the whole run is bounded by DS_INTEROP_DEADLINE_S.
 *
 * Environment (run.sh sets all but the optional ones):
 *   DATASTORE_BIN        the `datastore` program
 *   DS_SCHEMA            schema.graphql (examples/posts: Post {id title rating status})
 *   DS_WORKDIR           scratch directory: the server's cwd, database, logs, models/schema.js
 *   DS_PORT              the port to serve on (same port across restarts)
 *   DS_TLS               1: serve with --dev-tls (NODE_EXTRA_CA_CERTS names its cert.pem)
 *   DS_API_KEY           optional; default a made-up key
 *   DS_FIXTURES          optional; shared fixtures dir: check our schema.js against codegen's first
 *   DS_INTEROP_STEPS     optional; comma list of steps to run (default all: 0,1,2,3,4,5,6)
 *   DS_INTEROP_VERBOSE   optional; 1: log every request, socket message and Hub event to stderr
 *   DS_INTEROP_CLIENT_SCHEME  optional; the client's endpoint scheme (default https with TLS, else http)
 */
require('fake-indexeddb/auto');
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');
const WS = require('ws');

const genSchema = require('./gen-schema');

const env = process.env;
const BIN = env.DATASTORE_BIN;
const SCHEMA = env.DS_SCHEMA;
const WORK = env.DS_WORKDIR;
const PORT = Number(env.DS_PORT);
const TLS = env.DS_TLS === '1';
const API_KEY = env.DS_API_KEY || 'da2-interop' + crypto.randomBytes(8).toString('hex');
const VERBOSE = env.DS_INTEROP_VERBOSE === '1';
const DEADLINE_S = Number(env.DS_INTEROP_DEADLINE_S || 270);
const STEP_LIMIT_MS = 60000;
const STEPS = new Set((env.DS_INTEROP_STEPS || '0,1,2,3,4,5,6').split(',').map((s) => s.trim()));
if (!BIN || !SCHEMA || !WORK || !PORT) {
    console.error('scenario.js: DATASTORE_BIN, DS_SCHEMA, DS_WORKDIR and DS_PORT must be set (run.sh sets them)');
    process.exit(2);
}

const T0 = Date.now();
let seq = 0; // every recorded event gets the next number: marks compare by it, not by the clock
const mark = () => seq;
const secs = (ms) => (ms / 1000).toFixed(1);
const since = () => secs(Date.now() - T0);
const trace = (...a) => { if (VERBOSE) console.error(`[${since()}]`, ...a.map((x) => (typeof x === 'function' ? x() : x))); };
/* JSON for logs: never throws (Hub payloads can be circular) */
function show(v, max = 300) {
    let s;
    try {
        s = JSON.stringify(v);
    } catch {
        s = String(v);
    }
    return s === undefined ? 'undefined' : s.length > max ? s.slice(0, max) + '…' : s;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/* ---- what the client does, recorded ---------------------------------------------------- */

const wire = []; // the client's HTTP requests: {t, field, variables, status, response}
const sockets = []; // the client's websocket traffic: {t, dir, data}
const hub = []; // Hub events: {t, channel, event, data}
const observed = []; // DataStore.observe(Post): {t, opType, element}
const clientErrors = []; // errorHandler calls
const conflicts = []; // conflictHandler calls (step 6)

const rawFetch = globalThis.fetch;
globalThis.fetch = async (url, init = {}) => {
    const e = { t: Date.now(), n: ++seq, url: String(url) };
    try {
        const body = JSON.parse(init.body);
        e.query = body.query;
        e.variables = body.variables;
        const m = /\{\s*(\w+)/.exec(body.query || '');
        e.field = m ? m[1] : '?';
    } catch {
        e.field = '?';
    }
    wire.push(e);
    trace('client >', e.field, () => show(e.variables));
    let resp;
    try {
        resp = await rawFetch(url, init);
    } catch (err) {
        e.error = String(err && err.cause ? `${err.message}: ${err.cause.message || err.cause}` : err);
        trace('client X', e.field, e.error);
        throw err;
    }
    e.status = resp.status;
    try {
        e.response = JSON.parse(await resp.clone().text());
    } catch {
        e.response = '(not JSON)';
    }
    trace('client <', e.status, () => show(e.response, 400));
    return resp;
};

class LoggingWebSocket extends WS {
    constructor(url, protocols, options) {
        super(url, protocols, options);
        const log = (dir, data) => {
            sockets.push({ t: Date.now(), n: ++seq, dir, data });
            trace('ws', dir, String(data).slice(0, 300));
        };
        log('connect', `${url} protocols=${JSON.stringify(protocols && [].concat(protocols).map((p) => p.slice(0, 20)))}`);
        this.on('open', () => log('open', this.protocol));
        this.on('message', (m) => log('in', m.toString()));
        this.on('close', (code, reason) => log('close', `${code} ${reason}`));
        this.on('error', (err) => log('error', err.message));
        const send = this.send.bind(this);
        this.send = (data, ...rest) => {
            log('out', data);
            return send(data, ...rest);
        };
    }
}
globalThis.WebSocket = LoggingWebSocket; // Node 20 has no global WebSocket (client facts §1)

const { Amplify } = require('aws-amplify');
const { Hub } = require('aws-amplify/utils');
const { DataStore, initSchema } = require('@aws-amplify/datastore');
const IndexedDBAdapter = require('@aws-amplify/datastore/dist/cjs/storage/adapter/IndexedDBAdapter').default;

for (const channel of ['datastore', 'api']) {
    Hub.listen(channel, ({ payload }) => {
        hub.push({ t: Date.now(), n: ++seq, channel, event: payload.event, data: payload.data, message: payload.message });
        trace('hub', channel, payload.event, () => show(payload.data && payload.data.connectionState ? payload.data.connectionState : payload.data || payload.message || '', 200));
    });
}

/* ---- the server ----------------------------------------------------------------------- */

const DB = path.join(WORK, 'interop.db');
const SERVER_LOG = path.join(WORK, 'server.log');
const CERT = path.join(WORK, 'datastore-dev-tls', 'cert.pem');
let certHash = null;
let scheme = null; // how this script's own writes reach the server: 'http' when it answers plain HTTP, else 'https'
/* The client's endpoint: https:// when the server has TLS (as AppSync's always is; the spec's recording used
 * http://, which the server also takes on the same port: this script's own writes use that). */
const CLIENT_SCHEME = env.DS_INTEROP_CLIENT_SCHEME || (TLS ? 'https' : 'http');
let server = null;
const live = new Set(); // server processes not yet exited: killed if this program is
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'])
    process.on(sig, () => {
        for (const p of live) p.child.kill('SIGKILL');
        console.log(`FAIL interrupted by ${sig}`);
        process.exit(1);
    });

function freePort() {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}

function startServer({ port = PORT, tls = TLS, conflict = null, label = 'server' } = {}) {
    const args = ['serve', '--schema', SCHEMA, '--db', `sqlite:${DB}`, '--listen', `127.0.0.1:${port}`, '--api-key', API_KEY];
    if (tls) args.push('--dev-tls');
    if (conflict) args.push('--conflict', conflict);
    const log = fs.createWriteStream(SERVER_LOG, { flags: 'a' });
    log.write(`--- [${since()} s] ${label}: datastore ${args.join(' ')}\n`);
    const child = spawn(BIN, args, { cwd: WORK, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const proc = { child, port, tls, label, exited: null };
    live.add(proc);
    proc.done = new Promise((resolve) => child.on('exit', (code, sig) => {
        live.delete(proc);
        proc.exited = sig || code;
        log.write(`--- [${since()} s] ${label} exited (${sig || code})\n`);
        resolve();
    }));
    return proc;
}

async function waitServerUp(proc, schemes) {
    const deadline = Date.now() + 15000;
    for (;;) {
        if (proc.exited !== null)
            throw new Error(`${proc.label} exited (${proc.exited}) before serving; see ${SERVER_LOG}:\n${tail(SERVER_LOG, 15)}`);
        for (const s of schemes) {
            try {
                const r = await gqlAt(`${s}://127.0.0.1:${proc.port}/graphql`, 'query { syncPosts(limit: 1) { startedAt } }', {});
                if (r.data) return s;
            } catch { /* not yet */ }
        }
        if (Date.now() > deadline) throw new Error(`${proc.label} did not answer within 15 s; see ${SERVER_LOG}:\n${tail(SERVER_LOG, 15)}`);
        await sleep(50);
    }
}

async function stopServer(proc) {
    if (!proc || proc.exited !== null) return;
    proc.child.kill('SIGTERM');
    const t = setTimeout(() => proc.child.kill('SIGKILL'), 5000);
    await proc.done;
    clearTimeout(t);
}

async function startMain(opts = {}) {
    server = startServer({ ...opts, label: `server${opts.conflict ? ` (--conflict ${opts.conflict})` : ''}` });
    const found = await waitServerUp(server, scheme ? [scheme] : TLS ? ['http', 'https'] : ['http']);
    scheme = scheme || found;
    if (CLIENT_SCHEME !== scheme) await waitServerUp(server, [CLIENT_SCHEME]);
    if (TLS) {
        if (!fs.existsSync(CERT)) throw new Error(`--dev-tls wrote no ${CERT}`);
        const h = crypto.createHash('sha256').update(fs.readFileSync(CERT)).digest('hex');
        if (certHash && h !== certHash)
            throw new Error('the server made a new dev certificate on restart: the client still trusts the first one (NODE_EXTRA_CA_CERTS is read at Node start)');
        certHash = h;
        if (env.NODE_EXTRA_CA_CERTS && path.resolve(env.NODE_EXTRA_CA_CERTS) !== CERT &&
            fs.readFileSync(env.NODE_EXTRA_CA_CERTS, 'utf8') !== fs.readFileSync(CERT, 'utf8'))
            throw new Error(`NODE_EXTRA_CA_CERTS (${env.NODE_EXTRA_CA_CERTS}) is not the server's ${CERT}`);
    }
    return server;
}

function tail(file, n) {
    try {
        return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).map((l) => '    | ' + l).join('\n');
    } catch {
        return '    (no log)';
    }
}

/* ---- another writer: plain HTTP from here ----------------------------------------------- */

const FIELDS = 'id title rating status createdAt updatedAt _version _lastChangedAt _deleted';

async function gqlAt(endpoint, query, variables) {
    const r = await rawFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10000),
    });
    const text = await r.text();
    try {
        return JSON.parse(text);
    } catch {
        throw new Error(`HTTP ${r.status}, not JSON: ${text.slice(0, 200)}`);
    }
}

async function gql(query, variables, endpoint = `${scheme}://127.0.0.1:${PORT}/graphql`) {
    const r = await gqlAt(endpoint, query, variables);
    if (r.errors) throw new Error(`server error: ${JSON.stringify(r.errors)} for ${query.replace(/\s+/g, ' ').slice(0, 80)} ${JSON.stringify(variables)}`);
    return r.data;
}

const http = {
    create: async (input, ep) => (await gql(`mutation ($input: CreatePostInput!) { createPost(input: $input) { ${FIELDS} } }`, { input }, ep)).createPost,
    update: async (input, ep) => (await gql(`mutation ($input: UpdatePostInput!) { updatePost(input: $input) { ${FIELDS} } }`, { input }, ep)).updatePost,
    delete: async (input, ep) => (await gql(`mutation ($input: DeletePostInput!) { deletePost(input: $input) { ${FIELDS} } }`, { input }, ep)).deletePost,
    get: async (id) => (await gql(`query ($id: ID!) { getPost(id: $id) { ${FIELDS} } }`, { id })).getPost,
    /* every item the server holds, tombstones included, by id */
    all: async () => {
        const items = new Map();
        let nextToken = null;
        do {
            const page = (await gql(`query ($nextToken: String) { syncPosts(limit: 100, nextToken: $nextToken, lastSync: 0) { items { ${FIELDS} } nextToken startedAt } }`, { nextToken })).syncPosts;
            for (const it of page.items) items.set(it.id, it);
            nextToken = page.nextToken;
        } while (nextToken);
        return items;
    },
};

/* ---- helpers --------------------------------------------------------------------------- */

class StepFailure extends Error {}
function check(cond, msg) {
    if (!cond) throw new StepFailure(msg);
}

async function waitFor(what, fn, timeoutMs = 30000, everyMs = 100) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
        try {
            last = await fn();
            if (last) return last;
        } catch (err) {
            last = err;
        }
        if (Date.now() > deadline)
            throw new StepFailure(`timed out after ${secs(timeoutMs)} s waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
        await sleep(everyMs);
    }
}

const hubSince = (m, event, pred = () => true) => hub.filter((h) => h.n > m && h.event === event && pred(h.data || {}));
const processed = (m, id) => hubSince(m, 'outboxMutationProcessed', (d) => d.model && d.model.name === 'Post' && d.element && d.element.id === id);
/* the client's current websocket is open and has its 3 subscriptions (onCreate/onUpdate/onDeletePost) acknowledged */
function realtimeUp() {
    let last = -1;
    for (let i = 0; i < sockets.length; i++) if (sockets[i].dir === 'connect') last = i;
    if (last < 0) return false;
    const after = sockets.slice(last + 1);
    return !after.some((s) => s.dir === 'close') && after.filter((s) => s.dir === 'in' && /"type":"start_ack"/.test(s.data)).length >= 3;
}
const sameRecord = (local, remote) =>
    ['id', 'title', 'rating', 'status', '_version', '_lastChangedAt', 'createdAt', 'updatedAt']
        .filter((k) => (local[k] ?? null) !== (remote[k] ?? null))
        .map((k) => `${k}: client ${JSON.stringify(local[k])} server ${JSON.stringify(remote[k])}`);
const brief = (p) => p && `{title:${JSON.stringify(p.title)} rating:${p.rating} _version:${p._version}${p._deleted ? ' _deleted' : ''}}`;

function diagnostics(sinceMark) {
    const lines = [];
    lines.push('  client HTTP since the step began:');
    for (const e of wire.filter((w) => w.n > sinceMark).slice(-12))
        lines.push(`    ${secs(e.t - T0)} ${e.field} ${show(e.variables)} -> ${e.error || e.status} ${show(e.response)}`);
    lines.push('  client websocket since the step began:');
    for (const s of sockets.filter((w) => w.n > sinceMark).slice(-12)) lines.push(`    ${secs(s.t - T0)} ${s.dir} ${String(s.data).slice(0, 240)}`);
    lines.push('  Hub events since the step began:');
    for (const h of hub.filter((w) => w.n > sinceMark).slice(-15))
        lines.push(`    ${secs(h.t - T0)} ${h.channel} ${h.event} ${show(h.data && h.data.connectionState ? h.data.connectionState : h.data || h.message || '', 200)}`);
    if (clientErrors.length) {
        lines.push('  errorHandler calls:');
        for (const e of clientErrors.slice(-5)) lines.push(`    ${show(e, 400)}`);
    }
    lines.push(`  server log (${SERVER_LOG}), last lines:`);
    lines.push(tail(SERVER_LOG, 8));
    return lines.join('\n');
}

const results = { pass: 0, fail: 0, skip: 0 };
let abortRest = null;

async function step(n, name, fn, { needs = [] } = {}) {
    if (!STEPS.has(String(n))) return;
    if (abortRest) {
        console.log(`SKIP ${n} ${name}: ${abortRest}`);
        results.skip++;
        return;
    }
    for (const need of needs) {
        const why = need();
        if (why) {
            console.log(`SKIP ${n} ${name}: ${why}`);
            results.skip++;
            return;
        }
    }
    const t = Date.now();
    const m = mark();
    let timer;
    try {
        const detail = await Promise.race([
            fn(m),
            new Promise((_, reject) => { timer = setTimeout(() => reject(new StepFailure(`step took more than ${STEP_LIMIT_MS / 1000} s`)), STEP_LIMIT_MS); }),
        ]);
        console.log(`PASS ${n} ${name}: ${detail} (${secs(Date.now() - t)} s)`);
        results.pass++;
    } catch (err) {
        console.log(`FAIL ${n} ${name}: ${err instanceof StepFailure ? err.message : err && err.stack} (${secs(Date.now() - t)} s)`);
        console.error(diagnostics(m));
        results.fail++;
        return false;
    } finally {
        clearTimeout(timer);
    }
    return true;
}

/* ---- the scenario ---------------------------------------------------------------------- */

let Post = null;

async function main() {
    const watchdog = setTimeout(() => {
        console.log(`FAIL the whole run took more than ${DEADLINE_S} s`);
        console.error(diagnostics(Math.max(0, seq - 40)));
        for (const p of live) p.child.kill('SIGKILL');
        process.exit(1);
    }, DEADLINE_S * 1000);
    watchdog.unref();

    const schema = genSchema.build(BIN, SCHEMA);
    fs.mkdirSync(path.join(WORK, 'models'), { recursive: true });
    fs.writeFileSync(path.join(WORK, 'models', 'schema.js'), genSchema.render(schema));
    ({ Post } = initSchema(schema));

    await step(0, 'schema.js from `datastore schema introspect`', async () => {
        check(env.DS_FIXTURES && fs.existsSync(env.DS_FIXTURES), 'DS_FIXTURES (the shared fixtures) not found');
        const { compared, failures } = genSchema.check(BIN, env.DS_FIXTURES);
        check(compared > 0, `no fixture with schema.js under ${env.DS_FIXTURES}`);
        check(!failures.length, failures.join('\n'));
        return `identical to codegen's schema.js for ${compared} shared fixtures (version hash aside); models: ${Object.keys(schema.models).join(', ')}`;
    }, { needs: [() => (env.DS_FIXTURES ? null : 'DS_FIXTURES not set')] });

    const seeded = [];
    const ok1 = await step(1, 'base sync: ready after a multi-page base sync', async (m0) => {
        await startMain();
        // Another writer, before the client starts: 6 Posts, one of them deleted (a tombstone).
        for (let i = 1; i <= 6; i++) seeded.push(await http.create({ title: `seed-${i}`, rating: i, status: i % 2 ? 'ACTIVE' : 'INACTIVE' }));
        await http.delete({ id: seeded[5].id, _version: 1 });
        const endpoint = `${CLIENT_SCHEME}://127.0.0.1:${PORT}/graphql`;
        Amplify.configure({ API: { GraphQL: { endpoint, region: 'us-east-1', defaultAuthMode: 'apiKey', apiKey: API_KEY } } });
        DataStore.configure({
            storageAdapter: IndexedDBAdapter, // client facts §1: the default picker fails in Node
            syncPageSize: 2,
            errorHandler: (e) => { clientErrors.push(e); trace('errorHandler', () => show(e)); },
        });
        const started = DataStore.start();
        started.catch(() => {}); // (awaited below, after 'ready'; a rejection must not crash Node first)
        await waitFor("Hub 'ready'", () => hubSince(m0, 'ready').length, 45000);
        await started;
        DataStore.observe(Post).subscribe((m) => {
            observed.push({ t: Date.now(), n: ++seq, opType: m.opType, element: m.element });
            trace('observe', m.opType, () => show(m.element));
        });
        const pages = wire.filter((w) => w.n > m0 && w.field === 'syncPosts');
        check(pages.length >= 3, `expected ≥ 3 syncPosts pages of 2, saw ${pages.length}`);
        check(pages.every((p) => p.variables.limit === 2 && p.variables.lastSync === 0), `base sync pages should all be limit 2, lastSync 0: ${JSON.stringify(pages.map((p) => p.variables))}`);
        check(pages.slice(1).every((p, i) => p.variables.nextToken === pages[i].response.data.syncPosts.nextToken), 'each page should echo the previous nextToken');
        const last = pages[pages.length - 1].response.data.syncPosts;
        check(last.nextToken === null, `the last page's nextToken must be exactly null, got ${JSON.stringify(last.nextToken)}`);
        const synced = hubSince(m0, 'modelSynced', (d) => d.model && d.model.name === 'Post');
        check(synced.length === 1, `expected one modelSynced for Post, got ${synced.length}`);
        const { isFullSync, isDeltaSync, counts } = synced[0].data;
        check(isFullSync && !isDeltaSync, `modelSynced should be a full sync: ${JSON.stringify(synced[0].data)}`);
        check(counts.new === 5 && counts.deleted === 1, `modelSynced counts should be {new:5, deleted:1}: ${JSON.stringify(counts)}`);
        const local = await DataStore.query(Post);
        check(local.length === 5, `the client holds ${local.length} Posts, expected 5`);
        const want = seeded.slice(0, 5).map((p) => `${p.id}/${p.title}/1`).sort().join();
        check(local.map((p) => `${p.id}/${p.title}/${p._version}`).sort().join() === want, 'the client\'s Posts are not the seeded ones');
        const sub = sockets.filter((s) => s.n > m0 && s.dir === 'connect').length;
        return `${pages.length} syncPosts pages (limit 2, lastSync 0), modelSynced counts ${JSON.stringify(counts)}, 5 Posts local; ` +
            `endpoint ${endpoint}; ${sub} websocket attempt(s) so far`;
    });
    if (!ok1) abortRest = 'step 1 failed: the client never became ready';

    await step(2, 'client saves, updates and deletes; the server holds them', async (m0) => {
        const p = await DataStore.save(new Post({ title: 'from client', rating: 7, status: 'ACTIVE' }));
        await waitFor('outboxMutationProcessed for the create', () => processed(m0, p.id).length);
        let s = await http.get(p.id);
        check(s && s.title === 'from client' && s.rating === 7 && s.status === 'ACTIVE' && s._version === 1 && !s._deleted,
            `after create the server holds ${JSON.stringify(s)}`);
        const createReq = wire.find((w) => w.n > m0 && w.field === 'createPost');
        check(createReq && createReq.variables.input.id === p.id && !('_version' in createReq.variables.input), 'createPost carried the client\'s id and no _version');

        const t2 = mark();
        const fresh = await DataStore.query(Post, p.id);
        check(fresh && fresh._version === 1, `after the create the client's copy is ${brief(fresh)}`);
        await DataStore.save(Post.copyOf(fresh, (d) => { d.title = 'from client (edited)'; d.rating = 8; }));
        await waitFor('outboxMutationProcessed for the update', () => processed(t2, p.id).length);
        s = await http.get(p.id);
        check(s.title === 'from client (edited)' && s.rating === 8 && s._version === 2, `after update the server holds ${brief(s)}`);
        const upd = wire.find((w) => w.n > t2 && w.field === 'updatePost');
        check(upd && upd.variables.input._version === 1 && !('status' in upd.variables.input), `updatePost input: ${JSON.stringify(upd && upd.variables.input)}`);

        const t3 = mark();
        const v2 = await DataStore.query(Post, p.id);
        check(v2 && v2._version === 2, `after the update the client's copy is ${brief(v2)}`);
        await DataStore.delete(v2);
        await waitFor('outboxMutationProcessed for the delete', () => processed(t3, p.id).length);
        const all = await http.all();
        s = all.get(p.id);
        check(s && s._deleted === true && s._version === 3, `after delete the server holds ${JSON.stringify(s)}`);
        check(!(await DataStore.query(Post, p.id)), 'the client still has the deleted Post');
        return `create v1, update v2 (only changed fields + _version 1 sent), delete v3 with _deleted:true on the server`;
    });

    await step(3, "another writer's creates, updates and deletes reach the client by subscription", async (m0) => {
        await waitFor('the client\'s websocket with 3 subscriptions acknowledged (onCreatePost/onUpdatePost/onDeletePost)', realtimeUp, 20000);
        const c = await http.create({ title: 'from server', rating: 3, status: 'INACTIVE' });
        const got = await waitFor('the server-made Post in the client', async () => {
            const l = await DataStore.query(Post, c.id);
            return l && l._version === 1 && l.title === 'from server' ? l : null;
        });
        const u = await http.update({ id: c.id, title: 'from server (edited)', _version: 1 });
        await waitFor('the server-side update in the client', async () => {
            const l = await DataStore.query(Post, c.id);
            return l && l._version === 2 && l.title === 'from server (edited)' && l.rating === 3;
        });
        await http.delete({ id: c.id, _version: u._version });
        await waitFor('the server-side delete in the client', async () => !(await DataStore.query(Post, c.id)));
        const ops = observed.filter((o) => o.n > m0 && o.element.id === c.id).map((o) => o.opType);
        check(JSON.stringify(ops) === '["INSERT","UPDATE","DELETE"]', `DataStore.observe(Post) saw ${JSON.stringify(ops)}, expected INSERT, UPDATE, DELETE`);
        const synced = wire.filter((w) => w.n > m0 && w.field === 'syncPosts').length;
        check(synced === 0, `the changes came by sync queries (${synced}), not subscriptions`);
        return `INSERT, UPDATE, DELETE observed (v1 ${brief(got)}, then v2, then gone), no sync query involved`;
    }, { needs: [() => (TLS ? null : 'no --dev-tls on this server: the client only speaks wss://')] });

    /* An edit made while stopped, on a record another writer changed meanwhile. */
    async function conflictStep(m0, target, clientRating) {
        const before = await DataStore.query(Post, target.id);
        check(before && before._version === 1, `the client's copy before: ${brief(before)}`);
        await DataStore.stop();
        const serverEdit = await http.update({ id: target.id, title: `${target.title} (server edit)`, _version: 1 });
        check(serverEdit._version === 2, `the server edit made ${brief(serverEdit)}`);
        const tEdit = mark();
        // DataStore.save on a stopped DataStore starts it again (delta sync first), then the
        // stale edit (made on _version 1) goes out with _version 1: the server sees a conflict.
        await DataStore.save(Post.copyOf(before, (d) => { d.rating = clientRating; }));
        await waitFor('outboxMutationProcessed for the stale edit', () => processed(tEdit, target.id).length, 45000);
        const sent = wire.filter((w) => w.n > tEdit && w.field === 'updatePost' && w.variables.input.id === target.id);
        check(sent.length && sent[0].variables.input._version === 1, `the edit should go out with the stale _version 1: ${JSON.stringify(sent.map((w) => w.variables.input))}`);
        const s = await http.get(target.id);
        const l = await DataStore.query(Post, target.id);
        check(l, 'the client lost the record');
        const diffs = sameRecord(l, s);
        check(!diffs.length, `client and server differ after the conflict: ${diffs.join('; ')}`);
        check(s._version === 3, `expected _version 3 on the server (1 → server edit 2 → merged 3), got ${s._version}`);
        check(s.title === serverEdit.title, `the server's edit was lost: title ${JSON.stringify(s.title)}`);
        const rejected = sent.filter((w) => w.response && w.response.errors && w.response.errors[0].errorType === 'ConflictUnhandled').length;
        const modeSync = hubSince(m0, 'modelSynced', (d) => d.model && d.model.name === 'Post').map((h) => (h.data.isDeltaSync ? 'delta' : 'full'));
        return { s, sent, rejected, modeSync };
    }

    await step(4, 'stale edit made while stopped: automerge, default conflict handler', async (m0) => {
        const target = seeded[0];
        const { s, rejected, modeSync } = await conflictStep(m0, target, 42);
        // Automerge (DATASTORE-SPEC §6.4): a scalar that differs keeps the server's value.
        check(s.rating === target.rating, `automerge keeps the server's rating ${target.rating}, the server holds ${s.rating}`);
        return `update sent with _version 1 against v2, ${rejected} ConflictUnhandled, merged to ${brief(s)} on both sides ` +
            `(automerge kept the server's rating, as AppSync does); restart sync: ${modeSync.join(', ') || 'none'}`;
    });

    await step(5, 'server restart: the client catches up by delta sync', async (m0) => {
        await waitFor('the client\'s websocket with 3 subscriptions acknowledged', realtimeUp, 20000);
        const tDown = Date.now();
        const mDown = mark();
        await stopServer(server);
        // A change made while the server is down for the client: another server process
        // on the same database and another port takes it, then the real one comes back.
        const other = startServer({ port: await freePort(), tls: false, label: 'downtime writer' });
        const ep = `http://127.0.0.1:${other.port}/graphql`;
        await waitServerUp(other, ['http']);
        const made = await http.create({ title: 'made during downtime', rating: 9, status: 'ACTIVE' }, ep);
        const edited = await http.update({ id: seeded[1].id, title: 'seed-2 (edited during downtime)', _version: 1 }, ep);
        await stopServer(other);
        const optimistic = STEPS.has('6');
        await startMain(optimistic ? { conflict: 'optimistic' } : {});
        const down = Date.now() - tDown;
        await waitFor("Hub modelSynced{isDeltaSync:true} after the restart", () =>
            hubSince(mDown, 'modelSynced', (d) => d.model && d.model.name === 'Post' && d.isDeltaSync).length, 55000);
        const l = await DataStore.query(Post, made.id);
        check(l && l.title === made.title && l._version === 1, `the downtime create is not in the client: ${brief(l)}`);
        const e = await DataStore.query(Post, edited.id);
        check(e && e.title === edited.title && e._version === 2, `the downtime update is not in the client: ${brief(e)}`);
        const syncs = wire.filter((w) => w.n > mDown && w.field === 'syncPosts');
        check(syncs.length && syncs.every((w) => w.variables.lastSync > 0), `the catch-up should be syncPosts with lastSync > 0: ${JSON.stringify(syncs.map((w) => w.variables))}`);
        const ev = hubSince(mDown, 'modelSynced', (d) => d.model && d.model.name === 'Post' && d.isDeltaSync)[0];
        return `server down ${secs(down)} s; delta sync (lastSync ${syncs[0].variables.lastSync}, counts ${JSON.stringify(ev.data.counts)}) ` +
            `${secs(ev.t - tDown)} s after the stop brought the downtime create and update` +
            (optimistic ? '; server now runs --conflict optimistic' : '');
    }, { needs: [() => (TLS ? null : 'no --dev-tls on this server: no websocket, so nothing tells the client of a restart')] });

    await step(6, 'stale edit made while stopped: --conflict optimistic, merging conflict handler', async (m0) => {
        await DataStore.stop();
        if (!server.child.spawnargs.includes('optimistic')) {
            // (Step 5 restarts it so when it runs; otherwise do it here, while the client is stopped.)
            await stopServer(server);
            await startMain({ conflict: 'optimistic' });
        }
        // The default handler resends only the failed input with explicit nulls for the other
        // fields (amplify-js #12360; client facts §6.3); a handler that lays the local changes
        // over the server's record is what apps use (§6.4).
        DataStore.configure({
            conflictHandler: ({ localModel, remoteModel, modelConstructor, attempts, operation }) => {
                conflicts.push({ attempts, operation, local: { ...localModel }, remote: { ...remoteModel } });
                return modelConstructor.copyOf(remoteModel, (d) => {
                    for (const [k, v] of Object.entries(localModel))
                        if (v !== null && v !== undefined && !k.startsWith('_') && !['id', 'createdAt', 'updatedAt'].includes(k)) d[k] = v;
                });
            },
        });
        const target = seeded[2];
        const { s, sent, rejected } = await conflictStep(m0, target, 43);
        check(rejected === 1, `expected one ConflictUnhandled reply, got ${rejected}`);
        check(conflicts.length === 1 && conflicts[0].attempts === 1 && conflicts[0].remote._version === 2,
            `the conflict handler should run once with the server's v2: ${show(conflicts, 600)}`);
        check(sent.length === 2 && sent[1].variables.input._version === 2, `the retry should carry _version 2: ${show(sent.map((w) => w.variables.input), 600)}`);
        check(s.rating === 43, `the client's rating 43 should win after the handler, the server holds ${s.rating}`);
        return `ConflictUnhandled carrying the server's v2, handler merged, retry with _version 2 → ${brief(s)} on both sides`;
    });

    try {
        await DataStore.stop();
    } catch { /* best effort */ }
    await stopServer(server);
    console.log(`interop: ${results.pass} passed, ${results.fail} failed, ${results.skip} skipped (${since()} s)`);
    return results.fail ? 1 : 0;
}

main().then((code) => process.exit(code), async (err) => {
    console.log(`FAIL scenario crashed: ${err && err.stack}`);
    for (const p of live) p.child.kill('SIGKILL');
    process.exit(1);
});
