import type { Command } from "../command";
import { UserError } from "../errors";

export const slidesCommand: Command = {
  name: "slides",
  summary: "(in progress)",
  help: "fieldmap slides: in progress",
  async run() {
    throw new UserError("'slides' is not available yet");
  },
};
