/**
 * The horizon banner: past the date up to which the law is encoded, the
 * worklist and the citizen page say plainly that nothing is evaluated; inside
 * it, from 16 months before, that deadlines after that date are not computed.
 */
import type { LawStatus } from './api.ts';
import { useI18n } from './i18n.tsx';

export function LawBanner({ law }: { law: LawStatus | undefined }) {
  const { pick } = useI18n();
  if (!law) return null;
  if (!law.encoded)
    return (
      <div className="law-banner law-banner-stop" role="alert" data-testid="law-banner">
        {pick(law.message)}
      </div>
    );
  // Deadlines can reach past the horizon only from about 16 months before it (the longest
  // contact-course deadline); earlier dates need no note.
  const monthsLeft =
    (Number(law.encodedUntil.slice(0, 4)) - Number(law.asOf.slice(0, 4))) * 12 +
    Number(law.encodedUntil.slice(5, 7)) -
    Number(law.asOf.slice(5, 7));
  if (monthsLeft > 16) return null;
  return (
    <p className="law-banner law-banner-note muted" data-testid="law-horizon">
      {pick(law.message)}
    </p>
  );
}
