/** Login: username and password; the server sets the session cookie. */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.ts';
import { errorMessage, PageHeading } from '../components.tsx';
import { useI18n } from '../i18n.tsx';
import { useRouter } from '../router.tsx';

export function LoginPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { path, navigate } = useRouter();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api.post('/api/auth/login', { username, password });
      queryClient.setQueryData(['me'], r.user);
      if (path === '/login') navigate('/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(t('login.failed'));
      else if (err instanceof ApiError && err.status === 429) {
        const seconds = (err.body as { error?: { retryAfterSeconds?: number } } | null)?.error
          ?.retryAfterSeconds;
        setError(
          seconds
            ? t('login.throttledFor', {
                wait:
                  seconds > 90
                    ? t('time.minutes', { n: Math.ceil(seconds / 60) })
                    : t('time.seconds', { n: seconds }),
              })
            : t('login.throttled'),
        );
      } else setError(errorMessage(err, t));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="login">
      <div className="card login-card">
        <PageHeading>{t('login.title')}</PageHeading>
        <p>{t('login.intro')}</p>
        {error ? (
          <div className="alert alert-error" role="alert" id="login-error">
            <p>{error}</p>
          </div>
        ) : null}
        <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
          <div className="field">
            <label htmlFor="login-username">{t('login.username')}</label>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('app.loading') : t('login.submit')}
          </button>
        </form>
        <p className="hint">{t('login.demoHint')}</p>
      </div>
    </section>
  );
}
