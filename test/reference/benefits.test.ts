import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BENEFITS,
  benefitByCode,
  benefitsInYdelsesgruppe,
  isBenefitCode,
  isTargetGroupAllowed,
  YDELSESGRUPPER,
  ydelsesgruppeByCode,
} from '../../src/reference/benefits.ts';
import { isTargetGroupCode, type TargetGroupCode } from '../../src/reference/target-groups.ts';
import { fileRequirement, itWith, SHARED_DIR } from '../support/requirements.ts';

const README = join(SHARED_DIR, 'domain', 'README.md');

describe('benefits', () => {
  it('has every benefit code the demo generator uses', () => {
    for (const code of [
      'a-dagpenge',
      'kontanthjaelp',
      'uddannelseshjaelp',
      'sygedagpenge',
      'jobafklaring',
      'ressourceforloeb',
      'ledighedsydelse',
      'revalidering',
      'foertidspension',
      'selvforsoergende',
    ]) {
      expect(isBenefitCode(code), code).toBe(true);
      expect(benefitByCode(code)?.code).toBe(code);
    }
    expect(isBenefitCode('dagpenge')).toBe(false);
    expect(benefitByCode('')).toBeUndefined();
  });

  it('has unique codes, and every benefit belongs to an existing ydelsesgruppe', () => {
    expect(new Set(BENEFITS.map((b) => b.code)).size).toBe(BENEFITS.length);
    expect(new Set(YDELSESGRUPPER.map((g) => g.code)).size).toBe(YDELSESGRUPPER.length);
    for (const b of BENEFITS) expect(ydelsesgruppeByCode(b.ydelsesgruppe), b.code).toBeDefined();
    for (const g of YDELSESGRUPPER) {
      expect(benefitsInYdelsesgruppe(g.code).length, g.code).toBeGreaterThan(0);
    }
  });

  it('keeps targetGroup consistent with targetGroups', () => {
    for (const b of BENEFITS) {
      for (const tg of b.targetGroups) expect(isTargetGroupCode(tg), b.code).toBe(true);
      if (b.targetGroup !== null) expect(b.targetGroups, b.code).toContain(b.targetGroup);
      if (b.targetGroups.length === 1) expect(b.targetGroup, b.code).toBe(b.targetGroups[0]);
    }
  });

  it('maps benefits to LAB § 6 target groups as in the domain README (by hand)', () => {
    const expected: [string, TargetGroupCode[]][] = [
      ['a-dagpenge', ['6.1']],
      ['kontanthjaelp', ['6.2', '6.3']],
      ['uddannelseshjaelp', ['6.4', '6.5']],
      ['sygedagpenge', ['6.6']],
      ['jobafklaring', ['6.7']],
      ['ressourceforloeb', ['6.8']],
      ['ledighedsydelse', ['6.9']],
      ['revalidering', ['6.10']],
      ['foertidspension', ['6.11']],
      ['selvforsoergende', ['6.12']],
    ];
    for (const [code, groups] of expected)
      expect(benefitByCode(code)?.targetGroups).toEqual(groups);
    // 12 groups, each reachable from at least one benefit.
    const covered = new Set(BENEFITS.flatMap((b) => b.targetGroups));
    expect(covered.size).toBe(12);
  });

  itWith(fileRequirement(README), 'agrees with the target-group table in the domain README', () => {
    const text = readFileSync(README, 'utf8');
    const danishBenefit: Record<string, string> = {
      arbejdsløshedsdagpenge: 'a-dagpenge',
      kontanthjælp: 'kontanthjaelp',
      uddannelseshjælp: 'uddannelseshjaelp',
      sygedagpenge: 'sygedagpenge',
      'ressourceforløbsydelse under jobafklaring': 'jobafklaring',
      ressourceforløbsydelse: 'ressourceforloeb',
      ledighedsydelse: 'ledighedsydelse',
      revalideringsydelse: 'revalidering',
      førtidspension: 'foertidspension',
      none: 'selvforsoergende',
    };
    const rows = text
      .split('\n')
      .map((l) => /^\| (\d+) \([^)]*\) \|[^|]+\|[^|]+\| ([^|]+) \|$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(rows).toHaveLength(12);
    for (const [, nr, benefitDa] of rows) {
      const code = danishBenefit[benefitDa!.trim()];
      expect(code, benefitDa).toBeDefined();
      expect(isTargetGroupAllowed(code!, `6.${nr}` as TargetGroupCode), `${code} 6.${nr}`).toBe(
        true,
      );
    }
  });

  it('checks benefit/target-group pairs and names an unknown benefit', () => {
    expect(isTargetGroupAllowed('kontanthjaelp', '6.3')).toBe(true);
    expect(isTargetGroupAllowed('a-dagpenge', '6.2')).toBe(false);
    expect(isTargetGroupAllowed('fleksjob', '6.9')).toBe(false);
    expect(() => isTargetGroupAllowed('dagpenge', '6.1')).toThrow(/"dagpenge"/);
  });

  it('counts only income transfers and subsidised employment as public benefits', () => {
    for (const b of BENEFITS) expect(b.publicBenefit, b.code).toBe(b.kind !== 'none');
    expect(benefitByCode('selvforsoergende')?.publicBenefit).toBe(false);
    expect(benefitByCode('su')?.publicBenefit).toBe(false);
    expect(benefitByCode('sygedagpenge')?.publicBenefit).toBe(true);
  });
});
