import { describe, expect, it } from 'vitest';
import { curlyQuote, dashBefore, isRuleShortcut } from './smart-punctuation';

describe('smart punctuation', () => {
  it.each([
    ['"', '', '“'],
    ['"', 'He said ', '“'],
    ['"', 'He said “yes', '”'],
    ['"', 'the word (', '“'],
    ['"', 'a quote — ', '“'],
    ["'", '', '‘'],
    ["'", 'the mayor', '’'],
    ["'", 'don', '’'],
    ["'", 'She said “', '‘'],
    ["'", 'He called it ‘fine', '’'],
  ] as const)('%s after %j is %s', (typed, before, expected) => {
    expect(curlyQuote(typed, before)).toBe(expected);
  });

  it('turns two hyphens into a dash inside copy, never at the start of a block', () => {
    expect(dashBefore('The vote --')).toBe(true);
    expect(dashBefore('word--')).toBe(true);
    expect(dashBefore('--')).toBe(false);
    expect(dashBefore('  --')).toBe(false);
    expect(dashBefore('a -')).toBe(false);
    expect(dashBefore('')).toBe(false);
  });

  it('knows the rule shortcut', () => {
    expect(isRuleShortcut('---')).toBe(true);
    expect(isRuleShortcut('-----')).toBe(true);
    expect(isRuleShortcut('--')).toBe(false);
    expect(isRuleShortcut('--- no')).toBe(false);
  });
});
