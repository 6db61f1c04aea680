/** Users and teams of a municipality, for the administration routes. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function listTeams(db: Db, municipalityCode: string) {
  return db
    .selectFrom('teams as t')
    .select(['t.id', 't.name'])
    .where('t.municipality_code', '=', municipalityCode)
    .orderBy('t.name')
    .execute();
}

export async function findTeam(db: Db, teamId: number) {
  return db
    .selectFrom('teams')
    .select(['id', 'municipality_code'])
    .where('id', '=', teamId)
    .executeTakeFirst();
}

export async function listUsers(db: Db, municipalityCode: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('teams as t', 't.id', 'u.team_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.team_id', 't.name', 'u.active'])
    .where('u.municipality_code', '=', municipalityCode)
    .orderBy('u.username')
    .execute();
}

export async function userByUsername(db: Db, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
}
