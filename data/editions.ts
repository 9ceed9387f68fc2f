/**
 * Conapo's editions of the index, each joined with the census of its year, validated against
 * the published tables and ranked: the municipal tables the edition assets are written from.
 * Reads only through the verified reader it is given.
 */
import { EDITION_INFO, EDITION_FORMAT, toEditionColumns, type Edition, type EditionAsset } from '../geo/editions';
import { rankByIndex } from '../geo/ranking';
import type { Municipality } from '../geo/types';
import { parseConapo2000, type ConapoMunicipality } from './conapo';
import { parseConapo2010, RANK_COLUMNS_2010 } from './conapo-2010';
import { checkStates2010, parseConapo2010States } from './conapo-2010-states';
import { decodeUtf8, parseConapo2020, RANK_COLUMNS_2020 } from './conapo-2020';
import { DataBuildError } from './errors';
import { decodeLatin1, parseInegiPopulation } from './inegi';
import { joinPopulation } from './join';
import { applyPublishedRanks } from './published-ranks';
import { validatePublishedTotals } from './validate';

/** Every file an edition is built from (`state`: 2010's state table, for the cross-check). */
export const EDITION_SOURCES = {
  2000: { conapo: 'sources/conapo-iim-2000/Migration.csv', inegi: 'sources/inegi-census-municipal/2000.csv' },
  2010: {
    conapo: 'sources/conapo-iim-2010-municipal/IIM2010_BASEMUN.csv',
    state: 'sources/conapo-iim-2010-state/IIM_datos.csv',
    inegi: 'sources/inegi-census-municipal/2010.csv',
  },
  2020: { conapo: 'sources/conapo-iim-2020-municipal/iim_mex_eeuu_2020_municipio.csv', inegi: 'sources/inegi-census-municipal/2020.csv' },
} as const satisfies Record<Edition, { conapo: string; inegi: string; state?: string }>;

export type Read = (relative: string) => Buffer;

/**
 * Joins a parsed edition with its census, checks the census file's own national total and the
 * published table, and ranks by the index in the edition's direction.
 */
export function finishEdition(edition: Edition, conapo: ConapoMunicipality[], read: Read, files: { conapo: string; inegi: string }): Municipality[] {
  const census = parseInegiPopulation(decodeLatin1(read(files.inegi)), files.inegi);
  const joined = joinPopulation(conapo, census.byMunicipality, files);
  const sum = joined.reduce((s, m) => s + m.population, 0);
  if (sum !== census.nationalTotal) {
    throw new DataBuildError(files.inegi, `municipal rows add up to ${sum}, the file's national total row says ${census.nationalTotal}`, 'restore the original file');
  }
  validatePublishedTotals(edition, joined, files);
  const ranks = rankByIndex(joined, EDITION_INFO[edition].higherIsMore);
  return joined.map((m) => ({ ...m, rank: ranks.get(m.id)! }));
}

/** Conapo 2000 (households) with INEGI's 2000 census. */
export function buildEdition2000(read: Read): Municipality[] {
  const files = EDITION_SOURCES[2000];
  return finishEdition(2000, parseConapo2000(read(files.conapo).toString('utf8'), files.conapo), read, files);
}

/**
 * Conapo 2010 (dwellings, ISO-8859-1) with INEGI's 2010 census; its municipal file must agree
 * with Conapo's state table, and its published ranks (LUG_NAL, LUG_EDO) are kept once checked.
 */
export function buildEdition2010(read: Read): Municipality[] {
  const files = EDITION_SOURCES[2010];
  const { rows, ranks } = parseConapo2010(decodeLatin1(read(files.conapo)), files.conapo);
  checkStates2010(rows, parseConapo2010States(decodeLatin1(read(files.state)), files.state), files);
  return applyPublishedRanks(2010, finishEdition(2010, rows, read, files), ranks, { file: files.conapo, columns: RANK_COLUMNS_2010 });
}

/** Conapo 2020 (dwellings, DP2 index: lower = more intense) with INEGI's 2020 census; its published national rank (pos_nal) is kept once checked. */
export function buildEdition2020(read: Read): Municipality[] {
  const files = EDITION_SOURCES[2020];
  const { rows, ranks } = parseConapo2020(decodeUtf8(read(files.conapo), files.conapo), files.conapo);
  return applyPublishedRanks(2020, finishEdition(2020, rows, read, files), ranks, { file: files.conapo, columns: RANK_COLUMNS_2020 });
}

/** Ranks the sources publish, stored as published (the others are computed when an edition loads). */
export const PUBLISHED_RANKS: Record<Edition, { national: boolean; inState: boolean }> = {
  2000: { national: false, inState: false },
  2010: { national: true, inState: true },
  2020: { national: true, inState: false },
};

export const editionAsset = (edition: Edition, rows: Municipality[]): EditionAsset => ({ format: EDITION_FORMAT, edition, municipalities: toEditionColumns(rows, PUBLISHED_RANKS[edition]) });
