// The bench's self-test work unit (scripts/bench/self-test.mjs): `n` fills of a 64K-element
// typed array, native work whose cost per unit does not depend on how far the JIT has warmed
// up. Copied into the self-test drop-in, after the drop-in itself.
window.__ispineSpin = (n) => {
  const units = new Float64Array(1 << 16);
  for (let i = 0; i < n; i++) units.fill(i);
  return units[0];
};
