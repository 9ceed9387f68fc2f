'use client';
import { useCallback } from 'react';
import type { Unit } from '../../geo/diaspora-view';
import type { MxMeasure, UsMeasure } from '../../geo/view-state';
import { useT } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';

export const US_MEASURE_LABEL: Record<UsMeasure, MessageKey> = { pop: 'usPopulation', share: 'usShare', rem: 'usRemittances' };
export const MX_MEASURE_LABEL: Record<MxMeasure, MessageKey> = { rem: 'mxRemittances', remhh: 'mxRemittancesPerHousehold', regc: 'mxRegionsConapo', regdm: 'mxRegionsDurandMassey' };

/** Formats a measure's value with its unit, in the reader's language; values are not rounded away (2 decimals for %). */
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
  return { number, withUnit };
}
