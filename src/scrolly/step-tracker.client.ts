/**
 * Watches a scrolly's step elements with scrollama and reports the active
 * step. scrollama's enter/exit events only say "something changed"; the
 * active step itself is always recomputed from the steps' positions (see
 * active-step.ts). Re-measures on resize and orientation change, and the
 * returned function tears down every observer and listener.
 */
import scrollama, { type DecimalType } from 'scrollama';
import { activeStepIndex } from './active-step';
import { READING_LINE } from './reading-line';

export interface StepTrackerOptions {
  /** The step elements, in reading order. */
  steps: HTMLElement[];
  /** Called with the active step's index whenever it may have changed. */
  onChange: (index: number) => void;
  /** Where the trigger line sits, as a fraction of the viewport height (default READING_LINE). */
  offset?: DecimalType;
  /** Draw scrollama's trigger line (for checking layouts on phones). */
  debug?: boolean;
  /** The element holding the steps and their chart. */
  area: HTMLElement;
}

export function trackSteps({ steps, onChange, offset = READING_LINE as DecimalType, debug = false, area }: StepTrackerOptions): () => void {
  let last = -1;
  const update = () => {
    const index = activeStepIndex(
      steps.map((step) => step.getBoundingClientRect()),
      window.innerHeight * offset,
    );
    if (index !== last) {
      last = index;
      onChange(index);
    }
  };

  const scroller = scrollama();
  scroller.setup({ step: steps, offset, debug }).onStepEnter(update).onStepExit(update);

  // scrollama measures the viewport at setup; a new size needs new observers.
  const remeasure = () => {
    scroller.resize();
    update();
  };
  window.addEventListener('resize', remeasure);
  window.addEventListener('orientationchange', remeasure);

  // A jump over every step at once (from above the first to below the last,
  // or past the whole scrolly) changes no step's crossing of the line, so
  // scrollama reports nothing. The steps are measured again when the scrolly
  // comes on or goes off screen (which also covers a page that scrolled on
  // past the scrolly while this script started), when a scroll ends, and
  // when the address's #fragment changes.
  const screen = new IntersectionObserver(update);
  screen.observe(area);
  window.addEventListener('scrollend', update);
  window.addEventListener('hashchange', update);
  update();

  return () => {
    scroller.destroy();
    screen.disconnect();
    window.removeEventListener('resize', remeasure);
    window.removeEventListener('orientationchange', remeasure);
    window.removeEventListener('scrollend', update);
    window.removeEventListener('hashchange', update);
  };
}
