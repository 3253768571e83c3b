import { sql, type SQL } from 'drizzle-orm';

// The joins a panel query may need; each column names the ones it reads (SPEC PAN-01), so a page
// query joins only what its visible, filtered or sorted columns show.
export type JoinKey = 'p' | 'ua' | 'uo' | 'uf' | 'pr' | 'sp' | 'co' | 'clo' | 'clc' | 'og' | 'tm' | 'ue';

const joins: Record<JoinKey, SQL> = {
  p: sql.raw('left join persons p on p.id = a.person_id'),
  ua: sql.raw('left join users ua on ua.id = a.assignee_id'),
  uo: sql.raw('left join users uo on uo.id = a.opened_by'),
  uf: sql.raw('left join users uf on uf.id = a.finished_by'),
  pr: sql.raw('left join processes pr on pr.id = a.process_id'),
  sp: sql.raw('left join subprocesses sp on sp.id = a.subprocess_id'),
  co: sql.raw('left join companies co on co.id = a.company_id'),
  clo: sql.raw('left join classifications clo on clo.id = a.opening_classification_id'),
  clc: sql.raw('left join classifications clc on clc.id = a.closing_classification_id'),
  og: sql.raw('left join contact_origins og on og.id = a.contact_origin_id'),
  tm: sql.raw('left join teams tm on tm.id = a.team_id'),
  // Interactions view only: the event's author.
  ue: sql.raw('left join users ue on ue.id = e.actor_id'),
};

const order: JoinKey[] = ['p', 'ua', 'uo', 'uf', 'pr', 'sp', 'co', 'clo', 'clc', 'og', 'tm', 'ue'];

export function joinsSql(keys: Iterable<JoinKey>): SQL {
  const wanted = new Set(keys);
  return sql.join(
    order.filter((k) => wanted.has(k)).map((k) => joins[k]),
    sql.raw(' '),
  );
}
