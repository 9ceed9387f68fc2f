import { Suspense } from 'react';
import Atlas from '../components/Atlas';

// The view state is read from the URL on the client (static export): Suspense lets the
// shell prerender while the search parameters are read in the browser.
export default function Page() {
  return (
    <Suspense fallback={<p className="hint">Cargando… / Loading…</p>}>
      <Atlas />
    </Suspense>
  );
}
