/**
 * The municipality's obligations across its caseload (lov nr. 1750/2025): the
 * share interviewed against the 75 % target and the share exempted against the
 * 25 % quota, with the recorded decisions. Shown to team leaders and managers
 * on the worklist (GET /api/municipality/obligations).
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { ErrorNote, Loading } from '../components.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export function MunicipalityObligationsPanel({ asOf }: { asOf: string }) {
  const { pick } = useI18n();
  const query = useQuery({
    queryKey: ['municipality-obligations', asOf],
    queryFn: () => api.get('/api/municipality/obligations', { query: { asOf } }),
  });
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorNote error={query.error} />;
  const d = query.data;
  return (
    <section className="municipality-obligations" aria-labelledby="mo-h">
      <h2 id="mo-h">
        {pick({ da: 'Kommunens forpligtelser', en: "The municipality's obligations" })}
      </h2>
      <p className="muted">
        {pick({
          da: `Ledighedsforløb (dagpenge, jobparate, ledighedsydelse) begyndt ${d.from}–${d.to}: ${d.group}, heraf ${d.inProgress} stadig i de første 6 måneder.`,
          en: `Spells (dagpenge, job-ready, ledighedsydelse) begun ${d.from} to ${d.to}: ${d.group}, of which ${d.inProgress} are still in their first 6 months.`,
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th>{pick({ da: 'Forpligtelse', en: 'Obligation' })}</th>
            <th>{pick({ da: 'Andel', en: 'Share' })}</th>
            <th>{pick({ da: 'Grænse', en: 'Limit' })}</th>
            <th>{pick({ da: 'Status', en: 'Status' })}</th>
          </tr>
        </thead>
        <tbody>
          {d.obligations.map((o) => (
            <tr key={o.id} data-testid={o.id}>
              <td>
                {pick(o.title)} <span className="muted">({o.legalRef})</span>
              </td>
              <td>
                {o.share === null ? '–' : pct(o.share)}{' '}
                <span className="muted">
                  ({o.numerator}/{o.denominator})
                </span>
              </td>
              <td>
                {o.direction === 'at-least' ? '≥ ' : '≤ '}
                {pct(o.limit)}
              </td>
              <td className={o.met === false ? 'overdue' : undefined}>
                {o.met === null
                  ? pick({ da: 'ingen i gruppen', en: 'nobody in the group' })
                  : o.met
                    ? pick({ da: 'overholdt', en: 'met' })
                    : pick({ da: 'ikke overholdt', en: 'not met' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.exemptions.length > 0 ? (
        <details>
          <summary>
            {pick({
              da: `Undtagne borgere (${d.exemptions.length}) med sagsbehandlerens afgørelse`,
              en: `Exempted citizens (${d.exemptions.length}) with the caseworker's decision`,
            })}
          </summary>
          <ul>
            {d.exemptions.map((e) => (
              <li key={`${e.citizen}-${e.decidedOn}`}>
                {e.citizenId !== null ? (
                  <Link to={`/citizens/${e.citizenId}`}>{e.citizen.slice(0, 10)}</Link>
                ) : (
                  e.citizen.slice(0, 10)
                )}{' '}
                · {e.targetGroup} · {e.decidedOn} · {e.decidedBy ?? '–'} · {e.reason ?? '–'}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
