import type { Command } from "../command";
import { buildCommand } from "./build";
import { exportCommand } from "./export";
import { extractCommand } from "./extract";
import { slidesCommand } from "./slides";
import { trendsCommand } from "./trends";
import { viewCommand } from "./view";

export const COMMANDS: Command[] = [buildCommand, extractCommand, exportCommand, slidesCommand, trendsCommand, viewCommand];
