/** The context indicators: what each measures, its unit, and the suppression codes DfE uses. */

export const INDICATORS = {
	cin_rate: { label: 'Children in need per 10,000 children (31 March)', unit: 'per 10,000', periodEnd: '03-31' },
	cin_count: { label: 'Children in need (31 March)', unit: 'children', periodEnd: '03-31' },
	cpp_rate: { label: 'Children on a child protection plan per 10,000 children (31 March)', unit: 'per 10,000', periodEnd: '03-31' },
	cpp_count: { label: 'Children on a child protection plan (31 March)', unit: 'children', periodEnd: '03-31' },
	cla_rate: { label: 'Children looked after per 10,000 children (31 March)', unit: 'per 10,000', periodEnd: '03-31' },
	cla_count: { label: 'Children looked after (31 March)', unit: 'children', periodEnd: '03-31' },
	referrals: { label: 'Referrals to children’s social care (year to 31 March)', unit: 'referrals', periodEnd: '03-31' },
	rereferral_rate: { label: 'Re-referrals within 12 months (year to 31 March)', unit: '%', periodEnd: '03-31' },
	sw_turnover: { label: 'Children’s social worker turnover (FTE, 30 September)', unit: '%', periodEnd: '09-30' },
	sw_vacancy: { label: 'Children’s social worker vacancy rate (FTE, 30 September)', unit: '%', periodEnd: '09-30' },
	sw_agency: { label: 'Agency children’s social workers (FTE, 30 September)', unit: '%', periodEnd: '09-30' },
	sw_caseload: { label: 'Average caseload per children’s social worker (FTE, 30 September)', unit: 'cases', periodEnd: '09-30' },
	child_population: { label: 'Children aged 0 to 17 (ONS mid-year estimate)', unit: 'children', periodEnd: '06-30' }
} as const;

export type IndicatorKey = keyof typeof INDICATORS;

/** DfE's suppression and missing-value codes (GSS standard), kept beside the NULL that replaces them. */
export const SUPPRESSION: Record<string, string> = {
	c: 'confidential: suppressed to protect individuals',
	x: 'not available',
	z: 'not applicable',
	low: 'rounds to zero, but is not zero',
	k: 'less than 0.5 (rounds to zero)',
	u: 'low reliability'
};

/** The indicators as choices for a control, in the order above. */
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];
export const INDICATOR_OPTIONS = INDICATOR_KEYS.map((key) => ({ value: key, label: INDICATORS[key].label }));

/**
 * The same measure in DfE's Local Authority Interactive Tool (its `Measure_short`), where LAIT has it:
 * the import reads each one's values (for the years no release covers) and DfE's polarity by it.
 */
export const LAIT_MEASURE: Partial<Record<IndicatorKey, string>> = {
	cin_rate: 'CIN',
	cpp_rate: 'CPP_rate',
	cpp_count: 'CPP_Num',
	cla_rate: 'LAC',
	cla_count: 'LACnum',
	referrals: 'CPP_Total_NumRef',
	rereferral_rate: 'ReReferral',
	sw_turnover: 'Work_Force_TO_Rate',
	sw_vacancy: 'Work_Force_Vac_Rate',
	sw_agency: 'Work_Force_Agecy_Rate',
	sw_caseload: 'Work_Force_AvgNumCase_SW'
};
