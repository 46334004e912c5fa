import { z } from "zod";

/**
 * Upper bounds (characters) for free text, so a 1 MB string cannot reach a database, a log or a chart label.
 * - `label`: a short code-like label or version (64).
 * - `name`: a name or title (200).
 * - `sentence`: a task, deliverable or short note (500).
 * - `paragraph`: a summary or description (4 000).
 */
export const TEXT_MAX = { label: 64, name: 200, sentence: 500, paragraph: 4_000 } as const;

// C0 control characters other than TAB, LF and CR, and DEL: never meaningful in a name or a note, and a classic
// vector for log injection and spoofed terminal output.
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the purpose of this pattern
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/**
 * A bounded free-text schema: `min`–`max` characters (default 1–`max`), no control characters other than tab and
 * newlines. Pick `max` from {@link TEXT_MAX}.
 *
 * @example
 * ```ts
 * import { boundedText, TEXT_MAX } from "@jiaolianti/core";
 * const Title = boundedText(TEXT_MAX.name);
 * Title.parse("光启讲堂");
 * Title.safeParse("x".repeat(1_000_000)).success; // false
 * ```
 */
export const boundedText = (max: number, min = 1) =>
  z.string().min(min).max(max).regex(NO_CONTROL_CHARACTERS, "text must not contain control characters");
