import * as fs from "fs";
import * as path from "path";

/** The reference document, read from ../shared/seed/ beside the project (as CI has it). */
export const SEED_PATH = path.resolve(__dirname, "../../../shared/seed/000_98715954a5934375.txt");

export function seedText(): string {
  return fs.readFileSync(SEED_PATH, "utf8");
}

export function seedLines(): string[] {
  return seedText().split(/\r?\n/);
}
