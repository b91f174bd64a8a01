import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, NodeResult, Result } from 'axe-core';

const BLOCKING: ImpactValue[] = ['serious', 'critical'];

/**
 * Not ours: Fluent UI's focus manager (tabster) puts `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` at the edges of a TabList, a Toolbar or a Drawer, on purpose: they only
 * pass focus on and would be read out without aria-hidden. axe's aria-hidden-focus flags them;
 * Fluent calls it by design (microsoft/fluentui#27517) and Microsoft's Accessibility Insights
 * suppresses exactly this (microsoft/accessibility-insights-web#7605). Only those nodes of that
 * rule are left out; anything else that rule finds still fails.
 */
function fluentsOwn(rule: Result, node: NodeResult): boolean {
  return rule.id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(node.html);
}

/** axe-core over the page as it is now, with the rules' results. */
export async function axeRun(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core') });
  return page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
}

/**
 * The serious and critical violations that are ours, one line each with the rule, its help text
 * and the elements (CSS selectors) it found, so a failure says what to fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await axeRun(page);
  return results.violations
    .filter((v) => v.impact && BLOCKING.includes(v.impact))
    .map((v) => ({ rule: v, nodes: v.nodes.filter((n) => !fluentsOwn(v, n)) }))
    .filter(({ nodes }) => nodes.length > 0)
    .map(({ rule, nodes }) => `${rule.impact} ${rule.id}: ${rule.help} — ${nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
