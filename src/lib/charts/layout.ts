/** Below this width (px) a chart is drawn for a phone: abbreviated labels, fewer ticks, one legend column. */
const NARROW_BELOW = 480;

export const isNarrow = (width: number) => width < NARROW_BELOW;
