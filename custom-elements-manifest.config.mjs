// `cem analyze` reads this: the manifest describes the three public elements for IDEs and docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
