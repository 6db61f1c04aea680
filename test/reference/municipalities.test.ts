import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MUNICIPALITIES,
  municipalitiesInRegion,
  municipalityByCode,
  municipalityByName,
  NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK,
} from '../../src/reference/municipalities.ts';
import { isRegionCode, REGIONS, regionByCode } from '../../src/reference/regions.ts';
import { describeWith, fileRequirement, SHARED_DIR } from '../support/requirements.ts';

const DOMAIN = join(SHARED_DIR, 'domain');

describe('regions', () => {
  it('has the five regions with their official codes', () => {
    expect(REGIONS.map((r) => `${r.code} ${r.nameDa}`)).toEqual([
      '1081 Region Nordjylland',
      '1082 Region Midtjylland',
      '1083 Region Syddanmark',
      '1084 Region Hovedstaden',
      '1085 Region Sjælland',
    ]);
  });

  it('looks regions up by code and rejects others', () => {
    expect(regionByCode('1084')?.nameDa).toBe('Region Hovedstaden');
    expect(regionByCode(' 1085 ')?.nameDa).toBe('Region Sjælland');
    expect(regionByCode('1086')).toBeUndefined();
    expect(regionByCode('')).toBeUndefined();
    expect(isRegionCode('1081')).toBe(true);
    expect(isRegionCode('81')).toBe(false);
  });
});

describe('municipalities', () => {
  it('lists 98 municipalities with unique 3-digit codes and unique names', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    for (const m of MUNICIPALITIES) expect(m.code).toMatch(/^[1-9]\d{2}$/);
  });

  it('is sorted by kommunekode', () => {
    const codes = MUNICIPALITIES.map((m) => Number(m.code));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(codes[0]).toBe(101);
    expect(codes.at(-1)).toBe(860);
  });

  it('has the official number of municipalities per region', () => {
    expect(municipalitiesInRegion('1084')).toHaveLength(29); // Hovedstaden
    expect(municipalitiesInRegion('1085')).toHaveLength(17); // Sjælland
    expect(municipalitiesInRegion('1083')).toHaveLength(22); // Syddanmark
    expect(municipalitiesInRegion('1082')).toHaveLength(19); // Midtjylland
    expect(municipalitiesInRegion('1081')).toHaveLength(11); // Nordjylland
    for (const m of MUNICIPALITIES) expect(regionByCode(m.regionCode)).toBeDefined();
  });

  it.each([
    ['101', 'København', '1084'],
    ['147', 'Frederiksberg', '1084'],
    ['169', 'Høje-Taastrup', '1084'],
    ['173', 'Lyngby-Taarbæk', '1084'],
    ['400', 'Bornholm', '1084'],
    ['259', 'Køge', '1085'],
    ['330', 'Slagelse', '1085'],
    ['461', 'Odense', '1083'],
    ['492', 'Ærø', '1083'],
    ['563', 'Fanø', '1083'],
    ['630', 'Vejle', '1083'],
    ['615', 'Horsens', '1082'],
    ['751', 'Aarhus', '1082'],
    ['760', 'Ringkøbing-Skjern', '1082'],
    ['773', 'Morsø', '1081'],
    ['825', 'Læsø', '1081'],
    ['851', 'Aalborg', '1081'],
    ['860', 'Hjørring', '1081'],
  ])('%s is %s in region %s', (code, name, region) => {
    const m = municipalityByCode(code);
    expect(m?.name).toBe(name);
    expect(m?.regionCode).toBe(region);
  });

  it('does not list Christiansø (411), which is not a municipality', () => {
    expect(municipalityByCode('411')).toBeUndefined();
  });

  it('finds municipalities by name, with or without "Kommune"', () => {
    expect(municipalityByName('Ringkøbing-Skjern Kommune')?.code).toBe('760');
    expect(municipalityByName('  aalborg ')?.code).toBe('851');
    expect(municipalityByName('Christiansø')).toBeUndefined();
  });

  it('returns undefined for any string that is not a listed code (property)', () => {
    const codes = new Set(MUNICIPALITIES.map((m) => m.code));
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (codes.has(s.trim())) return;
        expect(municipalityByCode(s)).toBeUndefined();
      }),
    );
    for (const m of MUNICIPALITIES) expect(municipalityByCode(m.code)).toBe(m);
  });

  describeWith(
    fileRequirement(`${DOMAIN}/reference-tables.md`),
    'names used in the sources',
    () => {
      it('knows every jobcentre named in the Flere skal med Bilag Figur 1 list', () => {
        const text = readFileSync(`${DOMAIN}/reference-tables.md`, 'utf8');
        const line = text.split('\n').find((l) => l.startsWith('Aarhus 88;'));
        expect(line, 'jobcentre list in reference-tables.md § 4.10').toBeDefined();
        const names = line!
          .replace(/\.$/, '')
          .split(';')
          .map((e) => e.trim().replace(/\s+\d+$/, ''))
          .flatMap((jobcentre) => jobcentre.split('/')); // "Esbjerg/Fanø" serves two
        expect(names.length).toBeGreaterThan(70);
        const unknown = names.filter((n) => municipalityByName(n) === undefined);
        expect(unknown).toEqual([]);
      });
    },
  );

  describeWith(
    fileRequirement(`${DOMAIN}/trials.md`),
    'North Jutland free-municipality network',
    () => {
      it('has the 11 members, all in Region Nordjylland, each named in trials.md', () => {
        const trials = readFileSync(`${DOMAIN}/trials.md`, 'utf8');
        expect(trials).toContain('It has 11 municipalities');
        expect(NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK).toHaveLength(11);
        expect(new Set(NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK).size).toBe(11);
        for (const code of NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK) {
          const m = municipalityByCode(code);
          expect(m?.regionCode, code).toBe('1081');
          expect(trials, m?.name).toContain(m!.name);
        }
        expect([...NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK].sort()).toEqual(
          ['851', '810', '813', '860', '849', '825', '846', '773', '840', '787', '820'].sort(),
        );
      });
    },
  );
});
