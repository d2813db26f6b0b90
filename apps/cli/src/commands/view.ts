import type { Command } from "../command";
import { UserError } from "../errors";

export const viewCommand: Command = {
  name: "view",
  summary: "(in progress)",
  help: "fieldmap view: in progress",
  async run() {
    throw new UserError("'view' is not available yet");
  },
};
