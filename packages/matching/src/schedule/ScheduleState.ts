import type { CandidateTimes } from "./buildCandidates.js";
import type { ScheduleConflictCode } from "./scheduleReasons.js";

/** What the state needs to know of each allocation (internal). */
export interface StateAllocation {
  readonly size: number;
  readonly group: number;
  /** −1 = none. */
  readonly expert: number;
  readonly offer: number;
  /** −1 = at school or a venue without a capacity of its own. */
  readonly venue: number;
}

const overlaps = (s0: number, e0: number, s1: number, e1: number): boolean => s0 < e1 && s1 < e0;

/**
 * The placements of a search and, for every allocation, which of its candidate times are still free of conflicts
 * with the **other** placed allocations (class busy, expert busy in another occurrence, occurrence seats, venue
 * load), kept up to date incrementally: placing or removing an allocation rechecks only the candidates of allocations
 * that share its class, expert, offer or capacitated venue and overlap it in time (internal).
 */
export class ScheduleState {
  /** Candidate index taken by each allocation, −1 = not placed. */
  readonly placed: Int32Array;
  /** Per allocation and candidate: 1 = no conflict with the other placed allocations. */
  readonly free: Uint8Array[];
  /** Per allocation: number of free candidates. */
  readonly live: Int32Array;
  readonly neighbours: ReadonlyArray<ReadonlyArray<number>>;
  private readonly byGroup = new Map<number, number[]>();
  private readonly byExpert = new Map<number, number[]>();
  private readonly byVenue = new Map<number, number[]>();
  private readonly seats = new Map<number, number>();

  constructor(
    readonly allocations: ReadonlyArray<StateAllocation>,
    readonly candidates: ReadonlyArray<CandidateTimes>,
    readonly offerCapacity: ReadonlyArray<number>,
    readonly venueCapacity: ReadonlyArray<number | undefined>,
  ) {
    const n = allocations.length;
    this.placed = new Int32Array(n).fill(-1);
    this.free = candidates.map((c) => new Uint8Array(c.start.length).fill(1));
    this.live = Int32Array.from(candidates, (c) => c.start.length);
    const shared = new Map<string, number[]>();
    const join = (key: string, i: number): void => {
      const list = shared.get(key);
      if (list) list.push(i);
      else shared.set(key, [i]);
    };
    allocations.forEach((a, i) => {
      // An allocation without any feasible time is never placed nor waited for: it is nobody's neighbour.
      if ((candidates[i]?.start.length ?? 0) === 0) return;
      join(`g${a.group}`, i);
      join(`o${a.offer}`, i);
      if (a.expert >= 0) join(`e${a.expert}`, i);
      if (a.venue >= 0) join(`v${a.venue}`, i);
    });
    const sets = allocations.map(() => new Set<number>());
    for (const list of shared.values()) for (const i of list) for (const j of list) if (i !== j) sets[i]?.add(j);
    this.neighbours = sets.map((s) => [...s].sort((x, y) => x - y));
  }

  /** The first conflict of candidate `c` of allocation `b` with the other placed allocations, or `null`. */
  conflict(b: number, c: number): ScheduleConflictCode | null {
    return this.inspect(b, c, null);
  }

  /** The placed allocations behind the first conflict of candidate `c` of `b` (for explanations). */
  blockers(b: number, c: number): number[] {
    const out: number[] = [];
    this.inspect(b, c, out);
    return out;
  }

  private inspect(b: number, c: number, who: number[] | null): ScheduleConflictCode | null {
    const a = this.allocations[b] as StateAllocation;
    const t = this.candidates[b] as CandidateTimes;
    const bs = t.busyStart[c] as number;
    const be = t.busyEnd[c] as number;
    const s = t.start[c] as number;
    const e = t.end[c] as number;
    const occ = t.occurrence[c] as number;
    for (const x of this.byGroup.get(a.group) ?? [])
      if (x !== b && overlaps(bs, be, this.busyStart(x), this.busyEnd(x))) {
        if (!who) return "class-busy";
        who.push(x);
      }
    if (who?.length) return "class-busy";
    if (a.expert >= 0) {
      for (const x of this.byExpert.get(a.expert) ?? [])
        if (x !== b && this.occurrence(x) !== occ && overlaps(s, e, this.start(x), this.end(x))) {
          if (!who) return "expert-busy";
          who.push(x);
        }
      if (who?.length) return "expert-busy";
    }
    const own = this.placed[b] !== -1 && this.occurrence(b) === occ ? a.size : 0;
    if ((this.seats.get(occ) ?? 0) - own + a.size > (this.offerCapacity[a.offer] as number)) {
      if (who) for (const x of this.byOffer(a.offer, b)) if (this.occurrence(x) === occ) who.push(x);
      return "session-full";
    }
    if (a.venue >= 0) {
      const cap = this.venueCapacity[a.venue];
      if (cap !== undefined) {
        const others = (this.byVenue.get(a.venue) ?? []).filter(
          (x) => x !== b && overlaps(s, e, this.start(x), this.end(x)),
        );
        if (this.peakLoad(others, s, e) + a.size > cap) {
          who?.push(...others);
          return "venue-full";
        }
      }
    }
    return null;
  }

  /** Highest number of seats taken at once within [s, e) by the given placed allocations (sweep line). */
  private peakLoad(list: ReadonlyArray<number>, s: number, e: number): number {
    const events: Array<readonly [number, number]> = [];
    for (const x of list) {
      const size = (this.allocations[x] as StateAllocation).size;
      events.push([Math.max(s, this.start(x)), size], [Math.min(e, this.end(x)), -size]);
    }
    // Ends before starts at the same minute: back-to-back visits do not overlap.
    events.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    let load = 0;
    let peak = 0;
    for (const [, d] of events) {
      load += d;
      peak = Math.max(peak, load);
    }
    return peak;
  }

  private byOffer(offer: number, except: number): number[] {
    const out: number[] = [];
    for (const x of this.neighbours[except] ?? [])
      if ((this.allocations[x] as StateAllocation).offer === offer && this.placed[x] !== -1) out.push(x);
    return out;
  }

  private at(list: ReadonlyArray<number>, x: number): number {
    return list[this.placed[x] as number] as number;
  }
  private start(x: number): number {
    return this.at((this.candidates[x] as CandidateTimes).start, x);
  }
  private end(x: number): number {
    return this.at((this.candidates[x] as CandidateTimes).end, x);
  }
  private busyStart(x: number): number {
    return this.at((this.candidates[x] as CandidateTimes).busyStart, x);
  }
  private busyEnd(x: number): number {
    return this.at((this.candidates[x] as CandidateTimes).busyEnd, x);
  }
  private occurrence(x: number): number {
    return this.at((this.candidates[x] as CandidateTimes).occurrence, x);
  }

  /** Places allocation `a` at candidate `c` (it must not be placed). */
  place(a: number, c: number): void {
    this.placed[a] = c;
    this.update(a, 1);
  }

  /** Removes the placement of `a` (it must be placed). */
  unplace(a: number): void {
    this.update(a, -1);
    this.placed[a] = -1;
  }

  private update(a: number, sign: 1 | -1): void {
    const x = this.allocations[a] as StateAllocation;
    const occ = this.occurrence(a);
    this.seats.set(occ, (this.seats.get(occ) ?? 0) + sign * x.size);
    const edit = (map: Map<number, number[]>, key: number): void => {
      const list = map.get(key) ?? [];
      if (sign > 0) list.push(a);
      else list.splice(list.indexOf(a), 1);
      map.set(key, list);
    };
    edit(this.byGroup, x.group);
    if (x.expert >= 0) edit(this.byExpert, x.expert);
    if (x.venue >= 0) edit(this.byVenue, x.venue);
    const from = this.busyStart(a);
    const to = this.busyEnd(a);
    for (const b of this.neighbours[a] ?? []) this.refresh(b, from, to);
  }

  /** Rechecks the candidates of `b` whose busy interval overlaps [from, to). */
  private refresh(b: number, from: number, to: number): void {
    const t = this.candidates[b] as CandidateTimes;
    const starts = t.busyStart;
    // First candidate that may overlap: busyStart > from − maxBusy (busy starts are sorted).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= from - t.maxBusy) lo = mid + 1;
      else hi = mid;
    }
    const free = this.free[b] as Uint8Array;
    for (let c = lo; c < starts.length && (starts[c] as number) < to; c++) {
      if (!overlaps(from, to, starts[c] as number, t.busyEnd[c] as number)) continue;
      const now = this.conflict(b, c) === null ? 1 : 0;
      if (now !== free[c]) {
        this.live[b] = (this.live[b] as number) + (now ? 1 : -1);
        free[c] = now;
      }
    }
  }
}
