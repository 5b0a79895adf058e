/**
 * How the gates run axe-core, and its results turned into lines a person can
 * act on: the rule, how bad, what to do, and each offending element with
 * axe's own explanation.
 */
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2 A/AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every rule still runs on every element; only the violations are reported in
 * full (passes keep one example node each), which spares a long page's report.
 */
export const AXE_REPORT: RunOptions = { resultTypes: ['violations'] };

export function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const target = node.target.map(String).join(' ');
      const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    at ${target}\n    ${node.html.slice(0, 160)}\n    ${why}\n    ${violation.helpUrl}`;
    }),
  );
}
