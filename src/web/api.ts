/**
 * The browser's view of the case-work API: typed fetch helpers and one error
 * class. The types of the routes with response schemas are generated from the
 * server's OpenAPI document (api-types.ts, `npm run api-types`); the rest are
 * written here until their routes declare a response schema. The session lives in an httpOnly cookie,
 * so every call is same-origin with credentials included.
 */

import type { paths } from './api-types.ts';

/** The JSON body of a route's 200 response, from the generated OpenAPI types (api-types.ts). */
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type Bilingual = { da: string; en: string };
export type Id = string | number;

/** Generated from the server's response schemas. */
export type User = Ok<'/api/auth/me', 'get'>['user'];
export type Role = User['role'];
export type CitizenDetail = Ok<'/api/citizens/{id}', 'get'>;
export type CitizenSummary = Ok<'/api/citizens', 'get'>['items'][number];
export type Spell = CitizenDetail['spells'][number];
export type CaseEvent = CitizenDetail['events'][number];
export type Obligation = CitizenDetail['evaluation']['obligations'][number];
export type ObligationStatus = Obligation['status'];
export type Finding = CitizenDetail['evaluation']['findings'][number];
export type TraceEntry = CitizenDetail['evaluation']['trace'][number];

export interface WorklistItem {
  citizenId: Id;
  citizenName: string | null;
  pseudonym?: string | null;
  caseworkerName: string;
  ruleId: string;
  ruleTitle: Bilingual;
  legalRef: string;
  kind: string;
  windowStart: string;
  dueBy: string;
  status: ObligationStatus;
  trialId: string | null;
  /** An obligation with several parts ("4 jobsamtaler"): how many are held, of how many. */
  progress?: { met: number; of: number };
}

export interface StatusCounts {
  overdue: number;
  due: number;
  upcoming: number;
}

export interface Worklist {
  asOf: string;
  /** One page of the open obligations, by due date. */
  items: WorklistItem[];
  /** Obligations matching the status filter, on all pages. */
  total: number;
  offset: number;
  limit: number;
  counts: StatusCounts;
  perCaseworker?: ({ caseworkerId: Id; name: string } & StatusCounts)[];
  law?: LawStatus;
}

/** How far the law is encoded (src/rules/horizon.ts), for the banner. */
export interface LawStatus {
  asOf: string;
  encodedUntil: string;
  encoded: boolean;
  message: { da: string; en: string };
}

export interface Employer {
  id: Id;
  name: string;
  cvr?: string;
  ordinaryHeadcount: number;
  /** Places the forholdstal allows (BAB § 65) and those in use today. */
  capacity?: number;
  currentPlacements?: number;
}

export interface TrialPeriod {
  start: string;
  end?: string | null;
  targetGroups?: string[];
}

export interface TrialParticipation {
  code: string;
  name: string;
  /** Trial part (A/B) where the trial has parts. */
  part: string | null;
  start: string;
  end: string | null;
  targetGroups: string[];
}

export interface TrialEntry {
  id: string;
  title: Bilingual;
  summary?: Bilingual;
  legalBasis?: string;
  period?: { start: string; end: string | null };
  targetGroups?: string[];
  rulesAffected?: string[];
  /** Whether the user's municipality takes part in the trial. */
  participant?: boolean;
  participation?: TrialParticipation[];
  enabled: TrialPeriod[];
  /** Exemption uses recorded in the municipality. */
  uses?: number;
}

export interface RehabCase {
  citizenId: Id;
  citizenName?: string | null;
  pseudonym?: string | null;
  recommendation?: string | null;
  decision?: string | null;
}

export interface RehabMeeting {
  id: Id;
  date: string;
  cases: RehabCase[];
}

export type Answer = 'yes' | 'no' | 'not-relevant';

export interface ReviewQuestion {
  id: string;
  text: Bilingual | string;
}

export interface ReviewCase {
  citizenId: Id;
  citizenName?: string | null;
  pseudonym?: string | null;
  caseworkerName?: string | null;
  answers?: Record<string, Answer>;
}

export interface Review {
  id: Id;
  periodStart: string;
  periodEnd: string;
  perCaseworker?: number;
  questions: ReviewQuestion[];
  sample: ReviewCase[];
}

export interface TallyRow {
  questionId: string;
  text?: Bilingual | string;
  yes: number;
  no: number;
  notRelevant: number;
  unanswered?: number;
}

/** An API failure with the HTTP status, the error code and the fields named by the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reads both error shapes: `{error: {code, message, fields}}` (contract) and `{error, message, fields}`. */
function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'error' in body) {
    const b = body as {
      error: unknown;
      message?: string;
      fields?: { path: string; message: string }[];
    };
    if (b.error && typeof b.error === 'object') {
      const e = b.error as {
        code?: string;
        message?: string;
        fields?: { path: string; message: string }[];
      };
      return new ApiError(
        status,
        e.code ?? String(status),
        e.message ?? `HTTP ${status}`,
        e.fields ?? [],
        body,
      );
    }
    return new ApiError(
      status,
      typeof b.error === 'string' ? b.error : String(status),
      b.message ?? `HTTP ${status}`,
      b.fields ?? [],
      body,
    );
  }
  return new ApiError(status, String(status), `HTTP ${status}`, [], body);
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  idempotencyKey?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'network error');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) throw toApiError(response.status, parsed);
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>('POST', path, body ?? {}, idempotencyKey),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
};

/** Query string from defined values only. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  }
  const out = s.toString();
  return out ? `?${out}` : '';
}
