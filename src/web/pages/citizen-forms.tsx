/**
 * Forms on the citizen page: interview, medical certificate, offer, journal
 * note. Each save sends the case version it was based on (409 on a stale
 * one) and then refreshes the case and the worklist, so the recomputed
 * obligations show without a manual reload.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import {
  CERTIFICATES,
  INTERVIEW_FORMS,
  INTERVIEW_TYPES,
  type InterviewFormCode,
  OFFER_KINDS,
  type OfferKind,
} from '../../rules/vocabulary.ts';
import { ApiError, api } from '../api.ts';
import { ErrorNote, useMe } from '../components.tsx';
import { type MessageKey, useI18n } from '../i18n.tsx';
import { useIdempotentMutation } from '../idempotent.ts';

export interface FormProps {
  citizenId: string;
  version: number;
  /** The server's today (the evaluation date), the default for new dates. */
  today: string;
  onSaved: () => void;
}

const FORMS = INTERVIEW_FORMS;
const CONTENT_ITEMS = [
  'job-search-follow-up',
  'plan-follow-up',
  'cv-check',
  'offer-need',
  'next-contact-agreed',
  'health-situation',
  'education-goal',
] as const;
/** Lægeforeningen's rates as of April 2020 (shared/domain/README.md); others are entered by hand. */
const CERTIFICATE_PRICES: Partial<Record<(typeof CERTIFICATES)[number], number>> = {
  LÆ265: 1742,
  LÆ285: 1120,
};

/**
 * Posts to the case and refreshes everything that shows it. `run` gets the
 * submission's idempotency key (idempotent.ts).
 */
function useCaseSave(citizenId: string) {
  const queryClient = useQueryClient();
  return useIdempotentMutation<unknown, (idempotencyKey: string) => Promise<unknown>>({
    mutationFn: (run, idempotencyKey) => run(idempotencyKey),
    onSettled: async (_d, error) => {
      // On a conflict the fresh version is fetched too, so a retry can succeed.
      if (!error || (error instanceof ApiError && error.status === 409)) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['citizen', citizenId] }),
          queryClient.invalidateQueries({ queryKey: ['worklist'] }),
          queryClient.invalidateQueries({ queryKey: ['citizens'] }),
        ]);
      }
    },
  });
}

/** The interviews the interview form records. */
type InterviewType = (typeof INTERVIEW_TYPES)[number];

/** Whether a server path (`body.event.nextAgreement.date`) ends with the field's path (`nextAgreement.date`). */
function pathIs(path: string, field: string): boolean {
  // A list item's index names the list (`body.citizenIds.3` is `citizenIds`).
  const p = path.replace(/(\.\d+)+$/, '');
  return p === field || p.endsWith(`.${field}`);
}

/** Whether the server named this field as invalid (paths such as `body.event.date`). */
function invalid(error: unknown, field: string): boolean {
  return error instanceof ApiError && error.fields.some((f) => pathIs(f.path, field));
}

/**
 * The fields the forms show, by the end of the server's path
 * (`body.offer.employerId`, `body.event.nextAgreement.date`); each has a
 * `fieldError.<field>` message in i18n.tsx.
 */
const SHOWN_FIELDS = [
  'employerId',
  'date',
  'event.date',
  'start',
  'end',
  'text',
  'journalNote',
  'trialId',
  'certificate',
  'form',
  'conductedBy',
  'reason',
  'nextAgreement.date',
  'nextAgreement.form',
  'nextAgreement.content',
  'priceDkk',
  'requestedOn',
  'recommendation',
  'decision',
  'citizenIds',
] as const;
export type ShownField = (typeof SHOWN_FIELDS)[number];

/** Whether a server path is one the forms show next to its field. */
export function isShownField(path: string): boolean {
  return SHOWN_FIELDS.some((s) => pathIs(path, s));
}

/**
 * A refusal found before sending (the same shape as the server's, so it is
 * shown by the same mechanism), e.g. a received date before the request date.
 */
export function clientFieldError(path: string, message: string): ApiError {
  return new ApiError(400, 'validation', `${path}: ${message}`, [{ path, message }]);
}

/** The Danish (or English) message for a field the server refused, in the caseworker's words. */
export function useFieldError(error: unknown) {
  const { t } = useI18n();
  return (field: ShownField): string | undefined => {
    if (!(error instanceof ApiError) || !invalid(error, field)) return undefined;
    return t(`fieldError.${field}` as MessageKey);
  };
}

/** `aria-invalid` and the error's id for an input the server (or the form) refused. */
export function invalidProps(error: string | undefined, id: string) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

export function Field({
  id,
  label,
  children,
  hint,
  error,
}: {
  id: string;
  label: string;
  children: ReactNode;
  hint?: string;
  /** Shown right under the field when the server refused it. */
  error?: string | undefined;
}) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function SubmitRow({ pending }: { pending: boolean }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('app.saving') : t('app.save')}
      </button>
    </div>
  );
}

export function InterviewForm({ citizenId, version, today, onSaved }: FormProps) {
  const { t, label } = useI18n();
  const me = useMe();
  const ids = useId();
  const save = useCaseSave(citizenId);
  const [type, setType] = useState<InterviewType>('job-interview');
  const [date, setDate] = useState(today);
  const [form, setForm] = useState<InterviewFormCode>('in-person');
  const [conductedBy, setConductedBy] = useState('');
  const [items, setItems] = useState<string[]>(['job-search-follow-up', 'next-contact-agreed']);
  const [resets, setResets] = useState(true);
  const [nextForm, setNextForm] = useState<InterviewFormCode | ''>('');
  const [nextDate, setNextDate] = useState('');
  const [nextContent, setNextContent] = useState('');
  const fieldError = useFieldError(save.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const content = nextContent
      .split(/\n|;/)
      .map((x) => x.trim())
      .filter(Boolean);
    const nextAgreement =
      nextForm && nextDate
        ? { form: nextForm, date: nextDate, ...(content.length ? { content } : {}) }
        : undefined;
    const by = conductedBy.trim() || me.data?.displayName;
    save.mutate(
      (k) =>
        api.post(
          '/api/citizens/{id}/events',
          {
            expectedVersion: version,
            event: {
              type,
              date,
              form,
              ...(by ? { conductedBy: by } : {}),
              contentItems: items,
              resetsClock: resets,
              ...(nextAgreement ? { nextAgreement } : {}),
            },
          },
          { path: { id: citizenId }, idempotencyKey: k },
        ),
      {
        onSuccess: () => {
          setNextForm('');
          setNextDate('');
          setNextContent('');
          onSaved();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('form.interview')} data-testid="interview-form">
      <Field id={`${ids}-type`} label={t('interview.type')}>
        <select
          id={`${ids}-type`}
          value={type}
          onChange={(e) => setType(e.target.value as InterviewType)}
        >
          {INTERVIEW_TYPES.map((v) => (
            <option key={v} value={v}>
              {label('eventType', v)}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field id={`${ids}-date`} label={t('interview.date')} error={fieldError('event.date')}>
          <input
            id={`${ids}-date`}
            type="date"
            required
            value={date}
            {...invalidProps(fieldError('event.date'), `${ids}-date`)}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field id={`${ids}-form`} label={t('interview.form')} error={fieldError('form')}>
          <select
            id={`${ids}-form`}
            value={form}
            {...invalidProps(fieldError('form'), `${ids}-form`)}
            onChange={(e) => setForm(e.target.value as InterviewFormCode)}
          >
            {FORMS.map((v) => (
              <option key={v} value={v}>
                {label('interviewForm', v)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        id={`${ids}-by`}
        label={`${t('interview.conductedBy')} ${t('app.optional')}`}
        error={fieldError('conductedBy')}
      >
        <input
          id={`${ids}-by`}
          value={conductedBy}
          {...invalidProps(fieldError('conductedBy'), `${ids}-by`)}
          placeholder={me.data?.displayName}
          onChange={(e) => setConductedBy(e.target.value)}
        />
      </Field>
      <fieldset className="checks">
        <legend>{t('interview.contentItems')}</legend>
        {CONTENT_ITEMS.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={items.includes(c)}
              onChange={(e) =>
                setItems(e.target.checked ? [...items, c] : items.filter((i) => i !== c))
              }
            />
            {label('content', c)}
          </label>
        ))}
      </fieldset>
      <div className="checks single">
        <label>
          <input type="checkbox" checked={resets} onChange={(e) => setResets(e.target.checked)} />
          {t('interview.resetsClock')}
        </label>
      </div>
      <fieldset className="group">
        <legend>{t('interview.next')}</legend>
        <div className="field-row">
          <Field
            id={`${ids}-nform`}
            label={t('interview.nextForm')}
            error={fieldError('nextAgreement.form')}
          >
            <select
              id={`${ids}-nform`}
              required={nextDate !== ''}
              value={nextForm}
              {...invalidProps(fieldError('nextAgreement.form'), `${ids}-nform`)}
              onChange={(e) => setNextForm(e.target.value as InterviewFormCode | '')}
            >
              <option value="">–</option>
              {FORMS.map((v) => (
                <option key={v} value={v}>
                  {label('interviewForm', v)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`${ids}-ndate`}
            label={t('interview.nextDate')}
            error={fieldError('nextAgreement.date')}
          >
            {/* No min: a date before the interview gets the Danish message next to the field. */}
            <input
              id={`${ids}-ndate`}
              type="date"
              required={nextForm !== ''}
              value={nextDate}
              {...invalidProps(fieldError('nextAgreement.date'), `${ids}-ndate`)}
              onChange={(e) => setNextDate(e.target.value)}
            />
          </Field>
        </div>
        <Field
          id={`${ids}-ncontent`}
          label={t('interview.nextContent')}
          hint={t('interview.nextHint')}
          error={fieldError('nextAgreement.content')}
        >
          <textarea
            id={`${ids}-ncontent`}
            aria-describedby={`${ids}-ncontent-hint`}
            rows={2}
            value={nextContent}
            onChange={(e) => setNextContent(e.target.value)}
          />
        </Field>
      </fieldset>
      <FormError error={save.error} citizenId={citizenId} />
      <SubmitRow pending={save.isPending} />
    </form>
  );
}

export function CertificateForm({ citizenId, version, today, onSaved }: FormProps) {
  const { t, label } = useI18n();
  const ids = useId();
  const save = useCaseSave(citizenId);
  const [code, setCode] = useState<(typeof CERTIFICATES)[number]>('LÆ265');
  const [price, setPrice] = useState(String(CERTIFICATE_PRICES.LÆ265));
  const [requested, setRequested] = useState(today);
  const [received, setReceived] = useState('');
  // A received date before the request is refused here, before the first of the two events is saved.
  const [early, setEarly] = useState<ApiError | null>(null);
  const fieldError = useFieldError(early ?? save.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (received && received < requested) {
      setEarly(clientFieldError('body.event.details.requestedOn', 'must not be after date'));
      return;
    }
    setEarly(null);
    const details = { certificate: code, ...(price ? { priceDkk: Number(price) } : {}) };
    save.mutate(
      async (k) => {
        const first = await api.post(
          '/api/citizens/{id}/events',
          {
            expectedVersion: version,
            event: { type: 'certificate-requested', date: requested, details },
          },
          { path: { id: citizenId }, idempotencyKey: `${k}-requested` },
        );
        if (received) {
          await api.post(
            '/api/citizens/{id}/events',
            {
              expectedVersion: first?.version ?? version + 1,
              event: {
                type: 'certificate-received',
                date: received,
                details: { ...details, requestedOn: requested },
              },
            },
            { path: { id: citizenId }, idempotencyKey: `${k}-received` },
          );
        }
      },
      {
        onSuccess: () => {
          setReceived('');
          onSaved();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('form.certificate')} data-testid="certificate-form">
      <Field id={`${ids}-code`} label={t('certificate.code')} error={fieldError('certificate')}>
        <select
          id={`${ids}-code`}
          value={code}
          {...invalidProps(fieldError('certificate'), `${ids}-code`)}
          onChange={(e) => {
            const v = e.target.value as (typeof CERTIFICATES)[number];
            setCode(v);
            const p = CERTIFICATE_PRICES[v];
            setPrice(p === undefined ? '' : String(p));
          }}
        >
          {CERTIFICATES.map((c) => (
            <option key={c} value={c}>
              {label('certificateCode', c)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-price`} label={t('certificate.price')} error={fieldError('priceDkk')}>
        {/* No min: a negative price gets the server's refusal as a Danish message here. */}
        <input
          id={`${ids}-price`}
          type="number"
          step={1}
          inputMode="numeric"
          value={price}
          {...invalidProps(fieldError('priceDkk'), `${ids}-price`)}
          onChange={(e) => setPrice(e.target.value)}
        />
      </Field>
      <div className="field-row">
        <Field id={`${ids}-req`} label={t('certificate.requested')} error={fieldError('date')}>
          <input
            id={`${ids}-req`}
            type="date"
            required
            value={requested}
            {...invalidProps(fieldError('date'), `${ids}-req`)}
            onChange={(e) => setRequested(e.target.value)}
          />
        </Field>
        <Field
          id={`${ids}-rec`}
          label={`${t('certificate.received')} ${t('app.optional')}`}
          error={fieldError('requestedOn')}
        >
          <input
            id={`${ids}-rec`}
            type="date"
            value={received}
            {...invalidProps(fieldError('requestedOn'), `${ids}-rec`)}
            onChange={(e) => setReceived(e.target.value)}
          />
        </Field>
      </div>
      <p className="hint">{t('certificate.deadline')}</p>
      <FormError error={early ?? save.error} citizenId={citizenId} />
      <SubmitRow pending={save.isPending} />
    </form>
  );
}

/** Trials enabled in the user's municipality (for exemptions on offers and notes). */
function useEnabledTrials() {
  return useQuery({
    queryKey: ['trials'],
    queryFn: () => api.get('/api/trials'),
    select: (d) => d.items.filter((x) => x.enabled.length > 0),
  });
}

export function OfferForm({ citizenId, version, today, onSaved }: FormProps) {
  const { t, label, pick } = useI18n();
  const ids = useId();
  const save = useCaseSave(citizenId);
  const employers = useQuery({
    queryKey: ['employers'],
    queryFn: () => api.get('/api/employers'),
    select: (d) => d.items,
  });
  const trials = useEnabledTrials();
  const [kind, setKind] = useState<OfferKind>('virksomhedspraktik');
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState('');
  const [employerId, setEmployerId] = useState('');
  const [trialId, setTrialId] = useState('');
  const [note, setNote] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const employer: number | undefined =
      employerId === ''
        ? undefined
        : (employers.data?.find((x) => String(x.id) === employerId)?.id ?? Number(employerId));
    save.mutate(
      (k) =>
        api.post(
          '/api/citizens/{id}/offers',
          {
            expectedVersion: version,
            offer: {
              kind,
              start,
              end,
              ...(employer !== undefined ? { employerId: employer } : {}),
              ...(trialId ? { trialId } : {}),
              ...(note.trim() ? { journalNote: note.trim() } : {}),
            },
          },
          { path: { id: citizenId }, idempotencyKey: k },
        ),
      {
        onSuccess: () => {
          setNote('');
          setTrialId('');
          onSaved();
        },
      },
    );
  };

  const ratio = save.error instanceof ApiError && save.error.status === 422;
  const fieldError = useFieldError(save.error);
  // The server sends the forholdstal refusal in both languages.
  const ratioReason =
    save.error instanceof ApiError
      ? ((save.error.body as { error?: { reason?: { da: string; en: string } } } | null)?.error
          ?.reason ?? null)
      : null;

  return (
    <form onSubmit={submit} aria-label={t('form.offer')} data-testid="offer-form">
      <Field id={`${ids}-kind`} label={t('offer.kind')}>
        <select
          id={`${ids}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as OfferKind)}
        >
          {OFFER_KINDS.map((k) => (
            <option key={k} value={k}>
              {label('offerKind', k)}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field id={`${ids}-start`} label={t('offer.start')} error={fieldError('start')}>
          <input
            id={`${ids}-start`}
            type="date"
            required
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </Field>
        <Field id={`${ids}-end`} label={t('offer.end')} error={fieldError('end')}>
          <input
            id={`${ids}-end`}
            type="date"
            required
            min={start}
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </Field>
      </div>
      <Field id={`${ids}-emp`} label={t('offer.employer')} error={fieldError('employerId')}>
        <select
          id={`${ids}-emp`}
          value={employerId}
          onChange={(e) => setEmployerId(e.target.value)}
        >
          <option value="">{t('offer.noEmployer')}</option>
          {(employers.data ?? []).map((x) => (
            <option key={String(x.id)} value={String(x.id)}>
              {x.name} ({t('offer.headcount', { n: x.ordinaryHeadcount })}
              {x.capacity === undefined
                ? ''
                : `; ${t('offer.capacity', { used: x.currentPlacements ?? 0, capacity: x.capacity })}`}
              )
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-trial`} label={t('offer.trial')} error={fieldError('trialId')}>
        <select id={`${ids}-trial`} value={trialId} onChange={(e) => setTrialId(e.target.value)}>
          <option value="">{t('offer.noTrial')}</option>
          {(trials.data ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {pick(x.title)}
            </option>
          ))}
        </select>
      </Field>
      {trialId ? (
        <Field id={`${ids}-note`} label={t('offer.journalNote')} error={fieldError('journalNote')}>
          <textarea
            id={`${ids}-note`}
            rows={3}
            required
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
      ) : null}
      {ratio ? (
        <div className="alert alert-warning" role="alert" data-testid="ratio-rejection">
          <p>
            <strong>{t('offer.ratioRejected')}</strong>
          </p>
          <p>{ratioReason ? pick(ratioReason) : (save.error as ApiError).message}</p>
        </div>
      ) : (
        <FormError error={save.error} citizenId={citizenId} />
      )}
      <SubmitRow pending={save.isPending} />
    </form>
  );
}

export function NoteForm({ citizenId, version, today, onSaved }: FormProps) {
  const { t, pick } = useI18n();
  const ids = useId();
  const save = useCaseSave(citizenId);
  const trials = useEnabledTrials();
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [trialId, setTrialId] = useState('');
  const fieldError = useFieldError(save.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      (k) =>
        api.post(
          '/api/citizens/{id}/events',
          {
            expectedVersion: version,
            event: {
              type: 'journal-note',
              date,
              ...(trialId ? { trialId } : {}),
              details: { text: text.trim() },
            },
          },
          { path: { id: citizenId }, idempotencyKey: k },
        ),
      {
        onSuccess: () => {
          setText('');
          setTrialId('');
          onSaved();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('form.note')} data-testid="note-form">
      <Field id={`${ids}-date`} label={t('note.date')} error={fieldError('date')}>
        <input
          id={`${ids}-date`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
      <Field id={`${ids}-text`} label={t('note.text')} error={fieldError('text')}>
        <textarea
          id={`${ids}-text`}
          rows={5}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Field
        id={`${ids}-trial`}
        label={`${t('note.trial')} ${t('app.optional')}`}
        error={fieldError('trialId')}
      >
        <select id={`${ids}-trial`} value={trialId} onChange={(e) => setTrialId(e.target.value)}>
          <option value="">{t('offer.noTrial')}</option>
          {(trials.data ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {pick(x.title)}
            </option>
          ))}
        </select>
      </Field>
      <FormError error={save.error} citizenId={citizenId} />
      <SubmitRow pending={save.isPending} />
    </form>
  );
}

/**
 * The exemption decision (issue #11): the municipality's choice, per citizen,
 * to use a trial's exemption on a professional judgement. Who, when, which
 * trial and why; the decision is what switches the exemption on for the
 * citizen, and it documents the exemption (docs/trials.md).
 */
export function ExemptionForm({ citizenId, version, today, onSaved }: FormProps) {
  const { t, pick } = useI18n();
  const ids = useId();
  const save = useCaseSave(citizenId);
  const trials = useEnabledTrials();
  const me = useMe();
  const [date, setDate] = useState(today);
  const [trialId, setTrialId] = useState('');
  const [conductedBy, setConductedBy] = useState('');
  const [reason, setReason] = useState('');
  const fieldError = useFieldError(save.error);
  const who = conductedBy || me.data?.displayName || '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      (k) =>
        api.post(
          '/api/citizens/{id}/events',
          {
            expectedVersion: version,
            event: {
              type: 'exemption-decision',
              date,
              ...(trialId ? { trialId } : {}),
              ...(who.trim() ? { conductedBy: who.trim() } : {}),
              details: { reason: reason.trim() },
            },
          },
          { path: { id: citizenId }, idempotencyKey: k },
        ),
      {
        onSuccess: () => {
          setReason('');
          setTrialId('');
          onSaved();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('form.exemption')} data-testid="exemption-form">
      <p className="hint">{t('exemption.intro')}</p>
      <Field id={`${ids}-trial`} label={t('exemption.trial')} error={fieldError('trialId')}>
        <select
          id={`${ids}-trial`}
          required
          value={trialId}
          onChange={(e) => setTrialId(e.target.value)}
        >
          <option value="">{t('exemption.chooseTrial')}</option>
          {(trials.data ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {pick(x.title)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${ids}-date`} label={t('exemption.date')} error={fieldError('date')}>
        <input
          id={`${ids}-date`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
      <Field id={`${ids}-who`} label={t('exemption.who')} error={fieldError('conductedBy')}>
        <input
          id={`${ids}-who`}
          type="text"
          required
          maxLength={200}
          value={who}
          onChange={(e) => setConductedBy(e.target.value)}
        />
      </Field>
      <Field
        id={`${ids}-reason`}
        label={t('exemption.reason')}
        hint={t('exemption.reasonHint')}
        error={fieldError('reason')}
      >
        <textarea
          id={`${ids}-reason`}
          rows={4}
          required
          maxLength={10_000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <FormError error={save.error} citizenId={citizenId} />
      <SubmitRow pending={save.isPending} />
    </form>
  );
}

/**
 * The form's own error: field errors are shown next to their fields, so only
 * the rest is summarised here (in the user's language, never the server's
 * English field paths).
 */
export function FormError({ error }: { error: unknown; citizenId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
    const other = error.fields.filter((f) => !isShownField(f.path));
    return (
      <div className="alert alert-error" role="alert">
        <p>
          {other.length > 0
            ? t('fieldError.other', {
                fields: other.map((f) => f.path.split('.').pop()).join(', '),
              })
            : t('error.validation')}
        </p>
      </div>
    );
  }
  return <ErrorNote error={error} />;
}
