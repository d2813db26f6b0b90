import type { Command } from "../command";
import { buildCommand } from "./build";
import { exportCommand } from "./export";
import { extractCommand } from "./extract";
import { slidesCommand } from "./slides";
import { trendsCommand } from "./trends";
import { viewCommand } from "./view";
import { workerCommand } from "./worker";

export const COMMANDS: Command[] = [buildCommand, extractCommand, exportCommand, slidesCommand, trendsCommand, viewCommand, workerCommand];
