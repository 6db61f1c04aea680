/**
 * Management review (ledelsestilsyn): draw a random sample of cases per
 * caseworker for a period, answer the fixed questions yes / no / not
 * relevant for each case, and see the tally.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { type Answer, api, type Review, type ReviewCase, type TallyRow } from '../api.ts';
import {
  citizenLabel,
  DateText,
  ErrorNote,
  ErrorPage,
  Loading,
  PageHeading,
  todayIso,
  useMe,
} from '../components.tsx';
import { type MessageKey, useI18n } from '../i18n.tsx';
import { useIdempotentMutation } from '../idempotent.ts';
import { Link, useRouter } from '../router.tsx';

const ANSWERS: Answer[] = ['yes', 'no', 'not-relevant'];

export function ReviewPage({ reviewId }: { reviewId: string | null }) {
  const { t } = useI18n();
  return (
    <section>
      <PageHeading>{t('review.title')}</PageHeading>
      <p className="lead">{t('review.intro')}</p>
      {reviewId ? <ReviewView id={reviewId} /> : <NewReview />}
    </section>
  );
}

function firstOfQuarter(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  return `${y}-${String(q).padStart(2, '0')}-01`;
}

function NewReview() {
  const { t } = useI18n();
  const ids = useId();
  const me = useMe();
  const teams = useQuery({
    queryKey: ['teams'],
    queryFn: () => api.get('/api/teams'),
  });
  const existing = useQuery({
    queryKey: ['reviews'],
    queryFn: () => api.get('/api/reviews'),
  });
  // A team leader reviews the own team by default; '' = the whole municipality.
  const [teamId, setTeamId] = useState<string | null>(null);
  const team = teamId ?? (me.data?.role === 'team-leader' ? String(me.data.teamId ?? '') : '');
  const { navigate } = useRouter();
  const today = todayIso();
  const [periodStart, setPeriodStart] = useState(firstOfQuarter(today));
  const [periodEnd, setPeriodEnd] = useState(today);
  const [perCaseworker, setPerCaseworker] = useState('3');
  const [seed, setSeed] = useState('');
  const [openId, setOpenId] = useState('');
  const draw = useIdempotentMutation({
    mutationFn: (_: undefined, idempotencyKey) =>
      api.post(
        '/api/reviews',
        {
          periodStart,
          periodEnd,
          perCaseworker: Number(perCaseworker),
          ...(seed ? { seed: Number(seed) } : {}),
          ...(team ? { teamId: Number(team) } : {}),
        },
        { idempotencyKey },
      ),
    onSuccess: (r) => navigate(`/review/${encodeURIComponent(String(r.id))}`),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    draw.mutate();
  };
  return (
    <div className="two-col">
      <section className="card" aria-labelledby={`${ids}-h`}>
        <h2 id={`${ids}-h`}>{t('review.new')}</h2>
        <form onSubmit={submit}>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${ids}-ps`}>{t('review.periodStart')}</label>
              <input
                id={`${ids}-ps`}
                type="date"
                required
                value={periodStart}
                onChange={(e) => setPeriodStart(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-pe`}>{t('review.periodEnd')}</label>
              <input
                id={`${ids}-pe`}
                type="date"
                required
                min={periodStart}
                value={periodEnd}
                onChange={(e) => setPeriodEnd(e.target.value)}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-team`}>{t('review.team')}</label>
            <select id={`${ids}-team`} value={team} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">{t('review.allTeams')}</option>
              {(teams.data?.items ?? []).map((x) => (
                <option key={String(x.id)} value={String(x.id)}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${ids}-n`}>{t('review.perCaseworker')}</label>
              <input
                id={`${ids}-n`}
                type="number"
                min={1}
                max={50}
                required
                value={perCaseworker}
                onChange={(e) => setPerCaseworker(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-seed`}>
                {t('review.seed')} {t('app.optional')}
              </label>
              <input
                id={`${ids}-seed`}
                type="number"
                min={0}
                value={seed}
                onChange={(e) => setSeed(e.target.value)}
              />
            </div>
          </div>
          <ErrorNote error={draw.error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={draw.isPending}>
              {draw.isPending ? t('app.loading') : t('review.draw')}
            </button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby={`${ids}-list`}>
        <h2 id={`${ids}-list`}>{t('review.existing')}</h2>
        {existing.data?.items.length === 0 ? <p>{t('review.none')}</p> : null}
        <ul data-testid="review-list">
          {(existing.data?.items ?? []).map((r) => (
            <li key={String(r.id)}>
              <Link to={`/review/${encodeURIComponent(String(r.id))}`}>
                {t('review.row', {
                  id: String(r.id),
                  from: r.periodStart,
                  to: r.periodEnd,
                  team: r.teamName ?? t('review.allTeams'),
                  cases: r.cases,
                })}
              </Link>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (openId.trim()) navigate(`/review/${encodeURIComponent(openId.trim())}`);
          }}
        >
          <div className="field">
            <label htmlFor={`${ids}-open`}>{t('review.open')}</label>
            <input id={`${ids}-open`} value={openId} onChange={(e) => setOpenId(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t('review.openButton')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}

function ReviewView({ id }: { id: string }) {
  const { t } = useI18n();
  const review = useQuery({
    queryKey: ['review', id],
    queryFn: () => api.get('/api/reviews/{id}', { path: { id } }),
  });
  if (review.isPending) return <Loading />;
  if (review.isError) return <ErrorPage error={review.error} />;
  const r = review.data;
  const answered = r.sample.filter((c) =>
    r.questions.every((q) => c.answers?.[q.id] !== undefined),
  ).length;
  return (
    <>
      <p>
        <DateText value={r.periodStart} /> – <DateText value={r.periodEnd} /> ·{' '}
        <span aria-live="polite">
          {t('review.answered', { n: answered, total: r.sample.length })}
        </span>
      </p>
      <Tally id={id} review={r} />
      <section aria-label={t('review.sample')}>
        <h2>{t('review.sample')}</h2>
        <ol className="review-cases">
          {r.sample.map((c, i) => (
            <ReviewCaseForm key={String(c.citizenId)} review={r} item={c} n={i + 1} />
          ))}
        </ol>
      </section>
    </>
  );
}

function ReviewCaseForm({ review, item, n }: { review: Review; item: ReviewCase; n: number }) {
  const { t, pick } = useI18n();
  const ids = useId();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, Answer>>(item.answers ?? {});
  const save = useMutation({
    mutationFn: (next: Record<string, Answer>) =>
      api.put(
        '/api/reviews/{id}/answers',
        { citizenId: item.citizenId, answers: next },
        { path: { id: review.id } },
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['review', String(review.id)] }),
        queryClient.invalidateQueries({ queryKey: ['review-tally', String(review.id)] }),
      ]);
    },
  });
  const set = (questionId: string, a: Answer) => {
    const next = { ...answers, [questionId]: a };
    setAnswers(next);
    save.mutate(next);
  };
  return (
    <li className="card review-case">
      <h3 className="small-heading">
        {t('review.case', { n, citizen: citizenLabel(item) })}{' '}
        <Link to={`/citizens/${encodeURIComponent(String(item.citizenId))}`} className="small">
          ↗<span className="visually-hidden">{citizenLabel(item)}</span>
        </Link>
        {item.caseworkerName ? <span className="muted small"> · {item.caseworkerName}</span> : null}
      </h3>
      {review.questions.map((q) => (
        <fieldset key={q.id} className="question">
          <legend>{pick(q.text)}</legend>
          <div className="radio-row">
            {ANSWERS.map((a) => (
              <label key={a}>
                <input
                  type="radio"
                  name={`${ids}-${q.id}`}
                  value={a}
                  checked={answers[q.id] === a}
                  onChange={() => set(q.id, a)}
                />
                {t(`review.answer.${a}` as MessageKey)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <ErrorNote error={save.error} />
    </li>
  );
}

function Tally({ id, review }: { id: string; review: Review }) {
  const { t, pick } = useI18n();
  const ids = useId();
  const tally = useQuery({
    queryKey: ['review-tally', id],
    queryFn: () => api.get('/api/reviews/{id}/tally', { path: { id } }),
  });
  const rows = tally.data?.rows ?? [];
  const textOf = (r: TallyRow) =>
    pick(r.text ?? review.questions.find((q) => q.id === r.questionId)?.text ?? r.questionId);
  return (
    <section className="card" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('review.tally')}</h2>
      {tally.isPending ? <Loading /> : null}
      <ErrorNote error={tally.error} />
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="data tally" data-testid="tally">
            <thead>
              <tr>
                <th scope="col">{t('review.col.question')}</th>
                <th scope="col" className="num">
                  {t('review.col.yes')}
                </th>
                <th scope="col" className="num">
                  {t('review.col.no')}
                </th>
                <th scope="col" className="num">
                  {t('review.col.notRelevant')}
                </th>
                <th scope="col" className="num">
                  {t('review.col.unanswered')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.questionId}>
                  <th scope="row">{textOf(r)}</th>
                  <td className="num">{r.yes}</td>
                  <td className="num">{r.no}</td>
                  <td className="num">{r.notRelevant}</td>
                  <td className="num">
                    {r.unanswered ?? review.sample.length - r.yes - r.no - r.notRelevant}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
