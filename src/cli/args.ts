// Helpers around node:util parseArgs shared by the command lines.

/** A parseArgs error as one short line: "Unknown option --x" (its first sentence, unquoted). */
export function argsErrorMessage(e: unknown): string {
  return (e as Error).message.split(/\.\s/)[0].replace(/\.$/, "").replace(/'/g, "");
}

type Token = { kind: string; name?: string };

/** The first option given twice that is not meant to repeat: parseArgs would keep the last silently. */
export function repeatedOption(tokens: readonly Token[], repeatable: readonly string[] = []): string | undefined {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== "option" || !t.name || repeatable.includes(t.name)) continue;
    if (seen.has(t.name)) return t.name;
    seen.add(t.name);
  }
  return undefined;
}
