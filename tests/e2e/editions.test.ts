// The three editions of Conapo's index and the change between them, in real headless Chromium:
// the 2010 table from a link, an edition switch that recolours a known municipality and its
// details, a transition cell that filters map, list and summary and survives a reload, Back
// through edition changes, and the comparison map's colours for a known riser and faller.
// Expected figures come from the raw files (tests/support/raw-editions.ts), never from the app.
import { describe, expect, test } from 'vitest';
import { DEGREE_COLORS, DEGREES, FILTERED_OUT_COLOR } from '../../geo/degrees';
import { POINT_COLORS, STEP_COLORS } from '../../geo/map-colors';
import { rawEdition, rawPopulation, type RawEdition } from '../support/raw-editions';
import { colourAt, pickedAt, summaryRows, waitForIdle, waitForMap } from './atlas-page';
import { openPage, useTestSite } from './site';

const site = useTestSite();

const en = (n: number) => n.toLocaleString('en-US');
/** Places well inside large municipalities (≥ 20 km from their borders), with their raw degrees. */
const HERMOSILLO = { id: '26030', lngLat: [-111.515, 28.994] as [number, number] }; // Muy bajo 2000 → Bajo 2010
const RISER = { id: '24010', lngLat: [-99.717, 22.439] as [number, number] }; // Medio 2000 → Muy alto 2020: +2
const FALLER = { id: '10014', lngLat: [-104.55, 23.002] as [number, number] }; // Muy alto 2000 → Bajo 2020: −3
const STAYED = { id: '32014', lngLat: [-102.811, 24.137] as [number, number] }; // Muy alto in 2000 and 2020
const MULEGE = { id: '03002', lngLat: [-113.173, 27.279] as [number, number] }; // Muy bajo in 2000 and 2020

const degreeIn = (edition: RawEdition, id: string) => DEGREES[rawEdition(edition).find((m) => m.id === id)!.degree];

const open = (query: string) => openPage(site, query);

describe('editions', () => {
  test('a 2010 link shows Conapo\'s 2010 national table, in dwellings, with the 2010 census population', async () => {
    const { page, errors } = await open('?lang=en&i=2010');
    const raw = rawEdition(2010);
    const population = rawPopulation(2010);
    await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe(en(raw.length));
    const rows = await summaryRows(page);
    DEGREES.forEach((d, i) => {
      const members = raw.filter((m) => m.degree === i);
      expect(rows[d].slice(0, 1).concat(rows[d][2], rows[d][4]), d).toEqual([en(members.length), en(members.reduce((s, m) => s + population.get(m.id)!, 0)), en(members.reduce((s, m) => s + m.homes, 0))]);
    });
    expect(rows.total[2]).toBe('112,336,538');
    expect(rows.total[4]).toBe(en(raw.reduce((s, m) => s + m.homes, 0)));
    expect(await page.locator('[data-testid="summary-table"] thead').textContent()).toContain('Dwellings');
    expect(await page.locator('.subtitle').textContent()).toContain('2010');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('switching the edition recolours a known municipality and moves its details to that edition', async () => {
    // Names off: a place's name is drawn at its centre, where the colour is sampled.
    const { page, errors } = await open(`?lang=en&lb=0&m=${HERMOSILLO.id}`);
    const [y2000, y2010] = [degreeIn(2000, HERMOSILLO.id), degreeIn(2010, HERMOSILLO.id)];
    expect([y2000, y2010]).toEqual(['muy-bajo', 'bajo']);
    expect(await pickedAt(page, HERMOSILLO.lngLat)).toBe(HERMOSILLO.id);
    expect(await colourAt(page, HERMOSILLO.lngLat)).toEqual([...DEGREE_COLORS[y2000]]);
    const current = () => page.locator('[data-testid="details-editions"] th[aria-current="true"]').textContent();
    expect(await current()).toBe('2000');
    await page.getByRole('radio', { name: '2010', exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe('2010');
    await expect.poll(current, { timeout: 30_000 }).toBe('2010');
    await waitForIdle(page);
    await expect.poll(() => colourAt(page, HERMOSILLO.lngLat), { timeout: 20_000 }).toEqual([...DEGREE_COLORS[y2010]]);
    // The details show all three editions; the degree row reads the raw degrees of each.
    const degreeRow = await page.locator('[data-testid="details-editions"] tbody tr').first().locator('td').allTextContents();
    expect(degreeRow).toEqual(['Very low', 'Low', degreeIn(2020, HERMOSILLO.id) === 'bajo' ? 'Low' : 'Very low']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Back steps through edition changes', async () => {
    const { page } = await open('?lang=en');
    await page.getByRole('radio', { name: '2010', exact: true }).check();
    await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe('2,456');
    await page.getByRole('radio', { name: '2020', exact: true }).check();
    await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe('2,469');
    await page.goBack();
    await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe('2,456');
    expect(new URL(page.url()).searchParams.get('i')).toBe('2010');
    expect(await page.getByRole('radio', { name: '2010', exact: true }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe('2,443');
    expect(new URL(page.url()).searchParams.get('i')).toBeNull();
    await page.close();
  });
});

describe('change between editions', () => {
  test('the comparison map colours a known riser and a known faller by their change of degree', async () => {
    const { page, errors } = await open('?lang=en&lb=0&i=2020&b=2000');
    expect([degreeIn(2000, RISER.id), degreeIn(2020, RISER.id)]).toEqual(['medio', 'muy-alto']); // +2 steps
    expect([degreeIn(2000, FALLER.id), degreeIn(2020, FALLER.id)]).toEqual(['muy-alto', 'bajo']); // −3 steps
    await expect.poll(() => page.getByTestId('transition-table').count(), { timeout: 30_000 }).toBe(1);
    await waitForIdle(page);
    await expect.poll(() => colourAt(page, RISER.lngLat), { timeout: 20_000 }).toEqual([...STEP_COLORS[4]]);
    expect(await colourAt(page, FALLER.lngLat)).toEqual([...STEP_COLORS[0]]);
    expect(await page.getByTestId('index-not-comparable').textContent()).toContain('Index values cannot be compared');
    expect(await page.getByTestId('rises-list').locator(`li[data-id="${RISER.id}"]`).count()).toBe(1);
    expect(await page.getByTestId('falls-list').locator(`li[data-id="${FALLER.id}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the comparison map of a component colours a place by its change in percentage points', async () => {
    const { page, errors, close } = await open('?lang=en&lb=0&i=2020&b=2000&cm=rem');
    // Ciudad del Maíz: % receiving remittances, raw 2000 and 2020 files.
    const [a, b] = [rawEdition(2000), rawEdition(2020)].map((e) => e.find((m) => m.id === RISER.id)!.components[0]);
    const points = b - a;
    expect(points).toBeGreaterThan(10); // 26.53 − 11.21: the "more than 10 pp" class, the last of seven
    await expect.poll(() => page.getByTestId('change-legend').textContent(), { timeout: 30_000 }).toContain('more than 10 pp');
    await waitForIdle(page);
    await expect.poll(() => colourAt(page, RISER.lngLat), { timeout: 20_000 }).toEqual([...POINT_COLORS[6]]);
    expect(errors).toEqual([]);
    await close();
  });

  test('"Muy alto → Muy alto" in the transition table shows exactly those municipalities, and survives a reload', async () => {
    const { page, errors } = await open('?lang=en&lb=0&i=2020&b=2000');
    const [a, b] = [new Map(rawEdition(2000).map((m) => [m.id, m.degree])), rawEdition(2020)];
    const expected = b.filter((m) => m.degree === 0 && a.get(m.id) === 0).map((m) => m.id).sort();
    const cell = page.locator('[data-cell="muy-alto.muy-alto"]');
    await expect.poll(() => cell.textContent(), { timeout: 30_000 }).toBe(String(expected.length));
    await cell.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('muy-alto.muy-alto');
    const check = async () => {
      await waitForMap(page);
      await expect.poll(async () => (await summaryRows(page)).total?.[0], { timeout: 30_000 }).toBe(String(expected.length));
      const listed = await page.getByTestId('ranked-list').locator('li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')!));
      expect(listed.sort()).toEqual(expected);
      await waitForIdle(page);
      await expect.poll(() => colourAt(page, STAYED.lngLat), { timeout: 20_000 }).toEqual([...STEP_COLORS[2]]);
      expect(await colourAt(page, MULEGE.lngLat)).toEqual([...FILTERED_OUT_COLOR]);
    };
    await check();
    await page.reload();
    await check();
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('search results give each municipality\'s degree in the edition shown', async () => {
  const { page } = await open('?lang=en&i=2010');
  const box = page.getByRole('combobox', { name: 'Search for a place' });
  await box.fill('Hermosillo');
  // Hermosillo: Muy bajo in 2000, Bajo in 2010 (raw files).
  expect(degreeIn(2010, HERMOSILLO.id)).toBe('bajo');
  await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 20_000 }).toContain('Low');
  await page.getByRole('radio', { name: '2000', exact: true }).check();
  await box.fill('Hermosill');
  await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 20_000 }).toContain('Very low');
  await page.close();
});
