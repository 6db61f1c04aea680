/**
 * The browser's view of the case-work API: a fetch client typed by route and
 * one error class. Every type here is generated from the server's OpenAPI
 * document (api-types.ts, `npm run api-types`; test/web/api-types.test.ts fails
 * when it is stale): `api.get('/api/citizens/{id}', { path: { id } })` answers
 * the route's response type, and its body is the route's request body. A route
 * whose answer the web app needs declares a response schema in the server.
 * The session lives in an httpOnly cookie, so every call is same-origin with
 * credentials included.
 */

import type { paths } from './api-types.ts';

type Method = 'get' | 'post' | 'put' | 'patch';
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;

/** The routes with an operation for the method. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

/** The JSON body of a route's success response (200, 201 or 204), from the generated types. */
export type Ok<P extends keyof paths, M extends Method> = P extends keyof paths
  ? paths[P][M] extends { responses: infer R }
    ? R extends { 200: infer A }
      ? Json<A>
      : R extends { 201: infer B }
        ? Json<B>
        : undefined
    : never
  : never;

/** The JSON body a route takes, from the generated types (never: it takes none). */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: infer R;
}
  ? [NonNullable<R>] extends [never]
    ? never
    : NonNullable<R> extends { content: { 'application/json': infer B } }
      ? B
      : never
  : never;

export type Bilingual = { da: string; en: string };
export type Id = string | number;

export type User = Ok<'/api/auth/me', 'get'>['user'];
export type Role = User['role'];
export type CitizenDetail = Ok<'/api/citizens/{id}', 'get'>;
export type CitizenList = Ok<'/api/citizens', 'get'>;
export type CitizenSummary = CitizenList['items'][number];
export type Spell = CitizenDetail['spells'][number];
export type CaseEvent = CitizenDetail['events'][number];
export type Obligation = CitizenDetail['evaluation']['obligations'][number];
export type ObligationStatus = Obligation['status'];
export type Finding = CitizenDetail['evaluation']['findings'][number];
export type TraceEntry = CitizenDetail['evaluation']['trace'][number];
/** How far the law is encoded (src/rules/horizon.ts), for the banner. */
export type LawStatus = CitizenDetail['evaluation']['law'];

export type Worklist = Ok<'/api/worklist', 'get'>;
export type WorklistItem = Worklist['items'][number];
export type StatusCounts = Worklist['counts'];

export type Employer = Ok<'/api/employers', 'get'>['items'][number];
export type TrialEntry = Ok<'/api/trials', 'get'>['items'][number];
export type TrialParticipation = TrialEntry['participation'][number];
export type TrialPeriod = TrialEntry['enabled'][number];
export type Team = Ok<'/api/teams', 'get'>['items'][number];

export type RehabMeeting = Ok<'/api/rehab-meetings', 'get'>['items'][number];
export type RehabCase = RehabMeeting['cases'][number];

export type ReviewListItem = Ok<'/api/reviews', 'get'>['items'][number];
export type Review = Ok<'/api/reviews/{id}', 'get'>;
export type ReviewQuestion = Review['questions'][number];
export type ReviewCase = Review['sample'][number];
export type Answer = Body<'/api/reviews/{id}/answers', 'put'>['answers'][string];
export type Tally = Ok<'/api/reviews/{id}/tally', 'get'>;
export type TallyRow = Tally['rows'][number];

export type MunicipalityObligations = Ok<'/api/municipality/obligations', 'get'>;

export type StatsStatus = Ok<'/api/stats/status', 'get'>;
/** One measure of GET /api/stats/measures, with the breakdowns it offers. */
export type MeasureInfo = Ok<'/api/stats/measures', 'get'>['items'][number];
/** The committee reports' shape (tables of rows and columns, notes), as every report route answers it. */
export type StatsReport = Ok<'/api/stats/monthly', 'get'>;
export type ReportTable = StatsReport['tables'][number];
export type ReportStatus = Ok<'/api/reports/trials/{trialId}/status', 'get'>;
export type SimulateResult = Ok<'/api/simulate', 'post'>;

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

/** What fills a route's `{name}` placeholders, and its query string (undefined values left out). */
export interface Params {
  path?: Record<string, Id>;
  query?: Record<string, string | number | undefined | null>;
}

/** The URL of a route: placeholders filled (encoded), query string added. */
export function urlOf(path: string, params: Params = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params.path?.[name];
    if (value === undefined) throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  return filled + qs(params.query ?? {});
}

type WriteParams = Params & { idempotencyKey?: string };
/** A write's arguments: its body (none for a route without one), then the URL's parameters. */
type WriteArgs<P extends keyof paths, M extends Method> = [Body<P, M>] extends [never]
  ? [body?: undefined, params?: WriteParams]
  : [body: Body<P, M>, params?: WriteParams];

function write<P extends keyof paths, M extends 'post' | 'put' | 'patch'>(
  method: M,
  path: P,
  [body, params]: WriteArgs<P, M>,
) {
  const verb = method.toUpperCase() as 'POST' | 'PUT' | 'PATCH';
  return request<Ok<P, M>>(verb, urlOf(path, params), body ?? {}, params?.idempotencyKey);
}

export const api = {
  get: <P extends PathOf<'get'>>(path: P, params?: Params) =>
    request<Ok<P, 'get'>>('GET', urlOf(path, params)),
  post: <P extends PathOf<'post'>>(path: P, ...args: WriteArgs<P, 'post'>) =>
    write('post', path, args),
  put: <P extends PathOf<'put'>>(path: P, ...args: WriteArgs<P, 'put'>) => write('put', path, args),
  patch: <P extends PathOf<'patch'>>(path: P, ...args: WriteArgs<P, 'patch'>) =>
    write('patch', path, args),
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
