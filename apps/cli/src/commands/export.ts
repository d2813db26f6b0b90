import type { Command } from "../command";
import { UserError } from "../errors";

export const exportCommand: Command = {
  name: "export",
  summary: "(in progress)",
  help: "fieldmap export: in progress",
  async run() {
    throw new UserError("'export' is not available yet");
  },
};
