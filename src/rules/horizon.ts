/**
 * The horizon: the last day up to which the law is encoded.
 *
 * The engine applies its rules only up to this day. Asked about a later date,
 * it creates no obligations and says so in a finding; obligations that would
 * fall due after the horizon are not created either, because the law that
 * would govern them is not encoded. The horizon is the day before the first
 * regime that is announced but not encoded (or not enacted).
 */
import type { Bilingual, IsoDate, SourceRef } from './model.ts';

/** A regime announced (or enacted) after the encoded law, which the catalogue does not hold. */
export interface AnnouncedRegime {
  id: string;
  title: Bilingual;
  /** The announced in-force day. */
  from: IsoDate;
  status: 'announced' | 'enacted-not-encoded';
  what: Bilingual;
  source: readonly SourceRef[];
}

/**
 * The second phase of the 2025 reform: a new main law on an active employment
 * effort (LAB) repealing LOB, a consequential law, and a law changing
 * sanctions and sygedagpenge, all announced for 1 January 2027. On 4 December
 * 2026 we could not establish from a source we read that they have been
 * passed, nor their text, so nothing of them is encoded. Searched again on
 * 4 December 2026 (docs/rules.md, "The horizon"): the latest sources found are
 * STAR's process page ("forventes at træde i kraft 1. januar 2027") and KL's
 * consultation response of 12 November 2025 on the draft sygedagpenge and
 * aktivlov bill; no bill number of 2026-27, no law number.
 */
export const ANNOUNCED_REGIMES: readonly AnnouncedRegime[] = [
  {
    id: 'lab2027',
    title: {
      da: 'Ny hovedlov om en aktiv beskæftigelsesindsats (LAB) og ophævelse af LOB',
      en: 'New main law on an active employment effort (LAB) repealing LOB',
    },
    from: '2027-01-01',
    status: 'announced',
    what: {
      da: 'Færre målgrupper (13 → 5), uddannelspålægget afskaffes, ændringer i sanktioner og sygedagpenge. Ikke indkodet: lovteksten er ikke læst, og vedtagelsen er ikke fastslået.',
      en: 'Fewer target groups (13 → 5), the education injunction abolished, changes to sanctions and sygedagpenge. Not encoded: the law text was not read and its passing not established.',
    },
    source: [
      {
        file: 'STAR: Lovgivningsproces og ikrafttrædelse (beskæftigelsesreform)',
        pages: 'anden fase',
        url: 'https://star.dk/da/implementering/beskaeftigelsesreform/proces',
        read: '2026-12-04',
      },
      {
        file: 'KL: Høringssvar om ændring af sygedagpenge- og aktivloven (beskæftigelsesreformen), 12/11/2025',
        pages: 'udkast i høring 13/10/2025; jobafklaringsforløb afskaffes fra 1/1/2027',
        url: 'https://backoffice.kl.dk/hoeringssvar/beskaeftigelse-og-integration/2025/hoeringssvar-aendring-af-sygedagpenge-og-aktivloven-beskaeftigelsesreformen',
        read: '2026-12-04',
      },
    ],
  },
];

/** The last day the catalogue's law is encoded for. */
export const ENCODED_UNTIL: IsoDate = '2026-12-31';

/** The finding's rule id. */
export const HORIZON_RULE_ID = 'horizon';

/** The plain statement that the law after the horizon is not encoded. */
export function horizonMessage(horizon: IsoDate, asOf: IsoDate): Bilingual {
  const next = ANNOUNCED_REGIMES.find((r) => r.from > horizon);
  const da = next ? ` ${next.title.da} er varslet fra ${next.from}, men er ikke indkodet.` : '';
  const en = next ? ` ${next.title.en} is announced from ${next.from} but is not encoded.` : '';
  return {
    da: `Loven efter ${horizon} er ikke indkodet. Sagen kan ikke vurderes pr. ${asOf}, og der vises ingen forpligtelser.${da}`,
    en: `The law after ${horizon} is not encoded. The case cannot be evaluated as of ${asOf}, and no obligations are shown.${en}`,
  };
}

/** For a date inside the horizon: deadlines after the horizon are not computed. */
export function beyondHorizonMessage(horizon: IsoDate): Bilingual {
  return {
    da: `Frister efter ${horizon} er ikke beregnet, fordi loven efter denne dato ikke er indkodet.`,
    en: `Deadlines after ${horizon} are not computed, because the law after that date is not encoded.`,
  };
}

/** What the product shows about the law on a date: how far it is encoded, and whether that date is. */
export interface LawStatus {
  asOf: IsoDate;
  encodedUntil: IsoDate;
  /** false: the date lies past the horizon and nothing is evaluated. */
  encoded: boolean;
  message: Bilingual;
}

export function lawStatus(asOf: IsoDate, horizon: IsoDate = ENCODED_UNTIL): LawStatus {
  const encoded = asOf <= horizon;
  return {
    asOf,
    encodedUntil: horizon,
    encoded,
    message: encoded ? beyondHorizonMessage(horizon) : horizonMessage(horizon, asOf),
  };
}
