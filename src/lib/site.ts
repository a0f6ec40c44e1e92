/** Defaults the whole site shares. */
import type { IndicatorKey } from './data/indicators';

/** The authority the site opens its examples with: Coventry (inadequate 2014, requires improvement 2017, good 2022). */
export const DEFAULT_AUTHORITY = 'E08000026';
/** ONS code of England, the reference line of every comparison. */
export const ENGLAND_CODE = 'E92000001';
/** The indicator the context charts open with: children looked after per 10,000. */
export const DEFAULT_INDICATOR: IndicatorKey = 'cla_rate';
