/** A validated student–project allocation instance by index, mutually acceptable pairs only (internal). */
export interface SpaIndexed {
  /** `lists[s]`: projects student `s` accepts, best first (each one's lecturer also ranks `s`). */
  readonly lists: ReadonlyArray<Int32Array>;
  /** Lecturer offering each project. */
  readonly lecturerOf: Int32Array;
  readonly projectCapacity: Int32Array;
  readonly lecturerCapacity: Int32Array;
  /** `ranking[l]`: students in lecturer `l`'s order of preference. */
  readonly ranking: ReadonlyArray<Int32Array>;
  /** `rank[l]`: student → position in `ranking[l]`. */
  readonly rank: ReadonlyArray<ReadonlyMap<number, number>>;
}

/**
 * SPA-student (Abraham, Irving & Manlove 2007, "Two algorithms for the Student-Project Allocation problem", J.
 * Discrete Algorithms 5(1):73–90, Fig. 1): the student-optimal stable matching of students to projects, where each
 * project has a capacity and belongs to a lecturer with a capacity of their own and a ranking of students (internal
 * kernel of {@link studentProjectAllocation}).
 *
 * A free student applies to the first project left on their list and is provisionally assigned. If the project is
 * over-subscribed, its worst student (in the lecturer's order) is rejected; else if the lecturer is over-subscribed,
 * the lecturer's worst student is rejected from their project. Then, if the project is full, every student the
 * lecturer ranks below the project's worst is deleted from that project; if the lecturer is full, every student
 * ranked below the lecturer's worst is deleted from all the lecturer's projects. Deletions are permanent, so each
 * project and each lecturer keeps a cursor into the lecturer's ranking that only moves up: total deletion work is
 * linear in the size of the lists. "Worst" queries use max-heaps with lazy deletion (an entry is live while its
 * student still holds the assignment it was made for).
 *
 * @returns the project of each student, −1 for unassigned.
 */
export const spaStudent = (x: SpaIndexed): Int32Array => {
  const students = x.lists.length;
  const projects = x.lecturerOf.length;
  const lecturers = x.ranking.length;
  const assigned = new Int32Array(students).fill(-1);
  const stamp = new Int32Array(students); // increases with every assignment; heap entries remember it
  const ptr = new Int32Array(students);
  const deleted = x.lists.map((l) => new Uint8Array(l.length));
  const position = x.lists.map((l) => new Map(Array.from(l, (p, k) => [p, k])));
  const projectCount = new Int32Array(projects);
  const lecturerCount = new Int32Array(lecturers);
  const projectHeap = Array.from({ length: projects }, () => new WorstFirst());
  const lecturerHeap = Array.from({ length: lecturers }, () => new WorstFirst());
  // Deletion cursors: students at ranking positions ≥ cut have been deleted already.
  const projectCut = Int32Array.from(x.lecturerOf, (l) => (x.ranking[l] as Int32Array).length);
  const lecturerCut = Int32Array.from(x.ranking, (r) => r.length);

  const live = (e: number, s: number) => assigned[s] !== -1 && stamp[s] === e;
  const worst = (heap: WorstFirst): number => heap.peek(live);
  const remove = (s: number, p: number) => {
    const k = position[s]?.get(p);
    if (k !== undefined) (deleted[s] as Uint8Array)[k] = 1;
  };
  const breakAssignment = (s: number) => {
    const p = assigned[s] as number;
    // The deletion rules below always delete (s, p) too (s ranks below the new worst); doing it here as well makes
    // termination evident: every rejection removes a pair for good.
    remove(s, p);
    const l = x.lecturerOf[p] as number;
    projectCount[p] = (projectCount[p] as number) - 1;
    lecturerCount[l] = (lecturerCount[l] as number) - 1;
    assigned[s] = -1;
    free.push(s);
  };

  const free: number[] = [];
  for (let s = students - 1; s >= 0; s--) free.push(s);
  while (free.length > 0) {
    const s = free.pop() as number;
    const list = x.lists[s] as Int32Array;
    const del = deleted[s] as Uint8Array;
    let k = ptr[s] as number;
    while (k < list.length && del[k] === 1) k++;
    ptr[s] = k;
    if (k === list.length) continue; // list exhausted: s stays unassigned
    const p = list[k] as number;
    const l = x.lecturerOf[p] as number;
    const rank = x.rank[l] as ReadonlyMap<number, number>;
    const r = rank.get(s) as number;
    assigned[s] = p;
    const e = (stamp[s] as number) + 1;
    stamp[s] = e;
    projectHeap[p]?.push(r, s, e);
    lecturerHeap[l]?.push(r, s, e);
    projectCount[p] = (projectCount[p] as number) + 1;
    lecturerCount[l] = (lecturerCount[l] as number) + 1;
    if ((projectCount[p] as number) > (x.projectCapacity[p] as number))
      breakAssignment(worst(projectHeap[p] as WorstFirst));
    else if ((lecturerCount[l] as number) > (x.lecturerCapacity[l] as number))
      breakAssignment(worst(lecturerHeap[l] as WorstFirst));
    const ranking = x.ranking[l] as Int32Array;
    if (projectCount[p] === x.projectCapacity[p]) {
      const cut = rank.get(worst(projectHeap[p] as WorstFirst)) as number;
      for (let t = cut + 1; t < (projectCut[p] as number); t++) remove(ranking[t] as number, p);
      if (cut + 1 < (projectCut[p] as number)) projectCut[p] = cut + 1;
    }
    if (lecturerCount[l] === x.lecturerCapacity[l]) {
      const cut = rank.get(worst(lecturerHeap[l] as WorstFirst)) as number;
      for (let t = cut + 1; t < (lecturerCut[l] as number); t++) {
        const st = ranking[t] as number;
        for (const q of x.lists[st] as Int32Array) if (x.lecturerOf[q] === l) remove(st, q);
      }
      if (cut + 1 < (lecturerCut[l] as number)) lecturerCut[l] = cut + 1;
    }
  }
  return assigned;
};

/** Max-heap of (rank, student, stamp), worst rank on top, with lazy deletion (internal). */
class WorstFirst {
  private readonly rank: number[] = [];
  private readonly who: number[] = [];
  private readonly stamp: number[] = [];
  push(r: number, s: number, e: number): void {
    const { rank, who, stamp } = this;
    let i = rank.length;
    rank.push(r);
    who.push(s);
    stamp.push(e);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((rank[parent] as number) >= r) break;
      rank[i] = rank[parent] as number;
      who[i] = who[parent] as number;
      stamp[i] = stamp[parent] as number;
      i = parent;
    }
    rank[i] = r;
    who[i] = s;
    stamp[i] = e;
  }
  /** The worst live student (drops dead entries on the way); the heap must hold one. */
  peek(live: (stamp: number, student: number) => boolean): number {
    while (!live(this.stamp[0] as number, this.who[0] as number)) this.pop();
    return this.who[0] as number;
  }
  private pop(): void {
    const { rank, who, stamp } = this;
    const r = rank.pop() as number;
    const s = who.pop() as number;
    const e = stamp.pop() as number;
    const n = rank.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (rank[c + 1] as number) > (rank[c] as number)) c++;
      if ((rank[c] as number) <= r) break;
      rank[i] = rank[c] as number;
      who[i] = who[c] as number;
      stamp[i] = stamp[c] as number;
      i = c;
    }
    rank[i] = r;
    who[i] = s;
    stamp[i] = e;
  }
}
