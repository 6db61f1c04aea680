/** Evaluation estimators: pure TypeScript, no storage or HTTP imports. See docs/evaluation.md. */

export * from './cluster-inference.ts';
export * from './costs.ts';
export * from './design.ts';
export * from './did.ts';
export * from './distributions.ts';
export * from './errors.ts';
export * from './event-study.ts';
export * from './logit.ts';
export * from './ols.ts';
export * from './psm.ts';
export * from './simulate.ts';
export * from './summary.ts';
export * from './surveys.ts';
export * from './survival.ts';
