/**
 * Kaplan–Meier survival with Greenwood's variance: for "how long do authorities stay inadequate?".
 * Pure and small, so the same code runs at prerender and in the browser.
 */

export interface Observation {
	/** Time from the start of the spell (months). */
	time: number;
	/** True when the spell ended (the event), false when censored. */
	event: boolean;
}

export interface SurvivalStep {
	time: number;
	atRisk: number;
	events: number;
	censored: number;
	/** Estimated share still in the state just after `time`. */
	survival: number;
	/** Greenwood standard error of `survival`. */
	se: number;
	/** Pointwise 95% band, survival ± 1.96 se, clipped to [0, 1]. */
	lower: number;
	upper: number;
}

export interface SurvivalCurve {
	/** Starts at time 0 with survival 1, then one step per distinct time with an event or censoring. */
	steps: SurvivalStep[];
	/** First time the survival falls to 0.5 or below; null if it never does. */
	median: number | null;
	/** The median's 95% interval: first times the band's lower and upper edges reach 0.5. */
	medianLower: number | null;
	medianUpper: number | null;
	observations: number;
	events: number;
}

const Z95 = 1.959964;

export function kaplanMeier(observations: Observation[]): SurvivalCurve {
	const times = [...new Set(observations.map((o) => o.time))].sort((a, b) => a - b);
	const steps: SurvivalStep[] = [{ time: 0, atRisk: observations.length, events: 0, censored: 0, survival: 1, se: 0, lower: 1, upper: 1 }];
	let survival = 1;
	let greenwood = 0;
	for (const time of times) {
		const atRisk = observations.filter((o) => o.time >= time).length;
		const events = observations.filter((o) => o.time === time && o.event).length;
		const censored = observations.filter((o) => o.time === time && !o.event).length;
		survival *= 1 - events / atRisk;
		if (events > 0 && atRisk > events) greenwood += events / (atRisk * (atRisk - events));
		const se = survival * Math.sqrt(greenwood);
		steps.push({ time, atRisk, events, censored, survival, se, lower: Math.max(0, survival - Z95 * se), upper: Math.min(1, survival + Z95 * se) });
	}
	const firstAtOrBelowHalf = (value: (s: SurvivalStep) => number) => steps.find((s) => value(s) <= 0.5)?.time ?? null;
	return {
		steps,
		median: firstAtOrBelowHalf((s) => s.survival),
		medianLower: firstAtOrBelowHalf((s) => s.lower),
		medianUpper: firstAtOrBelowHalf((s) => s.upper),
		observations: observations.length,
		events: observations.filter((o) => o.event).length
	};
}
