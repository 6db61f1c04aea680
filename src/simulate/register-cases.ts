/**
 * The weekly register's benefit spells as case files for the simulator
 * (pure; src/simulate/caseload/register.ts reads the spells).
 *
 * The register carries benefits, not LAB target groups, ages or readiness
 * (docs/register-format.md), so the mapping makes documented choices
 * (docs/simulation.md § Caseloads):
 *
 * - a-dagpenge → 6.1; sygedagpenge → 6.6; jobafklaring → 6.7;
 *   ressourceforløb → 6.8; ledighedsydelse → 6.9; revalidering → 6.10;
 * - kontanthjælp and integrationsydelse → 6.3 (aktivitetsparat) for a share
 *   `activityReadyShare` of persons, else 6.2 (jobparat); uddannelseshjælp →
 *   6.5 for the same share, else 6.4. Which persons is fixed by a hash of
 *   the person id, so the split is the same in every run and rule set; a
 *   spell that carries the register's visitationskategori (`category`) takes
 *   its group from that instead;
 * - fleksjob and førtidspension are left out (no contact course of their own
 *   in the engine's groups; 6.11 needs løntilskud employment);
 * - the spell runs from the Monday of its first week to the Sunday of its
 *   last; a spell still running at the end of the data has no end;
 * - age: uddannelseshjælp recipients are 25, everybody else 40, on 1 July of
 *   the base year (the register has no birth dates).
 */
import type { CaseFile } from '../rules/case-format.ts';
import { dayOf, isoOf } from '../rules/days.ts';
import { hashShare } from './levers.ts';

export interface RegisterSpellRow {
  benefit: string;
  /** Monday of the first week (YYYY-MM-DD). */
  startWeek: string;
  /** Monday of the last week. */
  lastWeek: string;
  /** The spell ended inside the data. */
  ended: boolean;
  municipality: string;
  /**
   * The visitationskategori where the register has one (kontanthjælp, integrationsydelse,
   * uddannelseshjælp): aktivitetsparat → 6.3/6.5, jobparat or uddannelsesparat → 6.2/6.4,
   * in place of the mapping's readiness draw.
   */
  category?: string;
}

export interface RegisterMapping {
  /** Share of kontanthjælp/integrationsydelse/uddannelseshjælp recipients who are aktivitetsparate. */
  activityReadyShare: number;
}

export const DEFAULT_REGISTER_MAPPING: RegisterMapping = { activityReadyShare: 0.7 };

type Group = CaseFile['spells'][number]['targetGroup'];

const FIXED: Readonly<Record<string, Group>> = {
  'a-dagpenge': '6.1',
  sygedagpenge: '6.6',
  jobafklaring: '6.7',
  ressourceforloeb: '6.8',
  ledighedsydelse: '6.9',
  revalidering: '6.10',
};

/** The register benefits the simulator replays. */
export const SIMULATED_BENEFITS: readonly string[] = [
  ...Object.keys(FIXED),
  'kontanthjaelp',
  'integrationsydelse',
  'uddannelseshjaelp',
];

/** The target groups a register benefit's spells can fall in (either readiness). */
export function groupsOfBenefit(benefit: string): Group[] {
  return [...new Set([groupOf(benefit, false), groupOf(benefit, true)])].filter(
    (g): g is Group => g !== undefined,
  );
}

function groupOf(benefit: string, activityReady: boolean): Group | undefined {
  const g = FIXED[benefit];
  if (g) return g;
  if (benefit === 'kontanthjaelp' || benefit === 'integrationsydelse')
    return activityReady ? '6.3' : '6.2';
  if (benefit === 'uddannelseshjaelp') return activityReady ? '6.5' : '6.4';
  return undefined;
}

/** `iso` + `days` by day numbers (a Date per spell was a tenth of rettidighed's engine time). */
function addDaysIso(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** One person's spells as a case file; undefined when none of them is replayed. */
export function caseFromRegister(
  personId: string,
  rows: readonly RegisterSpellRow[],
  baseYear: number,
  mapping: RegisterMapping = DEFAULT_REGISTER_MAPPING,
): CaseFile | undefined {
  const id = `p${personId}`;
  const activityReady = hashShare(`${id}:readiness`) < mapping.activityReadyShare;
  const spells: CaseFile['spells'] = [];
  let municipality: string | undefined;
  let young = false;
  for (const r of rows) {
    const ready =
      r.category === 'aktivitetsparat'
        ? true
        : r.category === 'jobparat' || r.category === 'uddannelsesparat'
          ? false
          : activityReady;
    const targetGroup = groupOf(r.benefit, ready);
    if (!targetGroup) continue;
    if (r.benefit === 'uddannelseshjaelp') young = true;
    municipality ??= r.municipality;
    spells.push({
      id: `s${spells.length + 1}`,
      benefit: r.benefit as CaseFile['spells'][number]['benefit'],
      targetGroup,
      start: r.startWeek,
      ...(r.ended ? { end: addDaysIso(r.lastWeek, 6) } : {}),
    });
  }
  if (spells.length === 0 || municipality === undefined) return undefined;
  return {
    formatVersion: 1,
    municipality,
    citizen: { id, birthDate: `${baseYear - (young ? 25 : 40)}-07-01` },
    spells,
    events: [],
    trials: [],
  };
}
