/**
 * A problem the user can fix (bad path, bad file, bad option). main.ts prints it as one
 * line, `fieldmap: <message>`, with no stack trace, and exits with `exitCode`.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Wrong flags or arguments: exit code 2, like most Unix tools. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}
