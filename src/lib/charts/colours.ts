/**
 * The colours of lines and marks that are not grades (grades are in `grades.ts`). The accent and
 * alert colours are the same as `--accent` and `--alert` in app.css.
 */
export const INK = '#0b0c0c';
export const ACCENT = '#1d5a96';
export const ALERT = '#b2182b';
export const GREY = '#505a5f';
export const LIGHT_GREY = '#9aa1a6';
