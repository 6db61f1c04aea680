/**
 * Shared vocabulary for the trial files: the network's municipalities
 * (kommunekoder), the legal basis and source files.
 */
import type { LegalRef, SourceRef } from '../model.ts';
import type { MunicipalityScope } from './model.ts';

export const S000 = '000_213603cd5354bb1f.txt';
export const S001 = '001_5174f690df2087eb.txt';
export const src = (file: string, pages: string): SourceRef => ({ file, pages });

/** The extension order that let trials run to the end of 2021 (`000_…` pp. 60, 246). */
export const BEK_1184: LegalRef = {
  law: 'Bek. nr. 1184 af 25/11/2019',
  printed:
    'Frikommunebekendtgørelsen, Bek. nr. 1184 af 25/11/2019 om frikommuneforsøg II på beskæftigelses- og sygedagpengeområdet',
};

/** Trials that ended by 31 December 2019: the order in force is not named in the sources. */
export const FRIKOMMUNE_BEK: LegalRef = {
  law: 'Frikommunebekendtgørelsen (Frikommuneforsøg II)',
  printed: 'Frikommunebekendtgørelsen for Frikommuneforsøg II (nr. ikke angivet i kilderne)',
};

/**
 * The last day covered under Bek. 1184 ("to the end of December 2021"; some
 * evaluations write "until 1/1 2022", which we read as up to and including
 * 31 December 2021).
 */
export const END_2021 = '2021-12-31';

type Muni = { code: string; name: string };
export const AALBORG: Muni = { code: '851', name: 'Aalborg' };
export const BROENDERSLEV: Muni = { code: '810', name: 'Brønderslev' };
export const FREDERIKSHAVN: Muni = { code: '813', name: 'Frederikshavn' };
export const HJOERRING: Muni = { code: '860', name: 'Hjørring' };
export const JAMMERBUGT: Muni = { code: '849', name: 'Jammerbugt' };
export const MARIAGERFJORD: Muni = { code: '846', name: 'Mariagerfjord' };
export const MORSOE: Muni = { code: '773', name: 'Morsø' };
export const REBILD: Muni = { code: '840', name: 'Rebild' };
export const THISTED: Muni = { code: '787', name: 'Thisted' };
export const VESTHIMMERLAND: Muni = { code: '820', name: 'Vesthimmerland' };

/** One municipality's participation. */
export function muni(
  m: Muni,
  start: string,
  end: string | undefined,
  extra: Omit<MunicipalityScope, 'code' | 'name' | 'start' | 'end'> = {},
): MunicipalityScope {
  return { ...m, start, ...(end ? { end } : {}), ...extra };
}
