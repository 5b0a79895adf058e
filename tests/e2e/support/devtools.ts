/**
 * Runs a function in the page through a DevTools session. On the long story
 * page, Playwright's page.evaluate costs about a tenth of a second a call;
 * DevTools' own Runtime.evaluate costs a few milliseconds, which matters to
 * gates that look at the page after every key press. The function must be
 * self-contained (it is sent as source) and its argument and result plain data.
 */
import type { CDPSession } from '@playwright/test';

export async function evaluateIn<Result, Arg = undefined>(cdp: CDPSession, fn: (arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Result> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Result;
}
