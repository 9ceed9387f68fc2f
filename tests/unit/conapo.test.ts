import { describe, expect, it } from 'vitest';
import { parseConapo2000 } from '../../data/conapo';
import { DataBuildError } from '../../data/errors';
import { thrown } from './fixtures';

const FILE = 'sources/conapo-iim-2000/Migration.csv';
const HEADER = 'FE_ID,MUN_ID,MUN_NAME,TOT_HUO,HOU_REM,HOU_REM_LAST_5_YEARS,HOU_CIR,HOU_RET,IIM_2000,GIM_2000';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const ROW = '1,1,Aguascalientes,147269,4.2,3.8,1.5,1.0,-0.18,Low';

describe('parseConapo2000', () => {
  it('reads one row, mapping the mislabelled HOU_REM_LAST_5_YEARS to emigrants', () => {
    expect(parseConapo2000(csv('14,39,Guadalajara,380000,1.25,2.5,0.75,0.5,-0.9,Very low'), FILE)).toEqual([
      {
        id: '14039',
        name: 'Guadalajara',
        state: '14',
        degree: 'muy-bajo',
        index: -0.9,
        remittances: 1.25,
        emigrants: 2.5,
        circular: 0.75,
        returnMigrants: 0.5,
        homes: 380000,
      },
    ]);
  });

  it("maps the English degrees to Conapo's", () => {
    const labels = ['Very high', 'High', 'Medium', 'Low', 'Very low'];
    const rows = labels.map((label, i) => `1,${i + 1},M,10,1,1,1,1,0.5,${label}`);
    expect(parseConapo2000(csv(...rows), FILE).map((m) => m.degree)).toEqual(['muy-alto', 'alto', 'medio', 'bajo', 'muy-bajo']);
  });

  it('gives Null rows the degree nulo and no index, although the file says 0.0', () => {
    const [m] = parseConapo2000(csv('20,1,Abejones,300,0,0,0,0,0.0,Null'), FILE);
    expect(m.degree).toBe('nulo');
    expect(m.index).toBeNull();
  });

  it('pads the codes into a CVEGEO and trims trailing spaces from names', () => {
    const [m] = parseConapo2000(csv('1,1,"Llano, El  ",10,1,1,1,1,0.5,High'), FILE);
    expect(m.id).toBe('01001');
    expect(m.state).toBe('01');
    expect(m.name).toBe('Llano, El');
  });

  const cases: [string, string, RegExp][] = [
    ['an unknown degree', '1,2,X,10,1,1,1,1,0.5,Extreme', /unknown degree "Extreme"/],
    ['a non-numeric value', '1,2,X,10,1,abc,1,1,0.5,High', /HOU_REM_LAST_5_YEARS is not a number: "abc"/],
    ['a percentage above 100', '1,2,X,10,100.5,1,1,1,0.5,High', /HOU_REM is not a percentage: 100.5/],
    ['a non-integer household count', '1,2,X,10.5,1,1,1,1,0.5,High', /TOT_HUO is not a whole number/],
    ['a duplicate key', '01,001,X,10,1,1,1,1,0.5,High', /01001 appears twice/],
    ['a state code out of range', '33,2,X,10,1,1,1,1,0.5,High', /state code 33/],
  ];
  it.each(cases)('rejects %s with a DataBuildError naming the file and line 3', (_what, row, problem) => {
    const e = thrown(() => parseConapo2000(csv(ROW, row), FILE));
    expect(e).toBeInstanceOf(DataBuildError);
    expect((e as DataBuildError).file).toBe(FILE);
    expect((e as DataBuildError).where).toBe('line 3');
    expect(e.message).toMatch(problem);
    expect(e.message.startsWith(`${FILE} (line 3): `)).toBe(true);
  });

  it('rejects a file with a missing column, naming it', () => {
    const text = HEADER.replace(',HOU_RET', '') + '\n' + '1,1,X,10,1,1,1,0.5,High\n';
    const e = thrown(() => parseConapo2000(text, FILE)) as DataBuildError;
    expect(e).toBeInstanceOf(DataBuildError);
    expect(e.file).toBe(FILE);
    expect(e.where).toBe('header');
    expect(e.problem).toBe('missing column(s) HOU_RET');
  });
});
