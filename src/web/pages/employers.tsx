/**
 * Employers (virksomheder) for virksomhedspraktik and løntilskud: find one by
 * name or CVR, register a new one. The CVR number is checked here (eight
 * digits, modulus 11 with weights 2 7 6 5 4 3 2 1) so the caseworker sees the
 * mistake next to the field before saving; the server checks it again. The
 * forholdstal capacity (BAB § 65) and the places in use are shown per employer.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api, type Role } from '../api.ts';
import { ErrorNote, Loading, PageHeading } from '../components.tsx';
import { useI18n } from '../i18n.tsx';
import { useIdempotentMutation } from '../idempotent.ts';

/** CVR-nummer: eight digits, first not 0, weighted sum divisible by 11. */
export function cvrProblem(cvr: string): 'format' | 'checksum' | null {
  if (!/^[1-9]\d{7}$/.test(cvr)) return 'format';
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = weights.reduce((s, w, i) => s + w * Number(cvr[i]), 0);
  return sum % 11 === 0 ? null : 'checksum';
}

export function EmployersPage({ role }: { role: Role }) {
  const { t } = useI18n();
  const ids = useId();
  const [filter, setFilter] = useState('');
  const query = useQuery({
    queryKey: ['employers'],
    queryFn: () => api.get('/api/employers'),
  });
  const term = filter.trim().toLowerCase();
  const rows = (query.data?.items ?? []).filter(
    (e) => !term || e.name.toLowerCase().includes(term) || (e.cvr ?? '').startsWith(term),
  );
  return (
    <section>
      <PageHeading>{t('employers.title')}</PageHeading>
      <p>{t('employers.intro')}</p>
      <search>
        <div className="field inline grow">
          <label htmlFor={`${ids}-filter`}>{t('employers.search')}</label>
          <input
            id={`${ids}-filter`}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      </search>
      {query.isPending ? <Loading /> : null}
      <ErrorNote error={query.error} />
      {query.data ? (
        <div className="table-wrap">
          <table data-testid="employers-table">
            <thead>
              <tr>
                <th scope="col">{t('employers.name')}</th>
                <th scope="col">{t('employers.cvr')}</th>
                <th scope="col" className="num">
                  {t('employers.headcount')}
                </th>
                <th scope="col" className="num">
                  {t('employers.capacity')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={String(e.id)}>
                  <td>{e.name}</td>
                  <td>{e.cvr}</td>
                  <td className="num">{e.ordinaryHeadcount}</td>
                  <td className="num">
                    {e.capacity === undefined
                      ? ''
                      : t('employers.placesUsed', {
                          used: e.currentPlacements ?? 0,
                          capacity: e.capacity,
                        })}
                  </td>
                </tr>
              ))}
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={4}>{t('employers.none')}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : null}
      {role === 'analyst' ? null : <RegisterEmployer />}
    </section>
  );
}

function RegisterEmployer() {
  const { t } = useI18n();
  const ids = useId();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [cvr, setCvr] = useState('');
  const [headcount, setHeadcount] = useState('');
  const [touched, setTouched] = useState(false);
  const save = useIdempotentMutation({
    mutationFn: (_: undefined, idempotencyKey) =>
      api.post(
        '/api/employers',
        { name: name.trim(), cvr, ordinaryHeadcount: Number(headcount) },
        { idempotencyKey },
      ),
    onSuccess: async () => {
      setName('');
      setCvr('');
      setHeadcount('');
      setTouched(false);
      await queryClient.invalidateQueries({ queryKey: ['employers'] });
    },
  });
  const problem = cvrProblem(cvr);
  const duplicate = save.error instanceof ApiError && save.error.status === 409;
  const cvrError =
    touched && problem
      ? t(problem === 'format' ? 'employers.cvrFormat' : 'employers.cvrChecksum')
      : duplicate
        ? t('employers.cvrDuplicate')
        : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem || save.isPending) return;
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('employers.register')} data-testid="employer-form">
      <h2>{t('employers.register')}</h2>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{t('employers.name')}</label>
        <input
          id={`${ids}-name`}
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-cvr`}>{t('employers.cvr')}</label>
        <input
          id={`${ids}-cvr`}
          inputMode="numeric"
          required
          value={cvr}
          aria-invalid={cvrError ? true : undefined}
          aria-describedby={cvrError ? `${ids}-cvr-error` : undefined}
          onBlur={() => setTouched(cvr !== '')}
          onChange={(e) => setCvr(e.target.value.replace(/\s/g, ''))}
        />
        {cvrError ? (
          <p className="field-error" id={`${ids}-cvr-error`} role="alert">
            {cvrError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-headcount`}>{t('employers.headcount')}</label>
        <input
          id={`${ids}-headcount`}
          type="number"
          min={0}
          required
          value={headcount}
          onChange={(e) => setHeadcount(e.target.value)}
        />
        <p className="hint">{t('employers.headcountHint')}</p>
      </div>
      {duplicate ? null : <ErrorNote error={save.error} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('app.saving') : t('employers.save')}
        </button>
      </div>
    </form>
  );
}
