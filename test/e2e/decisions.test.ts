/**
 * Decisions in real Chromium against the built web app: create a scenario with two more engineers
 * and see its P80 earlier in Compare; save a baseline, edit the plan and see the variance; record a
 * wave finished late and see the forecast move. Screenshots go under test-results/ for a person to look at.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, visible, WAIT_MS } from './harness';

describe.runIf(browserAvailable())('Decisions in Chromium', () => {
  const app = browserSuite({ viewport: { width: 1440, height: 900 }, dismissHint: true });
  const { replanned, shot } = app;
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });
  const compared = () => expect.poll(() => page.getByTestId('compare-status').innerText(), { timeout: WAIT_MS }).toBe('');
  const dayOf = (text: string) => Date.parse(`${text} UTC`);

  it('creates a scenario with two more engineers and sees its P80 earlier in Compare', async () => {
    await page.keyboard.press('Control+k');
    await visible(page.getByRole('heading', { name: 'Compare scenarios' }));
    await compared();
    // The mid-size sample ships two scenarios.
    const table = page.getByTestId('comparison-table');
    await visible(table.getByRole('columnheader', { name: 'Huawei Cloud instead of AWS' }));
    await page.getByRole('button', { name: 'New scenario' }).click();
    const form = page.getByRole('form', { name: 'New scenario' });
    await form.getByLabel('Name').fill('More hands on data');
    await form.getByRole('button', { name: 'Create' }).click();
    const card = page.locator('article[data-scenario="more-hands-on-data"]');
    await visible(card);
    await visible(card.getByText('No differences yet'));
    const add = card.getByRole('form', { name: 'Add a difference' });
    await add.getByLabel('What changes').selectOption('team');
    await add.getByLabel('Team', { exact: true }).selectOption({ label: 'Data and IoT' });
    await add.getByLabel('Engineers more (negative: fewer)').fill('2');
    await add.getByRole('button', { name: 'Add' }).click();
    await visible(card.getByText(/Data and IoT: 2 more engineers \(\d+ → \d+\)/));
    await compared();
    await visible(table.getByRole('columnheader', { name: 'More hands on data' }));
    const base = await page.getByTestId('p80-baseline').innerText();
    const more = await page.getByTestId('p80-more-hands-on-data').innerText();
    expect(dayOf(more)).toBeLessThan(dayOf(base));
    await visible(table.getByRole('row', { name: /P80 end/ }).getByText(/working days? earlier/));
    await visible(page.getByTestId('overlay-chart').locator('[data-series="more-hands-on-data"]'));
    // Which critical workloads still hang on one provider at the end, and why.
    const single = page.getByTestId('single-baseline');
    await single.getByText(/of \d+ critical workloads/).click();
    await visible(single.getByText(/on AWS alone/));
    await page.setViewportSize({ width: 1440, height: 2200 });
    await shot('compare-two-more-engineers');
    // Undo removes the difference, and the scenario plans as the baseline again.
    await page.getByRole('button', { name: 'Undo' }).first().click();
    await visible(card.getByText('No differences yet'));
    expect(app.errors).toEqual([]);
  });

  it('adds a second provider for one workload to a scenario and sees its effort and run cost in Compare', async () => {
    await page.keyboard.press('Control+k');
    await visible(page.getByRole('heading', { name: 'Compare scenarios' }));
    await compared();
    await page.getByRole('button', { name: 'New scenario' }).click();
    const form = page.getByRole('form', { name: 'New scenario' });
    await form.getByLabel('Name').fill('Gateway on two clouds');
    await form.getByRole('button', { name: 'Create' }).click();
    const card = page.locator('article[data-scenario="gateway-on-two-clouds"]');
    await visible(card.getByText('No differences yet'));
    const add = card.getByRole('form', { name: 'Add a difference' });
    await add.getByLabel('What changes').selectOption({ label: "One workload's second provider" });
    await add.getByLabel('Workload').selectOption({ label: 'Open API gateway (partners, app)' });
    await add.getByLabel('Also runs on').selectOption({ label: 'Huawei Cloud' });
    await add.getByLabel('How').selectOption('active-active');
    await add.getByRole('button', { name: 'Add' }).click();
    await visible(card.getByText('Open API gateway (partners, app): also runs on Huawei Cloud, active-active'));
    await compared();
    const table = page.getByTestId('comparison-table');
    await visible(table.getByRole('columnheader', { name: 'Gateway on two clouds' }));
    const row = (label: RegExp) => table.locator('tbody tr').filter({ has: page.locator('th', { hasText: label }) }).locator('td');
    const number = (text: string) => Number(text.replace(/[^0-9.]/g, ''));
    const effort = row(/^Effort/);
    expect(number(await effort.last().innerText())).toBeGreaterThan(number(await effort.first().innerText()));
    const after = async (l: Locator) => number((await l.innerText()).split('→')[1] ?? '');
    const runCost = row(/run cost/i);
    expect(await after(runCost.last())).toBeGreaterThan(await after(runCost.first()));
    await card.scrollIntoViewIfNeeded();
    await shot('compare-second-provider-difference');
    expect(app.errors).toEqual([]);
  });

  it('saves a baseline, edits the plan, and sees the variance', async () => {
    await page.keyboard.press('Control+k');
    await compared();
    const form = page.getByRole('form', { name: 'Save baseline' });
    await form.getByLabel('Baseline name').fill('Approved in January');
    await form.getByRole('button', { name: 'Save baseline' }).click();
    const variance = page.getByTestId('baseline-variance');
    await visible(variance.getByRole('heading', { name: /Against the baseline “Approved in January”/ }));
    await expect.poll(() => page.getByTestId('variance-p80').innerText()).toBe('on the baseline');
    // The largest team (Data and IoT, 9 engineers) drops to 2: the plan now ends later than the baseline.
    await page.keyboard.press('Control+3');
    const engineers = page.getByLabel('Engineers in Data and IoT');
    await engineers.fill('2');
    await engineers.press('Enter');
    await replanned();
    await page.keyboard.press('Control+1');
    await visible(page.getByTestId('baseline-summary').getByText(/Against the baseline “Approved in January”: P80 \d+ working days? late/));
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByTestId('variance-p80').innerText(), { timeout: WAIT_MS }).toMatch(/^\d+ working days? late$/);
    await visible(variance.locator('tbody tr td .delta.later'));
    await page.setViewportSize({ width: 1440, height: 2600 });
    await variance.scrollIntoViewIfNeeded();
    await shot('compare-baseline-variance');
    expect(app.errors).toEqual([]);
  });

  it('records a wave finished late and sees the forecast move', async () => {
    await page.keyboard.press('Control+6');
    const pilot = page.locator('section.wave-column[data-wave="0"]');
    await visible(pilot);
    const dates = (await pilot.locator('.wave-column-dates').innerText()).split(' – ');
    const iso = (text: string, plusDays = 0) => new Date(Date.parse(`${text} UTC`) + plusDays * 86_400_000).toISOString().slice(0, 10);
    const p80Before = await (async () => {
      await page.keyboard.press('Control+1');
      const text = await page.getByTestId('p80').innerText();
      await page.keyboard.press('Control+6');
      return text;
    })();
    await pilot.getByText('Record progress').click();
    const progress = pilot.getByRole('form', { name: /Progress of/ });
    await progress.getByLabel('Actual start', { exact: true }).fill(iso(dates[0]!));
    // The pilot finishes six weeks after its planned cutover.
    await progress.getByLabel('Actual finish', { exact: true }).fill(iso(dates[1]!, 42));
    await progress.getByRole('button', { name: 'Record' }).click();
    await visible(page.getByTestId('wave-progress-0').getByText(/^Done: /));
    await replanned();
    await page.keyboard.press('Control+1');
    const pace = page.getByTestId('pace');
    await visible(pace);
    const text = await pace.innerText();
    const m = /P80 moves from (.+) to (.+) \((\d+) working days? later\)/.exec(text);
    expect(m, text).not.toBeNull();
    expect(m![1]).toBe(p80Before);
    expect(dayOf(m![2]!)).toBeGreaterThan(dayOf(m![1]!));
    expect(await page.getByTestId('p80').innerText()).toBe(m![2]);
    await shot('summary-at-this-pace');
    // The timeline draws the recorded actual next to the plan.
    await page.keyboard.press('Control+7');
    await expect.poll(() => page.locator('.tl-actual').count(), { timeout: WAIT_MS }).toBeGreaterThan(0);
    await shot('timeline-with-actual');
    // Under the timeline: the monthly run cost, before and after, with the dual-running hump.
    const cost = page.getByTestId('cost-over-time');
    await visible(cost.getByText(/^Run cost a month: .+ before the move, .+ after it/));
    expect(await cost.locator('rect.cost-dual').count()).toBeGreaterThan(0);
    expect(await cost.locator('rect.cost-target').count()).toBeGreaterThan(0);
    await visible(cost.getByRole('heading', { name: 'Most dual running, by workload' }));
    // Wave 1 starts, recorded from the timeline: the waves board shows it.
    const fromTimeline = page.getByTestId('timeline-progress');
    await fromTimeline.getByText('Record progress').click();
    await fromTimeline.getByLabel('Wave').selectOption({ label: 'Wave 1' });
    await fromTimeline.getByLabel('Actual start', { exact: true }).fill(iso(dates[1]!, 43));
    await fromTimeline.getByRole('button', { name: 'Record' }).click();
    await replanned();
    await cost.scrollIntoViewIfNeeded();
    await shot('timeline-cost-over-time');
    await page.keyboard.press('Control+6');
    await visible(page.getByTestId('wave-progress-1').getByText(/^Started /));
    // A blocked workload of wave 1 (under way), from its side panel: the reason is kept, and the forecast holds its wave.
    await page.keyboard.press('Control+6');
    const p80Started = await (async () => {
      await page.keyboard.press('Control+1');
      const text = await page.getByTestId('p80').innerText();
      await page.keyboard.press('Control+6');
      return text;
    })();
    await page.locator('section.wave-column[data-wave="1"] .wave-card-name').first().click();
    const panel = page.locator('aside.inv-panel');
    const own = panel.getByRole('form', { name: /Progress of/ });
    await own.getByLabel('Blocked').check();
    await own.getByLabel('Why').fill('Waiting for the ICP filing');
    // Blocked long before wave 1 started: expected to last as long again from the data date.
    await own.getByLabel('Blocked since', { exact: true }).fill(iso(dates[0]!, -600));
    await own.getByRole('button', { name: 'Record' }).click();
    await replanned();
    await page.keyboard.press('Control+1');
    await visible(page.getByTestId('progress-notes').getByText(/1 item blocked/));
    const hold = page.getByTestId('progress-notes').getByTestId('blocked-holds');
    await visible(hold.getByText(/\(Waiting for the ICP filing\): .+ so Wave 1 cannot cut over before /));
    const until = /cannot cut over before (.+)\.$/.exec(await hold.innerText())![1]!;
    // The hold lies beyond where the forecast had the program's P80, so the P80 moves past it.
    expect(dayOf(until)).toBeGreaterThan(dayOf(p80Started));
    expect(dayOf(await page.getByTestId('p80').innerText())).toBeGreaterThan(dayOf(until));
    await page.getByTestId('progress-notes').scrollIntoViewIfNeeded();
    await shot('summary-blocked-hold');
    await page.keyboard.press('Control+7');
    await visible(page.getByTestId('blocked-holds').getByText(/Waiting for the ICP filing/));
    expect(app.errors).toEqual([]);
  });

  it('sets an exchange rate as an assumption with its date and source', async () => {
    await page.keyboard.press('Control+3');
    const editor = page.getByTestId('currency-editor');
    await visible(editor);
    const form = editor.getByRole('form', { name: 'Set rate' });
    await form.getByLabel('Currency').selectOption('USD');
    await form.getByLabel(/^Rate/).fill('7.1');
    await form.getByRole('button', { name: 'Set rate' }).click();
    await visible(form.getByRole('alert').getByText('Say where the rate comes from.'));
    await form.getByLabel('Source').fill('PBOC central parity');
    await form.getByRole('button', { name: 'Set rate' }).click();
    await visible(editor.getByRole('row', { name: /USD 1 USD = 7\.1 CNY .* PBOC central parity/ }));
    expect(app.errors).toEqual([]);
  });

  it('enters a workload’s bills and a team’s day rate in another currency: refused without a rate, kept with one, undone', async () => {
    const cost = async () => (await page.getByText('Migration cost').locator('..').locator('.value').innerText()).trim();
    const before = await cost();
    await page.keyboard.press('Control+6');
    await page.locator('section.wave-column[data-wave="1"] .wave-card-name').first().click();
    const panel = page.locator('aside.inv-panel');
    const costs = panel.getByRole('region', { name: 'Costs' });
    const monthly = panel.locator('.inv-fields div', { has: page.locator('dt', { hasText: /^Monthly cost$/ }) }).locator('dd');
    const shownBefore = await monthly.innerText();
    expect(shownBefore).toMatch(/^CN¥/);
    // No USD rate yet: refused, with what to do; the workload keeps the project's currency.
    await costs.getByLabel('Bills in').selectOption('USD');
    await visible(costs.getByRole('alert').getByText('No exchange rate for USD yet: add what 1 USD is worth in CNY, with its date and source, under Assumptions > Currency, then choose it again.'));
    expect(await costs.getByLabel('Bills in').inputValue()).toBe('');
    expect(await monthly.innerText()).toBe(shownBefore);
    // With a rate as an assumption (its date and source), the bills are in USD and the plan converts them.
    await page.keyboard.press('Control+3');
    const form = page.getByTestId('currency-editor').getByRole('form', { name: 'Set rate' });
    await form.getByLabel('Currency').selectOption('USD');
    await form.getByLabel(/^Rate/).fill('7.1');
    await form.getByLabel('Source').fill('PBOC central parity');
    await form.getByRole('button', { name: 'Set rate' }).click();
    // A team's day rate: EUR has no rate and is refused; USD is kept.
    const teams = page.getByLabel(/^Currency of .+’s day rate$/);
    await teams.first().selectOption('EUR');
    await visible(page.getByRole('alert').getByText(/^No exchange rate for EUR yet/));
    expect(await teams.first().inputValue()).toBe('');
    await page.keyboard.press('Control+6');
    await page.locator('section.wave-column[data-wave="1"] .wave-card-name').first().click();
    await costs.getByLabel('Bills in').selectOption('USD');
    await expect.poll(() => monthly.innerText(), { timeout: WAIT_MS }).toMatch(/^(US)?\$/);
    expect(await costs.getByRole('alert').count()).toBe(0);
    await replanned();
    await costs.scrollIntoViewIfNeeded();
    await shot('panel-cost-currency');
    await page.keyboard.press('Control+1');
    // The same figures now read as dollars, each worth 7.1 yuan: the migration cost goes up.
    await expect.poll(cost, { timeout: WAIT_MS }).not.toBe(before);
    // Undo puts the bills back in the project's currency.
    await page.getByRole('button', { name: 'Undo' }).first().click();
    await replanned();
    await expect.poll(cost, { timeout: WAIT_MS }).toBe(before);
    expect(app.errors).toEqual([]);
  });

  it('puts a workload on a second provider and sees the effort it adds', async () => {
    const effort = async () => Number((await page.locator('.card', { hasText: 'Effort' }).locator('.value').innerText()).replace(/[^0-9.]/g, ''));
    const before = await effort();
    await page.keyboard.press('Control+6');
    await page.locator('section.wave-column[data-wave="1"] .wave-card-name').first().click();
    const panel = page.locator('aside.inv-panel');
    const second = panel.getByRole('region', { name: 'Second provider' });
    await second.getByLabel('Also runs on').selectOption({ label: 'Huawei Cloud' });
    await second.getByLabel('How').selectOption('active-active');
    await replanned();
    await second.scrollIntoViewIfNeeded();
    await shot('panel-second-provider');
    await page.keyboard.press('Control+1');
    await expect.poll(effort, { timeout: WAIT_MS }).toBeGreaterThan(before);
    expect(app.errors).toEqual([]);
  });

  it('reads the Risks view in Chinese: titles, details and mitigations, no English', async () => {
    await page.locator('.prefs select').nth(0).selectOption('zh-CN');
    await page.keyboard.press('Control+8');
    const findings = page.getByTestId('risk-findings');
    await visible(findings);
    const text = await findings.innerText();
    // Names (workloads, services, regions) stay as the user wrote them; the engine's English does not.
    for (const english of ['single point of failure', 'critical workloads', 'working days', 'cross-cloud', 'Once the last wave', 'Make ', 'Identity fails']) expect(text, english).not.toContain(english);
    expect(text).toContain('单点故障');
    await findings.scrollIntoViewIfNeeded();
    await shot('risks-zh-CN');
    // The default register's titles read in Chinese too, as the rest of the view.
    const register = page.getByTestId('risk-register');
    await register.scrollIntoViewIfNeeded();
    const registerText = await register.innerText();
    for (const english of ['is rolled back', 'ICP filing', 'under-delivers', 'change freeze', 'Key people']) expect(registerText, english).not.toContain(english);
    expect(registerText).toContain('关键任务数据库切换失败并回滚');
    await shot('risks-register-zh-CN');
    // Progress dates are typed as 年-月-日, not the browser's mm/dd/yyyy.
    await page.keyboard.press('Control+6');
    const pilot = page.locator('section.wave-column[data-wave="0"]');
    await pilot.getByText('记录进展').click();
    const start = pilot.getByRole('textbox', { name: '实际开始', exact: true });
    await visible(start);
    expect(await start.getAttribute('placeholder')).toBe('年-月-日');
    await shot('progress-form-zh-CN');
    expect(app.errors).toEqual([]);
  });

  it('photographs Compare in English and Chinese, light and dark', async () => {
    await page.setViewportSize({ width: 1440, height: 2200 });
    await page.keyboard.press('Control+k');
    await compared();
    const prefs = page.locator('.prefs select');
    for (const locale of ['en', 'zh-CN'] as const) {
      await prefs.nth(0).selectOption(locale);
      for (const theme of ['light', 'dark'] as const) {
        await prefs.nth(1).selectOption(theme);
        await page.waitForTimeout(400);
        await shot(`views-compare-${locale}-${theme}`);
      }
    }
    expect(app.errors).toEqual([]);
  });
});
