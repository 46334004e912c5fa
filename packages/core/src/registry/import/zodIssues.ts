import { z } from "zod";

/** A schema issue with its path and messages in English and Chinese. */
export interface SchemaIssue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly messageZh: string;
}

// The model's own (English) refinement messages, in Chinese. zod's built-in messages come from its zh-CN locale.
const CUSTOM_ZH: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^id must not be empty$/, () => "编号不能为空"],
  [/^id may only contain/, () => "编号只能包含英文字母、数字和 . _ : -,并以字母或数字开头(不能有空格、斜杠或中文)"],
  [/^code must be kebab-case/, () => "代码只能包含小写英文字母、数字和单个连字符(-)"],
  [/^text must not contain control characters$/, () => "文本不能包含控制字符"],
  [/^duplicate value (.*)$/, (m) => `重复的值 ${m[1]}`],
  [/^(\w+) must not be before (\w+)$/, (m) => `${m[1]} 不能早于 ${m[2]}`],
  [/^(\w+) must be after (\w+)$/, (m) => `${m[1]} 必须晚于 ${m[2]}`],
  [/^session capacity (\d+) exceeds the venue's capacity (\d+)$/, (m) => `场次容量 ${m[1]} 超过场所容量 ${m[2]}`],
  [/^admission history must be in date order$/, () => "准入记录须按日期先后排列"],
  [
    /^admissionStatus must equal the last status in admissionHistory \("(.*)"\)$/,
    (m) => `准入状态须与准入记录中最后一条的状态(“${m[1]}”)一致`,
  ],
  [/^a time window may last at most (\d+) days$/, (m) => `时间窗口最长 ${m[1]} 天`],
];

let zhLocale: ReturnType<typeof z.locales.zhCN> | undefined;

const customZh = (message: string): string | undefined => {
  for (const [pattern, render] of CUSTOM_ZH) {
    const m = pattern.exec(message);
    if (m) return render(m);
  }
  return undefined;
};

/**
 * Every issue of `input` against `schema`, with English messages (zod's defaults and the model's refinements) and
 * Chinese ones (zod's zh-CN locale for built-in checks, a table for the model's refinements). The Chinese pass runs
 * only for invalid input, with a per-call error map (no global zod configuration is touched).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * import { schemaIssues } from "@jiaolianti/core";
 * schemaIssues(z.object({ n: z.number().max(3) }), { n: 5 })[0]?.messageZh; // "数值过大：期望 number <=3"
 * ```
 */
export const schemaIssues = (
  schema: z.ZodType,
  input: unknown,
  /** The English issues of `input`, when already known (saves a parse). */
  known?: ReadonlyArray<z.core.$ZodIssue>,
): ReadonlyArray<SchemaIssue> => {
  const enIssues = known ?? schema.safeParse(input).error?.issues ?? [];
  if (enIssues.length === 0) return [];
  zhLocale ??= z.locales.zhCN();
  const zh = schema.safeParse(input, { error: zhLocale.localeError });
  const zhIssues = zh.success ? [] : zh.error.issues;
  return enIssues.map((issue, i) => {
    const local = zhIssues[i]?.message;
    const translated = local !== undefined && local !== issue.message ? local : customZh(issue.message);
    return { path: issue.path, message: issue.message, messageZh: translated ?? issue.message };
  });
};
