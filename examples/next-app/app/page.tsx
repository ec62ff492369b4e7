import { CallPanel } from './call-panel';

// A server component: the elements are part of the HTML it renders, and the browser upgrades
// them once the client component below has loaded the package (which defines them).
export default function Home() {
  return (
    <main>
      <h1>Sore back after a long run?</h1>
      <ispine-symptom-checker></ispine-symptom-checker>
      <h2>Clinics near you</h2>
      <ispine-location-picker></ispine-location-picker>
      <CallPanel />
    </main>
  );
}
