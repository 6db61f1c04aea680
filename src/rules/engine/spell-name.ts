/**
 * A spell named the way a caseworker names it: by its benefit and start date ("forløbet med
 * kontanthjælp fra 2020-03-02"), not by the case file's internal id ("s1"), which the issue
 * #11 reading found in the explanations. Dates stay ISO here; the Danish renderings
 * (`danishText`, the web's `danishDates`) write them the Danish way. Where two spells of the
 * case share benefit and start, the end date (or the id, as a last resort) tells them apart.
 */
import { benefitByCode } from '../../reference/benefits.ts';
import { isTargetGroupCode, targetGroup } from '../../reference/target-groups.ts';
import type { CaseFile } from '../case-format.ts';

type Spell = CaseFile['spells'][number];

/**
 * "forløbet med kontanthjælp fra 2020-03-02" / "the kontanthjælp spell from 2020-03-02";
 * `withEnd` adds " til 2020-09-30" where the spell has ended.
 */
export function spellName(
  spell: Spell,
  all: readonly Spell[],
  withEnd = false,
): { da: string; en: string } {
  const benefit = benefitByCode(spell.benefit);
  const da = benefit ? benefit.nameDa.toLowerCase() : spell.benefit;
  const en = benefit ? benefit.nameEn.toLowerCase() : spell.benefit;
  const twins = all.filter((s) => s.benefit === spell.benefit && s.start === spell.start);
  const showEnd = withEnd || twins.length > 1;
  const end = {
    da: showEnd && spell.end ? ` til ${spell.end}` : '',
    en: showEnd && spell.end ? ` to ${spell.end}` : '',
  };
  // Same benefit, start and end: only the id is left to tell them apart.
  const id = twins.filter((s) => s.end === spell.end).length > 1 ? ` (${spell.id})` : '';
  return {
    da: `forløbet med ${da} fra ${spell.start}${end.da}${id}`,
    en: `the ${en} spell from ${spell.start}${end.en}${id}`,
  };
}

/** "målgruppe 6.3 (aktivitetsparate kontanthjælpsmodtagere)" and its English. */
export function targetGroupName(code: string): { da: string; en: string } {
  if (!isTargetGroupCode(code)) return { da: `målgruppe ${code}`, en: `target group ${code}` };
  const g = targetGroup(code);
  return {
    da: `målgruppe ${code} (${g.nameDa.toLowerCase()})`,
    en: `target group ${code} (${g.nameEn.toLowerCase()})`,
  };
}
