/**
 * The web app's words, Danish first with an English switch. Every visible
 * string goes through `t(key)`; the English table must carry every Danish key
 * (the type checker enforces it). The choice is kept in localStorage.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

const da = {
  'app.name': 'Jobcenter',
  'app.tagline': 'Sagsbehandling efter reglerne',
  'app.skipToContent': 'Gå til indhold',
  'app.language': 'Sprog',
  'app.switchLanguage': 'English',
  'app.switchLanguageLabel': 'Switch to English',
  'app.logout': 'Log ud',
  'app.loggedInAs': 'Logget ind som {name}',
  'app.mainNav': 'Hovedmenu',
  'app.loading': 'Henter …',
  'app.saving': 'Gemmer …',
  'app.saved': 'Gemt.',
  'app.retry': 'Prøv igen',
  'app.reload': 'Hent igen',
  'app.cancel': 'Annullér',
  'app.save': 'Gem',
  'app.none': 'Ingen',
  'app.all': 'Alle',
  'app.optional': '(valgfrit)',
  'app.yes': 'Ja',
  'app.no': 'Nej',
  'app.footer': 'Jobcenter · kommunal beskæftigelsesindsats · åben kildekode',

  'role.caseworker': 'Sagsbehandler',
  'role.team-leader': 'Teamleder',
  'role.analyst': 'Analytiker',
  'role.administrator': 'Administrator',

  'nav.worklist': 'Arbejdsliste',
  'nav.citizens': 'Borgere',
  'nav.rehab': 'Rehabiliteringsteam',
  'nav.trials': 'Frikommuneforsøg',
  'nav.review': 'Ledelsestilsyn',

  'login.title': 'Log ind',
  'login.intro': 'Log ind med din bruger i jobcentret.',
  'login.username': 'Brugernavn',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.failed': 'Forkert brugernavn eller adgangskode.',
  'login.throttled': 'For mange forsøg. Vent lidt, og prøv igen.',
  'login.demoHint':
    'Demo: brugerne sagsbehandler, teamleder, analytiker og administrator har adgangskoden «demo».',

  'error.title': 'Der opstod en fejl',
  'error.forbiddenTitle': 'Ingen adgang',
  'error.forbidden':
    'Du har ikke adgang til disse oplysninger. Du kan kun se sager i din egen kommune.',
  'error.notFoundTitle': 'Siden findes ikke',
  'error.notFound': 'Vi kunne ikke finde det, du ledte efter.',
  'error.unauthorized': 'Du er ikke logget ind.',
  'error.conflict':
    'Sagen er ændret af en anden, siden du åbnede den. Den nyeste udgave er hentet – tjek den, og gem igen.',
  'error.validation': 'Tjek de markerede felter.',
  'error.network': 'Serveren svarer ikke. Tjek forbindelsen, og prøv igen.',
  'error.backToWorklist': 'Tilbage til arbejdslisten',

  'worklist.title': 'Arbejdsliste',
  'worklist.scope': 'Vis',
  'worklist.scopeMine': 'Mine sager',
  'worklist.scopeTeam': 'Teamets sager',
  'worklist.status': 'Status',
  'worklist.asOf': 'Pr. dato',
  'worklist.empty': 'Ingen opgaver matcher filteret.',
  'worklist.count': '{n} opgaver',
  'worklist.summary': 'Overskredet: {overdue} · Forfalden: {due} · Kommende: {upcoming}',
  'worklist.col.due': 'Frist',
  'worklist.col.status': 'Status',
  'worklist.col.citizen': 'Borger',
  'worklist.col.rule': 'Regel',
  'worklist.col.paragraph': 'Hjemmel',
  'worklist.col.caseworker': 'Sagsbehandler',
  'worklist.col.window': 'Fra',
  'worklist.perCaseworker': 'Overskredne frister pr. sagsbehandler',
  'worklist.col.overdue': 'Overskredet',
  'worklist.col.dueCount': 'Forfalden',
  'worklist.col.upcoming': 'Kommende',
  'worklist.trial': 'Forsøg {id}',

  'status.upcoming': 'Kommende',
  'status.due': 'Forfalden',
  'status.overdue': 'Overskredet',
  'status.met': 'Opfyldt',
  'status.waived': 'Fritaget',
  'status.late': 'for sent',

  'citizens.title': 'Borgere',
  'citizens.search': 'Søg på navn eller pseudonym',
  'citizens.searchButton': 'Søg',
  'citizens.total': '{n} borgere',
  'citizens.col.name': 'Borger',
  'citizens.col.cpr': 'CPR-nr.',
  'citizens.col.targetGroup': 'Målgruppe',
  'citizens.col.benefit': 'Ydelse',
  'citizens.col.team': 'Team',
  'citizens.col.caseworker': 'Sagsbehandler',
  'citizens.previous': 'Forrige side',
  'citizens.next': 'Næste side',
  'citizens.page': 'Side {page} af {pages}',

  'citizen.title': 'Borger',
  'citizen.birthDate': 'Født',
  'citizen.cpr': 'CPR-nr.',
  'citizen.pseudonym': 'Pseudonym',
  'citizen.municipality': 'Kommune',
  'citizen.version': 'Sagsversion',
  'citizen.obligations': 'Forpligtelser efter reglerne',
  'citizen.obligationsEmpty': 'Reglerne giver ingen forpligtelser på sagen.',
  'citizen.findings': 'Fund',
  'citizen.findingsEmpty': 'Ingen fund.',
  'citizen.explain': 'Forklaring',
  'citizen.explainFor': 'Forklaring for {rule}',
  'citizen.explainEmpty': 'Ingen forklaring for denne regel.',
  'citizen.metBy': 'Opfyldt ved hændelse {id}',
  'citizen.timeline': 'Tidslinje',
  'citizen.spells': 'Ydelsesforløb',
  'citizen.spellsEmpty': 'Ingen forløb.',
  'citizen.ongoing': 'igangværende',
  'citizen.spellStart': 'Start på forløb: {benefit} (målgruppe {group})',
  'citizen.spellEnd': 'Slut på forløb: {benefit}',
  'citizen.transferredFrom': 'overgået fra forløb {id}',
  'citizen.eventsEmpty': 'Ingen hændelser.',
  'citizen.col.rule': 'Regel',
  'citizen.col.paragraph': 'Hjemmel',
  'citizen.col.window': 'Fra',
  'citizen.col.due': 'Frist',
  'citizen.col.status': 'Status',
  'citizen.col.spell': 'Forløb',
  'citizen.record': 'Registrér',
  'citizen.recordWhat': 'Hvad vil du registrere?',
  'citizen.severity.error': 'Fejl',
  'citizen.severity.warning': 'Advarsel',
  'citizen.severity.info': 'Info',
  'citizen.showAllTrace': 'Hele forklaringen',

  'form.interview': 'Samtale',
  'form.certificate': 'Lægeattest',
  'form.offer': 'Tilbud',
  'form.note': 'Journalnotat',
  'form.saved': '{what} er gemt, og forpligtelserne er beregnet igen.',

  'interview.type': 'Samtaletype',
  'interview.date': 'Dato',
  'interview.form': 'Samtaleform',
  'interview.conductedBy': 'Afholdt af',
  'interview.contentItems': 'Indhold i samtalen',
  'interview.resetsClock': 'Nulstillende samtale (tæller som rettidig samtale)',
  'interview.next': 'Aftale om næste samtale',
  'interview.nextForm': 'Form for næste samtale',
  'interview.nextDate': 'Dato for næste samtale',
  'interview.nextContent': 'Indhold i næste samtale',
  'interview.nextHint':
    'Ét emne pr. linje. Form og dato skal begge udfyldes, hvis der er en aftale.',

  'certificate.code': 'Attesttype',
  'certificate.price': 'Pris (kr.)',
  'certificate.requested': 'Rekvireret',
  'certificate.received': 'Modtaget',
  'certificate.deadline':
    'Lægen skal levere senest 14 dage efter konsultationen og 30 dage efter anmodningen.',

  'offer.kind': 'Tilbudstype',
  'offer.start': 'Startdato',
  'offer.end': 'Slutdato',
  'offer.employer': 'Virksomhed',
  'offer.noEmployer': 'Ingen virksomhed',
  'offer.trial': 'Forsøgsfritagelse',
  'offer.noTrial': 'Ingen',
  'offer.journalNote': 'Journalnotat om fritagelsen',
  'offer.ratioRejected': 'Tilbuddet er afvist (forholdstal)',
  'offer.headcount': '{n} ordinært ansatte',

  'note.date': 'Dato',
  'note.text': 'Notat',
  'note.trial': 'Notatet dokumenterer brug af forsøg',

  'rehab.title': 'Rehabiliteringsteam',
  'rehab.intro': 'Dagsorden for teamets møder. Højst 10 sager pr. møde.',
  'rehab.meetings': 'Møder',
  'rehab.noMeetings': 'Ingen møder endnu.',
  'rehab.meeting': 'Møde {date}',
  'rehab.cases': '{n} af 10 sager',
  'rehab.new': 'Nyt møde',
  'rehab.date': 'Mødedato',
  'rehab.pickCases': 'Vælg sager (højst 10)',
  'rehab.picked': '{n} af 10 valgt',
  'rehab.limit': 'Der kan højst være 10 sager på et møde.',
  'rehab.create': 'Opret møde',
  'rehab.recommendation': 'Indstilling',
  'rehab.decision': 'Afgørelse',
  'rehab.saveCase': 'Gem sag',
  'rehab.pending': 'Ikke afgjort',
  'rehab.rec.ressourceforloeb': 'Ressourceforløb',
  'rehab.rec.jobafklaringsforloeb': 'Jobafklaringsforløb',
  'rehab.rec.fleksjob': 'Fleksjob',
  'rehab.rec.foertidspension': 'Førtidspension',
  'rehab.rec.revalidering': 'Revalidering',
  'rehab.rec.other': 'Anden indsats',
  'rehab.dec.follows': 'Følger indstillingen',
  'rehab.dec.deviates': 'Afviger fra indstillingen',
  'rehab.dec.postponed': 'Udsat',

  'trials.title': 'Frikommuneforsøg',
  'trials.intro':
    'Kataloget over forsøg. Slå et forsøg til for udvalgte målgrupper og en periode; hver brug af en fritagelse registreres på sagen.',
  'trials.enabled': 'Slået til',
  'trials.notEnabled': 'Ikke slået til',
  'trials.period': '{start} – {end}',
  'trials.openEnded': 'ingen slutdato',
  'trials.targetGroups': 'Målgrupper',
  'trials.start': 'Fra',
  'trials.end': 'Til',
  'trials.enable': 'Slå til',
  'trials.disable': 'Slå fra',
  'trials.disableFrom': 'Sidste dag',
  'trials.enableFor': 'Slå «{title}» til',
  'trials.disableFor': 'Slå «{title}» fra',
  'trials.pickGroup': 'Vælg mindst én målgruppe.',
  'trials.empty': 'Ingen forsøg i kataloget.',
  'trials.notParticipant': 'Kommunen deltager ikke i dette forsøg.',
  'trials.participation': 'Kommunens deltagelse',
  'trials.part': 'del {part}',
  'trials.legalBasis': 'Hjemmel',
  'trials.uses': '{n} registrerede brug af fritagelsen',
  'trials.rulesAffected': 'Regler, som forsøget ændrer',
  'trials.readOnly': 'Kun en administrator kan slå forsøg til og fra.',

  'review.title': 'Ledelsestilsyn',
  'review.intro':
    'Træk en tilfældig stikprøve af sager pr. sagsbehandler i en periode, besvar spørgsmålene, og se optællingen.',
  'review.new': 'Ny stikprøve',
  'review.periodStart': 'Periode fra',
  'review.periodEnd': 'Periode til',
  'review.perCaseworker': 'Sager pr. sagsbehandler',
  'review.seed': 'Startværdi (seed)',
  'review.draw': 'Træk stikprøve',
  'review.sample': 'Stikprøve',
  'review.case': 'Sag {n}: {citizen}',
  'review.answer.yes': 'Ja',
  'review.answer.no': 'Nej',
  'review.answer.not-relevant': 'Ikke relevant',
  'review.tally': 'Optælling',
  'review.col.question': 'Spørgsmål',
  'review.col.yes': 'Ja',
  'review.col.no': 'Nej',
  'review.col.notRelevant': 'Ikke relevant',
  'review.col.unanswered': 'Ubesvaret',
  'review.answered': '{n} af {total} sager besvaret',
  'review.open': 'Åbn stikprøve nr.',
  'review.openButton': 'Åbn',

  'eventType.job-interview': 'Jobsamtale',
  'eventType.joint-meeting': 'Fællessamtale med a-kassen',
  'eventType.cv-interview': 'CV-samtale',
  'eventType.follow-up-interview': 'Opfølgningssamtale',
  'eventType.group-session': 'Gruppesamtale',
  'eventType.plan': 'Plan',
  'eventType.offer': 'Tilbud',
  'eventType.certificate-requested': 'Lægeattest rekvireret',
  'eventType.certificate-received': 'Lægeattest modtaget',
  'eventType.rehab-team-meeting': 'Rehabiliteringsteammøde',
  'eventType.visitation': 'Visitation',
  'eventType.assessment': 'Vurdering',
  'eventType.education-injunction': 'Uddannelsespålæg',
  'eventType.journal-note': 'Journalnotat',
  'eventType.person-group-marker': 'Persongruppemarkering',
  'eventType.consent': 'Samtykke',
  'eventType.sick-notification': 'Sygemelding',
  'eventType.decision': 'Afgørelse',
  'eventType.mentor-contact': 'Mentorkontakt',
  'eventType.move': 'Flytning',
  'eventType.parental-leave': 'Barsel',
  'eventType.sub-goal': 'Delmål nået',

  'interviewForm.in-person': 'Fremmøde',
  'interviewForm.phone': 'Telefon',
  'interviewForm.video': 'Video',
  'interviewForm.group': 'Gruppe',
  'interviewForm.via-other': 'Via anden fagperson',

  'content.job-search-follow-up': 'Opfølgning på jobsøgning',
  'content.cv-check': 'Gennemgang af CV',
  'content.offer-need': 'Behov for tilbud',
  'content.next-contact-agreed': 'Næste kontakt aftalt',
  'content.health-situation': 'Helbredssituation',
  'content.education-goal': 'Uddannelsesmål',
  'content.plan-follow-up': 'Opfølgning på plan',

  'offerKind.virksomhedspraktik': 'Virksomhedspraktik',
  'offerKind.loentilskud': 'Løntilskud',
  'offerKind.jobrotation': 'Jobrotation',
  'offerKind.mentor': 'Mentor',
  'offerKind.vejledning-og-opkvalificering': 'Vejledning og opkvalificering',
  'offerKind.nytteindsats': 'Nytteindsats',
  'offerKind.psykologbehandling': 'Psykologbehandling',
  'offerKind.ivaerksaetteri': 'Iværksætteri',
  'offerKind.other': 'Andet tilbud',

  'certificateCode.LÆ265': 'LÆ265 – lægeattest til rehabiliteringsteamet',
  'certificateCode.LÆ285': 'LÆ285 – lægeattest før første opfølgning',
  'certificateCode.LÆ125': 'LÆ125 – statusattest',
  'certificateCode.LÆ135': 'LÆ135 – specifik helbredsattest',
  'certificateCode.LÆ145': 'LÆ145 – generel helbredsattest',
  'certificateCode.hospital-record': 'Journaloplysninger fra sygehus',
  'certificateCode.specialist-record': 'Speciallægeerklæring',

  'kind.interview': 'Samtale',
  'kind.joint-meeting': 'Fællessamtale',
  'kind.cv-interview': 'CV-samtale',
  'kind.follow-up': 'Opfølgning',
  'kind.certificate': 'Lægeattest',
  'kind.assessment': 'Vurdering',
  'kind.plan-update': 'Plan',
  'kind.offer': 'Tilbud',
  'kind.mentor-contact': 'Mentorkontakt',
  'kind.rehab-team-meeting': 'Rehabiliteringsteam',
  'kind.education-injunction': 'Uddannelsespålæg',
  'kind.form': 'Samtaleform',
  'kind.content': 'Indhold',
  'kind.limit': 'Grænse',
};

export type MessageKey = keyof typeof da;

const en: Record<MessageKey, string> = {
  'app.name': 'Jobcentre',
  'app.tagline': 'Case work by the rules',
  'app.skipToContent': 'Skip to content',
  'app.language': 'Language',
  'app.switchLanguage': 'Dansk',
  'app.switchLanguageLabel': 'Skift til dansk',
  'app.logout': 'Log out',
  'app.loggedInAs': 'Logged in as {name}',
  'app.mainNav': 'Main menu',
  'app.loading': 'Loading …',
  'app.saving': 'Saving …',
  'app.saved': 'Saved.',
  'app.retry': 'Try again',
  'app.reload': 'Reload',
  'app.cancel': 'Cancel',
  'app.save': 'Save',
  'app.none': 'None',
  'app.all': 'All',
  'app.optional': '(optional)',
  'app.yes': 'Yes',
  'app.no': 'No',
  'app.footer': 'Jobcentre · municipal employment services · open source',

  'role.caseworker': 'Caseworker',
  'role.team-leader': 'Team leader',
  'role.analyst': 'Analyst',
  'role.administrator': 'Administrator',

  'nav.worklist': 'Worklist',
  'nav.citizens': 'Citizens',
  'nav.rehab': 'Rehabilitation team',
  'nav.trials': 'Trials',
  'nav.review': 'Management review',

  'login.title': 'Log in',
  'login.intro': 'Log in with your jobcentre user.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.failed': 'Wrong username or password.',
  'login.throttled': 'Too many attempts. Wait a moment and try again.',
  'login.demoHint':
    'Demo: the users sagsbehandler, teamleder, analytiker and administrator have the password "demo".',

  'error.title': 'Something went wrong',
  'error.forbiddenTitle': 'Access denied',
  'error.forbidden':
    'You do not have access to this information. You can only see cases in your own municipality.',
  'error.notFoundTitle': 'Page not found',
  'error.notFound': 'We could not find what you were looking for.',
  'error.unauthorized': 'You are not logged in.',
  'error.conflict':
    'Someone else changed the case after you opened it. The latest version has been loaded – check it and save again.',
  'error.validation': 'Check the marked fields.',
  'error.network': 'The server does not answer. Check the connection and try again.',
  'error.backToWorklist': 'Back to the worklist',

  'worklist.title': 'Worklist',
  'worklist.scope': 'Show',
  'worklist.scopeMine': 'My cases',
  'worklist.scopeTeam': "Team's cases",
  'worklist.status': 'Status',
  'worklist.asOf': 'As of',
  'worklist.empty': 'No tasks match the filter.',
  'worklist.count': '{n} tasks',
  'worklist.summary': 'Overdue: {overdue} · Due: {due} · Upcoming: {upcoming}',
  'worklist.col.due': 'Due by',
  'worklist.col.status': 'Status',
  'worklist.col.citizen': 'Citizen',
  'worklist.col.rule': 'Rule',
  'worklist.col.paragraph': 'Legal basis',
  'worklist.col.caseworker': 'Caseworker',
  'worklist.col.window': 'From',
  'worklist.perCaseworker': 'Overdue deadlines per caseworker',
  'worklist.col.overdue': 'Overdue',
  'worklist.col.dueCount': 'Due',
  'worklist.col.upcoming': 'Upcoming',
  'worklist.trial': 'Trial {id}',

  'status.upcoming': 'Upcoming',
  'status.due': 'Due',
  'status.overdue': 'Overdue',
  'status.met': 'Met',
  'status.waived': 'Waived',
  'status.late': 'late',

  'citizens.title': 'Citizens',
  'citizens.search': 'Search by name or pseudonym',
  'citizens.searchButton': 'Search',
  'citizens.total': '{n} citizens',
  'citizens.col.name': 'Citizen',
  'citizens.col.cpr': 'CPR no.',
  'citizens.col.targetGroup': 'Target group',
  'citizens.col.benefit': 'Benefit',
  'citizens.col.team': 'Team',
  'citizens.col.caseworker': 'Caseworker',
  'citizens.previous': 'Previous page',
  'citizens.next': 'Next page',
  'citizens.page': 'Page {page} of {pages}',

  'citizen.title': 'Citizen',
  'citizen.birthDate': 'Born',
  'citizen.cpr': 'CPR no.',
  'citizen.pseudonym': 'Pseudonym',
  'citizen.municipality': 'Municipality',
  'citizen.version': 'Case version',
  'citizen.obligations': 'Obligations under the rules',
  'citizen.obligationsEmpty': 'The rules give no obligations on this case.',
  'citizen.findings': 'Findings',
  'citizen.findingsEmpty': 'No findings.',
  'citizen.explain': 'Explanation',
  'citizen.explainFor': 'Explanation for {rule}',
  'citizen.explainEmpty': 'No explanation for this rule.',
  'citizen.metBy': 'Met by event {id}',
  'citizen.timeline': 'Timeline',
  'citizen.spells': 'Benefit spells',
  'citizen.spellsEmpty': 'No spells.',
  'citizen.ongoing': 'ongoing',
  'citizen.spellStart': 'Spell starts: {benefit} (target group {group})',
  'citizen.spellEnd': 'Spell ends: {benefit}',
  'citizen.transferredFrom': 'transferred from spell {id}',
  'citizen.eventsEmpty': 'No events.',
  'citizen.col.rule': 'Rule',
  'citizen.col.paragraph': 'Legal basis',
  'citizen.col.window': 'From',
  'citizen.col.due': 'Due by',
  'citizen.col.status': 'Status',
  'citizen.col.spell': 'Spell',
  'citizen.record': 'Record',
  'citizen.recordWhat': 'What do you want to record?',
  'citizen.severity.error': 'Error',
  'citizen.severity.warning': 'Warning',
  'citizen.severity.info': 'Info',
  'citizen.showAllTrace': 'Full explanation',

  'form.interview': 'Interview',
  'form.certificate': 'Medical certificate',
  'form.offer': 'Offer',
  'form.note': 'Journal note',
  'form.saved': '{what} saved; the obligations have been recomputed.',

  'interview.type': 'Interview type',
  'interview.date': 'Date',
  'interview.form': 'Form',
  'interview.conductedBy': 'Held by',
  'interview.contentItems': 'Content covered',
  'interview.resetsClock': 'Resets the clock (nulstillende: counts as a timely interview)',
  'interview.next': 'Agreement for the next interview',
  'interview.nextForm': 'Form of the next interview',
  'interview.nextDate': 'Date of the next interview',
  'interview.nextContent': 'Content of the next interview',
  'interview.nextHint':
    'One topic per line. Fill in both form and date when there is an agreement.',

  'certificate.code': 'Certificate',
  'certificate.price': 'Price (DKK)',
  'certificate.requested': 'Requested',
  'certificate.received': 'Received',
  'certificate.deadline':
    'The GP must deliver within 14 days of the consultation and 30 days of the request.',

  'offer.kind': 'Offer type',
  'offer.start': 'Start date',
  'offer.end': 'End date',
  'offer.employer': 'Employer',
  'offer.noEmployer': 'No employer',
  'offer.trial': 'Trial exemption',
  'offer.noTrial': 'None',
  'offer.journalNote': 'Journal note on the exemption',
  'offer.ratioRejected': 'The offer was rejected (forholdstal ratio)',
  'offer.headcount': '{n} ordinary employees',

  'note.date': 'Date',
  'note.text': 'Note',
  'note.trial': 'The note documents use of a trial',

  'rehab.title': 'Rehabilitation team',
  'rehab.intro': "Agenda for the team's meetings. At most 10 cases per meeting.",
  'rehab.meetings': 'Meetings',
  'rehab.noMeetings': 'No meetings yet.',
  'rehab.meeting': 'Meeting {date}',
  'rehab.cases': '{n} of 10 cases',
  'rehab.new': 'New meeting',
  'rehab.date': 'Meeting date',
  'rehab.pickCases': 'Choose cases (at most 10)',
  'rehab.picked': '{n} of 10 chosen',
  'rehab.limit': 'A meeting can have at most 10 cases.',
  'rehab.create': 'Create meeting',
  'rehab.recommendation': 'Recommendation (indstilling)',
  'rehab.decision': 'Decision',
  'rehab.saveCase': 'Save case',
  'rehab.pending': 'Not decided',
  'rehab.rec.ressourceforloeb': 'Resource programme',
  'rehab.rec.jobafklaringsforloeb': 'Job clarification programme',
  'rehab.rec.fleksjob': 'Flexi-job',
  'rehab.rec.foertidspension': 'Disability pension',
  'rehab.rec.revalidering': 'Vocational rehabilitation',
  'rehab.rec.other': 'Other measure',
  'rehab.dec.follows': 'Follows the recommendation',
  'rehab.dec.deviates': 'Deviates from the recommendation',
  'rehab.dec.postponed': 'Postponed',

  'trials.title': 'Trials',
  'trials.intro':
    'The trial catalogue. Enable a trial for chosen target groups and a period; every use of an exemption is recorded on the case.',
  'trials.enabled': 'Enabled',
  'trials.notEnabled': 'Not enabled',
  'trials.period': '{start} – {end}',
  'trials.openEnded': 'no end date',
  'trials.targetGroups': 'Target groups',
  'trials.start': 'From',
  'trials.end': 'To',
  'trials.enable': 'Enable',
  'trials.disable': 'Disable',
  'trials.disableFrom': 'Last day',
  'trials.enableFor': 'Enable "{title}"',
  'trials.disableFor': 'Disable "{title}"',
  'trials.pickGroup': 'Choose at least one target group.',
  'trials.empty': 'No trials in the catalogue.',
  'trials.notParticipant': 'The municipality does not take part in this trial.',
  'trials.participation': "The municipality's participation",
  'trials.part': 'part {part}',
  'trials.legalBasis': 'Legal basis',
  'trials.uses': '{n} recorded uses of the exemption',
  'trials.rulesAffected': 'Rules the trial changes',
  'trials.readOnly': 'Only an administrator can enable and disable trials.',

  'review.title': 'Management review',
  'review.intro':
    'Draw a random sample of cases per caseworker for a period, answer the questions and see the tally.',
  'review.new': 'New sample',
  'review.periodStart': 'Period from',
  'review.periodEnd': 'Period to',
  'review.perCaseworker': 'Cases per caseworker',
  'review.seed': 'Seed',
  'review.draw': 'Draw sample',
  'review.sample': 'Sample',
  'review.case': 'Case {n}: {citizen}',
  'review.answer.yes': 'Yes',
  'review.answer.no': 'No',
  'review.answer.not-relevant': 'Not relevant',
  'review.tally': 'Tally',
  'review.col.question': 'Question',
  'review.col.yes': 'Yes',
  'review.col.no': 'No',
  'review.col.notRelevant': 'Not relevant',
  'review.col.unanswered': 'Unanswered',
  'review.answered': '{n} of {total} cases answered',
  'review.open': 'Open sample no.',
  'review.openButton': 'Open',

  'eventType.job-interview': 'Job interview',
  'eventType.joint-meeting': 'Joint meeting with the a-kasse',
  'eventType.cv-interview': 'CV interview',
  'eventType.follow-up-interview': 'Follow-up interview',
  'eventType.group-session': 'Group session',
  'eventType.plan': 'Plan',
  'eventType.offer': 'Offer',
  'eventType.certificate-requested': 'Medical certificate requested',
  'eventType.certificate-received': 'Medical certificate received',
  'eventType.rehab-team-meeting': 'Rehabilitation team meeting',
  'eventType.visitation': 'Referral (visitation)',
  'eventType.assessment': 'Assessment',
  'eventType.education-injunction': 'Education injunction',
  'eventType.journal-note': 'Journal note',
  'eventType.person-group-marker': 'Person-group marker',
  'eventType.consent': 'Consent',
  'eventType.sick-notification': 'Sick notification',
  'eventType.decision': 'Decision',
  'eventType.mentor-contact': 'Mentor contact',
  'eventType.move': 'Move',
  'eventType.parental-leave': 'Parental leave',
  'eventType.sub-goal': 'Sub-goal reached',

  'interviewForm.in-person': 'In person',
  'interviewForm.phone': 'Phone',
  'interviewForm.video': 'Video',
  'interviewForm.group': 'Group',
  'interviewForm.via-other': 'Via another professional',

  'content.job-search-follow-up': 'Follow-up on job search',
  'content.cv-check': 'CV review',
  'content.offer-need': 'Need for an offer',
  'content.next-contact-agreed': 'Next contact agreed',
  'content.health-situation': 'Health situation',
  'content.education-goal': 'Education goal',
  'content.plan-follow-up': 'Follow-up on the plan',

  'offerKind.virksomhedspraktik': 'Work placement (virksomhedspraktik)',
  'offerKind.loentilskud': 'Wage subsidy (løntilskud)',
  'offerKind.jobrotation': 'Job rotation',
  'offerKind.mentor': 'Mentor',
  'offerKind.vejledning-og-opkvalificering': 'Guidance and upskilling',
  'offerKind.nytteindsats': 'Utility work (nytteindsats)',
  'offerKind.psykologbehandling': 'Psychologist treatment',
  'offerKind.ivaerksaetteri': 'Business start-up (iværksætteri)',
  'offerKind.other': 'Other offer',

  'certificateCode.LÆ265': 'LÆ265 – GP statement for the rehabilitation team',
  'certificateCode.LÆ285': 'LÆ285 – GP certificate before the first follow-up',
  'certificateCode.LÆ125': 'LÆ125 – status certificate',
  'certificateCode.LÆ135': 'LÆ135 – specific health certificate',
  'certificateCode.LÆ145': 'LÆ145 – general health certificate',
  'certificateCode.hospital-record': 'Hospital records',
  'certificateCode.specialist-record': "Specialist's statement",

  'kind.interview': 'Interview',
  'kind.joint-meeting': 'Joint meeting',
  'kind.cv-interview': 'CV interview',
  'kind.follow-up': 'Follow-up',
  'kind.certificate': 'Medical certificate',
  'kind.assessment': 'Assessment',
  'kind.plan-update': 'Plan',
  'kind.offer': 'Offer',
  'kind.mentor-contact': 'Mentor contact',
  'kind.rehab-team-meeting': 'Rehabilitation team',
  'kind.education-injunction': 'Education injunction',
  'kind.form': 'Interview form',
  'kind.content': 'Content',
  'kind.limit': 'Limit',
};

export const MESSAGES = { da, en } as const;
export type Lang = keyof typeof MESSAGES;
export const LANGS: readonly Lang[] = ['da', 'en'];
const STORAGE_KEY = 'jobcenter.lang';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; numbers are written the Danish or English way. */
export function translate(
  lang: Lang,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  const template = MESSAGES[lang][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? v.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB') : v;
  });
}

/** Looks up a key built from data (an event type, a status); falls back to the raw code. */
export function hasKey(key: string): key is MessageKey {
  return key in da;
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Label for a code from the API: `label('eventType', 'job-interview')`; unknown codes show as they are. */
  label: (prefix: string, code: string) => string;
  /** Picks the language's half of a `{da, en}` text from the API. */
  pick: (text: { da: string; en: string } | string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'da' || stored === 'en') return stored;
  } catch {
    // storage unavailable (private mode): stay with Danish
  }
  return 'da';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    document.documentElement.lang = l;
    return l;
  });
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    document.documentElement.lang = l;
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // not persisted; the switch still applies to this page
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const t: Translate = (key, vars) => translate(lang, key, vars);
    return {
      lang,
      setLang,
      t,
      label: (prefix, code) => {
        const key = `${prefix}.${code}`;
        return hasKey(key) ? t(key) : code;
      },
      pick: (text) => {
        if (text == null) return '';
        if (typeof text === 'string') return text;
        return text[lang];
      },
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
