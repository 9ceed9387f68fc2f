/**
 * Conapo's editions of the index, each joined with the census of its year, validated against
 * the published tables and ranked: the municipal tables the edition assets are written from.
 * Reads only through the verified reader it is given.
 */
import { EDITION_INFO, EDITION_FORMAT, toEditionColumns, type Edition, type EditionAsset } from '../geo/editions';
import { rankByIndex } from '../geo/ranking';
import type { Municipality } from '../geo/types';
import { parseConapo2000, type ConapoMunicipality } from './conapo';
import { DataBuildError } from './errors';
import { decodeLatin1, parseInegiPopulation } from './inegi';
import { joinPopulation } from './join';
import { validatePublishedTotals } from './validate';

export const EDITION_SOURCES = {
  2000: { conapo: 'sources/conapo-iim-2000/Migration.csv', inegi: 'sources/inegi-census-municipal/2000.csv' },
} as const satisfies Partial<Record<Edition, { conapo: string; inegi: string }>>;

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

/** Ranks the sources publish, stored as published (the others are computed when an edition loads). */
export const PUBLISHED_RANKS: Record<Edition, { national: boolean; inState: boolean }> = {
  2000: { national: false, inState: false },
  2010: { national: true, inState: true },
  2020: { national: true, inState: false },
};

export const editionAsset = (edition: Edition, rows: Municipality[]): EditionAsset => ({ format: EDITION_FORMAT, edition, municipalities: toEditionColumns(rows, PUBLISHED_RANKS[edition]) });
