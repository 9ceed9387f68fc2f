'use client';
import { useT } from '../i18n/LanguageContext';

/**
 * What a lazily loaded panel shows while its code arrives. Giving next/dynamic a `loading`
 * component also gives the panel its own Suspense boundary: without one, the first time a
 * panel is shown the whole page suspends to the page-level fallback, the map is unmounted to
 * a 0 × 0 box and its camera ends off-centre.
 */
export function PanelLoading() {
  const { t } = useT();
  return (
    <p className="hint" role="status">
      {t('loading')}
    </p>
  );
}
