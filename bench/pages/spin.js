// The bench's self-test work unit (scripts/bench/self-test.mjs): `n` fills of a 64K-element
// typed array, native work whose cost per unit does not depend on how far the JIT has warmed
// up. Loaded by spin.html to measure what a unit costs in main-thread CPU time, and copied
// into the self-test drop-in to do a known amount of it.
window.__ispineSpin = (n) => {
  const units = new Float64Array(1 << 16);
  for (let i = 0; i < n; i++) units.fill(i);
  return units[0];
};
// spin.html?n=N: N units at once, in this script's own task.
if (document.currentScript?.dataset.run !== undefined) {
  window.__ispineSpin(Number(new URLSearchParams(location.search).get('n')));
}
