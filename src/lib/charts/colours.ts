/**
 * The colours of the charts' lines, text and marks that are not grades (grades are in `grades.ts`).
 * ACCENT, ALERT and REVIEW are also `--accent`, `--alert` and `--review` in app.css.
 */
export const INK = '#0b0c0c';
export const WHITE = '#ffffff';
export const ACCENT = '#1d5a96';
export const ALERT = '#b2182b';
export const GREY = '#505a5f';
export const LIGHT_GREY = '#9aa1a6';
/** Gridlines, and the stronger rules of an axis or a band. */
export const GRID = '#dee0e2';
export const RULE = '#b1b4b6';
/** Case reviews on a timeline. */
export const REVIEW = '#6a3d9a';
