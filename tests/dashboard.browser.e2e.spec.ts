import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { CHROMIUM, launchChromium } from './support/chromium.js';
import { startService, stopService, type Started } from './support/service.js';

/** Screenshots of the main pages, kept as test artifacts (gitignored). */
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts', 'dashboard');
const PROGRAMME = 'hoogeveen-herontwerp';
const MOMENT = 'berap-1-2026';

const dataDir = mkdtempSync(join(tmpdir(), 'grip-dashboard-'));
let service: Started;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${service.url}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${service.key}`, 'content-type': 'application/json', ...init.headers },
  });

/** Waits until the service's read models include `position` (the page reads them without asking for it). */
async function readModelsAt(position: string) {
  const answer = await api('/programmes', { headers: { 'Grip-Min-Position': position } });
  expect(answer.status).toBe(200);
}

/** The text of the year-slices table's "planned" column, as the page shows it. */
async function plannedColumn(): Promise<string[]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: /^Jaarschijven$/ }) });
  await table.waitFor();
  return table.locator('tbody tr td:nth-child(2)').allInnerTexts();
}

async function shoot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function expectAccessible(what: string) {
  const violations = await seriousViolations(page);
  expect(violations, `axe on ${what}`).toEqual([]);
}

/** Waits for a page's content: a heading and no loading message. */
async function settled(heading: string | RegExp) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('.grip-loading').waitFor({ state: 'detached' });
}

/** Skipped on a developer machine without Chromium; in CI (CI set) a missing browser fails the run. */
const noBrowser = !existsSync(CHROMIUM) && process.env['CI'] === undefined;

describe.skipIf(noBrowser)('the dashboard in Chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    service = await startService(dataDir);
    browser = await launchChromium();
    context = browser.context;
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    if (service) await stopService(service.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the page at / with a strict CSP and immutable hashed assets', async () => {
    const index = await fetch(`${service.url}/`);
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${service.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('signs in with the printed key and lists the programmes', async () => {
    await page.goto(`${service.url}/`);
    await settled('Aanmelden');
    await expectAccessible('sign-in');
    await shoot('01-sign-in');
    await page.getByLabel('API-sleutel').fill('grip_wrong_key_that_is_long_enough');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'niet geaccepteerd' }).waitFor();
    consoleErrors.length = 0; // the browser logs the refused key's 401 itself; that one is expected
    await page.getByLabel('API-sleutel').fill(service.key);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await settled('Programma’s');
    expect(await page.evaluate(() => sessionStorage.getItem('grip.apiKey'))).toBe(service.key);
    expect(await page.evaluate(() => localStorage.getItem('grip.apiKey'))).toBeNull();
    await expect(page.getByRole('link', { name: 'Herontwerp sociaal domein 2022-2025' }).count()).resolves.toBe(1);
    await expectAccessible('programmes');
    await shoot('02-programmes');
  });

  it('opens Hoogeveen and reads the year slices 250.000 / 750.000 / 1.750.000 / 1.900.000', async () => {
    await page.getByRole('link', { name: 'Herontwerp sociaal domein 2022-2025' }).click();
    await settled('Herontwerp sociaal domein 2022-2025');
    expect(await plannedColumn()).toEqual(['€ 250.000', '€ 750.000', '€ 1.750.000', '€ 1.900.000']);
    // the chart says the same to a screen reader
    const chart = await page.locator('.grip-chart [role=img]').first().getAttribute('aria-label');
    expect(chart).toContain('2025 gepland € 1.900.000');
    await expectAccessible('programme');
    await shoot('03-programme');
  });

  it('downloads a table as a Dutch Excel CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV: Jaarschijven' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`jaarschijven-${PROGRAMME}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeffJaar;Gepland;')).toBe(true);
    expect(text).toContain('\r\n2025;1900000;1900000;0;0;1900000;0;0;0\r\n');
  });

  it('time travel to a P&C moment before a plan revision and a status change shows the earlier values; comparing shows the cause', async () => {
    // A P&C moment now, then a plan revision after it: 150.000 more in the 2025 tranche.
    const moment = await api('/municipalities/GM0118/pc-moments', {
      method: 'POST',
      body: JSON.stringify({
        name: MOMENT,
        kind: 'berap-1',
        year: 2026,
        at: new Date().toISOString(),
        label: 'Eerste bestuursrapportage 2026',
        reason: 'Browser test: the moment before the revision',
      }),
    });
    expect(moment.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1100));
    const current = await api(`/programmes/${PROGRAMME}`);
    const revised = await api(`/programmes/${PROGRAMME}/plan`, {
      method: 'PUT',
      headers: { 'if-match': current.headers.get('etag')! },
      body: JSON.stringify({
        lines: [
          { year: 2022, amount: '250000', nature: 'structural' },
          { year: 2023, amount: '500000', nature: 'structural' },
          { year: 2024, amount: '1000000', nature: 'structural' },
          { year: 2025, amount: '300000', nature: 'structural' },
        ],
        decisionId: 'raad-programmaplan-2022',
        reason: 'Kadernota: extra tranche 2025',
      }),
    });
    expect(revised.status).toBe(200);
    const status = await api(`/programmes/${PROGRAMME}/measures/W.1/status`, {
      method: 'POST',
      body: JSON.stringify({ rag: 'rood', lifecycle: 'delayed', effectiveDate: new Date().toISOString().slice(0, 10) }),
    });
    expect(status.status).toBe(201);
    // The page reads the maintained models, which follow the store within a commit interval: wait for them.
    await readModelsAt(((await status.json()) as { position: string }).position);
    const boardRow = () =>
      page.locator('table', { has: page.locator('caption', { hasText: /^Maatregelen$/ }) }).locator('tr', {
        hasText: 'Lichte begeleiding',
      });

    await page.reload();
    await settled('Herontwerp sociaal domein 2022-2025');
    expect((await plannedColumn())[3]).toBe('€ 2.050.000');
    await expect(boardRow().innerText()).resolves.toMatch(/rood[\s\S]*vertraagd/);

    await page.getByLabel('P&C-moment').selectOption(MOMENT);
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByText(`Stand van: ${MOMENT}`).waitFor();
    await settled('Herontwerp sociaal domein 2022-2025');
    expect(await plannedColumn()).toEqual(['€ 250.000', '€ 750.000', '€ 1.750.000', '€ 1.900.000']);
    expect(page.url()).toContain(`peil=${MOMENT}`);
    await expect(boardRow().innerText()).resolves.toMatch(/geen status[\s\S]*geen fase/);

    await page.getByRole('link', { name: 'Vergelijken' }).click();
    await settled('Wat is er veranderd?');
    await page.getByLabel('Van').fill(MOMENT);
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    const changes = page.locator('table', { has: page.locator('caption', { hasText: 'Wat is er veranderd?' }) });
    await changes.waitFor();
    const planned = changes.locator('tbody tr', { hasText: 'gepland' }).filter({ hasText: '2025' });
    await expect(planned.innerText()).resolves.toMatch(/€ 1\.900\.000\s+€ 2\.050\.000/);
    await expect(planned.innerText()).resolves.toContain('Kadernota: extra tranche 2025');
    await expectAccessible('compare');
    await shoot('04-compare');
  });

  it('shows a measure history, the reconciliation, the fiscal balance and the print view without accessibility faults', async () => {
    await page.goto(`${service.url}/#/programma/assen-sociaal-domein/maatregel/herindicatie-ha`);
    await settled(/Herindicatie na huisartsverwijzing/);
    await page.locator('.grip-timeline li', { hasText: 'vertraagd' }).waitFor();
    await expectAccessible('measure');
    await shoot('05-measure');

    await page.goto(`${service.url}/#/programma/assen-sociaal-domein/aansluiting`);
    await settled('Aansluiting');
    expect(await page.locator('tr.grip-row-differs').count()).toBeGreaterThan(0);
    await expectAccessible('reconciliation');
    await shoot('06-reconciliation');

    await page.goto(`${service.url}/#/gemeente/GM0118?van=2017&tot=2022`);
    await settled('Financieel saldo sociaal domein');
    const saldo = page.locator('table', {
      has: page.locator('caption', { hasText: 'Financieel saldo sociaal domein' }),
    });
    await expect(saldo.locator('tbody tr').first().innerText()).resolves.toContain('€ -646.765');
    expect(await saldo.locator('tr.grip-row-incomplete').count()).toBe(2); // 2021 and 2022 have no rows
    await expectAccessible('fiscal balance');
    await shoot('07-fiscal-balance');

    await page.goto(`${service.url}/#/programma/${PROGRAMME}/afdrukken`);
    await settled('Herontwerp sociaal domein 2022-2025');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Afdrukken / PDF' }).isVisible()).toBe(false);
    await shoot('08-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible('print view');
  });

  it('offers a viewer key the figures but, like the API, no CSV export and no audit trail', async () => {
    const created = await api('/keys', {
      method: 'POST',
      body: JSON.stringify({ name: 'raadslid', role: 'viewer', municipalities: ['GM0118'] }),
    });
    expect(created.status).toBe(201);
    const { key } = (await created.json()) as { key: string };
    const viewer = await context.newPage(); // a new tab: its own sessionStorage, so signed out
    viewer.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('403')) consoleErrors.push(m.text());
    });
    try {
      await viewer.goto(`${service.url}/#/programma/${PROGRAMME}`);
      await viewer.getByLabel('API-sleutel').fill(key);
      const exportProbe = viewer.waitForResponse((r) => r.url().includes('format=csv'));
      await viewer.getByRole('button', { name: 'Aanmelden' }).click();
      expect((await exportProbe).status()).toBe(403);
      const table = viewer.locator('table', { has: viewer.locator('caption', { hasText: /^Jaarschijven$/ }) });
      await table.waitFor();
      // 2025 as revised in the time-travel test above
      await expect(table.locator('tbody tr td:nth-child(2)').allInnerTexts()).resolves.toContain('€ 2.050.000');
      expect(await viewer.getByRole('button', { name: /Download CSV/ }).count()).toBe(0);
      await viewer.getByRole('link', { name: /^W\.1/ }).click();
      await viewer.getByRole('alert').filter({ hasText: 'niet genoeg rechten' }).waitFor();
    } finally {
      await viewer.close();
    }
  });

  it('given two municipalities use one programme id, when an admin opens it without a municipality, then it offers both and opens the one chosen', async () => {
    const opening = (municipality: string, title: string) =>
      api('/programmes', {
        method: 'POST',
        body: JSON.stringify({
          municipality,
          programmeId: 'dubbel',
          title,
          period: { firstYear: 2024, lastYear: 2026 },
          domains: [{ code: 'W', name: 'Wmo' }],
          categories: [{ code: 'b', name: 'B' }],
        }),
      });
    expect((await opening('GM0118', 'Dubbel in Hoogeveen')).status).toBe(201);
    const second = await opening('GM0106', 'Dubbel in Assen');
    expect(second.status).toBe(201);
    // The read models follow the store within a commit interval: wait until they hold both (read-your-writes).
    await readModelsAt(((await second.json()) as { position: string }).position);
    await page.goto(`${service.url}/#/programma/dubbel`);
    const choice = page.getByRole('navigation', { name: 'Gemeente' });
    await choice.getByRole('link', { name: 'GM0106' }).waitFor();
    expect(await choice.getByRole('link').allInnerTexts()).toEqual(['GM0106', 'GM0118']);
    await expectAccessible('the choice of municipality');
    await shoot('09-ambiguous-programme');
    await choice.getByRole('link', { name: 'GM0106' }).click();
    await settled('Dubbel in Assen');
    expect(page.url()).toContain('#/programma/dubbel?gemeente=GM0106');
    // The browser logs the ambiguous id's 400s itself (the page asks several routes at once): expected, and only those.
    const expected = /status of 400/;
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.test(e)));
  });

  it('switches to English', async () => {
    await page.goto(`${service.url}/#/programma/${PROGRAMME}`);
    await page.getByRole('button', { name: 'English' }).click();
    await settled('Herontwerp sociaal domein 2022-2025');
    await page.getByRole('heading', { name: 'Year slices' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('logged no console errors (CSP violations included) on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
