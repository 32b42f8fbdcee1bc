import { execFileSync, type StdioOptions } from 'node:child_process';

/**
 * Runs `astro build` into a folder with Astro's own script, on the Node that runs the caller
 * (22, from the "node" devDependency), whatever Node is first on the PATH.
 */
export function astroBuild(
  outDir: string,
  options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {},
): void {
  execFileSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    { stdio: options.stdio ?? 'inherit', env: options.env ?? process.env },
  );
}
