/**
 * Today's demo is today's law (4 December 2026): dagpenge spells from 2024
 * have their first three months with the a-kasse, the 2020 contact course does
 * not apply to them, no ressourceforløb or revalidering begins after the
 * abolition of 1 July 2026, no jobafklaring begun after it goes to the
 * rehabilitation team, and the 25 % exemption is recorded as decisions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseDatabase, openDatabase } from '../../src/cases/db.ts';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cases/demo.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { loadCaseFiles } from '../../src/cases/store.ts';
import type { CaseFile } from '../../src/rules/case-format.ts';
import { evaluate } from '../../src/rules/engine.ts';

const TODAY = '2026-12-04';
let database: CaseDatabase;
let files: CaseFile[];

beforeAll(async () => {
  database = await openDatabase({ inMemory: true });
  await migrateToLatest(database.db);
  await generateDemo(database.db, {
    ...DEMO_DEFAULTS,
    citizens: 400,
    neighbourCitizens: 2,
    asOf: TODAY,
  });
  const ids = (await database.db.selectFrom('citizens').select('id').execute()).map((r) => r.id);
  files = [...(await loadCaseFiles(database.db, ids)).values()];
}, 400_000);

afterAll(async () => {
  await database.close();
});

describe("today's demo", () => {
  it('records the a-kasse interviews of dagpenge spells from 2024 and gives them the 2024 rules', () => {
    let akasse = 0;
    for (const f of files) {
      const newDp = f.spells.filter((s) => s.targetGroup === '6.1' && s.start >= '2024-01-01');
      if (newDp.length === 0) continue;
      akasse += f.events.filter((e) => e.details?.holder === 'a-kasse').length;
      const r = evaluate(f, TODAY, { trace: false });
      for (const s of newDp) {
        expect(
          r.obligations.some(
            (o) => o.spellId === s.id && o.ruleId === 'lab2020-kontaktforloeb-min4',
          ),
        ).toBe(false);
      }
    }
    expect(akasse).toBeGreaterThan(0);
  });

  it('begins no ressourceforløb or revalidering after 1 July 2026 and takes no later jobafklaring to the team', () => {
    for (const f of files) {
      for (const s of f.spells) {
        if (s.targetGroup === '6.8' || s.targetGroup === '6.10')
          expect(s.start < '2026-07-01').toBe(true);
      }
      const lateJaf = f.spells.some((s) => s.targetGroup === '6.7' && s.start >= '2026-07-01');
      if (lateJaf) expect(f.events.some((e) => e.type === 'rehab-team-meeting')).toBe(false);
    }
  });

  it('records exemption decisions for some spells of the flexible contact course, fewer than 25 %', () => {
    const group = files.flatMap((f) =>
      f.spells.filter(
        (s) => (s.targetGroup === '6.1' || s.targetGroup === '6.2') && s.start >= '2026-01-01',
      ),
    );
    const decisions = files.flatMap((f) =>
      f.events.filter(
        (e) => e.type === 'decision' && e.details?.decision === 'contact-course-exemption',
      ),
    );
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.length / group.length).toBeLessThan(0.25);
  });
});
