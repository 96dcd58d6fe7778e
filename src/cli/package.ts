/**
 * npm run package [-- --no-build] [--out DIR]
 *
 * Builds the static site (`vite build`, skipped with --no-build: the site already in build/ is
 * packed), checks that a plain file server can serve it, and writes the release zip
 * (src/build/release.ts) to release/ or DIR. The zip's path is the last line printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageRoutes, RELEASE_EXTRAS, releaseName, siteProblems, zipRelease } from '../build/release';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'build');
const USAGE = 'Cách dùng / usage: npm run package [-- --no-build] [--out <thư mục / folder>]';

function gitCommit(): { hash: string; dirty: boolean } | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { hash: git('rev-parse', '--short=7', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no') !== '' };
  } catch {
    return undefined; // not a git checkout (an unpacked source archive): the version alone names it
  }
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({ args: argv, options: { 'no-build': { type: 'boolean', default: false }, out: { type: 'string', default: path.join(ROOT, 'release') } }, strict: true });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.values['no-build']) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) return built.status ?? 1;
  }

  const problems = siteProblems(SITE, pageRoutes(path.join(ROOT, 'src/routes')));
  if (problems.length) {
    console.error(`build/ chưa phục vụ được như trang tĩnh (build/ is not a servable static site):\n  ${problems.join('\n  ')}`);
    return 1;
  }

  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const commit = gitCommit();
  const name = releaseName(version, commit);
  const appVersion = (JSON.parse(readFileSync(path.join(SITE, '_app/version.json'), 'utf8')) as { version: string }).version;
  const versionText = [
    `Soi ${version}`,
    `commit: ${commit ? `${commit.hash}${commit.dirty ? ' (uncommitted changes)' : ''}` : 'unknown'}`,
    `packed: ${new Date().toISOString()}`,
    `site/_app/version.json: ${appVersion}`,
    ''
  ].join('\n');
  const extras = RELEASE_EXTRAS.map(([source, rel]) => [path.join(ROOT, source), rel] as const);
  const zip = zipRelease(name, SITE, extras, versionText);

  mkdirSync(args.values.out, { recursive: true });
  const out = path.resolve(args.values.out, `${name}.zip`);
  writeFileSync(out, zip);
  console.log(`${name}: ${(zip.length / 1e6).toFixed(1)} MB`);
  console.log(out);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
