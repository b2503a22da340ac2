// Logs never carry personal data: for an unexpected error we keep its kind and where it happened,
// not its message (a message can quote a value the user typed).
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return `non-error thrown (${typeof e})`;
  const code = (e as { code?: unknown }).code;
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  return `${e.name}${typeof code === 'string' ? ` [${code}]` : ''}\n${frames}`;
}

export function logError(scope: string, e: unknown): void {
  process.stderr.write(`[privacy-desk] ${new Date().toISOString()} error in ${scope}: ${describeError(e)}\n`);
}

export function logInfo(message: string): void {
  process.stderr.write(`[privacy-desk] ${message}\n`);
}
