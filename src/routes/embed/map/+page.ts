// The chart is prerendered: the page needs no framework script (only static/embed-height.js).
export const csr = false;
