import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A static site: any intranet web server (or `npm run preview`) can serve it, offline.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: false }),
    alias: { $data: 'data' },
    // The page's own defences (docs/data-format.md, "The page's defences"): scripts only from this
    // host and SvelteKit's own inline start-up script by its hash; requests only to this host.
    // 'wasm-unsafe-eval' lets DuckDB compile its WebAssembly (in the worker, where a server-sent
    // policy would apply). Styles may be inline: components and charts set style attributes.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'wasm-unsafe-eval'],
        'worker-src': ['self'],
        'connect-src': ['self'],
        'img-src': ['self', 'data:', 'blob:'],
        'style-src': ['self', 'unsafe-inline'],
        'font-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
