import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanUpInterruptedImports,
  ImportRejected,
  importPersons,
  importRegister,
} from '../../src/register/import.ts';
import { readManifest, weeksGlob } from '../../src/register/store.ts';
import { DuckDb } from '../../src/sql/duckdb.ts';

const HEADER = 'person_id,week,municipality,benefit,hours,activation,education,partial_sick';

/** The temporary folders of this file, removed when it ends (they used to pile up in /tmp). */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobcenter-import-'));
  made.push(dir);
  return dir;
}

async function count(dir: string): Promise<number> {
  const db = await DuckDb.open();
  try {
    const [row] = await db.all(`SELECT COUNT(*) AS n FROM read_parquet('${weeksGlob(dir)}')`);
    return Number(row?.n);
  } finally {
    db.close();
  }
}

describe('register import', () => {
  it('imports valid rows and appends a second file', async () => {
    const dir = tmp();
    const file = join(dir, 'a.csv');
    writeFileSync(
      file,
      `${HEADER}\n1,2018-01-01,849,sygedagpenge,0,,false,true\n1,2018-01-08,849,,37,,false,\n2,2018-01-01,101,kontanthjaelp,0,virksomhedspraktik,false,\n`,
    );
    const reg = join(dir, 'register');
    expect((await importRegister(file, reg)).imported).toBe(3);
    expect(readManifest(reg)).toMatchObject({ persons: 2, rows: 3, firstWeek: '2018-01-01' });
    const file2 = join(dir, 'b.csv');
    writeFileSync(file2, `${HEADER}\n3,2019-12-30,851,a-dagpenge,0,,false,\n`);
    await importRegister(file2, reg);
    // 2019-12-30 is in ISO week 2020-W01.
    expect(await count(reg)).toBe(4);
    expect(readManifest(reg).lastWeek).toBe('2019-12-30');
  });

  it('rejects the whole file, lists each bad line and reason, and keeps the old register', async () => {
    const dir = tmp();
    const reg = join(dir, 'register');
    const good = join(dir, 'good.csv');
    writeFileSync(good, `${HEADER}\n1,2018-01-01,849,,37,,false,\n`);
    await importRegister(good, reg);
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        HEADER,
        '5,2018-01-01,849,,37,,false,', // line 2: fine
        '0101801234,2018-01-01,849,,37,,false,', // line 3: CPR-like id
        '6,2018-01-02,849,,37,,false,', // line 4: a Tuesday
        '7,2018-01-01,999,,37,,false,', // line 5: no such municipality
        '8,2018-01-01,849,bistand,200,,maybe,', // line 6: benefit, hours, education
        '9,2018-01-01,849,kontanthjaelp,0,,false,true', // line 7: partial_sick off sygedagpenge
        '5,2018-01-01,849,,37,,false,', // line 8: duplicate of line 2
        '1,2018-01-01,849,,37,,false,', // line 9: already in the register
      ].join('\n'),
    );
    const error = await importRegister(bad, reg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as Error).message).toMatch(/7 of 8 rows are invalid.*nothing was imported/);
    const report = readFileSync((error as ImportRejected).errorFile, 'utf8');
    expect(report).toContain('3,person_id,looks like a CPR number');
    expect(report).not.toContain('0101801234');
    expect(report).toContain('4,week,must be the Monday');
    expect(report).toContain('5,municipality,unknown kommunekode 999');
    expect(report).toContain('6,benefit,unknown benefit code bistand');
    expect(report).toContain('6,hours,must be a number from 0 to 100');
    expect(report).toContain('6,education,must be true or false');
    expect(report).toContain('7,partial_sick,only allowed on sygedagpenge weeks');
    expect(report).toContain('8,week,duplicate person and week (also on line 2)');
    expect(report).toContain('9,week,this person and week are already in the register');
    expect(await count(reg)).toBe(1);
  });

  it('refuses to overwrite a directory that is not a register', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'precious.txt'), 'keep me');
    const file = join(tmp(), 'a.csv');
    writeFileSync(file, `${HEADER}\n1,2018-01-01,849,,37,,false,\n`);
    await expect(importRegister(file, dir)).rejects.toThrow(/not a register directory/);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it('matches columns by header name: another order imports the same', async () => {
    const dir = tmp();
    const file = join(dir, 'shuffled.csv');
    writeFileSync(
      file,
      'week,hours,person_id,benefit,municipality,education,partial_sick,activation\n2018-01-01,12,4,sygedagpenge,849,false,true,\n',
    );
    const reg = join(dir, 'register');
    await importRegister(file, reg);
    const db = await DuckDb.open();
    const [row] = await db.all(
      `SELECT person_id, CAST(week AS VARCHAR) AS week, municipality, benefit, hours, partial_sick FROM read_parquet('${weeksGlob(reg)}')`,
    );
    db.close();
    expect(row).toEqual({
      person_id: 4,
      week: '2018-01-01',
      municipality: '849',
      benefit: 'sygedagpenge',
      hours: 12,
      partial_sick: true,
    });
  });

  it('imports the visitationskategori by header name, checked against the benefit of the week', async () => {
    const dir = tmp();
    const reg = join(dir, 'register');
    const file = join(dir, 'with-category.csv');
    // Category first: columns go by name. A file without the column (above) still imports.
    writeFileSync(
      file,
      `category,${HEADER}\naktivitetsparat,1,2018-01-01,849,kontanthjaelp,0,,false,\nuddannelsesparat,2,2018-01-01,849,uddannelseshjaelp,0,,false,\n,3,2018-01-01,849,sygedagpenge,0,,false,false\nJobparat,4,2018-01-01,101,integrationsydelse,0,,false,\n`,
    );
    await importRegister(file, reg);
    const db = await DuckDb.open();
    const rows = await db.all(
      `SELECT person_id, category FROM read_parquet('${weeksGlob(reg)}') ORDER BY person_id`,
    );
    db.close();
    expect(rows).toEqual([
      { person_id: 1, category: 'aktivitetsparat' },
      { person_id: 2, category: 'uddannelsesparat' },
      { person_id: 3, category: null },
      { person_id: 4, category: 'jobparat' },
    ]);
    // Appending a file without the column keeps the categories already there.
    const more = join(dir, 'more.csv');
    writeFileSync(more, `${HEADER}\n1,2018-01-08,849,kontanthjaelp,0,,false,\n`);
    await importRegister(more, reg);
    const db2 = await DuckDb.open();
    const after = await db2.all(
      `SELECT CAST(week AS VARCHAR) AS week, category FROM read_parquet('${weeksGlob(reg)}') WHERE person_id = 1 ORDER BY week`,
    );
    db2.close();
    expect(after).toEqual([
      { week: '2018-01-01', category: 'aktivitetsparat' },
      { week: '2018-01-08', category: null },
    ]);

    const bad = join(dir, 'bad-category.csv');
    writeFileSync(
      bad,
      [
        `${HEADER},category`,
        '5,2018-01-01,849,kontanthjaelp,0,,false,,jobparat', // line 2: fine
        '6,2018-01-01,849,sygedagpenge,0,,false,false,aktivitetsparat', // line 3: no category there
        '7,2018-01-01,849,kontanthjaelp,0,,false,,uddannelsesparat', // line 4: not for kontanthjælp
        '8,2018-01-01,849,uddannelseshjaelp,0,,false,,', // line 5: missing
        '9,2018-01-01,849,,37,,false,,jobparat', // line 6: no benefit
        '10,2018-01-01,849,kontanthjaelp,0,,false,,klar', // line 7: unknown
      ].join('\n'),
    );
    const error = await importRegister(bad, reg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as Error).message).toMatch(/5 of 6 rows are invalid/);
    const report = readFileSync((error as ImportRejected).errorFile, 'utf8');
    expect(report).toContain(
      '3,category,must be empty on sygedagpenge weeks (got aktivitetsparat)',
    );
    expect(report).toContain('4,category,unknown category uddannelsesparat for kontanthjaelp');
    expect(report).toContain(
      '5,category,missing: uddannelseshjaelp weeks need a visitationskategori',
    );
    expect(report).toContain('6,category,must be empty on weeks without a benefit (got jobparat)');
    expect(report).toContain('7,category,unknown category klar for kontanthjaelp');
    expect(report).not.toMatch(/^2,/m);

    const typo = join(dir, 'typo-category.csv');
    writeFileSync(typo, `${HEADER},categroy\n5,2018-01-01,849,kontanthjaelp,0,,false,,jobparat\n`);
    await expect(importRegister(typo, reg)).rejects.toThrow(/categroy: unknown column/);
  });

  it('names a misspelt or missing header column and imports nothing', async () => {
    const dir = tmp();
    const file = join(dir, 'typo.csv');
    writeFileSync(
      file,
      'person_id,week,municipalty,benefit,hours,activation,education\n1,2018-01-01,849,,0,,false\n',
    );
    const error = await importRegister(file, join(dir, 'register')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as Error).message).toMatch(/municipalty: unknown column/);
    const report = readFileSync((error as ImportRejected).errorFile, 'utf8');
    expect(report).toContain('1,"municipalty","unknown column');
    expect(report).toContain('1,"municipality","missing column"');
    expect(report).toContain('1,"partial_sick","missing column"');
    expect(existsSync(join(dir, 'register'))).toBe(false);
  });

  it('refuses weeks outside the plausible range, ragged rows and bad encoding, by line', async () => {
    const dir = tmp();
    const file = join(dir, 'odd.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(
          [
            HEADER,
            '1,1985-01-07,849,,0,,false,', // line 2: a Monday, before the register can begin
            '2,2099-01-05,849,,0,,false,', // line 3: a Monday in the future
            '3,2018-01-01,849,,0,,false', // line 4: seven fields
            '',
          ].join('\n'),
        ),
        Buffer.from('4,2018-01-01,8'),
        Buffer.from([0xff]),
        Buffer.from('9,,0,,false,\n'), // line 5: invalid UTF-8
        Buffer.from('5,2018-01-02,849,,0,,false,\n'), // line 6: a Tuesday (lines still right)
      ]),
    );
    const error = await importRegister(file, join(dir, 'register')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as Error).message).toMatch(/5 of 5 rows are invalid/);
    const report = readFileSync((error as ImportRejected).errorFile, 'utf8');
    expect(report).toContain('2,week,outside the plausible range 1991-01-07');
    expect(report).toContain('3,week,outside the plausible range');
    expect(report).toMatch(/4,row,MISSING COLUMNS/);
    expect(report).toMatch(/5,row,INVALID ENCODING/);
    expect(report).toContain('6,week,must be the Monday');
  });

  it('swaps the register in one rename: DIR is a link to a complete version, the old one removed', async () => {
    const dir = tmp();
    const reg = join(dir, 'register');
    const file = join(dir, 'a.csv');
    writeFileSync(file, `${HEADER}\n1,2018-01-01,849,,37,,false,\n`);
    await importRegister(file, reg);
    expect(lstatSync(reg).isSymbolicLink()).toBe(true);
    const first = readlinkSync(reg);
    expect(first).toMatch(/^register\.v-/);
    writeFileSync(file, `${HEADER}\n2,2018-01-01,849,,37,,false,\n`);
    await importRegister(file, reg);
    const second = readlinkSync(reg);
    expect(second).not.toBe(first);
    // Only the link and the version it points to are left.
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith('register'))
        .sort(),
    ).toEqual(['register', second]);
    expect(await count(reg)).toBe(2);
  });

  it('cleans up after a killed import: staging, unswapped links and orphan versions removed', async () => {
    const dir = tmp();
    const reg = join(dir, 'register');
    const file = join(dir, 'a.csv');
    writeFileSync(file, `${HEADER}\n1,2018-01-01,849,,37,,false,\n`);
    await importRegister(file, reg);
    const current = readlinkSync(reg);
    // Killed while writing (staging), after writing the new version but before the swap
    // (an orphan version and its link).
    mkdirSync(join(dir, 'register.staging-99999', 'weeks'), { recursive: true });
    mkdirSync(join(dir, 'register.v-99998'));
    symlinkSync('register.v-99998', join(dir, 'register.link-99998'));
    expect(cleanUpInterruptedImports(reg).sort()).toEqual([
      'removed register.link-99998',
      'removed register.staging-99999',
      'removed register.v-99998',
    ]);
    expect(readlinkSync(reg)).toBe(current);
    expect(readManifest(reg).rows).toBe(1);
  });

  it('turns a register made before versions into one, and restores it when that step was killed', async () => {
    const dir = tmp();
    const reg = join(dir, 'register');
    const file = join(dir, 'a.csv');
    writeFileSync(file, `${HEADER}\n1,2018-01-01,849,,37,,false,\n`);
    await importRegister(file, reg);
    // A plain directory, as registers were before.
    const version = join(dir, readlinkSync(reg));
    rmSync(reg);
    renameSync(version, reg);
    // Killed in the one-off conversion: the register is only at register.v-legacy-PID.
    renameSync(reg, join(dir, 'register.v-legacy-99997'));
    expect(cleanUpInterruptedImports(reg)).toEqual([
      'restored register from register.v-legacy-99997',
    ]);
    expect(lstatSync(reg).isDirectory()).toBe(true);
    writeFileSync(file, `${HEADER}\n2,2018-01-01,849,,37,,false,\n`);
    await importRegister(file, reg);
    expect(lstatSync(reg).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('register')).length).toBe(2);
    expect(await count(reg)).toBe(2);
  });

  it("imports person attributes by header name, all or nothing, replacing a person's row", async () => {
    const dir = tmp();
    const reg = join(dir, 'register');
    const file = join(dir, 'a.csv');
    writeFileSync(file, `${HEADER}\n1,2018-01-01,849,,37,,false,\n2,2018-01-01,849,,37,,false,\n`);
    await importRegister(file, reg);
    const persons = join(dir, 'persons.csv');
    writeFileSync(
      persons,
      'sex,person_id,birth_date,origin,education\nK,1,1980-02-29,dansk,gymnasial\nM,2,1990-01-01,vestlig,grundskole\n',
    );
    expect((await importPersons(persons, reg)).imported).toBe(2);
    const again = join(dir, 'again.csv');
    writeFileSync(
      again,
      'person_id,birth_date,sex,origin,education\n2,1990-01-01,K,vestlig,videregaaende\n',
    );
    await importPersons(again, reg);
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        'person_id,birth_date,sex,origin,education',
        '3,1899-12-31,X,mars,phd', // line 2: date, sex, origin, education
        '0101801234,1980-01-01,M,dansk,grundskole', // line 3: CPR-like
        '4,1980-01-01,M,dansk,grundskole',
        '4,1981-01-01,K,dansk,grundskole', // line 5: duplicate of line 4
      ].join('\n'),
    );
    const error = await importPersons(bad, reg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    const report = readFileSync((error as ImportRejected).errorFile, 'utf8');
    expect(report).toContain('2,birth_date,must be a date');
    expect(report).toContain('2,sex,must be M or K (got X)');
    expect(report).toMatch(/2,origin,"must be one of dansk, vestlig, ikke-vestlig \(got mars\)/);
    expect(report).toMatch(/2,education,"must be one of grundskole/);
    expect(report).toContain('3,person_id,looks like a CPR number');
    expect(report).not.toContain('0101801234');
    expect(report).toContain('5,person_id,duplicate person (also on line 4)');
    const db = await DuckDb.open();
    const rows = await db.all(
      `SELECT person_id, CAST(birth_date AS VARCHAR) AS birth_date, sex, education FROM read_parquet('${join(reg, 'persons.parquet')}') ORDER BY person_id`,
    );
    db.close();
    expect(rows).toEqual([
      { person_id: 1, birth_date: '1980-02-29', sex: 'K', education: 'gymnasial' },
      { person_id: 2, birth_date: '1990-01-01', sex: 'K', education: 'videregaaende' },
    ]);
  });
});
