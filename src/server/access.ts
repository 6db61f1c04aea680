/**
 * The access policy: one table of what each role may do, and the two rules
 * that hold for every role: a user sees only their own municipality, and an
 * analyst never sees a CPR number or a name (pseudonym only). Every route asks
 * `authorize()`; nothing else decides access. docs/api.md prints the matrix.
 */
import type { Role } from '../cases/schema.ts';
import { ApiError } from './errors.ts';

/** The logged-in user as the routes see them. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  municipalityCode: string;
  municipalityName: string;
  teamId: number | null;
  teamName: string | null;
}

export const ACTIONS = [
  /** list and search citizens */
  'citizen.list',
  /** open a citizen's case (spells, events, evaluation) */
  'citizen.read',
  /** see the full CPR number (otherwise masked DDMMYY-xxxx) */
  'citizen.read-cpr',
  /** record events, spells, offers on a case */
  'citizen.write',
  /** own worklist */
  'worklist.mine',
  /** a team's worklist with counts per caseworker */
  'worklist.team',
  /**
   * compute a worklist afresh from the cases, bypassing the projection
   * (`cache=off`: a whole scope's evaluation, the benchmark's baseline)
   */
  'worklist.recompute',
  'employer.read',
  'employer.write',
  'rehab.read',
  'rehab.write',
  'trial.read',
  /** enable or disable a trial for the municipality */
  'trial.manage',
  /** draw a management review sample and answer it */
  'review.manage',
  /** read a review's tally */
  'review.tally',
  'audit.read',
  /** list the teams of the municipality (to pick a team's worklist, a review's team, a new user's team) */
  'team.read',
  'user.manage',
  /**
   * read the municipality's register statistics and trial effect reports:
   * aggregate, small cells suppressed, no citizen (docs/api.md)
   */
  'stats.read',
  /** run the Reformberegner on the municipality's caseload (aggregate figures out) */
  'simulate.run',
  /**
   * the municipality's obligations across its caseload (75 % interviewed, at most
   * 25 % exempted) with the recorded exemption decisions: team leaders and managers
   */
  'municipality.obligations',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Who may do what. `team` means: only when the resource belongs to the user's
 * own team (a caseworker edits only cases of their own team). Every grant is
 * additionally limited to the user's own municipality.
 */
export type Grant = 'yes' | 'team' | 'no';

export const POLICY: Record<Action, Record<Role, Grant>> = {
  'citizen.list': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'yes', administrator: 'yes' },
  'citizen.read': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'yes', administrator: 'yes' },
  'citizen.read-cpr': {
    caseworker: 'team',
    'team-leader': 'team',
    analyst: 'no',
    administrator: 'no',
  },
  'citizen.write': {
    caseworker: 'team',
    'team-leader': 'team',
    analyst: 'no',
    administrator: 'no',
  },
  'worklist.mine': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'no', administrator: 'no' },
  'worklist.team': {
    caseworker: 'team',
    'team-leader': 'team',
    analyst: 'no',
    administrator: 'yes',
  },
  'worklist.recompute': {
    caseworker: 'no',
    'team-leader': 'yes',
    analyst: 'no',
    administrator: 'yes',
  },
  'employer.read': {
    caseworker: 'yes',
    'team-leader': 'yes',
    analyst: 'yes',
    administrator: 'yes',
  },
  'employer.write': {
    caseworker: 'yes',
    'team-leader': 'yes',
    analyst: 'no',
    administrator: 'yes',
  },
  'rehab.read': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'no', administrator: 'yes' },
  'rehab.write': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'no', administrator: 'no' },
  'trial.read': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'yes', administrator: 'yes' },
  'trial.manage': { caseworker: 'no', 'team-leader': 'no', analyst: 'no', administrator: 'yes' },
  'review.manage': { caseworker: 'no', 'team-leader': 'yes', analyst: 'no', administrator: 'yes' },
  'review.tally': { caseworker: 'no', 'team-leader': 'yes', analyst: 'yes', administrator: 'yes' },
  'audit.read': { caseworker: 'no', 'team-leader': 'no', analyst: 'no', administrator: 'yes' },
  'team.read': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'yes', administrator: 'yes' },
  'user.manage': { caseworker: 'no', 'team-leader': 'no', analyst: 'no', administrator: 'yes' },
  // The same figures reach the committee papers and jobindsats.dk in public;
  // caseworkers use them to see their own caseload in context.
  'stats.read': { caseworker: 'yes', 'team-leader': 'yes', analyst: 'yes', administrator: 'yes' },
  // Managers (team leaders, administrators) and analysts plan the effort; caseworkers do not need it.
  'simulate.run': { caseworker: 'no', 'team-leader': 'yes', analyst: 'yes', administrator: 'yes' },
  'municipality.obligations': {
    caseworker: 'no',
    'team-leader': 'yes',
    analyst: 'no',
    administrator: 'yes',
  },
};

/** What a request acts on: a municipality and, for case data, the team the case belongs to. */
export interface Resource {
  municipalityCode: string;
  teamId?: number | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

export function decide(user: SessionUser, action: Action, resource?: Resource): Decision {
  const grant = POLICY[action][user.role];
  if (grant === 'no') {
    return { allowed: false, reason: `the role ${user.role} may not ${describe(action)}` };
  }
  if (resource && resource.municipalityCode !== user.municipalityCode) {
    return {
      allowed: false,
      reason: `this belongs to another municipality (${resource.municipalityCode}); you work in ${user.municipalityCode}`,
    };
  }
  if (grant === 'team') {
    if (!resource) return { allowed: false, reason: `${describe(action)} needs a team` };
    if (user.teamId === null || resource.teamId !== user.teamId) {
      return {
        allowed: false,
        reason: `only the case's own team may ${describe(action)}; the case is not assigned to your team`,
      };
    }
  }
  return { allowed: true };
}

/** Throws 403 with the reason unless the policy allows the action. */
export function authorize(user: SessionUser, action: Action, resource?: Resource): void {
  const decision = decide(user, action, resource);
  if (!decision.allowed) throw new ApiError(403, 'forbidden', decision.reason, { action });
}

/** Whether the user may see who a citizen is (name, CPR). Analysts see pseudonyms only. */
export function seesIdentity(user: SessionUser): boolean {
  return user.role !== 'analyst';
}

function describe(action: Action): string {
  const [what, verb] = action.split('.') as [string, string];
  return `${verb} ${what} data`;
}
