'use client';
/** Copy the link to exactly this view, or open a link someone sent. */
import { useState } from 'react';
import { useT } from '../i18n/LanguageContext';

export function ShareControls() {
  const { t } = useT();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const [pasted, setPasted] = useState('');
  const [invalid, setInvalid] = useState(false);

  const copy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setCopied('ok');
    } catch {
      // No clipboard permission (e.g. an insecure origin): show the link to copy by hand.
      window.prompt(t('copyLink'), link);
      setCopied('failed');
    }
    setTimeout(() => setCopied(null), 4000);
  };
  const open = (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const url = new URL(pasted.trim(), window.location.href);
      if (url.origin !== window.location.origin) throw new Error('other site');
      setInvalid(false);
      window.location.assign(`${window.location.pathname}${url.search}`);
    } catch {
      setInvalid(true);
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={copy}>
        {t('copyLink')}
      </button>
      <span role="status" className="share-status">
        {copied === 'ok' ? t('linkCopied') : ''}
      </span>
      <form onSubmit={open} className="open-link">
        <label htmlFor="open-link" className="visually-hidden">
          {t('openLink')}
        </label>
        <input id="open-link" type="url" placeholder={t('openLinkPlaceholder')} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="submit">{t('openLink')}</button>
        {invalid && <span role="alert" className="error-text">{t('openLinkInvalid')}</span>}
      </form>
    </div>
  );
}
