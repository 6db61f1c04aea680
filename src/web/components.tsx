/** Shared building blocks: page heading with focus, status badges, error and loading views. */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { ApiError, api, type ObligationStatus } from './api.ts';
import { type MessageKey, useI18n } from './i18n.tsx';
import { Link } from './router.tsx';

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const r = await api.get('/api/auth/me');
        return r.user;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

/**
 * The page's <h1>. It takes focus when the page opens, so a screen reader
 * announces the new page and Tab continues from the top of the content.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

/** A status word; an open obligation whose deadline is today says so ("Frist i dag"). */
export function StatusBadge({
  status,
  late,
  dueToday,
}: {
  status: ObligationStatus;
  late?: boolean;
  dueToday?: boolean;
}) {
  const { t } = useI18n();
  const today = dueToday && status === 'due';
  return (
    <span
      className={`badge badge-${status}${today ? ' badge-due-today' : ''}`}
      data-status={status}
    >
      {today ? t('status.dueToday') : t(`status.${status}` as MessageKey)}
      {late ? ` (${t('status.late')})` : ''}
    </span>
  );
}

/** Progress of an obligation with several parts: "2 af 4 holdt". */
export function Progress({ met, of }: { met: number; of: number }) {
  const { t } = useI18n();
  return (
    <span
      className="progress small"
      data-progress={`${met}/${of}`}
      title={t('obligation.progressLabel', { met, of })}
    >
      {t('obligation.progress', { met, of })}
    </span>
  );
}

export function TrialBadge({ trialId }: { trialId: string }) {
  const { t } = useI18n();
  return (
    <span className="badge badge-trial" title={trialId}>
      {t('worklist.trial', { id: trialId })}
    </span>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** The message for an API error in the user's language (server text as detail). */
export function errorMessage(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.status === 401) return t('error.unauthorized');
    if (error.status === 403) {
      // The server says why (src/server/access.ts): the role, or another team.
      const role = /^the role ([a-z-]+) may not/.exec(error.message)?.[1];
      if (role) return t('error.forbiddenRole', { role: t(`role.${role}` as MessageKey) });
      if (/another municipality/.test(error.message)) return t('error.forbiddenMunicipality');
      if (/team/.test(error.message)) return t('error.forbiddenTeam');
      return t('error.forbidden');
    }
    if (error.status === 404) return t('error.notFound');
    if (error.status === 409) return t('error.conflict');
    if (error.status === 400 && error.fields.length > 0)
      return `${t('error.validation')} ${error.fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** A whole-page error (no access, not found, server failure) with its own heading. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.status : 500;
  const title =
    status === 403
      ? t('error.forbiddenTitle')
      : status === 404
        ? t('error.notFoundTitle')
        : t('error.title');
  return (
    <section className="error-page" data-error-status={status}>
      <PageHeading>{title}</PageHeading>
      <div className="alert alert-error" role="alert">
        <p>{errorMessage(error, t)}</p>
      </div>
      <p>
        <Link to="/">{t('error.backToWorklist')}</Link>
      </p>
    </section>
  );
}

/** An inline error for a form or a section. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(error, t)}</p>
    </div>
  );
}

/** YYYY-MM-DD shown as a Danish or English date; the raw value stays in a <time>. */
export function DateText({ value }: { value: string | null | undefined }) {
  const { lang } = useI18n();
  if (!value) return <span>–</span>;
  return <time dateTime={value}>{formatDate(value, lang)}</time>;
}

/**
 * A deadline with, when it falls on a Saturday, Sunday or public holiday, what the
 * law says: a short low-key line ("lørdag – fristen rykkes ikke") with the full
 * note and its source as the tooltip (the server's `dueNote`).
 */
export function DueDate({
  value,
  note,
}: {
  value: string;
  /** The full note (citizen page), or the short words only (worklist). */
  note?: { da?: string; en?: string; short: { da: string; en: string } } | undefined;
}) {
  const { lang, t } = useI18n();
  return (
    <>
      <DateText value={value} />
      {note ? (
        <span className="due-note muted small" title={note[lang] ?? t('app.dueNotMoved')}>
          {note.short[lang]}
        </span>
      ) : null}
    </>
  );
}

export function formatDate(value: string, lang: 'da' | 'en'): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return value;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Today in the browser's time zone, YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The name a user may see: the name, else the pseudonym (analysts see no names). */
export function citizenLabel(c: {
  name?: string | null;
  citizenName?: string | null;
  pseudonym?: string | null;
  citizenId?: string | number;
  id?: string | number;
}): string {
  return c.name ?? c.citizenName ?? c.pseudonym ?? `#${c.citizenId ?? c.id ?? '?'}`;
}
