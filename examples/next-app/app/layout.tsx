import type { ReactNode } from 'react';

export const metadata = { title: 'Running club: back pain help' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
