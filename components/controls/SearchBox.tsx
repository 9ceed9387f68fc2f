'use client';
/** Place search as an ARIA combobox: type, move with the arrow keys, Enter to choose, Escape to close. */
import { useId, useMemo, useState } from 'react';
import { DEGREE_COLORS, rgbToHex } from '../../geo/degrees';
import { search, type SearchEntry } from '../../geo/search';
import { useT } from '../i18n/LanguageContext';

export function SearchBox({ index, onChoose, onFocus, autoFocus = false }: { index: SearchEntry[]; onChoose: (entry: SearchEntry) => void; onFocus?: () => void; autoFocus?: boolean }) {
  const { t, degreeName } = useT();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => search(index, query, 12), [index, query]);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (entry: SearchEntry) => {
    onChoose(entry);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (results.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
    } else if (e.key === 'Enter' && open && results[active]) {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const expanded = open && query.trim() !== '';
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        autoFocus={autoFocus}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('search')}>
          {results.length === 0 && <li className="hint">{t('searchNoResults')}</li>}
          {results.map((r, i) => (
            <li
              key={`${r.kind}-${r.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span className="name">
                {r.degree && <span className="swatch" style={{ background: rgbToHex(DEGREE_COLORS[r.degree]) }} aria-hidden />}
                {r.name}
              </span>
              <span className="muted">
                {r.kind === 'state' ? t('stateKind') : r.kind === 'usState' ? t('usStateKind') : r.kind === 'consulate' ? t('consulateKind', { state: r.context ?? '' }) : r.context}
                {r.degree && ` · ${degreeName(r.degree)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
