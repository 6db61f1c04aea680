/**
 * The trial catalogue: every Frikommuneforsøg II trial of the North Jutland
 * network (shared/domain/trials.md), one file each in this folder, listed here
 * in the order of trials.md. The engine reads only this array; see `model.ts`
 * for how trials apply. Each trial needs at least three golden scenarios
 * naming it in `rules:` (test/rules/scenarios/trials/<trial-id>/…): in scope, a
 * deadline's or period's day before / day of, and out of scope or period.
 * test/rules/coverage.test.ts enforces this.
 */
import { FK2_FOEP_LOENTILSKUD_OPFOELGNING } from './fk2-foep-loentilskud-opfoelgning.ts';
import { FK2_FORHOLDSTAL } from './fk2-forholdstal.ts';
import { FK2_FORMKRAV_SAMTALER } from './fk2-formkrav-samtaler.ts';
import { FK2_INTEGRATION_KONTAKTFORLOEB } from './fk2-integration-kontaktforloeb.ts';
import { FK2_IVAERKSAETTERI } from './fk2-ivaerksaetteri.ts';
import { FK2_LAE285 } from './fk2-lae285.ts';
import { FK2_LOENTILSKUD_JOBROTATION } from './fk2-loentilskud-jobrotation.ts';
import { FK2_LY_PRAKTIK_FORHOLDSTAL } from './fk2-ly-praktik-forholdstal.ts';
import { FK2_LY_REVURDERING } from './fk2-ly-revurdering.ts';
import { FK2_MENTOR } from './fk2-mentor.ts';
import { FK2_MIKROLAAN } from './fk2-mikrolaan.ts';
import { FK2_PSYKOLOG } from './fk2-psykolog.ts';
import { FK2_REHAB_JAF_LAE265 } from './fk2-rehab-jaf-lae265.ts';
import { FK2_REVAL_LAE265 } from './fk2-reval-lae265.ts';
import { FK2_RF_FORLAENGELSE } from './fk2-rf-forlaengelse.ts';
import { FK2_RF_INDSATSPLAN_6M } from './fk2-rf-indsatsplan-6m.ts';
import { FK2_UDDANNELSE_RAMMER } from './fk2-uddannelse-rammer.ts';
import { FK2_UDDANNELSESPAALAEG } from './fk2-uddannelsespaalaeg.ts';
import type { Trial } from './model.ts';

export const TRIALS: readonly Trial[] = [
  // T1: followed up elsewhere
  FK2_FORMKRAV_SAMTALER,
  FK2_REHAB_JAF_LAE265,
  FK2_LY_REVURDERING,
  FK2_LOENTILSKUD_JOBROTATION,
  FK2_RF_FORLAENGELSE,
  FK2_FOEP_LOENTILSKUD_OPFOELGNING,
  FK2_MIKROLAAN,
  FK2_PSYKOLOG,
  // T2: not rolled out
  FK2_IVAERKSAETTERI,
  FK2_FORHOLDSTAL,
  FK2_REVAL_LAE265,
  FK2_LY_PRAKTIK_FORHOLDSTAL,
  // T3: already fully or partly rolled out
  FK2_UDDANNELSE_RAMMER,
  FK2_RF_INDSATSPLAN_6M,
  FK2_MENTOR,
  FK2_LAE285,
  // T4: not part of the follow-up
  FK2_INTEGRATION_KONTAKTFORLOEB,
  FK2_UDDANNELSESPAALAEG,
];

export function trialById(id: string): Trial | undefined {
  return TRIALS.find((t) => t.id === id);
}
