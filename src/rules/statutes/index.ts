/** All statutory rules, one file per area. The order is the order of the trace. */
import type { Rule } from '../model.ts';
import { BOUNDARY } from './boundary.ts';
import { CONTACT_2024 } from './contact-2024.ts';
import { CONTACT_LAB2020 } from './contact-lab2020.ts';
import { DAGPENGE_LAB2015 } from './dagpenge-lab2015.ts';
import { FOERTIDSPENSION } from './foertidspension.ts';
import { FORHOLDSTAL } from './forholdstal.ts';
import { INTEGRATION } from './integration.ts';
import { INTERVIEW_FORM_CONTENT } from './interview-form-content.ts';
import { JAF_REHAB } from './jaf-rehab.ts';
import { LEDIGHEDSYDELSE } from './ledighedsydelse.ts';
import { LOENTILSKUD } from './loentilskud.ts';
import { OTHER_GROUPS } from './other-groups.ts';
import { ABOLISHED_2026 } from './ref2026-abolished.ts';
import { RESSOURCEFORLOEB } from './ressourceforloeb.ts';
import { RETPLIGT_MENTOR } from './retpligt-mentor.ts';
import { REVALIDERING } from './revalidering.ts';
import { SYGEDAGPENGE } from './sygedagpenge.ts';
import { UDDANNELSESPAALAEG } from './uddannelsespaalaeg.ts';
import { UPSKILLING } from './upskilling.ts';

export const STATUTES: readonly Rule[] = [
  ...DAGPENGE_LAB2015,
  ...CONTACT_LAB2020,
  ...CONTACT_2024,
  ...INTERVIEW_FORM_CONTENT,
  ...OTHER_GROUPS,
  ...INTEGRATION,
  ...RETPLIGT_MENTOR,
  ...UPSKILLING,
  ...LOENTILSKUD,
  ...FORHOLDSTAL,
  ...SYGEDAGPENGE,
  ...JAF_REHAB,
  ...RESSOURCEFORLOEB,
  ...LEDIGHEDSYDELSE,
  ...FOERTIDSPENSION,
  ...REVALIDERING,
  ...UDDANNELSESPAALAEG,
  ...BOUNDARY,
  ...ABOLISHED_2026,
];
