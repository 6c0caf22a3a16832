/** Rows rendered at most per diff view; beyond this the view says how many were left out. */
export const MAX_RENDERED_ROWS = 4000
