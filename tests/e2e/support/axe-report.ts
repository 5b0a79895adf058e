/**
 * Turns axe-core results into lines a person can act on: the rule, how bad,
 * what to do, and each offending element with axe's own explanation.
 */
import type { AxeResults } from 'axe-core';

export function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const target = node.target.map(String).join(' ');
      const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    at ${target}\n    ${node.html.slice(0, 160)}\n    ${why}\n    ${violation.helpUrl}`;
    }),
  );
}
