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
  /** Facts about the spell the rules read (SPELL_FLAGS in src/rules/vocabulary.ts). */
  flags: Generated<string[]>;
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

export interface SessionsTable {
  /** SHA-256 (hex) of the session cookie's token. */
  token_hash: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface LoginThrottleTable {
  /** Lower-cased username as typed (also unknown names). */
  username: string;
  failures: Generated<number>;
  locked_until: Date | null;
  last_failure_at: Date | null;
}

export interface EmployersTable {
  id: Generated<number>;
  municipality_code: string;
  name: string;
  /** CVR-nummer, eight digits */
  cvr: string;
  /** Ordinary employees (ordinært ansatte), the base of the forholdstal. */
  ordinary_headcount: number;
  created_at: Generated<Date>;
}

export interface PlacementsTable {
  id: Generated<number>;
  employer_id: number;
  citizen_id: number;
  /** The `offer` case event that started the placement. */
  event_id: number;
  kind: string;
  start_date: DateColumn;
  end_date: DateColumn;
  hours_per_week: number | null;
  /** Whether it counts toward the forholdstal (virksomhedspraktik, løntilskud). */
  counts_toward_ratio: boolean;
}

export interface RehabMeetingsTable {
  id: Generated<number>;
  municipality_code: string;
  meeting_date: DateColumn;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface RehabMeetingCasesTable {
  meeting_id: number;
  citizen_id: number;
  position: number;
  /** indstilling */
  recommendation: string | null;
  /** afgørelse */
  decision: string | null;
  decided_by: number | null;
  decided_at: Date | null;
  event_id: number | null;
}

export interface ReviewsTable {
  id: Generated<number>;
  municipality_code: string;
  period_start: DateColumn;
  period_end: DateColumn;
  per_caseworker: number;
  seed: number;
  team_id: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ReviewCasesTable {
  review_id: number;
  citizen_id: number;
  caseworker_id: number;
  position: number;
  answers: ColumnType<unknown, string | undefined, string>;
  answered_by: number | null;
  answered_at: Date | null;
}

export interface TrialExemptionUsesTable {
  id: Generated<number>;
  municipality_code: string;
  citizen_id: number;
  trial_id: string;
  event_id: number;
  journal_event_id: number | null;
  documentation: string;
  used_by: number | null;
  used_at: Generated<Date>;
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
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  employers: EmployersTable;
  placements: PlacementsTable;
  rehab_meetings: RehabMeetingsTable;
  rehab_meeting_cases: RehabMeetingCasesTable;
  reviews: ReviewsTable;
  review_cases: ReviewCasesTable;
  trial_exemption_uses: TrialExemptionUsesTable;
}

export type Citizen = Selectable<CitizensTable>;
export type NewCitizen = Insertable<CitizensTable>;
export type BenefitSpellRow = Selectable<BenefitSpellsTable>;
export type CaseEventRow = Selectable<CaseEventsTable>;
export type User = Selectable<UsersTable>;
