/** Reference data shipped with jobcenter; see docs/reference-data.md. */
export * from './benefits.ts';
export * from './monthly-report-rows.ts';
export * from './municipalities.ts';
export * from './regions.ts';
export * from './target-groups.ts';
