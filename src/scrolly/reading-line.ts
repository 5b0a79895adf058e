/**
 * The trigger line: a step becomes the chart's state when its top edge rises
 * past 70 % of the screen height. A reader starts a step's text at about 60 %
 * of the screen (below the chart on a phone) and finishes it near the middle;
 * the chart must already show that step at both places, so the line sits
 * lower than both. Each step is at least a screen tall (scrolly.css), so the
 * next one is still below the line while this one is read, and no press of
 * Page Down or Space (seven eighths of a screen in Chromium, a little more
 * elsewhere) can carry a step past the line unseen.
 */
export const READING_LINE = 0.7;
