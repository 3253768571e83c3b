// `npm run seed:large [-- --scale 0.01]`: the organization "Grande" with 1,000,000 attendances over
// three years and 10,000,000 attendance events, for the panel benchmark (scripts/bench/panels.ts,
// SPEC PAN-07…PAN-11). Set-based INSERT … SELECT generate_series in chunks, never row by row.
// PostgreSQL only (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/atende_large, created
// when missing); it refuses PGlite because a million rows in WebAssembly tells nothing.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/platform/db/client.js';
import { runMigrations } from '../apps/server/src/platform/db/migrate.js';
import { builtInContactOrigins } from '../apps/server/src/modules/service/config/contact-origins.js';
import { LARGE_URL } from './bench/panels.js';

const url = LARGE_URL;
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const scale = Number(arg('scale') ?? '1');
const ATTENDANCES = Math.round(1_000_000 * scale);
const EVENTS_PER_ATTENDANCE = 10;
const PERSONS = Math.max(1000, Math.round(200_000 * scale));
const CHUNK = 100_000;

const t0 = performance.now();
const log = (msg: string) => console.log(`[seed:large ${((performance.now() - t0) / 1000).toFixed(1)} s] ${msg}`);

if (!/^postgres(ql)?:\/\//.test(url)) {
  console.error('seed:large needs a PostgreSQL DATABASE_URL (it refuses PGlite).');
  process.exit(1);
}
if (!Number.isFinite(scale) || scale <= 0) {
  console.error('--scale must be a positive number');
  process.exit(1);
}

async function ensureDatabase() {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    const found = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) {
      await c.query(`create database ${name}`);
      log(`created database ${name}`);
    }
  } finally {
    await c.end();
  }
}

await ensureDatabase();
const database = await openDatabase({ url, poolSize: 2 });
await runMigrations(database);
await database.close();
log('migrations applied');

const client = new pg.Client({ connectionString: url });
await client.connect();
const q = async (text: string, values: unknown[] = []) => (await client.query(text, values)).rows;
const timed = async (label: string, text: string, values: unknown[] = []) => {
  const started = performance.now();
  const res = await client.query(text, values);
  log(`${label}: ${res.rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return res.rows;
};

let [org] = await q(`select id from organizations where slug = 'grande'`);
if (!org) [org] = await q(`insert into organizations (name, slug) values ('Grande', 'grande') returning id`);
const orgId = String(org!.id);
const [{ n: existing }] = (await q('select count(*)::int as n from attendances where organization_id = $1', [orgId])) as [{ n: number }];
if (existing >= ATTENDANCES) {
  log(`organization Grande already has ${existing} attendances; nothing to do`);
  await client.end();
  process.exit(0);
}
if (existing > 0) {
  log(`organization Grande has ${existing} attendances (an interrupted run?): removing them first`);
  await timed('delete attendances', 'delete from attendances where organization_id = $1', [orgId]);
}

// Reference data: reused when present (idempotent by name/email).
const ensure = async (label: string, text: string) => timed(label, text, [orgId]);
await ensure(
  'companies',
  `insert into companies (organization_id, name, document)
   select $1, 'Empresa ' || i, lpad((10000000000000 + i)::text, 14, '0') from generate_series(1, 5) i
   where not exists (select 1 from companies where organization_id = $1)`,
);
await ensure('teams', `insert into teams (organization_id, name) select $1, 'Grupo ' || i from generate_series(1, 8) i on conflict do nothing`);
await ensure(
  'users',
  `insert into users (organization_id, email, name, password_hash, role)
   select $1, 'grande' || i || '@grande.local', 'Operador ' || i, 'x', case when i <= 2 then 'admin' when i <= 6 then 'supervisor' else 'agent' end
   from generate_series(1, 60) i on conflict do nothing`,
);
await ensure(
  'queues',
  `insert into queues (organization_id, name, kind) select $1, 'Fila ' || i, case when i = 1 then 'voice' else 'chat' end from generate_series(1, 4) i on conflict do nothing`,
);
await ensure(
  'processes',
  `insert into processes (organization_id, name) select $1, 'Processo ' || i from generate_series(1, 12) i on conflict do nothing`,
);
await ensure(
  'subprocesses',
  `insert into subprocesses (organization_id, process_id, name, position, duration_hours)
   select $1, p.id, 'Etapa ' || j, j, 4 * j from processes p cross join generate_series(1, 4) j
   where p.organization_id = $1 on conflict do nothing`,
);
await ensure(
  'classifications',
  `insert into classifications (organization_id, kind, name)
   select $1, k, initcap(k) || ' ' || i from unnest(array['opening','closing']) k cross join generate_series(1, 15) i on conflict do nothing`,
);
await timed(
  'contact origins',
  `insert into contact_origins (organization_id, key, name, position)
   select $1, k, n, o from unnest($2::text[], $3::text[]) with ordinality as t(k, n, o)
   on conflict do nothing`,
  [orgId, builtInContactOrigins.map((o) => o.key), builtInContactOrigins.map((o) => o.name)],
);
const [{ n: personCount }] = (await q('select count(*)::int as n from persons where organization_id = $1', [orgId])) as [{ n: number }];
if (personCount < PERSONS) {
  await timed(
    'persons',
    `insert into persons (organization_id, type, name, search_name, document)
     select $1, 'PF', n, lower(n), lpad((50000000000 + i)::text, 11, '0')
     from (select i, (array['Ana','Bruno','Carla','Daniel','Eduarda','Felipe','Gabriela','Heitor','Isabela','João'])[1 + i % 10] || ' ' ||
                     (array['Silva','Souza','Oliveira','Santos','Pereira','Lima','Costa','Ferreira','Almeida','Ribeiro'])[1 + (i / 10) % 10] || ' ' || i as n
           from generate_series($2::int + 1, $3::int) i) t
     on conflict do nothing`,
    [orgId, personCount, PERSONS],
  );
  log(`persons: ${PERSONS}`);
}

// Reference ids numbered 0…n-1 per kind; each generated row picks one by a hash of its number
// (joins on small tables: an array of 200,000 ids would be detoasted again for every row).
await q(`create temporary table ref (kind text, n int, id uuid, extra uuid, primary key (kind, n))`);
const refs: Record<string, string> = {
  company: `select id, null::uuid from companies where organization_id = $1 order by name`,
  team: `select id, null::uuid from teams where organization_id = $1 order by name`,
  agent: `select id, null::uuid from users where organization_id = $1 and role = 'agent' order by email`,
  queue: `select id, null::uuid from queues where organization_id = $1 order by name`,
  origin: `select id, null::uuid from contact_origins where organization_id = $1 order by position`,
  opening: `select id, null::uuid from classifications where organization_id = $1 and kind = 'opening' order by name`,
  closing: `select id, null::uuid from classifications where organization_id = $1 and kind = 'closing' order by name`,
  sub: `select id, process_id from subprocesses where organization_id = $1 order by id`,
  person: `select id, null::uuid from persons where organization_id = $1 order by id`,
};
const count: Record<string, number> = {};
for (const [kind, select] of Object.entries(refs)) {
  const res = await client.query(`insert into ref select '${kind}', (row_number() over ()) - 1, t.* from (${select}) t`, [orgId]);
  count[kind] = res.rowCount ?? 0;
}
await q('analyze ref');
const pick = (kind: string, alias: string, h: string) => `join ref ${alias} on ${alias}.kind = '${kind}' and ${alias}.n = (${h}) % ${count[kind]}`;

// One chunk of attendances: i is the row number. 5% open (status <> finished, mostly the last
// two days, some up to 60 days), the rest finished within three years; SLA due 8–72 h after
// opening, 2% of the open ones paused.
const attendanceChunk = `
  insert into attendances (organization_id, protocol, status, channel_type, queue_id, assignee_id, person_id, contact,
    created_at, enqueued_at, assigned_at, first_response_at, finished_at, finished_by, company_id, team_id, opened_by,
    contact_origin_id, opening_classification_id, closing_classification_id, process_id, subprocess_id,
    subprocess_started_at, subprocess_due_at, address_city, address_district, address_street, address_condo,
    sla_mode, sla_minutes, sla_started_at, sla_due_at, sla_paused_at, service_order_status)
  select $1, to_char(g.created_at, 'YYYY') || '-' || lpad(g.i::text, 10, '0'),
    case when g.open then (array['waiting','assigned','in_progress','in_progress'])[1 + g.h % 4] else 'finished' end,
    (array['webchat','whatsapp','email','voice','telegram'])[1 + g.h % 5],
    q.id, case when g.open and g.h % 7 = 0 then null else ag.id end,
    case when g.h % 10 = 0 then null else pe.id end,
    jsonb_build_object('name', 'Contato ' || g.i),
    g.created_at, g.created_at, g.created_at + interval '1 minute',
    case when g.h % 20 = 0 then null else g.created_at + make_interval(secs => 10 + g.h % 300) end,
    case when g.open then null else g.created_at + make_interval(mins => 30 + g.h % 4000) end,
    case when g.open then null else fb.id end,
    co.id, tm.id, ob.id, og.id, clo.id, case when g.open then null else clc.id end,
    sp.extra, case when g.open or g.h % 3 = 0 then sp.id end,
    g.created_at + interval '2 minutes', case when g.open or g.h % 3 = 0 then g.created_at + make_interval(hours => 4 * (1 + g.h % 4)) end,
    (array['São Paulo','Campinas','Santos','Curitiba','Belo Horizonte','Salvador','Recife','Porto Alegre'])[1 + g.h % 8],
    'Bairro ' || (g.h % 60), 'Rua ' || (g.h % 500), case when g.h % 9 = 0 then 'Condomínio ' || (g.h % 40) end,
    'business', 60 * (8 + g.h % 64), g.created_at,
    case when g.open and g.h % 50 = 0 then null else g.created_at + make_interval(hours => 8 + g.h % 64) end,
    case when g.open and g.h % 50 = 0 then g.created_at + interval '1 hour' end,
    (array['none','none','none','unscheduled','scheduled','done'])[1 + g.h % 6]
  from (
    select i, h, open,
      case when open then now() - make_interval(secs => (h % (case when h % 10 < 3 then 60 * 86400 else 2 * 86400 end))::double precision)
           else now() - make_interval(secs => (h % (3 * 365 * 86400))::double precision) end as created_at
    from (select i, abs(hashint4(i)) as h, abs(hashint4(i * 31 + 7)) % 100 < 5 as open from generate_series($2::int, $3::int) i) x
  ) g
  ${pick('queue', 'q', 'g.h')} ${pick('agent', 'ag', 'g.h')} ${pick('person', 'pe', 'g.h / 3')} ${pick('agent', 'fb', 'g.h / 3')}
  ${pick('company', 'co', 'g.h')} ${pick('team', 'tm', 'g.h')} ${pick('agent', 'ob', 'g.h / 7')} ${pick('origin', 'og', 'g.h / 11')}
  ${pick('opening', 'clo', 'g.h / 13')} ${pick('closing', 'clc', 'g.h / 17')} ${pick('sub', 'sp', 'g.h')}`;

// Bulk load without the secondary indexes, then rebuild them from their own definitions (as the
// migrations wrote them): maintaining a dozen indexes row by row makes each chunk slower than the last.
const indexes = (await q(
  `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename in ('attendances', 'attendance_events')
   and indexname not in (select conname from pg_constraint)`,
)) as { indexname: string; indexdef: string }[];
for (const i of indexes) await client.query(`drop index if exists "${i.indexname}"`);
log(`dropped ${indexes.length} secondary indexes for the load`);
// The ids come from the reference rows just read, so the per-row foreign-key triggers (a dozen per
// attendance) are skipped for the load: replica mode fires no FK triggers (superuser only).
await client.query(`set session_replication_role = replica`);

for (let from = 1; from <= ATTENDANCES; from += CHUNK) {
  const to = Math.min(ATTENDANCES, from + CHUNK - 1);
  await timed(`attendances ${from}…${to}`, attendanceChunk, [orgId, from, to]);
}

// Ten events per attendance, after its opening: created, assigned, messages, SLA and subprocess events.
const eventChunk = `
  insert into attendance_events (organization_id, attendance_id, type, actor_id, data, created_at)
  select a.organization_id, a.id,
    (array['created','assigned','started','details_changed','description_changed','sla_defined','subprocess_started','taken','service_order_viewed','finished'])[k],
    a.assignee_id, '{}'::jsonb,
    least(coalesce(a.finished_at, now()), a.created_at + make_interval(mins => k * (1 + (a.code % 97)::int)))
  from attendances a cross join generate_series(1, ${EVENTS_PER_ATTENDANCE}) k
  where a.organization_id = $1 and a.code between $2 and $3`;
const [{ lo, hi }] = (await q('select min(code)::bigint as lo, max(code)::bigint as hi from attendances where organization_id = $1', [orgId])) as [
  { lo: string; hi: string },
];
for (let from = Number(lo); from <= Number(hi); from += CHUNK) {
  const to = Math.min(Number(hi), from + CHUNK - 1);
  await timed(`events for codes ${from}…${to}`, eventChunk, [orgId, from, to]);
}
await client.query(`set session_replication_role = origin`);
for (const i of indexes) await timed(`index ${i.indexname}`, i.indexdef);
// Rows are generated in random time order; a real table grows in time order, so open and recent
// attendances sit together at its end. CLUSTER gives the same physical layout.
await timed('cluster by opening time', 'cluster attendances using attendances_created');
await timed('vacuum analyze', 'vacuum analyze attendances, attendance_events, persons, users');
const [summary] = await q(
  `select count(*) as attendances, count(*) filter (where status <> 'finished') as open,
     count(*) filter (where status <> 'finished' and sla_paused_at is null and sla_due_at < now()) as open_late
   from attendances where organization_id = $1`,
  [orgId],
);
log(`done: ${JSON.stringify(summary)}`);
await client.end();
