import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';

const BLOCKING: ImpactValue[] = ['serious', 'critical'];

/**
 * axe-core over the page as it is now: the serious and critical violations, one line each with
 * the rule, its help text and the elements (CSS selectors) it found, so a failure says what to fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations
    .filter((v) => v.impact && BLOCKING.includes(v.impact))
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
