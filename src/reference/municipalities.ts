/**
 * All 98 Danish municipalities (kommuner) with their kommunekode and region.
 *
 * Source: the official kommunekoder (Danmarks Statistik / DAGI), in force since
 * the 2007 structural reform (strukturreformen). Not in the five domain source
 * files; the names used there (jobcentre lists in `002_19977035304c9716.txt`,
 * comparison municipalities in `000_213603cd5354bb1f.txt`) agree with these and
 * are checked in `test/reference/municipalities.test.ts`.
 *
 * Christiansø (411) is not a municipality (it is administered by the state)
 * and is therefore not listed.
 */

import type { RegionCode } from './regions.ts';

export interface Municipality {
  /** kommunekode, 3 digits */
  code: string;
  /** The municipality's name without "Kommune" (e.g. "Høje-Taastrup"). */
  name: string;
  /** regionskode of the region the municipality belongs to */
  regionCode: RegionCode;
}

const H = '1084'; // Region Hovedstaden
const S = '1085'; // Region Sjælland
const SD = '1083'; // Region Syddanmark
const M = '1082'; // Region Midtjylland
const N = '1081'; // Region Nordjylland

/** All 98 municipalities, sorted by kommunekode. */
export const MUNICIPALITIES: readonly Municipality[] = [
  { code: '101', name: 'København', regionCode: H },
  { code: '147', name: 'Frederiksberg', regionCode: H },
  { code: '151', name: 'Ballerup', regionCode: H },
  { code: '153', name: 'Brøndby', regionCode: H },
  { code: '155', name: 'Dragør', regionCode: H },
  { code: '157', name: 'Gentofte', regionCode: H },
  { code: '159', name: 'Gladsaxe', regionCode: H },
  { code: '161', name: 'Glostrup', regionCode: H },
  { code: '163', name: 'Herlev', regionCode: H },
  { code: '165', name: 'Albertslund', regionCode: H },
  { code: '167', name: 'Hvidovre', regionCode: H },
  { code: '169', name: 'Høje-Taastrup', regionCode: H },
  { code: '173', name: 'Lyngby-Taarbæk', regionCode: H },
  { code: '175', name: 'Rødovre', regionCode: H },
  { code: '183', name: 'Ishøj', regionCode: H },
  { code: '185', name: 'Tårnby', regionCode: H },
  { code: '187', name: 'Vallensbæk', regionCode: H },
  { code: '190', name: 'Furesø', regionCode: H },
  { code: '201', name: 'Allerød', regionCode: H },
  { code: '210', name: 'Fredensborg', regionCode: H },
  { code: '217', name: 'Helsingør', regionCode: H },
  { code: '219', name: 'Hillerød', regionCode: H },
  { code: '223', name: 'Hørsholm', regionCode: H },
  { code: '230', name: 'Rudersdal', regionCode: H },
  { code: '240', name: 'Egedal', regionCode: H },
  { code: '250', name: 'Frederikssund', regionCode: H },
  { code: '253', name: 'Greve', regionCode: S },
  { code: '259', name: 'Køge', regionCode: S },
  { code: '260', name: 'Halsnæs', regionCode: H },
  { code: '265', name: 'Roskilde', regionCode: S },
  { code: '269', name: 'Solrød', regionCode: S },
  { code: '270', name: 'Gribskov', regionCode: H },
  { code: '306', name: 'Odsherred', regionCode: S },
  { code: '316', name: 'Holbæk', regionCode: S },
  { code: '320', name: 'Faxe', regionCode: S },
  { code: '326', name: 'Kalundborg', regionCode: S },
  { code: '329', name: 'Ringsted', regionCode: S },
  { code: '330', name: 'Slagelse', regionCode: S },
  { code: '336', name: 'Stevns', regionCode: S },
  { code: '340', name: 'Sorø', regionCode: S },
  { code: '350', name: 'Lejre', regionCode: S },
  { code: '360', name: 'Lolland', regionCode: S },
  { code: '370', name: 'Næstved', regionCode: S },
  { code: '376', name: 'Guldborgsund', regionCode: S },
  { code: '390', name: 'Vordingborg', regionCode: S },
  { code: '400', name: 'Bornholm', regionCode: H },
  { code: '410', name: 'Middelfart', regionCode: SD },
  { code: '420', name: 'Assens', regionCode: SD },
  { code: '430', name: 'Faaborg-Midtfyn', regionCode: SD },
  { code: '440', name: 'Kerteminde', regionCode: SD },
  { code: '450', name: 'Nyborg', regionCode: SD },
  { code: '461', name: 'Odense', regionCode: SD },
  { code: '479', name: 'Svendborg', regionCode: SD },
  { code: '480', name: 'Nordfyns', regionCode: SD },
  { code: '482', name: 'Langeland', regionCode: SD },
  { code: '492', name: 'Ærø', regionCode: SD },
  { code: '510', name: 'Haderslev', regionCode: SD },
  { code: '530', name: 'Billund', regionCode: SD },
  { code: '540', name: 'Sønderborg', regionCode: SD },
  { code: '550', name: 'Tønder', regionCode: SD },
  { code: '561', name: 'Esbjerg', regionCode: SD },
  { code: '563', name: 'Fanø', regionCode: SD },
  { code: '573', name: 'Varde', regionCode: SD },
  { code: '575', name: 'Vejen', regionCode: SD },
  { code: '580', name: 'Aabenraa', regionCode: SD },
  { code: '607', name: 'Fredericia', regionCode: SD },
  { code: '615', name: 'Horsens', regionCode: M },
  { code: '621', name: 'Kolding', regionCode: SD },
  { code: '630', name: 'Vejle', regionCode: SD },
  { code: '657', name: 'Herning', regionCode: M },
  { code: '661', name: 'Holstebro', regionCode: M },
  { code: '665', name: 'Lemvig', regionCode: M },
  { code: '671', name: 'Struer', regionCode: M },
  { code: '706', name: 'Syddjurs', regionCode: M },
  { code: '707', name: 'Norddjurs', regionCode: M },
  { code: '710', name: 'Favrskov', regionCode: M },
  { code: '727', name: 'Odder', regionCode: M },
  { code: '730', name: 'Randers', regionCode: M },
  { code: '740', name: 'Silkeborg', regionCode: M },
  { code: '741', name: 'Samsø', regionCode: M },
  { code: '746', name: 'Skanderborg', regionCode: M },
  { code: '751', name: 'Aarhus', regionCode: M },
  { code: '756', name: 'Ikast-Brande', regionCode: M },
  { code: '760', name: 'Ringkøbing-Skjern', regionCode: M },
  { code: '766', name: 'Hedensted', regionCode: M },
  { code: '773', name: 'Morsø', regionCode: N },
  { code: '779', name: 'Skive', regionCode: M },
  { code: '787', name: 'Thisted', regionCode: N },
  { code: '791', name: 'Viborg', regionCode: M },
  { code: '810', name: 'Brønderslev', regionCode: N },
  { code: '813', name: 'Frederikshavn', regionCode: N },
  { code: '820', name: 'Vesthimmerland', regionCode: N },
  { code: '825', name: 'Læsø', regionCode: N },
  { code: '840', name: 'Rebild', regionCode: N },
  { code: '846', name: 'Mariagerfjord', regionCode: N },
  { code: '849', name: 'Jammerbugt', regionCode: N },
  { code: '851', name: 'Aalborg', regionCode: N },
  { code: '860', name: 'Hjørring', regionCode: N },
];

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/**
 * The municipality with this kommunekode (the official 3-digit form, e.g.
 * "101"), or undefined. Spaces around the code are ignored; "0101" and 101 as a
 * number are not accepted.
 */
export function municipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code.trim());
}

/** The municipality with this name (case-insensitive, optional " Kommune" suffix), or undefined. */
export function municipalityByName(name: string): Municipality | undefined {
  const wanted = name
    .trim()
    .replace(/\s+kommune$/i, '')
    .toLocaleLowerCase('da');
  return MUNICIPALITIES.find((m) => m.name.toLocaleLowerCase('da') === wanted);
}

/** The municipalities of one region, sorted by kommunekode. */
export function municipalitiesInRegion(code: RegionCode): readonly Municipality[] {
  return MUNICIPALITIES.filter((m) => m.regionCode === code);
}

/**
 * kommunekoder of the North Jutland free-municipality network (det nordjyske
 * frikommunenetværk) in Frikommuneforsøg II, sorted by code.
 *
 * `000_213603cd5354bb1f.txt` p. 6 (introduction to the interview-form
 * evaluation) says the network "består af 11 nordjyske kommuner" but never
 * lists all 11 (the rehabilitation-team report, p. 133, says "10").
 * Ten are named as trial participants in `000_213603cd5354bb1f.txt` (see
 * shared/domain/trials.md): Aalborg, Brønderslev, Frederikshavn, Hjørring,
 * Jammerbugt, Mariagerfjord, Morsø, Rebild, Thisted, Vesthimmerland. The
 * eleventh, Læsø, appears only as "Frederikshavn/Læsø Kommune" among the
 * applicants for the ledighedsydelse trial (p. 92);
 * its membership is therefore an inference, consistent with the count of 11
 * and with Region Nordjylland having exactly 11 municipalities. Note that the
 * Rambøll evaluation A (trials.md `fk2-formkrav-samtaler`) also lists Læsø
 * among its 12 comparison municipalities, which sits oddly with membership.
 *
 * The other six Frikommuneforsøg II networks are not named in the domain
 * reference or the sources, so they are not listed here.
 */
export const NORTH_JUTLAND_FREE_MUNICIPALITY_NETWORK: readonly string[] = [
  '773', // Morsø
  '787', // Thisted
  '810', // Brønderslev
  '813', // Frederikshavn
  '820', // Vesthimmerland
  '825', // Læsø (inferred, see above)
  '840', // Rebild
  '846', // Mariagerfjord
  '849', // Jammerbugt
  '851', // Aalborg
  '860', // Hjørring
];
