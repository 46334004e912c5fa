/**
 * The weight table of 国家学生体质健康标准 (2014年修订) lives in `@jiaolianti/core` (one copy, shared with the sample
 * district); `@jiaolianti/scoring` re-exports it, so `import { fitnessWeights2014 } from "@jiaolianti/scoring"` keeps
 * working and gives the very same object.
 */
export {
  type FitnessBonusItem,
  type FitnessGroup,
  type FitnessLevel,
  type FitnessWeightStandard,
  fitnessWeights2014,
  type WeightedFitnessItem,
} from "@jiaolianti/core";
