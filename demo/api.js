// The API page: custom-elements.json in api-viewer-element. Our elements are registered at run
// time by src/define.ts, so the manifest declares them (with their tag names) but holds no
// `custom-element-definition` export, which is what the viewer lists: add one per element.
const response = await fetch('../custom-elements.json');
const manifest = await response.json();
for (const module of manifest.modules) {
  const tagged = (module.declarations ?? []).filter((declaration) => declaration.tagName);
  module.exports = [
    ...(module.exports ?? []),
    ...tagged.map(({ name, tagName }) => ({
      kind: 'custom-element-definition',
      name: tagName,
      declaration: { name, module: module.path },
    })),
  ];
}
document.querySelector('api-viewer').manifest = manifest;
