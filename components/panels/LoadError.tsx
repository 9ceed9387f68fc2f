'use client';
/** A failed data load: what failed, and a retry; the rest of the page keeps working. */
import { useT } from '../i18n/LanguageContext';

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useT();
  return (
    <div className="panel error" role="alert">
      <p>
        {t('loadError')}: {String((error as Error)?.message ?? error)}
      </p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
