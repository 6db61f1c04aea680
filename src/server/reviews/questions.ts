/**
 * The management review's questions (ledelsestilsyn), as the municipalities
 * asked them in the trial evaluations (`../shared/domain/trials.md`:
 * phone-interview documentation, LY reassessment questions).
 */
import { z } from 'zod';

export const REVIEW_QUESTIONS = [
  {
    id: 'interviews-on-time',
    text: {
      da: 'Er de lovpligtige samtaler afholdt rettidigt i perioden?',
      en: 'Were the statutory interviews held on time in the period?',
    },
  },
  {
    id: 'form-registered',
    text: {
      da: 'Er samtaleformen registreret, og er afvigelse fra personligt fremmøde begrundet?',
      en: 'Is the interview form registered, and is any departure from in-person attendance justified?',
    },
  },
  {
    id: 'content-documented',
    text: {
      da: 'Viser dokumentationen, hvad der er drøftet, status på aftaler og aktiviteter, nye aftaler og en vurdering af jobmulighederne?',
      en: 'Does the documentation show what was discussed, the status of agreements and activities, new agreements and an assessment of job prospects?',
    },
  },
  {
    id: 'next-interview-agreed',
    text: {
      da: 'Er form, dato og indhold for næste samtale aftalt?',
      en: 'Are the form, date and content of the next interview agreed?',
    },
  },
  {
    id: 'plan-current',
    text: {
      da: 'Er Min Plan (indsatsplan/rehabiliteringsplan) opdateret?',
      en: 'Is Min Plan (indsatsplan/rehabiliteringsplan) up to date?',
    },
  },
  {
    id: 'offers-on-time',
    text: {
      da: 'Er tilbud givet rettidigt og registreret med periode og virksomhed?',
      en: 'Were offers given on time and registered with period and employer?',
    },
  },
  {
    id: 'trial-documented',
    text: {
      da: 'Er hver brug af en forsøgsfritagelse dokumenteret med et journalnotat?',
      en: 'Is every use of a trial exemption documented by a journal note?',
    },
  },
] as const;
export const QUESTION_IDS = new Set<string>(REVIEW_QUESTIONS.map((q) => q.id));
export const Answer = z.enum(['yes', 'no', 'not-relevant']);
export type Answer = z.infer<typeof Answer>;
