import { useState } from 'react';
import { CallBookButton, LocationPicker, SymptomChecker } from 'ispine-widgets/react';

export function App() {
  const [clinic, setClinic] = useState<string>();
  const [calls, setCalls] = useState(0);
  return (
    <main>
      <h1>Sore back after a long run?</h1>
      <SymptomChecker onIspineCall={() => setCalls((count) => count + 1)} />
      <h2>Clinics near you</h2>
      <LocationPicker onIspineLocationChange={(event) => setClinic(event.detail.clinicId)} />
      <CallBookButton clinic={clinic} onIspineCall={() => setCalls((count) => count + 1)} />
      <p>
        Calls from this page: <output id="calls">{calls}</output>
      </p>
    </main>
  );
}
