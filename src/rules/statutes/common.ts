/** Shared vocabulary for the statute files: sources, spans, anchors, event matches. */
import type {
  Anchor,
  Bilingual,
  Dated,
  DatedValue,
  EventMatch,
  IsoDate,
  ParameterValue,
  Rule,
  SourceRef,
  Span,
  Validity,
} from '../model.ts';

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

/** A source read on the web (law after 2021): law or page, section, address, day read. */
export const web = (file: string, pages: string, url: string, read = '2026-12-04'): SourceRef => ({
  file,
  pages,
  url,
  read,
});

function dayBefore(iso: IsoDate): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A rule whose numbers (counts, months, forms) are dated parameters: `build`
 * gets the values in force and returns the rule; one version is made for each
 * period in which every parameter keeps its value. The versions share the id,
 * carry the values with the law that set each (`parameters`), and split the
 * rule's validity between them — a law that changes a number adds a dated
 * value here instead of a copy of the rule.
 */
export function versioned<P extends Record<string, unknown>>(
  params: { readonly [K in keyof P]: Dated<P[K]> },
  build: (values: P) => Rule,
): Rule[] {
  const keys = Object.keys(params) as (keyof P & string)[];
  const at = (k: keyof P & string, day: IsoDate): DatedValue<P[typeof k]> | undefined => {
    let pick: DatedValue<P[typeof k]> | undefined;
    for (const v of params[k]) if (v.from <= day) pick = v;
    return pick;
  };
  const first = (k: keyof P & string) => params[k][0]!;
  const probe = build(Object.fromEntries(keys.map((k) => [k, first(k).value])) as P);
  const { from, to } = probe.validity;
  const cuts = new Set<IsoDate>([from]);
  for (const k of keys)
    for (const v of params[k]) if (v.from > from && (!to || v.from <= to)) cuts.add(v.from);
  const starts = [...cuts].sort();
  return starts.map((start, i) => {
    const values = {} as P;
    const recorded: Record<string, ParameterValue> = {};
    for (const k of keys) {
      const v = at(k, start) ?? first(k);
      values[k] = v.value;
      recorded[k] = { value: v.value, from: v.from, setBy: v.setBy };
    }
    const r = build(values);
    const next = starts[i + 1];
    const end = next ? dayBefore(next) : to;
    return {
      ...r,
      validity: { ...r.validity, from: start, ...(end ? { to: end } : {}) },
      parameters: recorded,
      ...(starts.length > 1 ? { version: i + 1 } : {}),
    };
  });
}
