/** Why an estimator refused its input. Every degenerate case ends here, never in a silent NaN. */
export type EstimationProblem =
  | 'collinear'
  | 'too-few-observations'
  | 'single-cluster'
  | 'no-variation'
  | 'no-events'
  | 'separation'
  | 'not-converged'
  | 'invalid-input'
  | 'no-matches';

export class EstimationError extends Error {
  readonly problem: EstimationProblem;
  constructor(problem: EstimationProblem, message: string) {
    super(message);
    this.name = 'EstimationError';
    this.problem = problem;
  }
}
