import type { BuildOptions } from 'esbuild';

export const SANDBOX_MODULES: string[];
export function preloadBuildOptions(root: string, outfile?: string): BuildOptions;
export function preloadProblem(code: string): string | null;
