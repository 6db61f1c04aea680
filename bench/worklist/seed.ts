/**
 * A large municipality for the worklist benchmark, built fast: the demo
 * generator makes a base of realistic cases (with many caseworkers), then SQL
 * copies them until the municipality has the requested number of citizens.
 * Copies keep their caseworker, spells and events; each gets its own CPR-like
 * number and pseudonym.
 */
import { type Kysely, sql } from 'kysely';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cases/demo.ts';
import type { Database } from '../../src/cases/schema.ts';

export interface SeedOptions {
  citizens: number;
  asOf: string;
  /** Caseworkers per team (5 teams); 30 gives about 130 cases each at 20,000 citizens. */
  caseworkersPerTeam: number;
  log?: (line: string) => void;
}

export async function seedLargeMunicipality(
  db: Kysely<Database>,
  options: SeedOptions,
): Promise<{ citizens: number; events: number; caseworkers: string[]; teamLeaders: string[] }> {
  const base = Math.min(options.citizens, 1000);
  const t0 = performance.now();
  await generateDemo(db, {
    ...DEMO_DEFAULTS,
    citizens: base,
    neighbourCitizens: 10,
    caseworkersPerTeam: options.caseworkersPerTeam,
    asOf: options.asOf,
  });
  options.log?.(`base demo: ${base} citizens in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const copies = Math.ceil(options.citizens / base) - 1;
  const code = DEMO_DEFAULTS.municipalityCode;
  for (let k = 1; k <= copies; k += 1) {
    const take = Math.min(base, options.citizens - base * k);
    if (take <= 0) break;
    await db.transaction().execute(async (trx) => {
      await sql`
        insert into citizens (municipality_code, cpr, cpr_pseudonym, name, birth_date, team_id, caseworker_id)
        select municipality_code,
               -- kk 00 … : a month of 00 never occurs in a real CPR, so copies cannot collide with the base
               lpad((${k}::bigint * 100000000 + id * 10)::text, 10, '0'),
               md5(cpr_pseudonym || ':' || ${k}::text),
               name, birth_date, team_id, caseworker_id
        from citizens
        where municipality_code = ${code} and id in (
          select id from citizens where municipality_code = ${code} order by id limit ${take})
          and cpr_pseudonym not like '%:%'`.execute(trx);
      await sql`
        insert into benefit_spells (citizen_id, benefit, target_group, sub_groups, start_date, end_date, created_by)
        select n.id, s.benefit, s.target_group, s.sub_groups, s.start_date, s.end_date, s.created_by
        from benefit_spells s
        join citizens o on o.id = s.citizen_id
        join citizens n on n.cpr_pseudonym = md5(o.cpr_pseudonym || ':' || ${k}::text)`.execute(
        trx,
      );
      await sql`
        insert into case_events (citizen_id, type, occurred_on, recorded_by, payload, trial_id)
        select n.id, e.type, e.occurred_on, e.recorded_by, e.payload, e.trial_id
        from case_events e
        join citizens o on o.id = e.citizen_id
        join citizens n on n.cpr_pseudonym = md5(o.cpr_pseudonym || ':' || ${k}::text)`.execute(
        trx,
      );
    });
  }
  await sql`analyze`.execute(db);
  const counts = await sql<{ citizens: number; events: number }>`
    select (select count(*) from citizens where municipality_code = ${code})::int as citizens,
           (select count(*) from case_events)::int as events`.execute(db);
  const caseworkers = await db
    .selectFrom('users')
    .select('username')
    .where('municipality_code', '=', code)
    .where('role', '=', 'caseworker')
    .orderBy('username')
    .execute();
  const teamLeaders = await db
    .selectFrom('users')
    .select('username')
    .where('municipality_code', '=', code)
    .where('role', '=', 'team-leader')
    .orderBy('username')
    .execute();
  options.log?.(
    `municipality ${code}: ${counts.rows[0]!.citizens} citizens, ${counts.rows[0]!.events} events, ${caseworkers.length} caseworkers, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return {
    citizens: counts.rows[0]!.citizens,
    events: counts.rows[0]!.events,
    caseworkers: caseworkers.map((c) => c.username),
    teamLeaders: teamLeaders.map((c) => c.username),
  };
}
