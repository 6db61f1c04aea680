import { expect, it } from 'vitest';
import { escapeHtml } from '../src/html.ts';

it('escapes the characters that end text or a double-quoted attribute', () => {
  expect(escapeHtml('<b title="x">Æ & ø</b>')).toBe(
    '&lt;b title=&quot;x&quot;&gt;Æ &amp; ø&lt;/b&gt;',
  );
  // & first, so an existing entity is escaped once, not twice.
  expect(escapeHtml('&lt;')).toBe('&amp;lt;');
});
