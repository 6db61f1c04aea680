/**
 * I/O edge: reads the benefit spells of a register directory (DuckDB over
 * spells.parquet) that overlap the base year, one person at a time, as case
 * files (register-cases.ts does the mapping). A spell's municipality is the
 * one where it ended (or stands at the end of the data).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../../register/store.ts';
import type { CaseFile } from '../../rules/case-format.ts';
import { DuckDb, sqlString } from '../../sql/duckdb.ts';
import {
  caseFromRegister,
  DEFAULT_REGISTER_MAPPING,
  type RegisterMapping,
  type RegisterSpellRow,
  SIMULATED_BENEFITS,
} from '../register-cases.ts';

/**
 * Approximate population aged 16–66 in Denmark (about 3.8 million around
 * 2019), used only to weight a synthetic register to national size; override
 * with `weight`. An assumption, not an official figure (docs/simulation.md).
 */
export const NATIONAL_POPULATION_16_66 = 3_800_000;

export interface RegisterCaseload {
  /** Persons in the register (manifest). */
  persons: number;
  /** Persons each case stands for. */
  weight: number;
  /** Cases of persons with a replayed spell overlapping the base year. */
  cases: CaseFile[];
}

export async function loadRegisterCaseload(
  dir: string,
  baseYear: number,
  opts: { municipality?: string; weight?: number; mapping?: RegisterMapping } = {},
): Promise<RegisterCaseload> {
  const manifest = readManifest(dir);
  const spellsPath = join(dir, 'spells.parquet');
  if (!existsSync(spellsPath))
    throw new Error(
      `${dir}: no spells.parquet (write the register with jobcenter synth or register import)`,
    );
  const db = await DuckDb.open({ threads: 1 });
  try {
    const benefits = SIMULATED_BENEFITS.map(sqlString).join(', ');
    const muni = opts.municipality ? ` AND end_municipality = ${sqlString(opts.municipality)}` : '';
    // Spells overlapping the base year (a spell's last day is its last week's Sunday).
    const rows = await db.all(
      `SELECT CAST(person_id AS VARCHAR) AS person_id, benefit, start_week, last_week, ended, end_municipality
       FROM read_parquet(${sqlString(spellsPath)})
       WHERE benefit IN (${benefits})
         AND start_week <= DATE '${baseYear}-12-31' AND last_week + 6 >= DATE '${baseYear}-01-01'${muni}
       ORDER BY person_id, start_week`,
    );
    const cases: CaseFile[] = [];
    let person: string | undefined;
    let group: RegisterSpellRow[] = [];
    const flush = () => {
      if (person === undefined) return;
      const c = caseFromRegister(person, group, baseYear, opts.mapping ?? DEFAULT_REGISTER_MAPPING);
      if (c) cases.push(c);
    };
    for (const r of rows) {
      const p = String(r.person_id);
      if (p !== person) {
        flush();
        person = p;
        group = [];
      }
      group.push({
        benefit: String(r.benefit),
        startWeek: String(r.start_week),
        lastWeek: String(r.last_week),
        ended: r.ended === true,
        municipality: String(r.end_municipality),
      });
    }
    flush();
    return {
      persons: manifest.persons,
      weight: opts.weight ?? NATIONAL_POPULATION_16_66 / manifest.persons,
      cases,
    };
  } finally {
    db.close();
  }
}
