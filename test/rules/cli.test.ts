/** `rules list`, `rules explain` and `trials list`, run through commander in-process. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerRulesCommands } from '../../src/cli/commands/rules.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'jobcenter-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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

const CASE = {
  formatVersion: 1,
  municipality: '101',
  citizen: { id: 'c1', birthDate: '1980-06-15' },
  spells: [{ id: 's1', benefit: 'a-dagpenge', targetGroup: '6.1', start: '2019-03-04' }],
  events: [{ id: 'e1', type: 'joint-meeting', date: '2019-03-20' }],
};

const SCENARIO_OK = `scenarios:
  - title: first joint meeting met
    source: "000_213603cd5354bb1f.txt p. 16"
    asOf: 2019-04-15
    case:
      municipality: "101"
      citizen: { id: c1, birthDate: 1980-06-15 }
      spells: [{ id: s1, benefit: a-dagpenge, targetGroup: "6.1", start: 2019-03-04 }]
      events: [{ id: e1, type: joint-meeting, date: 2019-03-20 }]
    expect:
      obligations:
        - { ruleId: lab2015-dp-faellessamtale-first, status: met, dueBy: 2019-03-31, metBy: e1 }
`;

describe('rules CLI', () => {
  it('lists the rules as JSON with id, title, legal reference, validity and groups', async () => {
    const { out } = await run(['rules', 'list', '--json']);
    const list = JSON.parse(out) as {
      id: string;
      legalRef: string;
      validFrom: string;
      targetGroups: string[];
    }[];
    const r = list.find((x) => x.id === 'lab2020-kontaktforloeb-min4')!;
    expect(r.legalRef).toContain('LAB § 31');
    expect(r.validFrom).toBe('2020-01-01');
    expect(r.targetGroups).toContain('6.1');
  });

  it('lists the rules as text', async () => {
    const { out } = await run(['rules', 'list']);
    expect(out).toContain('lab2015-dp-jobsamtale-count');
    expect(out).toContain('Six job interviews');
  });

  it('explains a case as JSON (the engine output)', async () => {
    const file = path.join(scratch, 'case.json');
    writeFileSync(file, JSON.stringify(CASE));
    const { out } = await run(['rules', 'explain', file, '--as-of', '2019-04-15', '--json']);
    const r = JSON.parse(out) as {
      obligations: { ruleId: string; status: string }[];
      trace: unknown[];
    };
    expect(r.obligations).toContainEqual(
      expect.objectContaining({ ruleId: 'lab2015-dp-faellessamtale-first', status: 'met' }),
    );
    expect(r.trace.length).toBeGreaterThan(0);
  });

  it('explains a case as text in Danish and English', async () => {
    const file = path.join(scratch, 'case.json');
    writeFileSync(file, JSON.stringify(CASE));
    const { out } = await run(['rules', 'explain', file, '--as-of', '2019-04-15']);
    expect(out).toContain('Forpligtelser');
    expect(out).toContain('Afvigelser');
    expect(out).toContain('gælder, fordi borgeren er i målgruppe 6.1');
    const en = await run(['rules', 'explain', file, '--as-of', '2019-04-15', '--english']);
    expect(en.out).toContain('Forpligtelser / Obligations');
  });

  it('names the field path of invalid input', async () => {
    const file = path.join(scratch, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...CASE,
        events: [{ id: 'e1', type: 'job-interview', date: '2019-02-30' }],
      }),
    );
    const { error } = await run(['rules', 'explain', file, '--as-of', '2019-04-15']);
    expect(error).toContain('events[0].date');
  });

  it('rejects a malformed --as-of date', async () => {
    const { error } = await run(['rules', 'explain', 'x.json', '--as-of', '15-04-2019']);
    expect(error).toContain('YYYY-MM-DD');
  });

  it('tells a well-written but impossible --as-of date that it is not a real date', async () => {
    const { error } = await run(['rules', 'explain', 'x.json', '--as-of', '2020-13-45']);
    expect(error).toContain('2020-13-45: not a real calendar date');
  });

  it('rules test: passes a folder of correct scenarios and prints PASS per scenario', async () => {
    const dir = path.join(scratch, 'ok');
    mkdirSync(dir, { recursive: true });
    // LAB (2015) first joint meeting within the first 4 weeks (000_213603cd5354bb1f.txt p. 16):
    // spell from 2019-03-04, so the period runs to 2019-03-31; met by the meeting on 2019-03-20.
    writeFileSync(path.join(dir, 'a.yaml'), SCENARIO_OK);
    const { out, error } = await run(['rules', 'test', dir]);
    expect(error).toBeUndefined();
    expect(out).toContain('PASS  a.yaml: first joint meeting met');
    expect(out).toContain('1 passed, 0 failed, 1 scenarios');
  });

  it('rules test: prints FAIL with the reason and fails (exit 1) when a scenario disagrees', async () => {
    const dir = path.join(scratch, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.yaml'), SCENARIO_OK.replace('status: met', 'status: overdue'));
    writeFileSync(path.join(dir, 'b.yaml'), 'scenarios: [ {title: x} ]\n');
    const { out, error } = await run(['rules', 'test', dir]);
    expect(out).toContain('FAIL  a.yaml: first joint meeting met');
    expect(out).toContain('missing obligation');
    expect(out).toContain('FAIL  b.yaml: x');
    expect(out).toContain('scenarios[0].source: missing');
    expect(error).toBe('2 of 2 scenarios failed');
  });

  it('rules test: a scenario may expect the case to be refused', async () => {
    const dir = path.join(scratch, 'invalid');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'a.yaml'),
      SCENARIO_OK.replace('start: 2019-03-04 }', 'start: 2019-03-04, end: 2019-03-01 }').replace(
        /expect:[\s\S]*$/,
        'expect:\n      invalid: "spells[0].end"\n',
      ),
    );
    const { out, error } = await run(['rules', 'test', dir]);
    expect(out).toContain('PASS  a.yaml');
    expect(error).toBeUndefined();
  });

  it('lists the trials as JSON', async () => {
    const { out } = await run(['trials', 'list', '--json']);
    const list = JSON.parse(out) as {
      id: string;
      municipalities: { code: string; part: string | null }[];
      period: { start: string; end: string | null };
      rulesAffected: string[];
    }[];
    // shared/domain/trials.md lists 18 trials of the North Jutland network.
    expect(list).toHaveLength(18);
    const formkrav = list.find((t) => t.id === 'fk2-formkrav-samtaler')!;
    // Part A: 9 municipalities; part B: Frederikshavn, Jammerbugt, Rebild, Vesthimmerland (000 pp. 23, 60).
    expect(formkrav.municipalities.filter((m) => m.part === 'A')).toHaveLength(9);
    expect(formkrav.municipalities.filter((m) => m.part === 'B').map((m) => m.code)).toEqual([
      '813',
      '849',
      '840',
      '820',
    ]);
    expect(formkrav.period).toEqual({ start: '2017-07-01', end: '2022-12-31' });
    const lae285 = list.find((t) => t.id === 'fk2-lae285')!;
    expect(lae285.rulesAffected).toEqual(['sdp2015-lae285-before-first-followup']);
    expect(lae285.period).toEqual({ start: '2018-01-01', end: '2019-12-31' });
  });

  it('lists the trials as text with their municipalities', async () => {
    const { out } = await run(['trials', 'list']);
    expect(out).toContain('fk2-mikrolaan');
    expect(out).toContain('Aalborg (851) 2017-07-01–2021-12-31');
  });
});
