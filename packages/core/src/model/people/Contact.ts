import { z } from "zod";
import { sensitive } from "../../privacy/Sensitivity.js";
import { ContactId, FamilyId } from "../common/ids.js";
import { recordFields } from "../common/recordFields.js";

/**
 * A parent, guardian or carer (Ed-Fi `Contact`), pseudonymously: an opaque id, the household and the language to
 * write to them in. Names, phone numbers, e-mail and addresses stay in the school's identity system; messages are
 * sent through it by id.
 *
 * Source: Ed-Fi Data Standard v5 `Contact` (formerly `Parent`); OneRoster 1.2 `users` (role parent/guardian).
 *
 * @example
 * ```ts
 * import { Contact } from "@jiaolianti/core";
 * Contact.parse({
 *   id: "con-91c0aa", status: "active", dateLastModified: "2025-09-01T00:00:00Z",
 *   familyId: "fam-2b81d4", preferredLocale: "zh-CN",
 * });
 * ```
 */
export const Contact = z
  .strictObject({
    ...recordFields(ContactId),
    familyId: sensitive(FamilyId, "personal"),
    /** Language for messages to this contact. */
    preferredLocale: sensitive(z.enum(["zh-CN", "en"]).optional(), "personal"),
  })
  .meta({ title: "Contact", description: "A parent, guardian or carer, pseudonymous." });

/** A pseudonymous parent, guardian or carer. */
export type Contact = z.infer<typeof Contact>;
