/**
 * Which step of a scrolly is "in view": the last step whose top edge has
 * passed the trigger line (by default the middle of the screen). Computed
 * from positions, never from a count of enter/exit events, so a deep link, an
 * anchor jump, a fast fling or scrolling back all give the right answer.
 */

export interface StepBox {
  /** Distance from the top of the viewport to the step's top edge, in pixels. */
  top: number;
}

/**
 * @param steps     the steps' boxes, in reading order
 * @param triggerY  the trigger line, in pixels from the top of the viewport
 * @returns the index of the active step; 0 while the first step is still below the line
 */
export function activeStepIndex(steps: readonly StepBox[], triggerY: number): number {
  let active = 0;
  steps.forEach((step, index) => {
    if (step.top <= triggerY) active = index;
  });
  return active;
}
