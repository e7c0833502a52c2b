/**
 * Where the reference document is (the PIRA 2020 of the Camera di Commercio di Pistoia-Prato, as
 * text): $PIRA_SEED, else shared/seed/ in a folder above the checkout (beside it, or further up
 * for a git worktree), as test/helpers/seed.ts finds it. A helper, not a bench.
 */
const fs = require("fs");
const path = require("path");

const SEED_FILE = "000_98715954a5934375.txt";

function seedPath() {
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

module.exports = { SEED: seedPath() };
