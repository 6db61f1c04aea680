/**
 * `rules list --as-of` and `rules diff`: the rules in force on a date and what
 * changed between two dates, with the law that set each value. Expectations
 * come from the laws: L 129 (lov nr. 727/2023, 1 January 2024) and L 66
 * (lov nr. 1750/2025, 1 July 2026), and the horizon (2026-12-31).
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerRulesCommands } from '../../src/cli/commands/rules.ts';
import type { RulesDiff, RulesOnDate } from '../../src/rules/catalog-view.ts';

async function run(args: string[]): Promise<{ out: string; error?: string }> {
  let out = '';
  const program = new Command()
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerRulesCommands(program, { out: (t) => (out += t) });
  try {
    await program.parseAsync(['node', 'jobcenter', ...args]);
    return { out };
  } catch (error) {
    return { out, error: error instanceof Error ? error.message : String(error) };
  }
}

describe('rules list --as-of', () => {
  it('on 2023-12-31 lists the 2020 a-kasse meetings and not the 2024 contact course', async () => {
    const on = JSON.parse(
      (await run(['rules', 'list', '--as-of', '2023-12-31', '--json'])).out,
    ) as RulesOnDate;
    const ids = on.rules.map((r) => r.id);
    expect(on.encoded).toBe(true);
    expect(ids).toContain('lab2020-dp-akasse-samtale-3to6');
    expect(ids).not.toContain('lab2024-dp-akasse-samtaler');
  });

  it('on 2026-12-04 lists the a-kasse count of two set by lov nr. 1750/2025', async () => {
    const on = JSON.parse(
      (await run(['rules', 'list', '--as-of', '2026-12-04', '--json'])).out,
    ) as RulesOnDate;
    const r = on.rules.find((x) => x.id === 'lab2024-dp-akasse-samtaler')!;
    const count = r.parameters.find((p) => p.name === 'count')!;
    expect(count.value).toBe(2);
    expect(count.setBy).toContain('lov nr. 1750 af 29/12/2025');
    expect(on.rules.map((x) => x.id)).not.toContain('lab2015-jobrotation-prior-unemployment');
  });

  it('past the horizon lists nothing and says the law is not encoded', async () => {
    const { out } = await run(['rules', 'list', '--as-of', '2027-01-01']);
    expect(out).toContain('The law after 2026-12-31 is not encoded');
    const on = JSON.parse(
      (await run(['rules', 'list', '--as-of', '2027-01-01', '--json'])).out,
    ) as RulesOnDate;
    expect(on.encoded).toBe(false);
    expect(on.rules).toEqual([]);
    expect(on.notEncoded.map((n) => n.id)).toEqual(['lab2027']);
  });
});

describe('rules diff', () => {
  it('2023-12-31 → 2026-07-01 lists the 2024 and 2026 changes with their law numbers', async () => {
    const d = JSON.parse(
      (await run(['rules', 'diff', '--from', '2023-12-31', '--to', '2026-07-01', '--json'])).out,
    ) as RulesDiff;
    const added = d.added.map((r) => r.id);
    expect(added).toEqual(
      expect.arrayContaining([
        'lab2024-dp-akasse-first-2w',
        'lab2024-dp-akasse-samtaler',
        'lab2024-dp-jobcenter-samtaler',
        'lab2024-dp-faelles-16m',
        'ref2026-jobrotation-abolished',
        'ref2026-revalidering-abolished',
      ]),
    );
    expect(d.removed.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'lab2020-dp-akasse-samtale-3to6',
        'lab2015-jobrotation-prior-unemployment',
        'reval-lae265-garanti',
      ]),
    );
    const min4 = d.changed.find((c) => c.id === 'lab2020-kontaktforloeb-min4')!;
    expect(min4.values.map((v) => [v.name, v.setBy?.slice(0, 25)])).toEqual([
      ['paragraph', 'lov nr. 727 af 13/6/2023 '],
      ['exemption', 'lov nr. 1750 af 29/12/202'],
    ]);
    const laws = JSON.stringify(d);
    expect(laws).toContain('lov nr. 727 af 13/6/2023 (L 129, 2022-23)');
    expect(laws).toContain('lov nr. 1750 af 29/12/2025 (L 66, 2025-26)');
  });

  it('2026-06-30 → 2026-07-01 shows the a-kasse count changing from 3 to 2', async () => {
    const d = JSON.parse(
      (await run(['rules', 'diff', '--from', '2026-06-30', '--to', '2026-07-01', '--json'])).out,
    ) as RulesDiff;
    const c = d.changed.find((x) => x.id === 'lab2024-dp-akasse-samtaler')!;
    expect(c.values.find((v) => v.name === 'count')).toMatchObject({ from: 3, to: 2 });
  });

  it('rejects --from after --to', async () => {
    const { error } = await run(['rules', 'diff', '--from', '2026-07-01', '--to', '2026-01-01']);
    expect(error).toContain('--from must not be after --to');
  });
});
