/**
 * The five Danish regions (regioner) with their official region codes
 * (regionskode, as used by Danmarks Statistik and DAGI).
 *
 * Source: the official Danish region codes (not in the five domain source
 * files, which only name "Region Nordjylland"/"BR Nordjylland"). The set has
 * been unchanged since the 2007 structural reform (strukturreformen).
 */

export const REGION_CODES = ['1081', '1082', '1083', '1084', '1085'] as const;

/** regionskode: 1081 Nordjylland, 1082 Midtjylland, 1083 Syddanmark, 1084 Hovedstaden, 1085 Sjælland */
export type RegionCode = (typeof REGION_CODES)[number];

export interface Region {
  /** regionskode */
  code: RegionCode;
  nameDa: string;
  nameEn: string;
}

export const REGIONS: readonly Region[] = [
  { code: '1081', nameDa: 'Region Nordjylland', nameEn: 'North Denmark Region' },
  { code: '1082', nameDa: 'Region Midtjylland', nameEn: 'Central Denmark Region' },
  { code: '1083', nameDa: 'Region Syddanmark', nameEn: 'Region of Southern Denmark' },
  { code: '1084', nameDa: 'Region Hovedstaden', nameEn: 'Capital Region of Denmark' },
  { code: '1085', nameDa: 'Region Sjælland', nameEn: 'Region Zealand' },
];

/** The region with this regionskode, or undefined. Leading/trailing spaces are ignored. */
export function regionByCode(code: string): Region | undefined {
  const c = code.trim();
  return REGIONS.find((r) => r.code === c);
}

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}
