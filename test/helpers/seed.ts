import * as fs from "fs";
import * as path from "path";

const SEED_FILE = "000_98715954a5934375.txt";

/**
 * The reference document, read from shared/seed/ beside the project (as CI has it: ../shared);
 * a checkout one level deeper (a git worktree under a folder of its own) finds it further up.
 */
function seedPath(): string {
  let dir = path.resolve(__dirname, "../..");
  for (let up = 0; up < 4; up++) {
    const parent = path.dirname(dir);
    const candidate = path.join(parent, "shared", "seed", SEED_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve(__dirname, "../../../shared/seed", SEED_FILE);
}

export const SEED_PATH = seedPath();

export function seedText(): string {
  return fs.readFileSync(SEED_PATH, "utf8");
}

export function seedLines(): string[] {
  return seedText().split(/\r?\n/);
}
