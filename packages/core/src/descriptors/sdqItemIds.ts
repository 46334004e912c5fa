/**
 * SDQ item codes in questionnaire order: Youth in Mind's variable names for the 25 items of the Strengths and
 * Difficulties Questionnaire (Goodman 1997; © Youth in Mind — no item text is stored or shipped). The `itemId`s of SDQ
 * answers everywhere in Jiaolianti: the sample district writes them and `@jiaolianti/scoring`'s `sdq` reads them.
 */
export const SDQ_ITEM_IDS = [
  "consid",
  "restles",
  "somatic",
  "shares",
  "tantrum",
  "loner",
  "obeys",
  "worries",
  "caring",
  "fidgety",
  "friend",
  "fights",
  "unhappy",
  "popular",
  "distrac",
  "clingy",
  "kind",
  "lies",
  "bullied",
  "helpout",
  "reflect",
  "steals",
  "oldbest",
  "afraid",
  "attends",
] as const;
