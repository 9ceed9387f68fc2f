// Hand-made matrícula sources and a three-square "US" for the circuits unit tests: the same
// shapes as the SRE files, none of their content.
import { DataBuildError } from '../../data/errors';
import { MATRICULA_FILES } from '../../data/matriculas';
import type { UsStatesTopology } from '../../geo/diaspora';

export const consulate = (key: string, lon: number, lat: number, extra: Record<string, string> = {}) => ({
  id: '99', // a list position in the source: ignored
  name_es: `Cónsul ${key}`,
  name_en: `Consul ${key}`,
  lat: String(lat),
  long: String(lon),
  key,
  total: '123456', // unreliable in the source: ignored
  ...extra,
});

export const row = (id: string, value: string | number, mun = `Municipio ${id}`) => ({ id, edo: 'Estado', mun, value });

/**
 * Five consulates. In the squares below: alpha in 06, beta in 32, gamma and late in 48; coast
 * lies ~4.8 km west of 06, on no square. `late` reports only in 2011 (empty 2006 file).
 */
export const CONSULATES = [
  consulate('alpha', -119.5, 30.5),
  consulate('beta', -118.5, 30.5),
  consulate('gamma', -116.5, 30.5),
  consulate('coast', -120.05, 30.5),
  consulate('late', -116.2, 30.2),
];

/** Conapo 2000 ids of the fixture; 15125 (Tonanitla, created 2003) is not among them. */
export const IDS_2000 = new Set(['01001', '01002', '16001', '16002', '20001']);

/**
 * 2006 (32 cards): alpha 01001 20; beta 01002 2; gamma 16001 9; coast 01001 1.
 * 2011 (38 cards): alpha 01001 10, 16001 5, 16002 3; beta 01001 2, 15125 4; gamma 16002 7;
 * coast 01002 1; late 20001 6.
 */
export const ROWS: Record<number, Record<string, ReturnType<typeof row>[]>> = {
  2006: { alpha: [row('1001', '20')], beta: [row('1002', '2')], gamma: [row('16001', '9')], coast: [row('1001', '1')], late: [] },
  2011: {
    alpha: [row('1001', '10'), row('16001', '5'), row('16002', '3')],
    beta: [row('1001', '2'), row('15125', '4', 'Tonanitla')],
    gamma: [row('16002', '7')],
    coast: [row('1002', '1')],
    late: [row('20001', '6')],
  },
};
export const TOTALS = { 2006: 32, 2011: 38 };

/** The 32 states; 01 and 16 Tradicional/Histórica, 15 Centro/Central, 20 Sur-Sureste/Central, the rest Norte/Fronteriza. */
export function regionsCsv(): string {
  const special: Record<string, [string, string]> = { '01': ['Tradicional', 'Histórica'], '16': ['Tradicional', 'Histórica'], '15': ['Centro', 'Central'], '20': ['Sur-Sureste', 'Central'] };
  const lines = Array.from({ length: 32 }, (_, i) => {
    const id = String(i + 1).padStart(2, '0');
    const [conapo, dm] = special[id] ?? ['Norte', 'Fronteriza'];
    return `${id},Estado ${id},MX-${id},${conapo},${dm}`;
  });
  return ['cve_ent,nom_ent,iso_3166_2,region_conapo,region_durand_massey', ...lines].join('\n') + '\n';
}

/** Every source file of the fixture, by relative path; `edit` changes it before use. */
export function fixtureFiles(edit: (files: Map<string, string>) => void = () => {}): Map<string, string> {
  const files = new Map<string, string>();
  files.set('curated/mx_state_regions.csv', regionsCsv());
  files.set(MATRICULA_FILES.consulates, JSON.stringify(CONSULATES));
  files.set(MATRICULA_FILES.list(2006), JSON.stringify(CONSULATES.filter((c) => c.key !== 'late')));
  files.set(MATRICULA_FILES.list(2011), JSON.stringify(CONSULATES));
  for (const [year, byKey] of Object.entries(ROWS)) for (const [key, rows] of Object.entries(byKey)) files.set(MATRICULA_FILES.rows(Number(year), key), JSON.stringify(rows));
  edit(files);
  return files;
}

/** A reader over the fixture that fails like readVerified for a missing file. */
export const readerOf = (files: Map<string, string>) => (relative: string): Buffer => {
  const text = files.get(relative);
  if (text === undefined) throw new DataBuildError(relative, 'is missing', 'put the raw sources in place');
  return Buffer.from(text, 'utf8');
};

/**
 * Three 1° squares as a quantized TopoJSON (1 unit = 0.001°, origin -120°, 30°):
 * 06 = lon -120…-119 and 32 = lon -119…-118 sharing a border arc, 48 = lon -117…-116 apart;
 * all lat 30…31. Geometries out of FIPS order on purpose.
 */
export function squareStates(): UsStatesTopology {
  const S = 1000;
  const arcs = [
    [[S, 0], [S, S]], // 0: 06 | 32
    [[S, S], [0, S], [0, 0], [S, 0]], // 1: rest of 06
    [[S, 0], [2 * S, 0], [2 * S, S], [S, S]], // 2: rest of 32
    [[3 * S, 0], [4 * S, 0], [4 * S, S], [3 * S, S], [3 * S, 0]], // 3: 48
  ];
  const delta = (arc: number[][]) => arc.map(([x, y], i) => (i === 0 ? [x, y] : [x - arc[i - 1][0], y - arc[i - 1][1]]));
  return {
    type: 'Topology',
    transform: { scale: [0.001, 0.001], translate: [-120, 30] },
    objects: {
      states: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '48', arcs: [[3]] },
          { type: 'Polygon', id: '32', arcs: [[2, ~0]] },
          { type: 'Polygon', id: '06', arcs: [[0, 1]] },
        ],
      },
    },
    arcs: arcs.map(delta),
  };
}
