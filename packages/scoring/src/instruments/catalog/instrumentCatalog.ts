import type { Instrument } from "../Instrument.js";
import { familyApgar } from "./familyApgar.js";
import { gad7 } from "./gad7.js";
import { mssmhs } from "./mssmhs.js";
import { phq9 } from "./phq9.js";
import { phqA } from "./phqA.js";
import { psdq } from "./psdq.js";
import { sdq } from "./sdq.js";

/**
 * The shipped instruments by id (`phq-9`, `phq-a`, `gad-7`, `sdq`, `family-apgar`, `psdq`, `mssmhs`), e.g. to score
 * an `Assessment` by its `instrumentId`. Each is a frozen, versioned value; see each one's JSDoc for its sources.
 *
 * Source: REFERENCE.md §1.
 *
 * @example
 * ```ts
 * import { instrumentCatalog, scoreInstrument } from "@jiaolianti/scoring";
 * const instrument = instrumentCatalog["gad-7"];
 * if (instrument) console.log(scoreInstrument(instrument, [0, 1, 0, 1, 0, 1, 0]).ok); // true
 * ```
 */
export const instrumentCatalog: Readonly<Record<string, Instrument>> = Object.freeze({
  [phq9.id]: phq9,
  [phqA.id]: phqA,
  [gad7.id]: gad7,
  [sdq.id]: sdq,
  [familyApgar.id]: familyApgar,
  [psdq.id]: psdq,
  [mssmhs.id]: mssmhs,
});
