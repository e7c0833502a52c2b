/** The linear-time helper (test/helpers/linear-time.ts) tells linear work from quadratic work. */
import { MARGIN, measureGrowth } from "../helpers/linear-time";

function linear(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + i * 7) % 1_000_003;
  return s;
}

function quadratic(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s = (s + i * j) % 1_000_003;
  return s;
}

test("linear work grows within the bound", () => {
  const g = measureGrowth(linear, 200_000, 800_000);
  expect(g.bound).toBe(4 * MARGIN);
  expect(g.ratio).toBeLessThanOrEqual(g.bound);
});

test("quadratic work does not", () => {
  const g = measureGrowth(quadratic, 300, 1200);
  expect(g.ratio).toBeGreaterThan(g.bound);
});
