export { achievement, comparablePair, roundPercent, type Achievement } from "./achievement";
export { deviation } from "./deviation";
export { inferPolarity, readPolarity, POLARITY_LABEL, type PolarityInference } from "./polarity";
export { outcome, DEFAULT_THRESHOLDS, type Outcome } from "./outcome";
export {
  indicatorAchievement,
  basisActual,
  basisTarget,
  interimKey,
  yearEndKey,
  typedOrMissing,
} from "./indicator";
