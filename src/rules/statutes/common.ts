/** Shared vocabulary for the statute files: sources, spans, anchors, event matches. */
import type { Anchor, Bilingual, EventMatch, Rule, Span, Validity } from '../model.ts';

/** Source files in /work/shared/seeds. */
export const S000 = '000_213603cd5354bb1f.txt';
export const S001 = '001_5174f690df2087eb.txt';
export const S002 = '002_19977035304c9716.txt';

export const src = (file: string, pages: string) => ({ file, pages });

/** "n units after" the anchor. */
export const after = (n: number, unit: Span['unit']): Span => ({ n, unit, counting: 'elapsed' });
/** "within the first n units" starting on the anchor day. */
export const within = (n: number, unit: Span['unit']): Span => ({ n, unit, counting: 'period' });

export const LAB2015: Validity = { from: '2015-01-01', to: '2019-12-31' };
export const LAB2020: Validity = { from: '2020-01-01' };

export const SPELL_START: Anchor = {
  kind: 'spell-start',
  label: { da: 'forløbets start', en: 'start of the spell' },
};
export const UNEMPLOYMENT_START: Anchor = {
  kind: 'spell-start',
  label: { da: 'ledighedens start', en: 'start of unemployment' },
};

export const eventAnchor = (event: EventMatch, label: Bilingual): Anchor => ({
  kind: 'event',
  event,
  label,
});

export const offerOf = (offerKind: string | readonly string[]): EventMatch => ({
  types: ['offer'],
  details: { offerKind },
});

export const certificate = (code: string, received = true): EventMatch => ({
  types: received ? ['certificate-received'] : ['certificate-requested', 'certificate-received'],
  details: { certificate: code },
});

export const decision = (d: string | readonly string[]): EventMatch => ({
  types: ['decision'],
  details: { decision: d },
});

type RuleInput = Omit<Rule, 'exceptions' | 'rounding' | 'severity'> &
  Partial<Pick<Rule, 'exceptions' | 'rounding' | 'severity'>>;

/** A rule with the defaults: no exceptions, clamp month rounding, severity error. */
export function rule(r: RuleInput): Rule {
  return { exceptions: [], rounding: 'clamp', severity: 'error', ...r };
}

/** A catalogued rule that creates no obligations (context, or enforced by another rule). */
export function info(
  r: Omit<RuleInput, 'schedule' | 'requires' | 'action'> & Partial<Pick<Rule, 'requires'>>,
): Rule {
  return rule({
    requires: 'assessment',
    action: { da: 'ingen selvstændig frist', en: 'no deadline of its own' },
    ...r,
    schedule: { kind: 'informational' },
    severity: 'info',
  });
}
