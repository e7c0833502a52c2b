/** Outcome bands of a body: an achievement ≥ high is "raggiunto", ≥ low "parzialmente raggiunto". */
export interface Thresholds {
  low: number;
  high: number;
}
