import { FAMILY_SUPPORT_FLAG_CODES, type FamilySupportFlag } from "../descriptors/familySupportFlags.js";
import type { GuardianRelation } from "../descriptors/guardianRelations.js";
import type { ContactId, FamilyId, StudentContactAssociationId, StudentId } from "../model/common/ids.js";
import type { Contact } from "../model/people/Contact.js";
import type { Family } from "../model/people/Family.js";
import type { Student } from "../model/people/Student.js";
import type { StudentContactAssociation } from "../model/people/StudentContactAssociation.js";
import type { PseudonymousIds } from "./random/pseudonymousIds.js";
import type { Random } from "./random/Random.js";
import { FAMILY_FLAG_RATES } from "./sampleAssumptions.js";
import { SAMPLE_AS_OF, SAMPLE_TERM } from "./sampleCalendar.js";

/** Families, their contacts and the student–contact associations. */
export interface SampleFamilies {
  readonly families: Family[];
  readonly contacts: Contact[];
  readonly studentContactAssociations: StudentContactAssociation[];
}

/** The id generators of the family records. */
export interface FamilyIds {
  readonly family: PseudonymousIds;
  readonly contact: PseudonymousIds;
  readonly association: PseudonymousIds;
}

const FLAGS_RECORDED = "2026-09-18";
const FLAGS_REVIEW = "2027-03-18";
const FLAGGED_MODIFIED = `${FLAGS_RECORDED}T16:00:00+08:00`;
const NO_FLAGS: FamilySupportFlag[] = [];

interface Carer {
  readonly relation: GuardianRelation;
  readonly livesWith: boolean;
  readonly legalGuardian: boolean;
}

/**
 * One family per student (siblings are not modelled), with its carers as contacts and associations. The household
 * follows the flags: two parents by default; one parent (`single-parent`; the mother in 80 % of cases); a parent and a
 * step-parent (`blended-family`; mother and stepfather in 80 % of cases); a grandparent who lives with the child when
 * grandparents are the main carers or the parents work away (then the grandparent is the first contact and the parents
 * do not live with the child). Parents are legal guardians; step-parents and grandparents are not (PIPL Art. 31
 * consent comes from a legal guardian). Flags are drawn independently at {@link FAMILY_FLAG_RATES} — synthetic
 * assumptions — and recorded with a review date six months later (labelling risk: flags lapse from default views).
 */
export const sampleFamilies = (students: ReadonlyArray<Student>, rng: Random, ids: FamilyIds): SampleFamilies => {
  const families: Family[] = new Array(students.length);
  const contacts: Contact[] = [];
  const associations: StudentContactAssociation[] = [];
  students.forEach((student, i) => {
    const familyId = ids.family.id(i) as FamilyId;
    const u = rng.float();
    const single = u < FAMILY_FLAG_RATES["single-parent"];
    const blended = !single && u < FAMILY_FLAG_RATES["single-parent"] + FAMILY_FLAG_RATES["blended-family"];
    let flags: FamilySupportFlag[] = NO_FLAGS;
    for (const f of FAMILY_SUPPORT_FLAG_CODES) {
      const on = f === "single-parent" ? single : f === "blended-family" ? blended : rng.chance(FAMILY_FLAG_RATES[f]);
      if (on) flags = flags === NO_FLAGS ? [f] : [...flags, f];
    }
    const has = (f: FamilySupportFlag): boolean => flags !== NO_FLAGS && flags.includes(f);
    families[i] = flags.length
      ? {
          id: familyId,
          status: "active",
          dateLastModified: FLAGGED_MODIFIED,
          supportFlags: flags,
          flagsRecordedDate: FLAGS_RECORDED,
          flagsReviewDate: FLAGS_REVIEW,
        }
      : { id: familyId, status: "active", dateLastModified: SAMPLE_AS_OF, supportFlags: [] };

    const away = has("parents-working-away");
    const mother = single || blended ? rng.chance(0.8) : true;
    const parents: Carer[] = [];
    if (single) parents.push({ relation: mother ? "mother" : "father", livesWith: !away, legalGuardian: true });
    else if (blended) {
      parents.push({ relation: mother ? "mother" : "father", livesWith: !away, legalGuardian: true });
      parents.push({ relation: mother ? "stepfather" : "stepmother", livesWith: !away, legalGuardian: false });
    } else {
      parents.push({ relation: "mother", livesWith: !away, legalGuardian: true });
      parents.push({ relation: "father", livesWith: !away, legalGuardian: true });
    }
    const carers: Carer[] = [];
    if (away || has("grandparent-carers")) {
      const maternal = rng.chance(0.5);
      const grandmother = rng.chance(0.7);
      const relation: GuardianRelation = maternal
        ? grandmother
          ? "maternal-grandmother"
          : "maternal-grandfather"
        : grandmother
          ? "paternal-grandmother"
          : "paternal-grandfather";
      const grandparent = { relation, livesWith: true, legalGuardian: false };
      if (away) carers.push(grandparent, ...parents);
      else carers.push(...parents, grandparent);
    } else carers.push(...parents);
    const locale = has("cross-border") && rng.chance(0.5) ? "en" : "zh-CN";
    carers.forEach((c, k) => {
      const contactId = ids.contact.id(contacts.length) as ContactId;
      contacts.push({
        id: contactId,
        status: "active",
        dateLastModified: SAMPLE_AS_OF,
        familyId,
        preferredLocale: locale,
      });
      associations.push({
        id: ids.association.id(associations.length) as StudentContactAssociationId,
        status: "active",
        dateLastModified: SAMPLE_AS_OF,
        studentId: student.id as StudentId,
        contactId,
        relation: c.relation,
        livesWith: c.livesWith,
        legalGuardian: c.legalGuardian,
        primaryContact: k === 0,
        emergencyContact: k < 2,
        contactPriority: k + 1,
        beginDate: SAMPLE_TERM.start,
      });
    });
  });
  return { families, contacts, studentContactAssociations: associations };
};
