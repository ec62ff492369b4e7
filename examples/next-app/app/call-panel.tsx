'use client';

import { useState } from 'react';
import { setBaseUrl } from 'ispine-widgets/config';
import { CallBookButton } from 'ispine-widgets/react';

// Where the checker's frame and the ZIP data are served from, when not the clinic's host.
const baseUrl = process.env.NEXT_PUBLIC_ISPINE_BASE_URL;
if (baseUrl) setBaseUrl(baseUrl);

export function CallPanel() {
  const [calls, setCalls] = useState(0);
  return (
    <>
      <CallBookButton onIspineCall={() => setCalls((count) => count + 1)} />
      <p>
        Calls from this page: <output id="calls">{calls}</output>
      </p>
    </>
  );
}
