// Page-side bench code, loaded as a classic parser-blocking script right before the widgets
// script (no inline scripts, so the pages also run under a strict CSP). It marks `bench:start`,
// buffers performance entries, and resolves `window.__bench.done` once every element named in
// `data-expect` has rendered content in its shadow root (on a page without widgets: once the
// document is parsed, which is when the widgets would render), marking `bench:done` (and
// resolving `window.__bench.rendered`), and then `bench:painted` after the next frame. All times are performance.now(). `data-marks` names the
// marks otherwise (the checker's frame, which shares the page's main thread, uses `frame:*`).
//
// Each widget's first render is timed when it happens: a shadow root attached by an expected
// element is watched from birth, and the first mutation batch that gives it content is the
// render (mutation records are delivered in the microtasks right after the render, before the
// parser or the partner's own scripts run again).
(() => {
  const script = document.currentScript;
  const expect = (script?.dataset.expect ?? '').split(/\s+/).filter(Boolean);
  const marks = script?.dataset.marks ?? 'bench';
  const TIMEOUT_MS = 15_000;
  // Lay out what is parsed so far before the clock starts: the partner page's own first layout
  // (which the parser may otherwise run between this script and the widgets script) is then
  // never counted as the widgets' time, on the widget pages and the baseline alike.
  void document.documentElement.getBoundingClientRect();
  performance.mark(`${marks}:start`);

  const entries = {
    'layout-shift': [],
    longtask: [],
    'long-animation-frame': [],
    event: [],
    'first-input': [],
    resource: [],
  };
  const errors = [];
  const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round);
  const describe = (node) => {
    if (!node) return null;
    if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeName;
    const host = node.getRootNode().host;
    const part = node.getAttribute('part');
    const self = `${node.localName}${node.id ? `#${node.id}` : ''}${part ? `[part=${part}]` : ''}`;
    return host ? `${host.localName} >>> ${self}` : self;
  };
  const pick = (entry) => {
    const out = { name: entry.name, startTime: entry.startTime, duration: entry.duration };
    if ('value' in entry) {
      out.value = entry.value;
      out.hadRecentInput = entry.hadRecentInput;
      out.sources = entry.sources.map((source) => ({
        node: describe(source.node),
        from: rect(source.previousRect),
        to: rect(source.currentRect),
      }));
    }
    if ('interactionId' in entry) {
      out.interactionId = entry.interactionId;
      out.processingStart = entry.processingStart;
      out.processingEnd = entry.processingEnd;
      out.target = entry.target?.localName ?? null;
    }
    if ('responseEnd' in entry) {
      out.responseEnd = entry.responseEnd;
      out.initiatorType = entry.initiatorType;
    }
    if ('blockingDuration' in entry) {
      out.blockingDuration = entry.blockingDuration;
      out.scripts = entry.scripts.map((s) => ({
        sourceURL: s.sourceURL,
        invoker: s.invoker,
        duration: s.duration,
      }));
    }
    return out;
  };
  const observe = (type, options = {}) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) entries[type].push(pick(entry));
      }).observe({ type, buffered: true, ...options });
    } catch (error) {
      errors.push(`PerformanceObserver ${type}: ${error.message}`);
    }
  };
  observe('layout-shift');
  observe('longtask');
  observe('long-animation-frame');
  observe('event', { durationThreshold: 16 });
  observe('first-input');
  observe('resource');

  /** Anything rendered besides <slot> (the fallback) and <style>. */
  const hasContent = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim()) return true;
    }
    for (const element of root.querySelectorAll('*')) {
      if (element.localName !== 'slot' && element.localName !== 'style') return true;
    }
    return false;
  };

  /**
   * performance.now() when each watched shadow root first had content. One observer for all
   * roots, no timers and no promise per element, so watching 200 buttons costs next to nothing
   * in the measured span (the same for our widgets, the floors and the peers).
   */
  const renderedAt = new WeakMap();
  let rendered = 0;
  let onRender = () => {};
  const watcher = new MutationObserver((records) => {
    const now = performance.now();
    // A render brings many records from one root: look at each root once.
    const roots = new Set(records.map(({ target }) => target.getRootNode()));
    for (const root of roots) {
      if (!renderedAt.has(root) && hasContent(root)) {
        renderedAt.set(root, now);
        rendered++;
      }
    }
    onRender();
  });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (expect.includes(this.localName)) {
      watcher.observe(root, { childList: true, subtree: true, characterData: true });
    }
    return root;
  };

  /** Resolves once every one of `elements` has had content in its shadow root. */
  const allRendered = (elements) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const missing = elements.filter((e) => !e.shadowRoot || !renderedAt.has(e.shadowRoot));
        const tags = [...new Set(missing.map((e) => e.localName))];
        reject(
          new Error(
            `${tags.map((t) => `<${t}>`).join(', ')} rendered nothing within ${TIMEOUT_MS} ms`,
          ),
        );
      }, TIMEOUT_MS);
      onRender = () => {
        if (rendered < elements.length) return;
        clearTimeout(timer);
        onRender = () => {};
        resolve();
      };
      onRender();
    });

  const parsed = () =>
    document.readyState === 'loading'
      ? new Promise((resolve) => {
          document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
        })
      : Promise.resolve();

  /** Resolves, before `done`, once every expected element rendered (nothing waits on paint). */
  let markRendered = () => {};
  const renderedRecord = new Promise((resolve) => {
    markRendered = () =>
      resolve({
        start: performance.getEntriesByName(`${marks}:start`, 'mark')[0]?.startTime ?? null,
        done: performance.getEntriesByName(`${marks}:done`, 'mark')[0]?.startTime ?? null,
        painted: null,
        timeOrigin: performance.timeOrigin,
        widgets,
        errors,
      });
  });
  const widgets = [];

  const done = (async () => {
    await parsed();
    const elements = expect.length ? [...document.querySelectorAll(expect.join(','))] : [];
    if (expect.length && !elements.length) errors.push(`no ${expect.join(', ')} on the page`);
    try {
      await allRendered(elements);
    } catch (error) {
      errors.push(error.message);
    }
    for (const element of elements) {
      const at = element.shadowRoot && renderedAt.get(element.shadowRoot);
      if (at !== undefined) widgets.push({ tag: element.localName, renderedAt: at });
      else if (!element.shadowRoot) errors.push(`<${element.localName}> has no open shadow root`);
    }
    performance.mark(`${marks}:done`);
    markRendered();
    // After the next frame (style, layout, paint) the rendered content is on screen. A frame
    // that is not drawn (the checker's, in its closed dialog) gets there once it is shown.
    await new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    });
    performance.mark(`${marks}:painted`);
    const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
    return {
      start: mark(`${marks}:start`),
      done: mark(`${marks}:done`),
      painted: mark(`${marks}:painted`),
      timeOrigin: performance.timeOrigin,
      widgets,
      errors,
    };
  })();

  window.__bench = { entries, errors, rendered: renderedRecord, done };
})();
