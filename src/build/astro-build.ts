import { execFileSync, type StdioOptions } from 'node:child_process';

/** The arguments of `node` that build the site into a folder with Astro's own script. */
export const astroBuildArgs = (outDir: string): string[] => [
  'node_modules/astro/bin/astro.mjs',
  'build',
  '--outDir',
  outDir,
];

/**
 * Runs `astro build` into a folder with Astro's own script, on the Node that runs the caller
 * (22, from the "node" devDependency), whatever Node is first on the PATH.
 */
export function astroBuild(
  outDir: string,
  options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {},
): void {
  execFileSync(process.execPath, astroBuildArgs(outDir), {
    stdio: options.stdio ?? 'inherit',
    env: options.env ?? process.env,
  });
}
