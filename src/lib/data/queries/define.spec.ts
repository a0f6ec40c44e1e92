import { describe, expect, it } from 'vitest';
import { pick, positional } from './define';

describe('positional', () => {
	it('numbers each named placeholder at its first use and reuses the number', () => {
		expect(positional('SELECT $a, $b, $a', { a: 1, b: 'x' })).toEqual({ sql: 'SELECT $1, $2, $1', values: [1, 'x'] });
	});
	it('refuses a placeholder without a value, or a value without a placeholder', () => {
		expect(() => positional('SELECT $a, $b', { a: 1 })).toThrow('no value for $b');
		expect(() => positional('SELECT $a', { a: 1, b: 2 })).toThrow('unused values: b');
	});
	it('does not take an inherited name for a value', () => {
		expect(() => positional('SELECT $toString', {})).toThrow('no value for $toString');
	});
});

describe('pick', () => {
	const fragments = { consecutive: 'A', 'first-sif-to-latest': 'B' };
	it('chooses a fragment by its own key only', () => {
		expect(pick(fragments, 'consecutive')).toBe('A');
		for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) expect(() => pick(fragments, key as never)).toThrow('unknown option');
	});
});
