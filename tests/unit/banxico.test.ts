import { describe, expect, it } from 'vitest';
import { parseMxRemittances, parseUsRemittances, yearlySums } from '../../data/banxico';
import { DataBuildError } from '../../data/errors';
import { stateByUsps, US_STATES } from '../../data/us-states';
import { thrown } from './fixtures';

const USA = 'sources/banxico-remittances/remesas_usa.csv';
const MX = 'sources/banxico-remittances/remesas_entidad.csv';

describe('USPS → FIPS', () => {
  it('covers the 50 states, DC and Puerto Rico once each', () => {
    expect(US_STATES).toHaveLength(52);
    expect(new Set(US_STATES.map((s) => s.usps)).size).toBe(52);
    expect(new Set(US_STATES.map((s) => s.fips)).size).toBe(52);
    expect(US_STATES.every((s) => /^[A-Z]{2}$/.test(s.usps) && /^\d{2}$/.test(s.fips))).toBe(true);
  });

  it.each([
    ['CA', '06', 'California'],
    ['TX', '48', 'Texas'],
    ['AK', '02', 'Alaska'],
    ['HI', '15', 'Hawaii'],
    ['DC', '11', 'District of Columbia'],
    ['PR', '72', 'Puerto Rico'],
    ['WY', '56', 'Wyoming'],
  ])('%s → %s (%s)', (usps, fips, name) => {
    expect(stateByUsps(usps)).toMatchObject({ usps, fips, name });
    expect(US_STATES.filter((s) => s.fips === fips).map((s) => s.usps)).toEqual([usps]);
  });

  it('knows no territory other than Puerto Rico, and no "XX"', () => {
    for (const code of ['GU', 'VI', 'AS', 'MP', 'XX']) expect(stateByUsps(code)).toBeUndefined();
  });
});

/** remesas_usa.csv for the given quarters: each state sends 1000 + FIPS per quarter, XX sends 7. */
function usaFile(periods: string[], edit: (lines: string[]) => string[] = (l) => l) {
  const lines = periods.flatMap((p) => [
    ...US_STATES.map((s) => `${p},${s.usps},${s.usps === 'DC' ? '"Washington, D.C."' : s.name},${1000 + Number(s.fips)}`),
    `${p},XX,No Identificado,7`,
  ]);
  return ['PERIODO,ID_ESTADO,ESTADO,VALOR_USD', ...edit(lines)].join('\r\n') + '\r\n';
}
const YEAR = ['2013-01-01', '2013-04-01', '2013-07-01', '2013-10-01'];

describe('parseUsRemittances', () => {
  it('sums the four quarters of each year by FIPS', () => {
    const r = parseUsRemittances(usaFile(YEAR), USA);
    expect(r.years).toEqual([2013]);
    expect(r.partial).toEqual([]);
    expect(r.byId.get('06')!.get(2013)).toBe(4 * 1006);
    expect(r.byId.get('11')!.get(2013)).toBe(4 * 1011); // the quoted "Washington, D.C." row
    expect(r.byId.size).toBe(52);
  });

  it('keeps "XX, No Identificado" apart as unidentified remittances', () => {
    const r = parseUsRemittances(usaFile(YEAR), USA);
    expect(r.byId.has('XX')).toBe(false);
    expect(r.unidentified.get(2013)).toBe(28);
  });

  it('marks a year with fewer than four quarters as partial, listing its quarters', () => {
    const r = parseUsRemittances(usaFile([...YEAR, '2014-01-01', '2014-07-01']), USA);
    expect(r.years).toEqual([2013, 2014]);
    expect(r.partial).toEqual([{ year: 2014, quarters: [1, 3] }]);
    expect(r.byId.get('48')!.get(2014)).toBe(2 * 1048);
  });

  const failures: [string, (l: string[]) => string[], RegExp][] = [
    ['an unknown USPS code', (l) => [...l, '2013-01-01,ZZ,Zeta,5'], /ID_ESTADO "ZZ" \(Zeta\) is not a USPS code/],
    ['XX under another name', (l) => l.map((x) => x.replace('XX,No Identificado', 'XX,Otros')), /ID_ESTADO "XX" \(Otros\)/],
    ['a territory', (l) => [...l, '2013-01-01,GU,Guam,5'], /"GU"/],
    ['a date that is not a quarter start', (l) => [...l.slice(1), l[0].replace('2013-01-01', '2013-02-01')], /PERIODO "2013-02-01" is not the first day of a quarter/],
    ['a non-numeric amount', (l) => [l[0].replace(/,\d+$/, ',n/d'), ...l.slice(1)], /VALOR_USD is not an amount: "n\/d"/],
    ['a duplicate row', (l) => [...l, l[0]], /ID_ESTADO AL appears twice in 2013-01-01/],
    ['a code whose name changes', (l) => [...l, '2014-01-01,AL,Alabamá,1'], /ID_ESTADO AL is "Alabamá" here and "Alabama" earlier/],
  ];
  it.each(failures)('rejects %s with a DataBuildError naming the file and line', (_what, edit, problem) => {
    const e = thrown(() => parseUsRemittances(usaFile(YEAR, edit), USA)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(USA);
    expect(e.where).toMatch(/^line \d+$/);
    expect(e.problem).toMatch(problem);
  });

  it('rejects a quarter that lacks a state, naming the quarter', () => {
    const e = thrown(() => parseUsRemittances(usaFile(YEAR, (l) => l.filter((x) => x !== '2013-07-01,TX,Texas,1048')), USA)) as DataBuildError;
    expect(e.where).toBe('2013 Q3');
    expect(e.problem).toBe('has no row for 48');
  });
});

describe('parseMxRemittances', () => {
  const mxFile = (periods: string[], extra: string[] = []) =>
    ['PERIODO,CVE_ENT,ENTIDAD,VALOR_USD', ...periods.flatMap((p) => Array.from({ length: 32 }, (_, i) => `${p},${i + 1},Estado ${i + 1},${100 * (i + 1)}`)), ...extra].join('\n');

  it('pads CVE_ENT and sums quarters; the current year is partial', () => {
    const r = parseMxRemittances(mxFile([...YEAR, '2014-01-01']), MX);
    expect([...r.byId.keys()].slice(0, 3)).toEqual(['01', '02', '03']);
    expect(r.byId.get('14')!.get(2013)).toBe(4 * 1400);
    expect(r.byId.get('14')!.get(2014)).toBe(1400);
    expect(r.partial).toEqual([{ year: 2014, quarters: [1] }]);
  });

  it('keeps fractional amounts as they are (no rounding)', () => {
    const text = mxFile(['2013-01-01']).replace('2013-01-01,1,Estado 1,100', '2013-01-01,1,Estado 1,100.25');
    expect(parseMxRemittances(text, MX).byId.get('01')!.get(2013)).toBe(100.25);
  });

  it.each([['33'], ['0'], ['01a']])('rejects CVE_ENT %s', (code) => {
    const e = thrown(() => parseMxRemittances(mxFile(['2013-01-01'], [`2013-04-01,${code},X,1`]), MX)) as DataBuildError;
    expect(e.file).toBe(MX);
    expect(e.problem).toMatch(`CVE_ENT "${code}" is not a state code 1–32`);
  });
});

describe('yearlySums', () => {
  it('rejects an area it was not told to expect', () => {
    const e = thrown(() => yearlySums([{ id: '99', year: 2020, quarter: 1, value: 1 }], ['01'], MX)) as DataBuildError;
    expect(e.problem).toBe('unexpected area 99');
  });
});
