/**
 * The laws after 2019 that set the values of dated parameters, each with its
 * number, date, in-force day and the address it was read at (4 December 2026).
 * Where a detail could not be established from a source we read, the rule
 * says so in its notes and docs/rules.md lists it.
 */
import type { LawCitation } from '../model.ts';
import { S000, src, web } from './common.ts';

/** Lov nr. 548 af 7. maj 2019 om en aktiv beskæftigelsesindsats (in force 1 January 2020). */
export const LOV_548_2019: LawCitation = {
  law: 'lov nr. 548 af 7/5/2019 (LAB)',
  paragraph: 'LAB § 31, stk. 1',
  inForce: '2020-01-01',
  source: src(S000, '55'),
};

/**
 * L 14 (2022-23) = lov nr. 295 af 20/3/2023: LAB § 33, stk. 1 "Første jobsamtale
 * holdes ved personligt fremmøde. Herefter vælger personen …" (§ 1, nr. 3).
 * In force 22 March 2023 according to STAR's consultation note on the next bill.
 */
export const LOV_295_2023: LawCitation = {
  law: 'lov nr. 295 af 20/3/2023 (L 14, 2022-23)',
  paragraph: 'LAB § 33, stk. 1, som affattet ved § 1, nr. 3',
  inForce: '2023-03-22',
  source: web(
    'L 14 (2022-23) som fremsat',
    '§ 1, nr. 3',
    'https://ft.dk/samling/20222/lovforslag/l14/20222_l14_som_fremsat.htm',
  ),
};

/** The consultation note that dates lov nr. 295/2023's entry into force (22 March 2023). */
export const STAR_HOERINGSNOTAT_2023 = web(
  'STAR høringsnotat 29/3/2023 (BEU Alm.del Bilag 73)',
  'Indledning',
  'https://ft.dk/samling/20222/almdel/BEU/bilag/73/2694084/index.htm',
);

/**
 * L 129 (2022-23) = lov nr. 727 af 13/6/2023, in force 1 January 2024: the
 * a-kasse holds the first 3 months, the jobcentre months 4–6, a joint interview
 * by 16 months. The wording of §§ 31–32 was read in the consolidation
 * (lovbekendtgørelse nr. 280 af 1/3/2024) on elov.dk.
 */
export const LOV_727_2023: LawCitation = {
  law: 'lov nr. 727 af 13/6/2023 (L 129, 2022-23)',
  paragraph: 'LAB §§ 31–32 (lovbekendtgørelse nr. 280 af 1/3/2024)',
  inForce: '2024-01-01',
  source: web(
    'LAB § 31 (lovbekendtgørelse nr. 280 af 1/3/2024)',
    '§ 31, stk. 1–5',
    'https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/31/',
  ),
};

export const L129_SOURCES = [
  LOV_727_2023.source,
  web(
    'LAB § 32 (lovbekendtgørelse nr. 280 af 1/3/2024)',
    '§ 32, stk. 2',
    'https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/32/',
  ),
  web(
    'L 129 (2022-23) som fremsat',
    '§ 1',
    'https://eu.dk/samling/20222/lovforslag/l129/20222_l129_som_fremsat.htm',
  ),
  web(
    'Socialjura: LOB med ændringslove (lov nr. 727 af 13/6/2023, ikrafttræden 1/1/2024)',
    'indledning',
    'http://www.socialjura.dk/love/beskaeftigelsesorganiseringslov/menu/forsoergelse-aktivering/love/',
  ),
] as const;

/** The a-kasse page that explains the 410-hour hand-over and that transitional rules exist. */
export const MA_KASSE_2024 = web(
  'MA: Nyt samtaleforløb fra 1. januar 2024',
  '410 timer; overgangsregler',
  'https://ma-kasse.dk/nyheder/nyt-samtaleforloeb-fra-1-januar-2024-hvad-betyder-det-for-dig/',
);

/**
 * L 66 (2025-26) = lov nr. 1750 af 29/12/2025, in force 1 February and
 * 1 July 2026. The flexible contact course and offers took effect on
 * 1 July 2026 (STAR's answers from the webinar of 21 January 2026).
 */
export const LOV_1750_2025: LawCitation = {
  law: 'lov nr. 1750 af 29/12/2025 (L 66, 2025-26)',
  paragraph: 'LAB §§ 31–32 som ændret ved § 1 (mere fleksible kontaktforløb)',
  inForce: '2026-07-01',
  source: web(
    'STAR: Spørgsmål fra webinar 21/1/2026 om første fase af beskæftigelsesreformen',
    'Kontaktforløb og tilbud',
    'https://star.dk/implementering/beskaeftigelsesreform/svar-paa-spoergsmaal-fra-webinar-den-21-januar-2026',
  ),
};

export const L66_SOURCES = [
  LOV_1750_2025.source,
  web(
    'STAR: Generelle spørgsmål og svar om reformen',
    'Ledige tæt på arbejdsmarkedet',
    'https://star.dk/implementering/beskaeftigelsesreform/generelle-spoergsmaal-og-svar-om-reformen',
  ),
  web(
    'L 66 (2025-26) skriftlig fremsættelse 5/11/2025',
    'fremsættelsestalen',
    'https://admin.elov.dk/prep_docs/49447',
  ),
  web(
    'Lovguiden: resumé af L 66 (2025-26)',
    'hovedpunkter',
    'https://www.lovguiden.dk/afgorelse/06-11-2025-forslag-til-lov-om-aendring-af-lov-om-en-aktiv-beskaeftigelsesindsats-lov-om-organisering-og-understoettelse-af-beskaeftigelsesindsatsen-m-v-og-forskellige-andre-love-reform-af-beskaeftigelsesindsatsen-mere-fleksible-kontaktforloeb-og-tilbud-afskaffelse-af-kravet-om-jobcentre-frihed-i-organisering-af-beskaeftigelsesindsatsen-afskaffelse-af-ressourceforloeb-og-revalidering-m-v',
  ),
] as const;

/** Sources for the abolitions of 1 July 2026 (the in-force day is inferred, see docs/rules.md). */
export const L66_ABOLITION_SOURCES = [
  L66_SOURCES[3],
  web(
    'Cabi: Overblik over beskæftigelsesreformen 2026-2027',
    'tidslinje (igangsatte forløb kan gennemføres)',
    'https://www.cabiweb.dk/temaer/den-aktive-beskaeftigelsesindsats/beskaeftigelsesreformen-2026-2027',
  ),
  web(
    'Kommunal dagsorden: Reformens ændringer pr. 1. juli 2026',
    'hvilke indsatser der afskaffes',
    'https://www.monrad.app/agenda_items/90534',
  ),
] as const;

/** The abolitions of lov nr. 1750/2025, as far as their in-force day could be read (see docs/rules.md). */
export const LOV_1750_ABOLITION: LawCitation = {
  law: 'lov nr. 1750 af 29/12/2025 (L 66, 2025-26)',
  paragraph: 'afskaffelse af rehabiliteringsteam, ressourceforløb, revalidering og jobrotation',
  inForce: '2026-07-01',
  source: L66_ABOLITION_SOURCES[0],
};

/**
 * Sygedagpengeloven § 13 b, stk. 1, in the wording we read (lovbekendtgørelse
 * nr. 1179 af 21/9/2023 on elov.dk, which includes lov nr. 295/2023 of 22 March
 * 2023): in cases visited to category 2 (and, until 2025, 3) the municipality
 * follows up at least four times within the first half year from the first
 * day of absence, the first time by the end of the eighth week. The values
 * date from the 2014 sickness-benefit reform, whose text we did not read, so
 * they are encoded from the day the wording we read was in force.
 */
export const SDPL_13B_2023: LawCitation = {
  law: 'sygedagpengeloven (lovbekendtgørelse nr. 1179 af 21/9/2023)',
  paragraph: 'sygedagpengeloven § 13 b, stk. 1, 1. og 2. pkt.',
  inForce: '2023-03-22',
  source: web(
    'Sygedagpengeloven § 13 b (lovbekendtgørelse nr. 1179 af 21/9/2023)',
    '§ 13 b, stk. 1',
    'https://www.elov.dk/sygedagpengeloven/paragraf/13b/',
  ),
};

/**
 * L 66 (2025-26) = lov nr. 1750 af 29/12/2025, § 3 (sygedagpengeloven), nr. 8
 * in the bill's numbering (§ 12): employed sick-listed persons whom both they
 * and the employer expect to be absent for less than 26 weeks are, as a rule,
 * no longer called to interviews and follow-up by the municipality. The bill's
 * § 3 was read only as titled on elov.dk and summarised in the minister's
 * presentation speech; the in-force day (1 July 2026) is inferred from the
 * bill placing it under "Mere fleksible kontaktforløb" (section 2.1.2.1.3),
 * which STAR dates to 1 July 2026. See docs/rules.md.
 */
export const LOV_1750_2025_SDP: LawCitation = {
  law: 'lov nr. 1750 af 29/12/2025 (L 66, 2025-26)',
  paragraph: 'sygedagpengeloven § 12 som ændret ved lovforslagets § 3, nr. 8',
  inForce: '2026-07-01',
  source: web(
    'L 66 (2025-26) skriftlig fremsættelse 5/11/2025',
    'sygemeldte med et job … sygefravær på mindre end 26 uger',
    'https://admin.elov.dk/prep_docs/49447',
  ),
};

export const L66_SDP_SOURCES = [
  LOV_1750_2025_SDP.source,
  web(
    'Sygedagpengeloven § 12: ændringsforslag fremsat med L 66 (2025-26), § 3, nr. 8',
    'indholdsfortegnelse, pkt. 2.1.2.1.3 (sygemeldte fra beskæftigelse ud af beskæftigelsesindsatsen)',
    'https://www.elov.dk/sygedagpengeloven/paragraf/12/fremsat/aendringsforslag-fremsat-2025-01-01-20251-l-66/nummer/648764',
  ),
  L66_SOURCES[3],
  LOV_1750_2025.source,
] as const;

/** Two a-kasse pages that describe the transition of 1 January 2024 (the law's own provision was not read). */
export const L129_TRANSITION_SOURCES = [
  MA_KASSE_2024,
  web(
    'NNF a-kasse: Jobsamtaler i a-kassen og på Jobcenteret',
    'Det nye forenklede samtaleforløb 1. januar 2024',
    'https://www.nnf.dk/a-kasse/ledig/jobsamtaler-i-a-kassen-og-pa-jobcenteret/',
  ),
] as const;

/**
 * L 74 (2024-25), "færre krav til sygemeldte fra beskæftigelse": a new
 * sygedagpengeloven § 13 f — for an employed person with a predictable course
 * and recovery expected by the end of the 13th week from the first follow-up
 * interview, the municipality only follows up on whether the person recovers
 * (the four follow-ups become one: bm.dk on the agreement of 14 March 2024).
 * The bill (§ 1, nr. 1 and 8) and its remarks were read; the law number was
 * not found, and the in-force day (1 January 2025) is the one the bill's
 * timetable and the ministry give ("fra 2025"), not read in the law itself.
 */
export const L74_2024_SDP: LawCitation = {
  law: 'L 74 (2024-25), vedtaget (lovens nummer ikke læst)',
  paragraph:
    'sygedagpengeloven § 13 f og § 13 b, stk. 1 (»jf. dog § 13 f«), lovforslagets § 1, nr. 8 og 12',
  inForce: '2025-01-01',
  source: web(
    'L 74 (2024-25) som fremsat',
    '§ 1, nr. 1 og 8',
    'https://ft.dk/samling/20241/lovforslag/l74/20241_l74_som_fremsat.htm',
  ),
};

export const L74_SDP_SOURCES = [
  L74_2024_SDP.source,
  web(
    'Lovguiden: L 74 (2024-25) med bemærkninger',
    'bemærkninger til § 1, nr. 1 (§ 13 f: forventet raskmelding inden udgangen af 13. uge fra første opfølgningssamtale)',
    'https://www.lovguiden.dk/loven/lov-om-ændring-af-lov-om-sygedagpenge-lov-om-en-aktiv-beskæftigelsesindsats-og-lov-om-organisering-og-understøttelse-af-beskæftigelsesindsatsen-mv-fleksibel-brug-og-sammensætning-af-rehabiliteringsteams-forenkling-af-visitationskategorier-færre-krav-til-sygemeldte-fra-beskæftigelse-mv',
  ),
  web(
    'Beskæftigelsesministeriet: Aftale forenkler og målretter sygedagpengesystemet (14/3/2024)',
    'samtaler fra fire til én ved ukompliceret forløb med job at vende tilbage til',
    'https://bm.dk/arbejdsomraader/aktuelle-fokusomraader/aftale-forenkler-sygedagpengesystemet',
  ),
  web(
    'Lundsteen Wiederquist: Ny sygedagpengeaftale, tidsplan',
    '1. januar 2025: lovforslaget træder i kraft',
    'https://lundsteenwiederquist.dk/index.php/tag/sygedagpengeaftale/',
  ),
] as const;
