// The request state machine (pure): which transitions are legal, and what each one is called.
//
//   new ──► verifying ──► in_progress ──► decided ──► answered ──► closed
//    └───────────────────────►┘             ▲ (further decisions stay in decided)
//   any of new/verifying/in_progress/decided/answered ──► paused ──► (back to where it was)
//   any state before closed ──► cancelled
//
// verifying → decided is allowed only for a refusal on the ground identity_not_verified.
import { type RequestState } from './vocab';

/** The named steps the UI offers as buttons (and the contract calls behind them). */
export const TRANSITION_KINDS = [
  'start_verification',
  'start_work',
  'decide',
  'answer',
  'close',
  'pause',
  'resume',
  'cancel',
] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

const EDGES: Record<RequestState, readonly RequestState[]> = {
  new: ['verifying', 'in_progress', 'paused', 'cancelled'],
  verifying: ['in_progress', 'decided', 'paused', 'cancelled'],
  in_progress: ['decided', 'paused', 'cancelled'],
  decided: ['decided', 'answered', 'paused', 'cancelled'],
  answered: ['closed', 'paused', 'cancelled'],
  paused: ['new', 'verifying', 'in_progress', 'decided', 'answered', 'cancelled'],
  closed: [],
  cancelled: [],
};

/** The states `from` may move to (for paused: any state it could resume to, and cancelled). */
export function nextStates(from: RequestState): readonly RequestState[] {
  return EDGES[from];
}

/**
 * Whether from → to is legal. `pausedFrom` is required to judge a resume: a paused request may
 * only return to the state it was paused in.
 */
export function canTransition(
  from: RequestState,
  to: RequestState,
  pausedFrom?: RequestState | null,
): boolean {
  if (!EDGES[from].includes(to)) return false;
  if (from === 'paused' && to !== 'cancelled') return pausedFrom === to;
  return true;
}

/** What a state allows, as named steps (for buttons). `verified` says whether identity is recorded. */
export function availableSteps(
  state: RequestState,
  opts: { verified?: boolean; pausedFrom?: RequestState | null } = {},
): TransitionKind[] {
  const steps: TransitionKind[] = [];
  switch (state) {
    case 'new':
      steps.push('start_verification');
      if (opts.verified) steps.push('start_work');
      break;
    case 'verifying':
      if (opts.verified) steps.push('start_work');
      // A refusal because identity could not be verified.
      steps.push('decide');
      break;
    case 'in_progress':
      steps.push('decide');
      break;
    case 'decided':
      steps.push('decide', 'answer');
      break;
    case 'answered':
      steps.push('close');
      break;
    case 'paused':
      steps.push('resume');
      break;
    default:
      break;
  }
  if (state !== 'paused' && canTransition(state, 'paused')) steps.push('pause');
  if (canTransition(state, 'cancelled')) steps.push('cancel');
  return steps;
}

/** The state a named step leads to (resume: the state the request was paused in). */
export function targetOf(
  kind: TransitionKind,
  state: RequestState,
  pausedFrom?: RequestState | null,
): RequestState | null {
  switch (kind) {
    case 'start_verification':
      return 'verifying';
    case 'start_work':
      return 'in_progress';
    case 'decide':
      return 'decided';
    case 'answer':
      return 'answered';
    case 'close':
      return 'closed';
    case 'pause':
      return 'paused';
    case 'cancel':
      return 'cancelled';
    case 'resume':
      return state === 'paused' ? (pausedFrom ?? null) : null;
  }
}
