/** The app shell: login gate, header with language switch and menu, and the routes. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError, api, type Role, type User } from './api.ts';
import { ErrorPage, Loading, PageHeading, useMe } from './components.tsx';
import { type MessageKey, useI18n } from './i18n.tsx';
import { CitizenPage } from './pages/citizen.tsx';
import { CitizensPage } from './pages/citizens.tsx';
import { EmployersPage } from './pages/employers.tsx';
import { LoginPage } from './pages/login.tsx';
import { ReformPage } from './pages/reform.tsx';
import { RehabPage } from './pages/rehab.tsx';
import { ReviewPage } from './pages/review.tsx';
import { StatisticsPage } from './pages/statistics.tsx';
import { TrialEvaluationPage } from './pages/trial-evaluation.tsx';
import { TrialsPage } from './pages/trials.tsx';
import { WorklistPage } from './pages/worklist.tsx';
import { Link, matchPath, useRouter } from './router.tsx';

interface NavItem {
  to: string;
  label: MessageKey;
  roles: readonly Role[];
}

const NAV: NavItem[] = [
  { to: '/', label: 'nav.worklist', roles: ['caseworker', 'team-leader'] },
  {
    to: '/citizens',
    label: 'nav.citizens',
    roles: ['caseworker', 'team-leader', 'analyst', 'administrator'],
  },
  {
    to: '/employers',
    label: 'nav.employers',
    roles: ['caseworker', 'team-leader', 'analyst', 'administrator'],
  },
  { to: '/rehab', label: 'nav.rehab', roles: ['caseworker', 'team-leader', 'administrator'] },
  { to: '/trials', label: 'nav.trials', roles: ['team-leader', 'administrator', 'analyst'] },
  { to: '/review', label: 'nav.review', roles: ['team-leader', 'administrator'] },
  {
    to: '/statistics',
    label: 'nav.statistics',
    roles: ['caseworker', 'team-leader', 'analyst', 'administrator'],
  },
  {
    to: '/trial-evaluation',
    label: 'nav.trialEvaluation',
    roles: ['team-leader', 'analyst', 'administrator'],
  },
  { to: '/reform', label: 'nav.reform', roles: ['team-leader', 'analyst', 'administrator'] },
];

/** The start page per role: caseworkers and team leaders work from the worklist. */
function homeFor(role: Role): string {
  return role === 'caseworker' || role === 'team-leader' ? '/' : '/citizens';
}

function isActive(to: string, path: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <button
      type="button"
      className="button-link lang-switch"
      lang={other}
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => setLang(other)}
    >
      {t('app.switchLanguage')}
    </button>
  );
}

function Routes({ user }: { user: User }) {
  const { role } = user;
  const { path, navigate } = useRouter();
  const home = homeFor(role);
  useEffect(() => {
    if (path === '/login' || (path === '/' && home !== '/')) navigate(home, { replace: true });
  }, [path, home, navigate]);
  if (path === '/') return home === '/' ? <WorklistPage role={role} /> : <Loading />;
  if (path === '/login') return <Loading />;
  // A page outside the role's menu says why (the role), as the server's 403 would.
  const page = NAV.find((n) => n.to !== '/' && isActive(n.to, path));
  if (page && !page.roles.includes(role)) {
    const why = new ApiError(403, 'forbidden', `the role ${role} may not open ${page.to}`);
    return <ErrorPage error={why} />;
  }
  if (path === '/citizens') return <CitizensPage />;
  const citizen = matchPath('/citizens/:id', path);
  if (citizen) return <CitizenPage key={citizen.id} id={citizen.id!} />;
  if (path === '/employers') return <EmployersPage role={role} />;
  if (path === '/rehab') return <RehabPage role={role} />;
  if (path === '/trials') return <TrialsPage role={role} />;
  if (path === '/review') return <ReviewPage reviewId={null} />;
  if (path === '/statistics') return <StatisticsPage user={user} />;
  if (path === '/trial-evaluation') return <TrialEvaluationPage />;
  if (path === '/reform') return <ReformPage />;
  const review = matchPath('/review/:id', path);
  if (review) return <ReviewPage key={review.id} reviewId={review.id!} />;
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <PageHeading>{t('error.notFoundTitle')}</PageHeading>
      <p>{t('error.notFound')}</p>
      <p>
        <Link to="/">{t('error.backToWorklist')}</Link>
      </p>
    </section>
  );
}

export function App() {
  const { t } = useI18n();
  const me = useMe();
  const { path, navigate } = useRouter();
  const queryClient = useQueryClient();

  if (me.isPending) {
    return (
      <main id="main" className="main">
        <Loading />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main id="main" className="main">
        <ErrorPage error={me.error} />
      </main>
    );
  }
  const user = me.data;

  const logout = async () => {
    await api.post('/api/auth/logout').catch(() => undefined);
    queryClient.clear();
    queryClient.setQueryData(['me'], null);
    navigate('/login');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">{t('app.name')}</span>
            {user ? (
              <span className="brand-municipality">
                {user.municipalityName ?? user.municipalityCode}
              </span>
            ) : null}
          </div>
          <div className="header-tools">
            {user ? (
              <span className="whoami">
                {t('app.loggedInAs', { name: user.displayName })}
                <span className="role-tag">{t(`role.${user.role}` as MessageKey)}</span>
                {user.teamName ? <span className="team-tag">{user.teamName}</span> : null}
              </span>
            ) : null}
            <LanguageSwitch />
            {user ? (
              <button type="button" className="button-link" onClick={logout}>
                {t('app.logout')}
              </button>
            ) : null}
          </div>
        </div>
        {user ? (
          <nav className="main-nav" aria-label={t('app.mainNav')}>
            <ul>
              {NAV.filter((n) => n.roles.includes(user.role)).map((n) => (
                <li key={n.to}>
                  <Link to={n.to} aria-current={isActive(n.to, path) ? 'page' : undefined}>
                    {t(n.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="main">
        {user ? <Routes user={user} /> : <LoginPage />}
      </main>
      <footer className="site-footer">{t('app.footer')}</footer>
    </>
  );
}
