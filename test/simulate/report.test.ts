/**
 * The simulation report names its rows the way a committee paper does and
 * speaks the reader's language. Expected names and figures are written by
 * hand: 60 minutes per job interview at 450 kr an hour (DEFAULT_ASSUMPTIONS,
 * docs/simulation.md § Costs) makes 3 interviews 3 hours and 1,350 kr.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/simulate/costs.ts';
import { eventKindName, municipalityName, targetGroupName } from '../../src/simulate/labels.ts';
import type { ReplayResult } from '../../src/simulate/replay.ts';
import { buildReport } from '../../src/simulate/report.ts';

const result: ReplayResult = {
  baseYear: 2019,
  ruleSets: [{ lawAt: '2023-06-01' }, { lawAt: '2024-06-01' }],
  cases: 1,
  weightedCases: 1,
  cells: [
    { municipality: '851', targetGroup: '6.1', month: 3, kind: 'job-interview', events: [3, 1] },
    {
      municipality: '851',
      targetGroup: '6.1',
      month: 3,
      kind: 'job-interview:a-kasse',
      events: [0, 2],
    },
  ],
  totals: [
    { unschedulable: 0, waived: 0, evaluations: 4, solved: 1 },
    { unschedulable: 0, waived: 0, evaluations: 4, solved: 1 },
  ],
};

describe('simulation labels', () => {
  it('names event kinds, holders and certificates in Danish and English', () => {
    expect(eventKindName('job-interview', 'da')).toBe('Jobsamtale i jobcentret');
    expect(eventKindName('job-interview:a-kasse', 'da')).toBe('Jobsamtale i a-kassen');
    expect(eventKindName('job-interview:a-kasse', 'en')).toBe('Job interview held by the a-kasse');
    expect(eventKindName('certificate-received:LÆ265', 'da')).toBe('Lægeattest LÆ265');
    expect(eventKindName('rehab-team-meeting', 'da')).toBe('Møde i rehabiliteringsteamet');
    expect(eventKindName('something-new', 'da')).toBe('something-new');
  });
  it('names target groups and municipalities', () => {
    expect(targetGroupName('6.1', 'da')).toBe('6.1 Forsikrede ledige / dagpengemodtagere');
    expect(targetGroupName('6.1', 'en')).toBe('6.1 Insured unemployed');
    expect(municipalityName('851')).toBe('851 Aalborg');
    expect(municipalityName('999')).toBe('999');
  });
});

describe('buildReport', () => {
  it('gives Danish rows, headings and figures by default', () => {
    const r = buildReport(result, DEFAULT_ASSUMPTIONS);
    expect(r.title).toBe('Reformberegner');
    const kinds = r.tables.find((t) => t.id === 'haendelser')!;
    expect(kinds.columns.slice(0, 4)).toEqual([
      'hændelse',
      'hændelser A',
      'hændelser B',
      'hændelser B−A',
    ]);
    const krA = kinds.columns.indexOf('kr. A');
    const krDiff = kinds.columns.indexOf('kr. B−A');
    expect(kinds.rows.map((row) => row[0])).toEqual([
      'Jobsamtale i jobcentret',
      'Jobsamtale i a-kassen',
      'I alt',
    ]);
    // 3 interviews at 60 min × 450 kr = 1,350 kr; B has 1 (450 kr); the a-kasse's cost 0 kr.
    expect(kinds.rows[0]![krA]).toBe(1350);
    expect(kinds.rows[2]![krDiff]).toBe(-900);
    const municipalities = r.tables.find((t) => t.id === 'kommuner')!;
    expect(municipalities.rows[0]![0]).toBe('851 Aalborg');
    expect(r.subtitle).toBe('A: lov pr. 2023-06-01; B: lov pr. 2024-06-01');
  });
  it('speaks English when asked', () => {
    const r = buildReport(result, DEFAULT_ASSUMPTIONS, { lang: 'en' });
    expect(r.title).toBe('Reform calculator');
    const groups = r.tables.find((t) => t.id === 'maalgrupper')!;
    expect(groups.title).toBe('By target group');
    expect(groups.columns[1]).toBe('events A');
    expect(groups.rows.map((row) => row[0])).toEqual(['6.1 Insured unemployed', 'Total']);
    expect(r.notes[0]).toMatch(/^Base year 2019; 1 cases/);
  });
});
