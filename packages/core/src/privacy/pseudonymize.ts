import { Effect } from "effect";
import { type ValidationError, type ValidationIssue, validationError } from "../errors/ValidationError.js";
import { err, ok, type Result } from "../result/Result.js";
import { base32 } from "./base32.js";
import { hmacSha256, importHmacKey, type WebCryptoKey } from "./hmacSha256.js";

/** A Web Crypto HMAC-SHA-256 key made by {@link importPseudonymKey} (a `CryptoKey`). */
export type PseudonymKey = WebCryptoKey;

/** What a pseudonym is keyed with: secret text, secret bytes, or a key from {@link importPseudonymKey}. */
export type PseudonymSecret = string | Uint8Array | PseudonymKey;

/**
 * Shortest accepted key, in bytes (128 bits). A key shorter than the security strength it must give caps that
 * strength (NIST SP 800-107 Rev. 1 §5.3.4); RFC 2104 §3 recommends at least the hash length, 32 bytes for SHA-256 —
 * use 32 random bytes.
 */
export const PSEUDONYM_MIN_KEY_BYTES = 16;

/** Longest accepted id, in characters (a school system's student number or GUID is far shorter). */
export const PSEUDONYM_MAX_ID_LENGTH = 256;

/** Longest pseudonym, prefix included: the record id limit of the model (`ENTITY_ID_MAX_LENGTH`). */
const MAX_PSEUDONYM_LENGTH = 64;
const PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const BATCH = 1_024;

/** Options of {@link pseudonymize}. */
export interface PseudonymizeOptions {
  /**
   * Text put before the encoded MAC, e.g. `"stu-"`. Letters, digits, `.`, `_`, `:` or `-`, starting with a letter or
   * digit (the model's id charset), or empty.
   * @default "p_"
   */
  readonly prefix?: string;
  /**
   * How many bytes of the 32-byte MAC to keep, 16–32. With `b` bytes and `n` distinct ids, the chance that any two
   * ids share a pseudonym is at most n(n−1)/2 · 2^(−8b): for b = 16 and n = 10^8 students, below 2·10^−23.
   * @default 16
   */
  readonly bytes?: number;
}

const encoder = new TextEncoder();

const isCryptoKey = (key: PseudonymSecret): key is PseudonymKey =>
  typeof key === "object" && key !== null && !(key instanceof Uint8Array) && "algorithm" in key && "type" in key;

const keyIssues = (key: PseudonymSecret): ValidationIssue[] => {
  if (typeof key === "string" || key instanceof Uint8Array) {
    const length = typeof key === "string" ? encoder.encode(key).length : key.length;
    return length >= PSEUDONYM_MIN_KEY_BYTES
      ? []
      : [
          {
            path: ["key"],
            message:
              `key is ${length} bytes; at least ${PSEUDONYM_MIN_KEY_BYTES} are required (a short key makes ` +
              "pseudonyms guessable by anyone who tries keys; use 32 random bytes)",
          },
        ];
  }
  if (!isCryptoKey(key)) return [{ path: ["key"], message: "key must be a string, a Uint8Array or a CryptoKey" }];
  const algorithm = key.algorithm as { name?: string; hash?: { name?: string }; length?: number };
  if (
    key.type !== "secret" ||
    algorithm.name !== "HMAC" ||
    algorithm.hash?.name !== "SHA-256" ||
    !key.usages.includes("sign")
  ) {
    return [{ path: ["key"], message: "CryptoKey must be an HMAC SHA-256 secret key usable for 'sign'" }];
  }
  if ((algorithm.length ?? 0) < PSEUDONYM_MIN_KEY_BYTES * 8) {
    return [{ path: ["key"], message: `CryptoKey must be at least ${PSEUDONYM_MIN_KEY_BYTES * 8} bits long` }];
  }
  return [];
};

const idIssues = (id: unknown, path: ReadonlyArray<PropertyKey>): ValidationIssue[] => {
  if (typeof id !== "string") return [{ path, message: "id must be a string" }];
  if (id.trim().length === 0) return [{ path, message: "id must not be empty" }];
  if (id.trim() !== id) {
    // " 123" and "123" would get different pseudonyms for the same student: canonicalise before, do not guess here.
    return [{ path, message: "id has leading or trailing whitespace; canonicalise ids before pseudonymising" }];
  }
  if (id.length > PSEUDONYM_MAX_ID_LENGTH) {
    return [{ path, message: `id is longer than ${PSEUDONYM_MAX_ID_LENGTH} characters` }];
  }
  return [];
};

const optionIssues = (options: PseudonymizeOptions): { issues: ValidationIssue[]; prefix: string; bytes: number } => {
  const prefix = options.prefix ?? "p_";
  const bytes = options.bytes ?? 16;
  const issues: ValidationIssue[] = [];
  if (!Number.isInteger(bytes) || bytes < 16 || bytes > 32) {
    issues.push({ path: ["options", "bytes"], message: "bytes must be an integer from 16 to 32" });
  } else if (prefix !== "" && !PREFIX_PATTERN.test(prefix)) {
    issues.push({
      path: ["options", "prefix"],
      message: "prefix may only contain A–Z, a–z, 0–9, '.', '_', ':' and '-', starting with a letter or digit",
    });
  } else if (prefix.length + Math.ceil((bytes * 8) / 5) > MAX_PSEUDONYM_LENGTH) {
    issues.push({ path: ["options", "prefix"], message: `pseudonym would exceed ${MAX_PSEUDONYM_LENGTH} characters` });
  }
  return { issues, prefix, bytes };
};

const toKey = async (key: PseudonymSecret): Promise<PseudonymKey> =>
  isCryptoKey(key) ? key : importHmacKey(typeof key === "string" ? encoder.encode(key) : key);

const encode = async (id: string, key: PseudonymKey, prefix: string, bytes: number): Promise<string> =>
  prefix + base32((await hmacSha256(key, encoder.encode(id))).subarray(0, bytes));

const pseudonymizeAllResult = async (
  ids: ReadonlyArray<string>,
  key: PseudonymSecret,
  options: PseudonymizeOptions,
  single: boolean,
): Promise<Result<string[], ValidationError>> => {
  const opts = optionIssues(options);
  const issues = [
    ...(Array.isArray(ids)
      ? ids.flatMap((id, i) => idIssues(id, single ? ["id"] : ["ids", i]))
      : [{ path: ["ids"], message: "ids must be an array" }]),
    ...keyIssues(key),
    ...opts.issues,
  ];
  if (issues.length > 0) return err(validationError("pseudonymize", issues));
  const k = await toKey(key);
  const out: string[] = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    const chunk = ids.slice(start, start + BATCH);
    out.push(...(await Promise.all(chunk.map((id) => encode(id, k, opts.prefix, opts.bytes)))));
  }
  return ok(out);
};

const single = async (
  id: string,
  key: PseudonymSecret,
  options: PseudonymizeOptions,
): Promise<Result<string, ValidationError>> => {
  const r = await pseudonymizeAllResult([id], key, options, true);
  return r.ok ? ok(r.value[0] as string) : r;
};

const orReject = async <A>(p: Promise<Result<A, ValidationError>>): Promise<A> => {
  const r = await p;
  if (!r.ok) throw r.error;
  return r.value;
};

const toEffect = <A>(run: () => Promise<Result<A, ValidationError>>): Effect.Effect<A, ValidationError> =>
  Effect.flatMap(Effect.promise(run), (r) => (r.ok ? Effect.succeed(r.value) : Effect.fail(r.error)));

/**
 * Turns a school system's id (student number, OneRoster `sourcedId` …) into a stable opaque pseudonym: keyed
 * HMAC-SHA-256 of the id's UTF-8 bytes, truncated to `bytes` (default 16 = 128 bits) and written as lower-case base32
 * after `prefix` — `"p_"` + 26 characters by default, always a valid model id (≤ 64 characters, id charset).
 *
 * The same id and key always give the same pseudonym; another key gives unrelated ones; without the key a pseudonym
 * can be neither reversed nor recomputed from a guessed id (unlike a plain hash of a student number, which anyone can
 * recompute). Keep the key outside the data (a secret store), use one key per dataset or purpose so that pseudonyms
 * cannot be linked across them, and note that rotating the key changes every pseudonym.
 *
 * The promise rejects with a {@link ValidationError} for an empty or whitespace-padded id, a key shorter than
 * {@link PSEUDONYM_MIN_KEY_BYTES} bytes, a `CryptoKey` that is not HMAC SHA-256, or bad options. Uses Web Crypto
 * (`globalThis.crypto.subtle`), so it runs in Node ≥ 20 and in browsers.
 *
 * Source: PIPL Art. 51(3) and 73(3) (去标识化: information that cannot identify a person without additional
 * information kept separately); RFC 2104 (HMAC); RFC 4648 §6 (base32); ARCHITECTURE.md "Privacy by construction".
 *
 * @example
 * ```ts
 * import { pseudonymize } from "@jiaolianti/core";
 * const key = "base64-of-32-random-bytes-from-the-secret-store=";
 * const id = await pseudonymize("G310104201501010012", key); // "p_" + 26 characters of a–z2–7
 * ```
 */
export const pseudonymize = (id: string, key: PseudonymSecret, options: PseudonymizeOptions = {}): Promise<string> =>
  orReject(single(id, key, options));

/**
 * {@link pseudonymize} as an Effect: fails with a {@link ValidationError} instead of rejecting.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { pseudonymizeEffect } from "@jiaolianti/core";
 * const program = pseudonymizeEffect("G310104201501010012", "base64-of-32-random-bytes-from-the-secret-store=");
 * const pseudonym = await Effect.runPromise(program);
 * ```
 */
export const pseudonymizeEffect = (
  id: string,
  key: PseudonymSecret,
  options: PseudonymizeOptions = {},
): Effect.Effect<string, ValidationError> => toEffect(() => single(id, key, options));

/**
 * Pseudonymises many ids with one key, in order. Every id is checked first (one {@link ValidationError} lists all
 * bad ids, at paths `["ids", i]`); the key is imported once, not per id.
 *
 * @example
 * ```ts
 * import { importPseudonymKey, pseudonymizeAll } from "@jiaolianti/core";
 * const key = await importPseudonymKey("base64-of-32-random-bytes-from-the-secret-store=");
 * const pseudonyms = await pseudonymizeAll(["S001", "S002", "S003"], key);
 * ```
 */
export const pseudonymizeAll = (
  ids: ReadonlyArray<string>,
  key: PseudonymSecret,
  options: PseudonymizeOptions = {},
): Promise<string[]> => orReject(pseudonymizeAllResult(ids, key, options, false));

/**
 * {@link pseudonymizeAll} as an Effect.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { pseudonymizeAllEffect } from "@jiaolianti/core";
 * const ids = await Effect.runPromise(pseudonymizeAllEffect(["S001", "S002"], "base64-of-32-random-bytes-from-the-secret-store="));
 * ```
 */
export const pseudonymizeAllEffect = (
  ids: ReadonlyArray<string>,
  key: PseudonymSecret,
  options: PseudonymizeOptions = {},
): Effect.Effect<string[], ValidationError> => toEffect(() => pseudonymizeAllResult(ids, key, options, false));

/**
 * Imports a secret once as a non-extractable HMAC-SHA-256 `CryptoKey` for {@link pseudonymize} and
 * {@link pseudonymizeAll}, so a bulk job does not re-import the key per id and the key bytes cannot be read back
 * from the key object. Rejects with a {@link ValidationError} for a secret shorter than
 * {@link PSEUDONYM_MIN_KEY_BYTES} bytes.
 *
 * @example
 * ```ts
 * import { importPseudonymKey, pseudonymize } from "@jiaolianti/core";
 * const key = await importPseudonymKey(new Uint8Array(32).fill(7)); // use crypto.getRandomValues in real life
 * await pseudonymize("S001", key);
 * ```
 */
export const importPseudonymKey = async (secret: string | Uint8Array): Promise<PseudonymKey> => {
  const issues =
    typeof secret === "string" || secret instanceof Uint8Array
      ? keyIssues(secret)
      : [{ path: ["key"], message: "secret must be a string or a Uint8Array" }];
  if (issues.length > 0) throw validationError("pseudonym key", issues);
  return toKey(secret);
};
