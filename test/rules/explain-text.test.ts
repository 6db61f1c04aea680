/**
 * The caseworker's explanation (`rules explain`): the main sentences, checked
 * against dates worked by hand (LAB 2015 first joint meeting within days 1–28,
 * 000_213603cd5354bb1f.txt p. 16; six interviews in six months, pp. 16–17).
 */
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/rules/case-io.ts';
import { evaluate } from '../../src/rules/engine.ts';
import { danishDate, dayOffNote, formatExplanationDa } from '../../src/rules/explain-text.ts';
import { foldContentFindings } from '../../src/rules/words-da.ts';

const file = (events: unknown[]) =>
  parseCase({
    formatVersion: 1,
    municipality: '851',
    citizen: { id: 'c1', birthDate: '1980-06-15' },
    spells: [{ id: 's1', benefit: 'a-dagpenge', targetGroup: '6.1', start: '2019-03-04' }],
    events,
  });

function explain(events: unknown[], asOf: string): string {
  const f = file(events);
  return formatExplanationDa(evaluate(f, asOf), f);
}

describe('explanations a caseworker understands', () => {
  it('writes Danish dates', () => {
    expect(danishDate('2019-04-17')).toBe('17. april 2019');
    expect(danishDate('2020-12-01')).toBe('1. december 2020');
  });

  it('says "Skal holdes nu", names the municipality, and explains a Sunday deadline', () => {
    // 2019-03-04 + 28 days − 1 = Sunday 31 March 2019.
    const out = explain([], '2019-03-15');
    expect(out).toContain('Sagen vurderet pr. 15. marts 2019 — Aalborg Kommune');
    expect(out).toMatch(/Skal holdes nu +Første fællessamtale .*frist 31\. marts 2019/);
    expect(out).toContain('Fristen 31. marts 2019 er en søndag. Reglerne flytter den ikke');
    expect(out).not.toContain('Forfalden');
    expect(out).not.toContain('kommune 851');
  });

  it('marks a deadline that is today', () => {
    expect(explain([], '2019-03-31')).toMatch(/Frist i dag +Første fællessamtale/);
  });

  it('shows four open interviews as one obligation with progress, met by kind and date, no ids', () => {
    const out = explain(
      [
        { id: '10020', type: 'joint-meeting', date: '2019-03-20' },
        { id: '10021', type: 'job-interview', date: '2019-04-17' },
      ],
      '2019-05-12',
    );
    expect(out).toContain(
      'Seks jobsamtaler i de første seks måneders ledighed (LAB (2015), fælles intensiveret kontaktforløb): 2 af 6 opfyldt, frist 3. september 2019 — opfyldt ved fællessamtale 20. marts 2019, jobsamtale 17. april 2019',
    );
    expect(out.split('Afvigelser')[0]!.match(/Seks jobsamtaler/g)).toHaveLength(1);
    expect(out).not.toContain('10020');
    expect(out).toContain('Afvigelser');
    // Missing content on the two interviews: one low-key note.
    expect(out).toContain(
      'Bemærk           Ved 2 samtaler er ikke alt lovpligtigt indhold registreret (20. marts 2019, 17. april 2019).',
    );
    expect(out).not.toMatch(/Advarsel +Samtalen .* mangler indhold/);
  });

  it('prints each explanation line once', () => {
    const lines = explain([], '2019-05-12')
      .split('\n')
      .filter((l) => l.startsWith('  •'));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('says nothing about a weekday deadline and names a public holiday', () => {
    expect(dayOffNote('2019-04-17')).toBeUndefined();
    // Juledag 2019 is a Wednesday and a public holiday.
    expect(dayOffNote('2019-12-25')).toContain('er en helligdag');
    // What the law says, with its source: nothing moves the deadline.
    expect(dayOffNote('2019-12-25')).toContain(
      'har ingen regel om, at en frist på en lørdag, søndag eller helligdag rykkes til næste hverdag (sygedagpengeloven § 30, stk. 1, 2. pkt.',
    );
  });

  it('names the event a certificate was missing before by kind and Danish date, no id', () => {
    const f = parseCase({
      formatVersion: 1,
      municipality: '851',
      citizen: { id: 'c1', birthDate: '1980-06-15' },
      spells: [
        {
          id: 's1',
          benefit: 'sygedagpenge',
          targetGroup: '6.6',
          start: '2019-03-04',
          flags: ['expected-over-8-weeks'],
        },
      ],
      events: [{ id: '10020', type: 'follow-up-interview', date: '2019-04-10' }],
    });
    const out = formatExplanationDa(evaluate(f, '2019-06-01'), f);
    expect(out).toContain(
      'Lægeattest LÆ285 forelå ikke inden opfølgningssamtale den 10. april 2019, som Sygedagpengeloven § 11a kræver.',
    );
    expect(out).toContain('opfyldt ved opfølgningssamtale 10. april 2019');
    expect(out).not.toContain('10020');
    // A sick-listed person: no prohibitions that concern other groups.
    expect(out).not.toMatch(/mikrolån|psykolog/i);
  });

  it('starts each explanation line with the rule title and paragraph; the rule id comes last, once', () => {
    const f = file([{ id: 'e1', type: 'joint-meeting', date: '2019-03-20' }]);
    const r = evaluate(f, '2019-04-15');
    // No trace sentence, Danish or English, begins with an internal id.
    for (const t of r.trace) {
      expect(t.da).not.toMatch(/^Reglen [a-z0-9]+(-[a-z0-9]+)+ /);
      expect(t.en).not.toMatch(/^Rule [a-z0-9]+(-[a-z0-9]+)+ /);
    }
    const out = formatExplanationDa(r, f);
    expect(out).toContain(
      '  • «Seks jobsamtaler i de første seks måneders ledighed» (LAB (2015), fælles intensiveret kontaktforløb; gyldig 1. januar 2015–31. december 2019) gælder, fordi borgeren er i målgruppe 6.1 fra 4. marts 2019. [lab2015-dp-jobsamtale-count]',
    );
    // The id is a low-key detail at the end of the rule's first line, not repeated on its other lines.
    expect(out.split('[lab2015-dp-jobsamtale-count]')).toHaveLength(2);
    expect(out).toContain(
      '  • Jobsamtale: 1 af 6 opfyldt, regnet fra 4. marts 2019. Næste frist: 3. september 2019.\n',
    );
  });

  describe('the raw trace the citizen page shows (Aalborg, a dagpenge case with two trials on it)', () => {
    // fk2-formkrav-samtaler covers the spell (Aalborg, part A, from 2017-09-01); fk2-mikrolaan does not (6.1).
    const f = parseCase({
      formatVersion: 1,
      municipality: '851',
      citizen: { id: 'c1', birthDate: '1980-06-15' },
      spells: [{ id: 's1', benefit: 'a-dagpenge', targetGroup: '6.1', start: '2019-03-04' }],
      trials: [
        { trialId: 'fk2-formkrav-samtaler', start: '2017-09-01' },
        { trialId: 'fk2-mikrolaan', start: '2017-09-01' },
      ],
      events: [],
    });
    const r = evaluate(f, '2019-05-12');

    it('names trials and rules by title in Danish sentences, not by id', () => {
      const text = [...r.trace.map((t) => t.da), ...r.findings.map((x) => x.message.da)].join('\n');
      expect(text).not.toMatch(/fk2-[a-z0-9-]+/);
      expect(text).not.toMatch(/regel lab20[0-9]{2}-/);
      expect(text).toContain(
        'Forsøget «Formkrav ved lovpligtige samtaler (forsikrede ledige; øvrige målgrupper)» omfatter forløbet med arbejdsløshedsdagpenge fra 2019-03-04 i perioden 2019-03-04–2020-12-31.',
      );
    });

    it('names the spell by its benefit and start date and the målgruppe by its name, never by id (issue #11)', () => {
      const text = [...r.trace.map((t) => t.da), ...r.findings.map((x) => x.message.da)].join('\n');
      expect(text).not.toMatch(/\bs1\b/);
      expect(r.trace.map((t) => t.da)).toContain(
        'Forløbet med arbejdsløshedsdagpenge fra 2019-03-04: målgruppe 6.1 (forsikrede ledige / dagpengemodtagere).',
      );
      // The Danish explanation writes the dates the Danish way.
      expect(formatExplanationDa(r, f)).toContain(
        '  • Forsøget «Mikrolån» omfatter ikke forløbet med arbejdsløshedsdagpenge fra 4. marts 2019 — målgruppe 6.1 (forsikrede ledige / dagpengemodtagere), undergruppen eller perioden ligger uden for forsøget.',
      );
      expect(r.trace.map((t) => t.en)).toContain(
        'The unemployment insurance benefit spell from 2019-03-04: target group 6.1 (insured unemployed).',
      );
    });

    it('never says a trial covers a spell and then that it does not (Aalborg has parts A and B of the form trial)', () => {
      const da = r.trace.map((t) => t.da);
      const spell = 'forløbet med arbejdsløshedsdagpenge fra 2019-03-04';
      const covers = da.flatMap(
        (l) =>
          l.match(/^Forsøget («[^»]+») omfatter (forløbet med .+ fra \S+) i perioden/)?.slice(1) ??
          [],
      );
      // The form trial covers the spell (part A, insured unemployed): said once, never denied.
      expect(covers).toEqual([
        '«Formkrav ved lovpligtige samtaler (forsikrede ledige; øvrige målgrupper)»',
        spell,
      ]);
      expect(da.some((l) => l.startsWith(`Forsøget ${covers[0]} omfatter ikke ${spell}`))).toBe(
        false,
      );
      // The microloan trial, which does not cover a dagpenge spell, says so.
      expect(da.some((l) => l.startsWith(`Forsøget «Mikrolån» omfatter ikke ${spell}`))).toBe(true);
    });

    it('has each line once', () => {
      const keys = r.trace.map((t) => `${t.ruleId}|${t.spellId}|${t.da}`);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('does not say a deadline lies outside the rule version when a trial version applies', () => {
      // The first joint meeting is judged under the trial (8–10 weeks: due 13 May 2019).
      expect(r.obligations.find((o) => o.ruleId === 'lab2015-dp-faellessamtale-first')?.dueBy).toBe(
        '2019-05-13',
      );
      const first = r.trace.filter((t) => t.ruleId === 'lab2015-dp-faellessamtale-first');
      expect(first.map((t) => t.da).join('\n')).not.toContain('falder uden for');
      expect(r.trace.map((t) => t.da).join('\n')).not.toContain('afgøres efter den version');
      // Aalborg's added third joint meeting (12 months: 2020-03-04) lies after the 2015 rules end.
      expect(r.trace.map((t) => t.da)).toContain(
        'Fællessamtale med a-kassen: fristen (regnet fra 2019-03-04) falder uden for perioden 2019-03-04–2019-12-31, hvor forsøgets regel gælder, så den giver ingen frist.',
      );
    });

    it('lists only rules that concern the case: no prohibitions on offers the case does not have', () => {
      const applies = r.trace.filter((t) => t.da.includes('gælder, fordi')).map((t) => t.ruleId);
      expect(applies).toContain('lab2015-dp-jobsamtale-count');
      expect(applies).not.toContain('las65-67-business-start-reval-only');
      expect(applies).not.toContain('sundhedsloven-psykolog-not-offer');
      // The same case without trials lists the same rules (the trials change no prohibition here).
      const g = parseCase({ ...f, trials: [] });
      const plain = evaluate(g, '2019-05-12')
        .trace.filter((t) => t.da.includes('gælder, fordi'))
        .map((t) => t.ruleId);
      expect(applies).toEqual(plain);
    });
  });

  it('folds missing-content findings into one note with the dates; trial and other findings stay (the citizen page uses it)', () => {
    const dates: Record<string, string> = { a: '2019-05-15', b: '2019-03-20', c: '2019-04-17' };
    const f = (ruleId: string, events: string[], trialId?: string) => ({
      ruleId,
      events,
      ...(trialId ? { trialId } : {}),
    });
    const { rest, note } = foldContentFindings(
      [
        f('lab2015-jobsamtale-content', ['a']),
        f('lab2015-dp-jobsamtale-cadence', ['b']),
        f('lab2015-jobsamtale-content', ['b']),
        f('lab2015-jobsamtale-content', ['c']),
        f('lab2015-jobsamtale-content', ['c'], 'fk2-formkrav-samtaler'),
      ],
      (id) => dates[id],
    );
    expect(rest.map((x) => x.ruleId)).toEqual([
      'lab2015-dp-jobsamtale-cadence',
      'lab2015-jobsamtale-content',
    ]);
    expect(note?.da).toBe(
      'Ved 3 samtaler er ikke alt lovpligtigt indhold registreret (20. marts 2019, 17. april 2019, 15. maj 2019).',
    );
    expect(note?.en).toBe(
      'At 3 interviews not all statutory content is recorded (2019-03-20, 2019-04-17, 2019-05-15).',
    );
    expect(foldContentFindings([f('x-cadence', ['a'])], (id) => dates[id]).note).toBeUndefined();
  });
});
