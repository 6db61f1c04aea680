/**
 * The start page shown at `/` until the web app lands: what is running and
 * where the API lives. Danish first, as the product speaks to caseworkers.
 */
import type { StoreCounts } from '../cases/store.ts';
import { escapeHtml } from '../html.ts';
import { VERSION } from '../version.ts';

export function landingPage(counts: StoreCounts, kind: string): string {
  const rows: [string, number][] = [
    ['Kommuner', counts.municipalities],
    ['Teams', counts.teams],
    ['Brugere', counts.users],
    ['Borgere', counts.citizens],
    ['Ydelsesforløb', counts.benefitSpells],
    ['Sagshændelser', counts.caseEvents],
    ['Aktive frikommuneforsøg', counts.trialExemptions],
    ['Logposter (audit)', counts.auditEntries],
  ];
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>jobcenter</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}</style></head>
<body>
<h1>jobcenter <small>${escapeHtml(VERSION)}</small></h1>
<p>Regler som kode, sagsbehandling, statistik og evaluering for kommunale jobcentre.</p>
<p>Database: <strong>${escapeHtml(kind)}</strong></p>
<table><caption>Indhold</caption><tbody>
${rows.map(([label, n]) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="n">${n.toLocaleString('da-DK')}</td></tr>`).join('\n')}
</tbody></table>
<p><a href="/api/docs">API-dokumentation (OpenAPI)</a> · <a href="/api/health">/api/health</a></p>
</body></html>`;
}
