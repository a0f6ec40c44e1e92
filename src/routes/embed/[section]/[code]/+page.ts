// The chart is prerendered at its defaults: the page needs no framework script (only static/embed-height.js).
// Any other view of it is its live page, /embed/live/….
export const csr = false;
