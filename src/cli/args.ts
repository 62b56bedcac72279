/** Tiny argument parsing shared by the CLIs: positional target, --lang zh|en, --json. */
import type { Lang } from "../budget";

export interface CliArgs {
  target: string;
  lang: Lang;
  json: boolean;
}

export const parseArgs = (argv: readonly string[], defaultTarget: string): CliArgs | { error: string } => {
  const args: CliArgs = { target: defaultTarget, lang: "zh", json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") args.json = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg.includes("=") ? arg.slice("--lang=".length) : argv[++i];
      if (value !== "zh" && value !== "en") return { error: `--lang 只能是 zh 或 en / --lang must be zh or en` };
      args.lang = value;
    } else if (arg.startsWith("-")) return { error: `未知选项 / unknown option: ${arg}` };
    else args.target = arg;
  }
  return args;
};
