'use client';
/** A text alternative to the map, announced politely when the filter or selection changes. */
import type { ViewOutput } from '../../geo/select-view';
import { useT } from '../i18n/LanguageContext';

export function MapDescription({ output }: { output: ViewOutput }) {
  const { t, degreeName, integer } = useT();
  const shown = output.filter.degrees.map(degreeName).join(', ') || '—';
  const m = output.selected?.municipality;
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="map-description">
      {t('mapDescription', {
        scope: output.focusState?.name ?? t('allStates'),
        degrees: shown,
        count: integer(output.list.length),
      })}{' '}
      {m ? t('mapSelection', { name: m.name, degree: degreeName(m.degree) }) : ''}
    </p>
  );
}
