// A static site: every page is prerendered as a shell; data is loaded in the browser (worker).
// Trailing slashes give each page its own folder/index.html, which any plain web server serves.
export const prerender = true;
export const trailingSlash = 'always';
