import * as fs from "fs";
import * as path from "path";

const SEED_FILE = "000_98715954a5934375.txt";

/**
 * The reference document (the PIRA 2020 of the Camera di Commercio di Pistoia-Prato, as text):
 * $PIRA_SEED, else shared/seed/ in a folder above the checkout (beside it, as CI has it, or further
 * up for a git worktree under a folder of its own).
 */
function seedPath(): string {
  if (process.env.PIRA_SEED) return process.env.PIRA_SEED;
  let dir = path.resolve(__dirname, "../..");
  for (let up = 0; up < 4; up++) {
    const parent = path.dirname(dir);
    const candidate = path.join(parent, "shared", "seed", SEED_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`the reference document ${SEED_FILE} was not found: set PIRA_SEED to its path`);
}

export const SEED_PATH = seedPath();

export function seedText(): string {
  return fs.readFileSync(SEED_PATH, "utf8");
}

export function seedLines(): string[] {
  return seedText().split(/\r?\n/);
}
