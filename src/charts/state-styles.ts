/**
 * The stylesheet's rules for each state index, written by the build for as
 * many indexes as the chart with the most states has (registry.ts), so a
 * chart with more states needs no edit here or in charts.css.
 *
 * A chart's state layers (<g data-state-index="i">, never nested) name the
 * state shown by position; every mark carries its look in each state as
 * classes (off-i hidden, dim-i kept as context) and, if it moves, its
 * transform in each state as --at-i (drawing/state-looks.ts). Pages import
 * the rules as `virtual:chart-states.css`, served by the Vite plugin below
 * (astro.config.mjs); charts.css holds everything that does not depend on
 * the index.
 */
import type { Plugin } from 'vite';
import { MOST_STATES } from './registry.ts';

/** Opacity of a mark kept as context in a state (dim-i); share cards write it in as .is-dim. */
const DIM_OPACITY = 0.28;

/** The rules for state indexes 0 to count - 1. */
export function stateRules(count: number): string {
  const indexes = Array.from({ length: count }, (_unused, index) => index);
  const at = (index: number) => `[data-state-index='${index}']`;
  return [
    // A place belongs to the mark that carries it: not inherited, so the marks' children do no style work for it.
    ...indexes.map((index) => `@property --at-${index} { syntax: '*'; inherits: false; }`),
    ...indexes.flatMap((index) => [
      `${at(index)} .chart-move { transform: var(--at-${index}); }`,
      `${at(index)} .off-${index} { opacity: 0; pointer-events: none; }`,
      `${at(index)} .dim-${index} { opacity: ${DIM_OPACITY}; }`,
    ]),
    '@media (prefers-reduced-motion: no-preference) {',
    // A mark that is leaving (or stays hidden) fades where it is, then jumps unseen; at once, whatever
    // delay a chart gives marks that arrive (charts.css), hence the drawing's class in the selector.
    `  ${indexes.map((index) => `.chart-svg ${at(index)} .chart-move.off-${index}`).join(', ')} { transition: opacity 300ms ease, transform 0s linear 300ms; }`,
    // A map border leaves at once: drawn for one zoom, it must not be seen at another (charts.css, .map-border).
    `  ${indexes.map((index) => `${at(index)} .map-border.off-${index}`).join(', ')} { transition: none; }`,
    // Words, legends and insets a state does not show leave quickly and at once, whatever delay brings them in (charts.css).
    `  ${indexes.map((index) => ['chart-fade', 'chart-texts', 'chart-legend'].map((kind) => `.chart-svg ${at(index)} .${kind}.off-${index}`).join(', ')).join(', ')} { transition: opacity 150ms ease; }`,
    '}',
  ].join('\n');
}

const MODULE = 'virtual:chart-states.css';
// Vite's own prefix for a module that is no file; the name still ends in .css, so Vite treats it as a stylesheet.
const RESOLVED = `\0${MODULE}`;

/** Serves `virtual:chart-states.css`: the state rules for every state of every chart. */
export function chartStateStyles(): Plugin {
  return {
    name: 'overseas-110:chart-state-styles',
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? stateRules(MOST_STATES) : undefined),
  };
}
