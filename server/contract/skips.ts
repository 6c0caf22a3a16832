/**
 * Fixtures that cannot apply to the embedded server, with the reason. Everything else is replayed
 * in recording order against a freshly seeded server and must match.
 */
export const SKIPPED_V311: Record<string, string> = {
  'cors-preflight-runs-search':
    'CORS: Runlens serves the UI and the API from one origin (Vite proxies /api in dev), so it answers no CORS preflights',
  'cors-preflight-foreign-origin': 'CORS from a foreign origin: MLflow 3.11 security middleware, not needed same-origin',
  'cors-post-foreign-origin': 'foreign Origin header rejection (MLflow 3.11 security middleware), not needed same-origin',
  'host-header-foreign': 'Host-header check (DNS-rebinding guard); fetch cannot forge Host, and the server binds loopback by default',
  'graphql-post': '/graphql is not part of the REST contract (the README: "Do not build on /graphql")',
}

/**
 * v2.10 fixtures are replayed only where 2.10 and 3.11 behave the same (same status and
 * error_code); these slugs match on status but differ in body by version (README "2.10 vs 3.11").
 */
export const SKIPPED_V210: Record<string, string> = {
  ...SKIPPED_V311,
  'metrics-get-history': '2.10 returns the full series without max_results; 3.11 (which we follow) returns only a page token',
  'metrics-get-history-paged': '2.10 ignores max_results/page_token; 3.11 pages (we follow 3.11)',
  'metrics-get-history-max-results-25000': '2.10 ignores paging; shape equal but next_page_token handling differs',
  'version': 'reports the emulated version string, which is 3.11',
  'mlflow-artifacts-download-missing': '2.10 answers 500 INTERNAL_ERROR for a missing file; 3.11 (which we follow) answers 404',
}

/** Keys that 3.11 added to objects that 2.10 also returns; absent from the 2.10 fixtures. */
export const ADDED_IN_311 = new Set(['outputs', 'aliases', 'sqlstate', 'error_class'])
