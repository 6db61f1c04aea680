/**
 * Kysely table types for the case store. Must match the migrations in
 * ./migrations (the migration tests compare them against the live catalogue).
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A `date` column: read and written as 'YYYY-MM-DD' (the drivers are configured not to make Date objects). */
type DateColumn = string;
type Json = ColumnType<unknown, string, string>;

export const ROLES = ['caseworker', 'team-leader', 'analyst', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export interface MunicipalitiesTable {
  /** kommunekode */
  code: string;
  name: string;
  /** regionskode '1081'–'1085' */
  region_code: string;
}

export interface TeamsTable {
  id: Generated<number>;
  municipality_code: string;
  name: string;
}

export interface UsersTable {
  id: Generated<number>;
  municipality_code: string;
  username: string;
  display_name: string;
  role: Role;
  team_id: number | null;
  password_hash: string;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface CitizensTable {
  id: Generated<number>;
  municipality_code: string;
  /** CPR number, ten digits without hyphen. Sensitive: never logged, never shown to analysts. */
  cpr: string;
  /** HMAC-SHA256 of the CPR under the installation's pseudonymisation key. */
  cpr_pseudonym: string;
  name: string;
  birth_date: DateColumn;
  team_id: number | null;
  caseworker_id: number | null;
  /** Optimistic-concurrency version, bumped on every change to the case. */
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BenefitSpellsTable {
  id: Generated<number>;
  citizen_id: number;
  /** ydelse code, src/reference/benefits.ts */
  benefit: string;
  /** målgruppe, LAB § 6 code such as '6.1' */
  target_group: string;
  sub_groups: Generated<string[]>;
  start_date: DateColumn;
  end_date: DateColumn | null;
  transferred_from_id: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface CaseEventsTable {
  id: Generated<number>;
  citizen_id: number;
  /** One of EVENT_TYPES in src/rules/case-format.ts */
  type: string;
  /** Event time: the date the thing happened. */
  occurred_on: DateColumn;
  /** Posting time: when it was recorded. */
  recorded_at: Generated<Date>;
  recorded_by: number | null;
  /** Type-specific fields (form, content items, offer kind, certificate, …). */
  payload: Json;
  trial_id: string | null;
}

export interface TrialExemptionsTable {
  id: Generated<number>;
  municipality_code: string;
  trial_id: string;
  target_groups: Generated<string[]>;
  start_date: DateColumn;
  end_date: DateColumn | null;
  variant: Json;
  enabled_by: number | null;
  enabled_at: Generated<Date>;
  disabled_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  action: string;
  citizen_id: number | null;
  detail: Json;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  municipalities: MunicipalitiesTable;
  teams: TeamsTable;
  users: UsersTable;
  citizens: CitizensTable;
  benefit_spells: BenefitSpellsTable;
  case_events: CaseEventsTable;
  trial_exemptions: TrialExemptionsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}

export type Citizen = Selectable<CitizensTable>;
export type NewCitizen = Insertable<CitizensTable>;
export type BenefitSpellRow = Selectable<BenefitSpellsTable>;
export type CaseEventRow = Selectable<CaseEventsTable>;
export type User = Selectable<UsersTable>;
