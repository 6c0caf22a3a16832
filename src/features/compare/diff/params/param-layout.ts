/** Width of the sticky key column, px. */
export const KEY_WIDTH = 300
/** Width of one run column, px. */
export const COL_WIDTH = 240
/** Height of every row but an expanded one, px (expanded values make a row taller; only those are measured). */
export const ROW_HEIGHT = 32
