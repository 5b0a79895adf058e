/**
 * The scroll engine's pure parts: which step is active, and reading and
 * checking a scrolly's steps from its rendered HTML.
 */
import { describe, expect, it } from 'vitest';
import { activeStepIndex } from './active-step';
import { checkSteps, fillStepAlternatives, fillStepPictures, labelStepLinks, readSteps } from './steps';

describe('the active step', () => {
  const steps = [{ top: 100 }, { top: 700 }, { top: 1300 }];

  it('is the last step whose top has passed the trigger line', () => {
    expect(activeStepIndex(steps, 400)).toBe(0);
    expect(activeStepIndex(steps, 700)).toBe(1);
    expect(activeStepIndex(steps, 5000)).toBe(2);
  });

  it('is the first step before any step reaches the line (the chart starts in the first state)', () => {
    expect(activeStepIndex([{ top: 900 }, { top: 1500 }], 400)).toBe(0);
  });

  it('follows positions, not events: a jump straight to the end gives the last step', () => {
    const afterJump = steps.map((step) => ({ top: step.top - 1200 }));
    expect(activeStepIndex(afterJump, 400)).toBe(2);
  });
});

describe('reading steps from HTML', () => {
  const html =
    '<p>intro</p><div class="scrolly-step" id="a-one" data-scrolly-step data-state="units"><div class="scrolly-card"><p>One</p></div></div>' +
    '<div data-state="december" data-scrolly-step id="a-two" class="scrolly-step"><p>Two</p></div>';

  it('finds every step in reading order, whatever the attribute order', () => {
    expect(readSteps(html)).toEqual([
      { id: 'a-one', state: 'units' },
      { id: 'a-two', state: 'december' },
    ]);
  });

  it('accepts states the chart has', () => {
    expect(() => checkSteps('stations-by-continent', readSteps(html))).not.toThrow();
  });

  it('names the step and the chart when a state is not one of the chart\'s', () => {
    expect(() => checkSteps('stations-map', readSteps(html))).toThrow(
      '<Scrolly chart="stations-map">: the step "a-one" has state="units", which is not one of the chart\'s states (world, europe, britain, americas).',
    );
  });

  it('refuses a scrolly with no steps', () => {
    expect(() => checkSteps('timeline', [])).toThrow('<Scrolly chart="timeline">: has no <Step> inside it.');
  });
});

describe('text alternatives in the steps', () => {
  it('fills each step with what the chart shows in its state, escaped', () => {
    const html = '<div data-scrolly-step data-state="a"><p class="visually-hidden" data-step-alt="a"></p></div><p class="visually-hidden" data-step-alt="b"></p>';
    expect(fillStepAlternatives(html, { a: 'Squares <54> & more', b: 'A map' }, 'The chart shows:')).toBe(
      '<div data-scrolly-step data-state="a"><p class="visually-hidden" data-step-alt="a">The chart shows: Squares &lt;54&gt; &amp; more</p></div><p class="visually-hidden" data-step-alt="b">The chart shows: A map</p>',
    );
  });
});

describe('naming the steps\' copy-link controls', () => {
  const step = (id: string) => `<div class="scrolly-step" id="${id}" data-scrolly-step data-state="units"><div class="scrolly-card"><a class="heading-anchor step-link" href="#${id}" data-copy-link data-step-link>#</a><p>Text</p></div></div>`;

  it('numbers them in reading order, out of the number of steps', () => {
    const html = labelStepLinks(step('a-one') + step('a-two') + step('a-three'), (n, total) => `step ${n} of ${total}`);
    const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);
    expect(labels).toEqual(['step 1 of 3', 'step 2 of 3', 'step 3 of 3']);
  });

  it('escapes the words so a chart title cannot break the markup', () => {
    const html = labelStepLinks(step('a-one'), () => 'The "230,000" & <more>');
    expect(html).toContain('aria-label="The &quot;230,000&quot; &amp; &lt;more&gt;"');
  });
});

describe('filling step pictures', () => {
  const empty = '<div class="step-picture" data-step-picture></div>';
  it('puts each picture in its step, in reading order, named by its state', () => {
    const html = `<div data-scrolly-step>${empty}</div><div data-scrolly-step>${empty}</div>`;
    expect(fillStepPictures(html, [{ state: 'world', html: '<img src="w.svg" alt="">' }, { state: 'europe', html: '<img src="e.svg" alt="">' }])).toBe(
      '<div data-scrolly-step><div class="step-picture" data-chart-state="world"><img src="w.svg" alt=""></div></div>' +
        '<div data-scrolly-step><div class="step-picture" data-chart-state="europe"><img src="e.svg" alt=""></div></div>',
    );
  });

  it('fails when the steps and pictures do not match', () => {
    expect(() => fillStepPictures(empty, [])).toThrow('1 steps but 0 pictures');
  });
});
