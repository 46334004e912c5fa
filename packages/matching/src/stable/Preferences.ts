/**
 * Ranked preference lists of one side of a market: id → the ids on the other side it accepts, best first. Lists may
 * be incomplete (an id left out is unacceptable); ties are not supported (each position holds exactly one id).
 */
export type Preferences = Readonly<Record<string, ReadonlyArray<string>>>;
