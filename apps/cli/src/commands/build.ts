import type { Command } from "../command";
import { UserError } from "../errors";

export const buildCommand: Command = {
  name: "build",
  summary: "(in progress)",
  help: "fieldmap build: in progress",
  async run() {
    throw new UserError("'build' is not available yet");
  },
};
