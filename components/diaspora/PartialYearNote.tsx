'use client';
/** Says that a layer's year is partial, how many quarters it has, and why the map leaves it grey. */
import type { PartialYear } from '../../geo/diaspora';
import { useT } from '../i18n/LanguageContext';
import { useMeasureFormat } from './useMeasureFormat';

export function PartialYearNote({ partial }: { partial: PartialYear | null }) {
  const { t, integer } = useT();
  const { quarters } = useMeasureFormat();
  if (!partial) return null;
  return (
    <p className="notice" data-testid="partial-note">
      {t('partialNote', { year: partial.year, count: integer(partial.quarters.length), quarters: quarters(partial.quarters) })}
    </p>
  );
}
