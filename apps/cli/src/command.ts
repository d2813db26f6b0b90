/** Where a command writes: injected so tests can capture output without a child process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** True when stderr is a terminal: long steps then draw a progress bar instead of plain lines. */
  stderrIsTTY?: boolean;
}

export interface Command {
  name: string;
  /** One line for `fieldmap --help`. */
  summary: string;
  /** Full text for `fieldmap <command> --help`. */
  help: string;
  /** Returns the exit code; throws UserError for problems the user can fix. */
  run(argv: string[], io: Io): Promise<number>;
}
