import type { Command } from "../command";
import { UserError } from "../errors";

export const extractCommand: Command = {
  name: "extract",
  summary: "(in progress)",
  help: "fieldmap extract: in progress",
  async run() {
    throw new UserError("'extract' is not available yet");
  },
};
