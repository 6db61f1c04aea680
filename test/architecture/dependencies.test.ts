/**
 * docs/architecture.md, enforced as written. The "May import" column of its
 * module table is the one list: this test parses it (grammar in the doc, below
 * the table) and checks every relative import in src and bench against it, that
 * every module has a row and every row a module, and that no file imports
 * itself back through a circle. The pure domain modules (calendar, reference,
 * rules, evaluation) also import nothing from storage, HTTP or the file system;
 * the trial report's I/O files are the documented exception.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOC = join(ROOT, 'docs', 'architecture.md');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(path) ? [path] : [];
  });
}

/** Import and export specifiers of a source text, dynamic imports included. */
function imports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(
    /(?:import|export)[^'"`;]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  )) {
    out.push((m[1] ?? m[2] ?? m[3])!);
  }
  return out;
}

/** One row of the table: the paths it covers and what they may import. */
interface Rule {
  /** Module names, e.g. `cases`, `html` (from `src/html.ts`), `bench`. */
  modules: string[];
  everything: boolean;
  /** Modules allowed in full. */
  allowed: Set<string>;
  /** Single files of other modules allowed (repo-relative, e.g. `src/rules/vocabulary.ts`). */
  files: Set<string>;
  /** Files of this module allowed more: repo-relative path → extra modules. */
  exceptions: Map<string, Set<string>>;
}

/** The module a repo-relative path belongs to: `src/x/…` → x, `src/x.ts` → x, `bench/…` → bench. */
function moduleOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'src') return parts[1]!.replace(/\.tsx?$/, '');
  return parts[0]!;
}

function parseList(text: string, into: Set<string>, fileGrants: Set<string> | null): void {
  for (const raw of text.split(/,|\band\b/)) {
    const token = raw.trim();
    if (!token || token === 'nothing' || /^the HTTP API only$/.test(token)) continue;
    const file = /`([^`]+\/[^`]+)`$/.exec(token)?.[1];
    if (file && fileGrants) fileGrants.add(`src/${file}`);
    else if (/^[a-z-]+$/.test(token)) into.add(token);
    else throw new Error(`architecture.md: cannot read "${token}" in a May-import cell`);
  }
}

/** Parses the module table of docs/architecture.md. */
function parseTable(markdown: string): Rule[] {
  const start = markdown.indexOf('| Module |');
  if (start < 0) throw new Error('architecture.md: no module table');
  const rows = markdown.slice(start).split('\n');
  const rules: Rule[] = [];
  for (const line of rows.slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(' | ');
    const first = cells[0]!.replace(/^\|\s*/, '');
    const last = cells[cells.length - 1]!.replace(/\s*\|\s*$/, '');
    const modules = [...first.matchAll(/`([^`]+)`/g)].map((m) =>
      moduleOf(m[1]!.replace(/\/$/, '')),
    );
    const cell = last.replace(/\([^)]*\)/g, '');
    const [own, ...extra] = cell.split(';');
    const rule: Rule = {
      modules,
      everything: own!.trim() === 'everything',
      allowed: new Set(),
      files: new Set(),
      exceptions: new Map(),
    };
    if (!rule.everything) parseList(own!, rule.allowed, rule.files);
    for (const clause of extra) {
      const m = /^\s*`([^`]+)`\s+also\s+(.+)$/.exec(clause);
      if (!m) throw new Error(`architecture.md: cannot read the exception "${clause.trim()}"`);
      const set = new Set<string>();
      parseList(m[2]!, set, null);
      const base = first.match(/`([^`]+)`/)![1]!.replace(/\/$/, '');
      rule.exceptions.set(`${base}/${m[1]}`, set);
    }
    rules.push(rule);
  }
  return rules;
}

interface Edge {
  from: string;
  to: string;
}

/** Relative imports between repo files (src and bench), resolved to repo-relative paths. */
function edges(): Edge[] {
  const out: Edge[] = [];
  for (const top of ['src', 'bench']) {
    for (const file of files(join(ROOT, top))) {
      const from = relative(ROOT, file);
      for (const spec of imports(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        out.push({ from, to: relative(ROOT, resolve(dirname(file), spec)) });
      }
    }
  }
  return out;
}

/** Why an import breaks the table, or null when it is allowed. */
function offence(rules: Map<string, Rule>, e: Edge): string | null {
  const a = moduleOf(e.from);
  const b = moduleOf(e.to);
  if (a === b) return null;
  const rule = rules.get(a);
  if (!rule) return `${e.from}: module ${a} has no row in docs/architecture.md`;
  if (rule.everything || rule.allowed.has(b) || rule.files.has(e.to)) return null;
  if (rule.exceptions.get(e.from)?.has(b)) return null;
  return `${e.from} → ${e.to}: ${a} may not import ${b}`;
}

/** The files of every import circle (strongly connected components of more than one file). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/**
 * Circles made only of `import type` (no runtime cycle), each with its reason;
 * to be broken, not added to. The trial report's design checks (checks.ts)
 * take the analysis's row types, and the analysis's report carries the checks.
 */

const table = parseTable(readFileSync(DOC, 'utf8'));
const byModule = new Map(table.flatMap((r) => r.modules.map((m) => [m, r] as const)));
const all = edges();

describe('docs/architecture.md module table', () => {
  it('has a row for every module in src and bench, and a module for every row', () => {
    const present = [...readdirSync(join(ROOT, 'src')).map((n) => moduleOf(`src/${n}`)), 'bench'];
    expect(present.filter((m) => !byModule.has(m))).toEqual([]);
    const stale = [...byModule.keys()].filter((m) => !present.includes(m));
    expect(stale).toEqual([]);
  });

  it('allows every import between modules (every row checked)', () => {
    const offences = all.map((e) => offence(byModule, e)).filter((o) => o !== null);
    expect(offences).toEqual([]);
  });

  it('single files granted to another module import nothing themselves', () => {
    const granted = new Set(table.flatMap((r) => [...r.files]));
    for (const file of granted) expect(existsSync(join(ROOT, file)), file).toBe(true);
    const leaks = all.filter((e) => granted.has(e.from)).map((e) => `${e.from} → ${e.to}`);
    expect(leaks).toEqual([]);
  });

  it('has no import circle between files (type-only imports count too)', () => {
    const graph = new Map<string, string[]>();
    for (const e of all) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    expect(circles(graph)).toEqual([]);
  });

  it('can fail: a forbidden import, an unknown module, a circle, a bad cell', () => {
    const rules = new Map(
      parseTable(
        [
          '| Module | Responsibility | May import |',
          '|---|---|---|',
          '| `src/a` | x | b (why); `x/y.ts` also c |',
          '| `src/b` | x | nothing |',
          '| `src/w` | x | the HTTP API only, and `a/f.ts` |',
          '',
        ].join('\n'),
      ).flatMap((r) => r.modules.map((m) => [m, r] as const)),
    );
    expect(offence(rules, { from: 'src/a/z.ts', to: 'src/b/q.ts' })).toBeNull();
    expect(offence(rules, { from: 'src/b/q.ts', to: 'src/a/z.ts' })).toMatch(/b may not import a/);
    expect(offence(rules, { from: 'src/a/z.ts', to: 'src/c/q.ts' })).toMatch(/may not/);
    expect(offence(rules, { from: 'src/a/x/y.ts', to: 'src/c/q.ts' })).toBeNull();
    expect(offence(rules, { from: 'src/w/p.tsx', to: 'src/a/f.ts' })).toBeNull();
    expect(offence(rules, { from: 'src/w/p.tsx', to: 'src/a/g.ts' })).toMatch(/may not/);
    expect(offence(rules, { from: 'src/zz/p.ts', to: 'src/a/g.ts' })).toMatch(/no row/);
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(loop)).toEqual([['a', 'b', 'c']]);
    expect(() =>
      parseTable('| Module | R | May import |\n|---|---|---|\n| `src/a` | x | b, 42 |\n'),
    ).toThrow(/cannot read "42"/);
  });
});

const PURE = ['src/calendar', 'src/reference', 'src/rules', 'src/evaluation', 'src/simulate'];
const IO_EDGE = new Set([
  'src/evaluation/trial-report/data.ts',
  'src/evaluation/trial-report/pdf.ts',
  // Orchestrates data.ts → analysis → render → files; the CLI's entry point.
  'src/evaluation/trial-report/run.ts',
  // The simulator's caseload readers (case store, register) and its orchestration.
  'src/simulate/caseload/register.ts',
  'src/simulate/caseload/store.ts',
  'src/simulate/caseload/run.ts',
]);
const FORBIDDEN = [
  /^kysely/,
  /^pg$/,
  /^@electric-sql\//,
  /^@duckdb\//,
  /^fastify/,
  /^@fastify\//,
  /^playwright/,
  /^node:(fs|net|http|https|child_process)/,
];

describe('pure domain modules', () => {
  for (const dir of PURE) {
    it(`${dir} imports nothing from storage, HTTP or the file system`, () => {
      const offences: string[] = [];
      for (const file of files(join(ROOT, dir))) {
        const rel = relative(ROOT, file);
        if (IO_EDGE.has(rel)) continue;
        for (const spec of imports(readFileSync(file, 'utf8'))) {
          if (FORBIDDEN.some((re) => re.test(spec))) offences.push(`${rel} → ${spec}`);
        }
      }
      expect(offences).toEqual([]);
    });
  }

  it('detects a forbidden package (the check itself can fail)', () => {
    const spec = imports("import { sql } from 'kysely';")[0]!;
    expect(FORBIDDEN.some((re) => re.test(spec))).toBe(true);
  });
});
