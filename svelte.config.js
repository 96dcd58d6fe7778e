import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A static site: any intranet web server (or `npm run preview`) can serve it, offline.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: false }),
    alias: { $data: 'data' }
  }
};

export default config;
