import type { Metadata } from 'next';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Atlas de la migración México–Estados Unidos',
  description: 'Índice de intensidad migratoria México–Estados Unidos 2000, 2010 y 2020 (Conapo) por municipio, la población de origen mexicano en Estados Unidos, remesas y circuitos migratorios.',
};

/**
 * The Content Security Policy of the site: everything from our own origin. Inline scripts
 * (Next.js's bootstrap and payload) are allowed by their hashes, which scripts/csp.mjs adds
 * after the build; styles may be inline because React sets style attributes. Set as a meta
 * tag since a static host may send no headers; the local server also sends it as a header,
 * with frame-ancestors (which a meta tag cannot carry). Left out in development, where
 * Next's dev server needs eval and unhashed scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <head>{process.env.NODE_ENV === 'production' && <meta httpEquiv="Content-Security-Policy" content={CSP} />}</head>
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
