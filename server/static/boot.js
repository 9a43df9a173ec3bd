// Loads the wasm bundle and hydrates each island of the page. An external file (no inline
// script), so the Content-Security-Policy needs no 'unsafe-inline'.
const tag = document.querySelector("script[data-pkg-js]");
if (tag) {
  const whenIdle = window.requestIdleCallback || ((f) => setTimeout(f, 1));
  whenIdle(async () => {
    try {
      const mod = await import(tag.dataset.pkgJs);
      await mod.default({ module_or_path: tag.dataset.pkgWasm });
      mod.hydrate();
      for (const el of document.querySelectorAll("leptos-island")) {
        // Islands nested in another island are hydrated by their parent.
        if (el.parentElement && el.parentElement.closest("leptos-island")) continue;
        const hydrateIsland = mod[el.dataset.component];
        if (hydrateIsland) hydrateIsland(el);
      }
      document.documentElement.dataset.hydrated = "true";
    } catch (e) {
      // Pages work without JavaScript: a failed enhancement leaves them as they are.
      console.error("hydration failed", e);
    }
  });
}
