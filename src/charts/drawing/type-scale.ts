/**
 * The charts' type sizes, in the drawing's own units, and the widths they are
 * made for. One definition for the layouts (which measure and wrap text with
 * these sizes) and for charts.css (which draws with them; a unit test holds
 * the two together).
 *
 * Every chart is laid out once, in a coordinate space DRAWING_WIDTH units
 * wide that scales to the width it is given. On a phone the drawing is about
 * as wide as the screen, so a unit is about a pixel: the sizes below are set
 * so that the smallest text is at least MIN_TEXT_PX on screen when the
 * drawing is NARROWEST_WIDTH pixels wide. On a wider screen the drawing
 * grows, and charts.css steps the type down (TYPE_STEPS, with container
 * queries on the SVG), so text stays a reading size rather than growing with
 * the marks. Text only ever shrinks from the size it was laid out at, so a
 * layout clear of collisions at these sizes stays clear at every width.
 */
import type { TextMark } from './marks';

/** Width of every chart's coordinate space. */
export const DRAWING_WIDTH = 360;

/**
 * The height of every drawing, and the most its marks and words may take.
 * On a 375 × 812 phone the pinned chart's box is 359 × 277 CSS px (the
 * page's layout, /work/notes/chart-box.md); the drawing scales to fit both
 * its width and its height, so one taller than this would shrink below a
 * unit a pixel, and its text below MIN_TEXT_PX. Every drawing has this one
 * shape, so the type steps (TYPE_STEPS) can be set by the box's size alone.
 */
export const DRAWING_MAX_HEIGHT = 276;

/** The narrowest a drawing is shown on a phone: the 375 px screen less the page's side padding. */
export const NARROWEST_WIDTH = 359;

/** The smallest text on screen at NARROWEST_WIDTH, in CSS pixels. */
export const MIN_TEXT_PX = 12;

/** Font size (drawing units) and weight of each tone of chart text, at the drawing's narrow size. */
export const TYPE: Record<TextMark['tone'], { size: number; bold: boolean }> = {
  heading: { size: 14, bold: true },
  label: { size: 12.5, bold: false },
  strong: { size: 12.5, bold: true },
  count: { size: 12.5, bold: true },
  note: { size: 12.5, bold: false },
  big: { size: 30, bold: true },
};

/** Distance between the baselines of a wrapped label's lines, as a multiple of its font size. */
export const LINE_HEIGHT = 1.2;

/** Baseline-to-baseline distance of wrapped text of this tone. */
export function lineStep(tone: TextMark['tone']): number {
  return TYPE[tone].size * LINE_HEIGHT;
}

/**
 * Where charts.css steps the type down: in a drawing's box at least minWidth
 * × minHeight CSS pixels, every size is multiplied by `scale`. The drawing
 * (DRAWING_WIDTH × DRAWING_MAX_HEIGHT) scales to fit the smaller of the two,
 * so a step asks for both: a box that shows it at least 4/3 (then 16/9) of a
 * pixel a unit. Text is then 13.3 (then 13.3) CSS px or more on screen.
 */
export const TYPE_STEPS = [
  { minWidth: 480, minHeight: 368, scale: 0.8 },
  { minWidth: 640, minHeight: 490, scale: 0.6 },
] as const;
