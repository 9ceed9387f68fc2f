'use client';
import { useCallback } from 'react';
import { quarterRuns, type PartialYear } from '../../geo/diaspora';
import type { Unit } from '../../geo/diaspora-view';
import type { MxMeasure, UsMeasure } from '../../geo/view-state';
import { useT } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';

export const US_MEASURE_LABEL: Record<UsMeasure, MessageKey> = { pop: 'usPopulation', share: 'usShare', rem: 'usRemittances' };
export const MX_MEASURE_LABEL: Record<MxMeasure, MessageKey> = { rem: 'mxRemittances', remhh: 'mxRemittancesPerHousehold', regc: 'mxRegionsConapo', regdm: 'mxRegionsDurandMassey' };

/**
 * Formats a measure's value with its unit, in the reader's language; values are not rounded away
 * (2 decimals for %), and a margin of error in the unit of its value (points for a share). Also the quarters of a partial year ("Q1–Q2" / "T1–T2") and a layer's year
 * with them ("2026 (Q1 only)"), so no figure of a partial year is shown as a year's.
 */
export function useMeasureFormat() {
  const { t, integer, decimal } = useT();
  const number = useCallback((unit: Unit, value: number) => (unit === 'percent' ? decimal(value, 2) : integer(value)), [integer, decimal]);
  const withUnit = useCallback(
    (unit: Unit, value: number | null | undefined) => {
      if (value === null || value === undefined) return t('noValue');
      const key: MessageKey = unit === 'persons' ? 'unitPersons' : unit === 'percent' ? 'unitPercent' : unit === 'usd' ? 'unitUsd' : 'unitUsdPerHousehold';
      return t(key, { value: number(unit, value) });
    },
    [t, number],
  );
  // The margin of a share is a difference of percentages: percentage points, never "%".
  const moe = useCallback((unit: Unit, value: number) => (unit === 'percent' ? t('unitPoints', { value: decimal(value, 2) }) : number(unit, value)), [t, decimal, number]);
  const quarters = useCallback(
    (list: readonly number[]) => quarterRuns(list).map(([a, b]) => (a === b ? t('quarter', { n: a }) : `${t('quarter', { n: a })}–${t('quarter', { n: b })}`)).join(', '),
    [t],
  );
  const yearLabel = useCallback(
    (layer: { year: number; partial: PartialYear | null }) => (layer.partial ? t('partialYearLabel', { year: layer.year, quarters: quarters(layer.partial.quarters) }) : String(layer.year)),
    [t, quarters],
  );
  return { number, withUnit, moe, quarters, yearLabel };
}
