/**
 * Watches a scrolly's step elements with scrollama and reports the active
 * step. scrollama's enter/exit events only say "something changed"; the
 * active step itself is always recomputed from the steps' positions (see
 * active-step.ts). Re-measures on resize and orientation change, and the
 * returned function tears down every observer and listener.
 */
import scrollama from 'scrollama';
import { activeStepIndex } from './active-step';

export interface StepTrackerOptions {
  /** The step elements, in reading order. */
  steps: HTMLElement[];
  /** Called with the active step's index whenever it may have changed. */
  onChange: (index: number) => void;
  /** Where the trigger line sits, as a fraction of the viewport height. */
  offset?: 0.5 | 0.6 | 0.7;
  /** Draw scrollama's trigger line (for checking layouts on phones). */
  debug?: boolean;
  /** The element holding the steps and their chart. */
  area: HTMLElement;
}

export function trackSteps({ steps, onChange, offset = 0.5, debug = false, area }: StepTrackerOptions): () => void {
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
  withoutDocumentScrollListener(() => scroller.setup({ step: steps, offset, debug }).onStepEnter(update).onStepExit(update));

  // scrollama measures the viewport at setup; a new size needs new observers.
  const remeasure = () => {
    scroller.resize();
    update();
  };
  window.addEventListener('resize', remeasure);
  window.addEventListener('orientationchange', remeasure);

  // Safety nets for a jump over every step at once (from above the first to
  // below the last, or past the whole scrolly), which changes no step's
  // crossing of the line, so scrollama reports nothing.
  // - Coming on or going off screen: measured at once. This also covers the
  //   observer's first report, which can come after the page scrolled on
  //   past the scrolly while this script started (the first update() above
  //   it then saw the steps where they were before).
  // - While on screen, each scroll's end: listened for only then, and
  //   measured at the next frame, since a scrollend handler that measures at
  //   once forces a style and layout pass of its own, on every wheel flick,
  //   while a chart animates.
  let pending = 0;
  const updateNextFrame = () => {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      update();
    });
  };
  const screen = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) window.addEventListener('scrollend', updateNextFrame);
    else window.removeEventListener('scrollend', updateNextFrame);
    update();
  });
  screen.observe(area);
  window.addEventListener('hashchange', update);
  update();

  return () => {
    scroller.destroy();
    screen.disconnect();
    cancelAnimationFrame(pending);
    window.removeEventListener('resize', remeasure);
    window.removeEventListener('orientationchange', remeasure);
    window.removeEventListener('scrollend', updateNextFrame);
    window.removeEventListener('hashchange', update);
  };
}

/**
 * Runs scrollama's setup without the document scroll listener it adds. That
 * listener only tracks the scroll direction (which scrollama also updates on
 * every step crossing, and which we never read), is never removed, and reads
 * window.pageYOffset on every scroll event: while a chart animates, that read
 * forces a style and layout pass each time, which on slow phones turned a
 * state change into a long task. Every other listener goes through.
 */
function withoutDocumentScrollListener(setup: () => void): void {
  const add = document.addEventListener;
  document.addEventListener = function (this: Document, type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) {
    if (type !== 'scroll') add.call(this, type, ...rest);
  } as typeof document.addEventListener;
  try {
    setup();
  } finally {
    document.addEventListener = add;
  }
}
