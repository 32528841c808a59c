/** What every CLI command receives: its parsed flags, its positional words and the data dir. */
export interface CommandContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  dataDir: string;
  out: (text: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: false }>;
  run(ctx: CommandContext): Promise<number> | number;
}
