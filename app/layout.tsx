import type { Metadata } from 'next';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Atlas de la migración México–Estados Unidos',
  description: 'Índice de intensidad migratoria México–Estados Unidos 2000, 2010 y 2020 (Conapo) por municipio, la población de origen mexicano en Estados Unidos, remesas y circuitos migratorios.',
};

/*
 * The Content Security Policy is not rendered here: scripts/csp.mjs writes it into each page
 * after the build, with the hashes of the page's inline scripts. (Rendered by React, the meta
 * tag would carry the policy without hashes in the page's payload, and hydration would add
 * that second, stricter policy to the page.)
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <head />
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
