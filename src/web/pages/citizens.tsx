/** Citizens of the user's municipality: search and open a case. Analysts see pseudonyms only. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.ts';
import { citizenLabel, ErrorNote, Loading, PageHeading, useMe } from '../components.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';

const PAGE = 25;

export function CitizensPage() {
  const { t, label } = useI18n();
  const me = useMe();
  const ids = useId();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const query = useQuery({
    queryKey: ['citizens', q, offset],
    queryFn: () => api.get('/api/citizens', { query: { q, limit: PAGE, offset } }),
    placeholderData: keepPreviousData,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim());
    setOffset(0);
  };
  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const page = Math.floor(offset / PAGE) + 1;
  const showCpr = query.data?.items.some((c) => c.cprMasked) ?? false;

  return (
    <section>
      <PageHeading>{t('citizens.title')}</PageHeading>
      <search>
        <form className="filters" onSubmit={submit}>
          <div className="field inline grow">
            <label htmlFor={`${ids}-q`}>
              {t(me.data?.role === 'analyst' ? 'citizens.searchAnalyst' : 'citizens.search')}
            </label>
            <input
              id={`${ids}-q`}
              type="search"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('citizens.searchButton')}
          </button>
        </form>
      </search>
      {query.isPending ? <Loading /> : null}
      <ErrorNote error={query.error} />
      {query.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('citizens.total', { n: total })}
          </p>
          <div className="table-wrap">
            <table className="data" data-testid="citizens">
              <caption className="visually-hidden">{t('citizens.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('citizens.col.name')}</th>
                  {showCpr ? <th scope="col">{t('citizens.col.cpr')}</th> : null}
                  <th scope="col">{t('citizens.col.targetGroup')}</th>
                  <th scope="col">{t('citizens.col.benefit')}</th>
                  <th scope="col">{t('citizens.col.team')}</th>
                  <th scope="col">{t('citizens.col.caseworker')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((c) => (
                  <tr key={String(c.id)}>
                    <td>
                      <Link to={`/citizens/${encodeURIComponent(String(c.id))}`}>
                        {citizenLabel(c)}
                      </Link>
                    </td>
                    {showCpr ? <td className="mono">{c.cprMasked ?? '–'}</td> : null}
                    <td>{c.targetGroup ?? '–'}</td>
                    <td>{c.benefit ? label('benefit', c.benefit) : '–'}</td>
                    <td>{c.teamName ?? '–'}</td>
                    <td>{c.caseworkerName ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('citizens.page', { page, pages })}>
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('citizens.previous')}
            </button>
            <span>{t('citizens.page', { page, pages })}</span>
            <button
              type="button"
              className="button"
              disabled={offset + PAGE >= total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('citizens.next')}
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}
