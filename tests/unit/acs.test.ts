import { describe, expect, it } from 'vitest';
import { findAcsVariables, parseAcsData, type AcsVariables } from '../../data/acs';
import { DataBuildError } from '../../data/errors';
import { US_STATES } from '../../data/us-states';
import { thrown } from './fixtures';

const LEGEND = 'sources/acs-dp05-state/acs-acs1-profile-2010-GROUP_DP05_LEGEND.csv';
const DATA = 'sources/acs-dp05-state/acs-acs1-profile-2010-GROUP_DP05_DATA.csv';
const H = 'HISPANIC OR LATINO AND RACE';

// A few rows in the style of each vintage's legend (labels shortened, same shapes).
const LEGEND_2010 = [
  'VARIABLE,TYPE,LABEL,GROUP',
  'DP05_0001E,int,Estimate!!SEX AND AGE!!Total population,DP05',
  `DP05_0066E,int,Estimate!!${H}!!Hispanic or Latino (of any race),DP05`,
  `DP05_0067E,int,Estimate!!${H}!!Hispanic or Latino (of any race)!!Mexican,DP05`,
  `DP05_0067PE,float,Percent!!${H}!!Hispanic or Latino (of any race)!!Mexican,DP05`,
  'DP05_0001M,int,Estimate Margin of Error!!SEX AND AGE!!Total population,DP05',
  `DP05_0067M,int,Estimate Margin of Error!!${H}!!Hispanic or Latino (of any race)!!Mexican,DP05`,
  `DP05_0067EA,string,Annotation of Estimate!!${H}!!Hispanic or Latino (of any race)!!Mexican,DP05`,
].join('\n');

// 2018: the code moved to 0072, and the percent row's label starts "Percent Estimate" and its
// variable ends in E too; a row outside the section ends in "!!Mexican" as a decoy.
const LEGEND_2018 = [
  'VARIABLE,TYPE,LABEL,GROUP',
  'DP05_0001E,int,Estimate!!SEX AND AGE!!Total population,DP05',
  'DP05_0040E,int,Estimate!!RACE!!Some other race!!Mexican,DP05',
  `DP05_0072E,int,Estimate!!${H}!!Total population!!Hispanic or Latino (of any race)!!Mexican,DP05`,
  `DP05_0072PE,float,Percent Estimate!!${H}!!Total population!!Hispanic or Latino (of any race)!!Mexican,DP05`,
  'DP05_0001M,int,Margin of Error!!SEX AND AGE!!Total population,DP05',
  `DP05_0072M,int,Margin of Error!!${H}!!Total population!!Hispanic or Latino (of any race)!!Mexican,DP05`,
  `DP05_0072PEA,string,Percent Annotation of Estimate!!${H}!!Total population!!Hispanic or Latino (of any race)!!Mexican,DP05`,
].join('\r\n');

describe('findAcsVariables', () => {
  it('reads the 2010 code from a 2010-style legend', () => {
    expect(findAcsVariables(LEGEND_2010, LEGEND)).toEqual({
      mexican: { estimate: 'DP05_0067E', moe: 'DP05_0067M' },
      total: { estimate: 'DP05_0001E', moe: 'DP05_0001M' },
    });
  });

  it('reads the 2018 code, ignoring the percent row and rows outside the section', () => {
    expect(findAcsVariables(LEGEND_2018, LEGEND).mexican).toEqual({ estimate: 'DP05_0072E', moe: 'DP05_0072M' });
  });

  const failures: [string, string, RegExp][] = [
    ['no Mexican row', LEGEND_2010.split('\n').filter((l) => !l.startsWith('DP05_0067E,')).join('\n'), /has no Mexican-origin estimate/],
    ['two Mexican rows', `${LEGEND_2010}\nDP05_0099E,int,Estimate!!${H}!!Other!!Mexican,DP05`, /has 2 Mexican-origin estimate variables \(DP05_0067E, DP05_0099E\)/],
    ['no margin row', LEGEND_2010.split('\n').filter((l) => !l.startsWith('DP05_0067M,')).join('\n'), /does not list DP05_0067M/],
    ['a different DP05_0001E', LEGEND_2010.replace('SEX AND AGE!!Total population,DP05', 'SEX AND AGE!!Male,DP05'), /DP05_0001E is .* not total population/],
  ];
  it.each(failures)('rejects a legend with %s, naming the LEGEND file', (_what, text, problem) => {
    const e = thrown(() => findAcsVariables(text, LEGEND)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(LEGEND);
    expect(e.problem).toMatch(problem);
  });
});

const VARS: AcsVariables = { mexican: { estimate: 'DP05_0067E', moe: 'DP05_0067M' }, total: { estimate: 'DP05_0001E', moe: 'DP05_0001M' } };
type Row = Record<string, string>;

/** A DATA file for the 52 areas: Mexican = 1000 + FIPS, total = 10 × that; `edit` changes rows. */
function dataFile(columns = ['GEO_ID', 'DP05_0001E', 'DP05_0001M', 'DP05_0067E', 'DP05_0067M', 'NAME', 'state'], edit: (rows: Row[]) => Row[] = (r) => r) {
  const rows: Row[] = US_STATES.map((s) => ({
    GEO_ID: `0400000US${s.fips}`,
    NAME: s.name,
    state: s.fips,
    DP05_0001E: String(10 * (1000 + Number(s.fips))),
    DP05_0001M: '-555555555',
    DP05_0067E: String(1000 + Number(s.fips)),
    DP05_0067M: String(Number(s.fips)),
  }));
  const quote = (v: string) => (v.includes(',') ? `"${v}"` : v);
  return [columns.join(','), ...edit(rows).map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\n') + '\n';
}
const withRow = (fips: string, over: Row) => (rows: Row[]) => rows.map((r) => (r.state === fips ? { ...r, ...over } : r));

describe('parseAcsData', () => {
  it('reads the 52 areas by FIPS from GEO_ID, with margins', () => {
    const rows = parseAcsData(dataFile(), DATA, VARS);
    expect(rows).toHaveLength(52);
    expect(rows.find((r) => r.fips === '06')).toEqual({
      fips: '06',
      mexican: { value: 1006, moe: 6 },
      total: { value: 10060, moe: null, moeNote: 'controlled' },
    });
    expect(rows.at(-1)!.fips).toBe('72');
  });

  it('finds columns by name in any order and sorts shuffled rows by FIPS', () => {
    const columns = ['DP05_0067M', 'state', 'DP05_0001M', 'NAME', 'DP05_0067E', 'GEO_ID', 'DP05_0001E'];
    const rows = parseAcsData(dataFile(columns, (r) => [...r].reverse()), DATA, VARS);
    expect(rows.map((r) => r.fips)).toEqual(US_STATES.map((s) => s.fips));
  });

  it('takes the state column when there is no GEO_ID, and accepts repeated margin columns that agree (2016)', () => {
    const rows = parseAcsData(dataFile(['DP05_0001E', 'DP05_0001M', 'DP05_0067E', 'DP05_0067M', 'DP05_0001M', 'DP05_0067M', 'state']), DATA, VARS);
    expect(rows.find((r) => r.fips === '48')!.mexican).toEqual({ value: 1048, moe: 48 });
  });

  const sentinels: [string, string][] = [
    ['-555555555', 'controlled'],
    ['-222222222', 'too-few-samples'],
    ['-999999999', 'not-displayable'],
    ['-888888888', 'not-applicable'],
    ['-333333333', 'open-ended'],
  ];
  it.each(sentinels)('stores the margin code %s as null with its meaning (%s)', (code, note) => {
    const rows = parseAcsData(dataFile(undefined, withRow('32', { DP05_0067M: code })), DATA, VARS);
    expect(rows.find((r) => r.fips === '32')!.mexican).toEqual({ value: 1032, moe: null, moeNote: note });
  });

  const failures: [string, ReturnType<typeof withRow> | ((r: Row[]) => Row[]), RegExp, string?][] = [
    ['an unknown negative margin', withRow('06', { DP05_0067M: '-123' }), /DP05_0067M is "-123": neither a margin nor a known Census annotation code/],
    ['an estimate that is a code', withRow('06', { DP05_0067E: '-666666666' }), /DP05_0067E is not a whole number of persons: "-666666666"/],
    ['a missing state', (r) => r.filter((x) => x.state !== '15'), /has no row for state\(s\) 15/, '51 rows'],
    ['a duplicate state', (r) => [...r, r[0]], /state 01 appears twice/],
    ['an area outside the 52', withRow('06', { GEO_ID: '0400000US78', state: '78' }), /"78" is not one of the 50 states/],
    ['GEO_ID and state disagreeing', withRow('06', { state: '08' }), /GEO_ID says 06, state says 08/],
    ['a NAME that does not match the FIPS', withRow('06', { NAME: 'Texas' }), /NAME "Texas" does not match 06 \(California\)/],
  ];
  it.each(failures)('rejects %s with a DataBuildError naming the DATA file', (_what, edit, problem, where) => {
    const e = thrown(() => parseAcsData(dataFile(undefined, edit), DATA, VARS)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(DATA);
    expect(e.problem).toMatch(problem);
    expect(e.where).toMatch(where ?? /^line \d+$/);
  });

  it('rejects repeated margin columns that disagree', () => {
    const columns = ['DP05_0001E', 'DP05_0001M', 'DP05_0067E', 'DP05_0067M', 'DP05_0067M', 'state'];
    const text = dataFile(columns).replace(/\n(\d+),(-?\d+),(\d+),(\d+),(\d+),06\n/, (_m, a, b, c, d) => `\n${a},${b},${c},${d},999,06\n`);
    expect(thrown(() => parseAcsData(text, DATA, VARS)).message).toMatch(/repeated DP05_0067M columns disagree: 6 \/ 999/);
  });

  it('rejects a file without the variable columns, naming them', () => {
    const e = thrown(() => parseAcsData(dataFile(['GEO_ID', 'DP05_0001E', 'DP05_0001M']), DATA, VARS)) as DataBuildError;
    expect(e.where).toBe('header');
    expect(e.problem).toBe('missing column(s) DP05_0067E, DP05_0067M');
  });
});
