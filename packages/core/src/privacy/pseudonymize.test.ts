import { createHmac } from "node:crypto";
import { Effect, Exit } from "effect";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { StudentId } from "../model/common/ids.js";
import { base32 } from "./base32.js";
import { hmacSha256 } from "./hmacSha256.js";
import {
  importPseudonymKey,
  PSEUDONYM_MIN_KEY_BYTES,
  type PseudonymizeOptions,
  pseudonymize,
  pseudonymizeAll,
  pseudonymizeAllEffect,
  pseudonymizeEffect,
} from "./pseudonymize.js";

const KEY = "k".repeat(32);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// An independent base32 for the oracle: bits as a string, cut into 5-bit groups (zero-padded on the right).
const oracleBase32 = (bytes: Uint8Array): string => {
  const bits = [...bytes].map((b) => b.toString(2).padStart(8, "0")).join("");
  const groups = bits.match(/.{1,5}/g) ?? [];
  return groups.map((g) => "abcdefghijklmnopqrstuvwxyz234567"[Number.parseInt(g.padEnd(5, "0"), 2)]).join("");
};
const oracle = (id: string, key: string | Uint8Array, bytes = 16, prefix = "p_"): string =>
  prefix + oracleBase32(createHmac("sha256", key).update(id, "utf8").digest().subarray(0, bytes));

const validId = fc.string({ minLength: 1, maxLength: 64, unit: "grapheme" }).filter((s) => s.trim() === s && s !== "");
const validKey = fc.uint8Array({ minLength: PSEUDONYM_MIN_KEY_BYTES, maxLength: 64 });

describe("hmacSha256 (raw MAC)", () => {
  test.each([
    // RFC 4231 §4.2 test case 1 and §4.3 test case 2 (HMAC-SHA-256).
    [
      "RFC 4231 case 1",
      new Uint8Array(20).fill(0x0b),
      "Hi There",
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ],
    [
      "RFC 4231 case 2",
      utf8("Jefe"),
      "what do ya want for nothing?",
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ],
  ])("%s", async (_name, key, data, mac) => {
    expect(hex(await hmacSha256(key, utf8(data)))).toBe(mac);
  });
});

describe("base32", () => {
  // RFC 4648 §10 test vectors, lower-cased and without padding.
  test.each([
    ["", ""],
    ["f", "my"],
    ["fo", "mzxq"],
    ["foo", "mzxw6"],
    ["foob", "mzxw6yq"],
    ["fooba", "mzxw6ytb"],
    ["foobar", "mzxw6ytboi"],
  ])("%j → %j", (input, expected) => {
    expect(base32(utf8(input))).toBe(expected);
  });

  test("agrees with an independent bit-string encoder", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => base32(bytes) === oracleBase32(bytes)));
  });
});

describe("pseudonymize", () => {
  test("equals HMAC-SHA-256 from node:crypto (independent oracle) for random ids and keys", async () => {
    await fc.assert(
      fc.asyncProperty(validId, validKey, async (id, key) => {
        expect(await pseudonymize(id, key)).toBe(oracle(id, key));
        const text = Buffer.from(key).toString("base64");
        expect(await pseudonymize(id, text)).toBe(oracle(id, text));
      }),
      { numRuns: 100 },
    );
  });

  test("is deterministic for one key and differs across keys", async () => {
    await fc.assert(
      fc.asyncProperty(validId, validKey, validKey, async (id, k1, k2) => {
        fc.pre(hex(k1) !== hex(k2));
        const a = await pseudonymize(id, k1);
        expect(await pseudonymize(id, k1)).toBe(a);
        expect(await pseudonymize(id, k2)).not.toBe(a);
      }),
      { numRuns: 50 },
    );
  });

  test("output is p_ + 26 base32 characters and a valid model StudentId", async () => {
    const p = await pseudonymize("G310104201501010012", KEY);
    expect(p).toMatch(/^p_[a-z2-7]{26}$/);
    expect(StudentId.safeParse(p).success).toBe(true);
  });

  test.each<[PseudonymizeOptions, RegExp]>([
    [{ prefix: "stu-" }, /^stu-[a-z2-7]{26}$/],
    [{ prefix: "" }, /^[a-z2-7]{26}$/],
    [{ bytes: 20 }, /^p_[a-z2-7]{32}$/],
    [{ bytes: 32, prefix: "s." }, /^s\.[a-z2-7]{52}$/],
  ])("options %j", async (options, pattern) => {
    const p = await pseudonymize("S001", KEY, options);
    expect(p).toMatch(pattern);
    expect(p).toBe(oracle("S001", KEY, options.bytes ?? 16, options.prefix ?? "p_"));
    expect(StudentId.safeParse(p).success).toBe(true);
  });

  test.each([
    ["empty id", "", KEY, {}, ["id"]],
    ["blank id", "   ", KEY, {}, ["id"]],
    ["padded id", " S001", KEY, {}, ["id"]],
    ["over-long id", "x".repeat(257), KEY, {}, ["id"]],
    ["empty key", "S001", "", {}, ["key"]],
    ["15-byte key", "S001", "k".repeat(15), {}, ["key"]],
    ["15-byte key of CJK text (5 × 3 bytes)", "S001", "徐汇教联体", {}, ["key"]],
    ["15-byte array key", "S001", new Uint8Array(15), {}, ["key"]],
    ["prefix with a space", "S001", KEY, { prefix: "p x" }, ["options", "prefix"]],
    ["prefix too long", "S001", KEY, { prefix: "p".repeat(39) }, ["options", "prefix"]],
    ["too few bytes", "S001", KEY, { bytes: 8 }, ["options", "bytes"]],
    ["fractional bytes", "S001", KEY, { bytes: 16.5 }, ["options", "bytes"]],
  ])("rejects %s with a typed ValidationError", async (_name, id, key, options, path) => {
    await expect(pseudonymize(id, key, options)).rejects.toMatchObject({
      _tag: "ValidationError",
      issues: [{ path }],
    });
    const exit = await Effect.runPromiseExit(pseudonymizeEffect(id, key, options));
    expect(Exit.isFailure(exit)).toBe(true);
    expect(JSON.stringify(exit)).toContain("ValidationError");
  });

  test("accepts a 16-byte key (the documented minimum) and a 6-character CJK key (18 bytes)", async () => {
    await expect(pseudonymize("S001", "k".repeat(16))).resolves.toBe(oracle("S001", "k".repeat(16)));
    await expect(pseudonymize("S001", "徐汇区教联体")).resolves.toBe(oracle("S001", "徐汇区教联体"));
  });

  test("rejects CryptoKeys that are not HMAC SHA-256 signing keys", async () => {
    const sha1 = await crypto.subtle.importKey("raw", new Uint8Array(32), { name: "HMAC", hash: "SHA-1" }, false, [
      "sign",
    ]);
    const aes = await crypto.subtle.importKey("raw", new Uint8Array(32), { name: "AES-GCM" }, false, ["encrypt"]);
    const verifyOnly = await crypto.subtle.importKey(
      "raw",
      new Uint8Array(32),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    const short = await crypto.subtle.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    for (const key of [sha1, aes, verifyOnly, short]) {
      await expect(pseudonymize("S001", key)).rejects.toMatchObject({
        _tag: "ValidationError",
        issues: [{ path: ["key"] }],
      });
    }
  });

  test("the Effect variant succeeds with the same pseudonym", async () => {
    expect(await Effect.runPromise(pseudonymizeEffect("S001", KEY))).toBe(await pseudonymize("S001", KEY));
  });
});

describe("importPseudonymKey", () => {
  test("makes a non-extractable HMAC key that gives the same pseudonyms as the raw secret", async () => {
    const key = await importPseudonymKey(KEY);
    expect(key.extractable).toBe(false);
    expect(key.usages).toEqual(["sign"]);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
    expect(await pseudonymize("S001", key)).toBe(await pseudonymize("S001", KEY));
  });

  test("rejects a short secret with a typed error", async () => {
    await expect(importPseudonymKey("short")).rejects.toMatchObject({ _tag: "ValidationError" });
  });
});

describe("pseudonymizeAll", () => {
  test("equals pseudonymize per id, in order, across batch boundaries", async () => {
    const ids = Array.from({ length: 2_500 }, (_, i) => `S${i}`);
    const key = await importPseudonymKey(KEY);
    const all = await pseudonymizeAll(ids, key);
    expect(all).toHaveLength(ids.length);
    for (const i of [0, 1_023, 1_024, 2_047, 2_048, 2_499]) expect(all[i]).toBe(oracle(ids[i] as string, KEY));
    expect(new Set(all).size).toBe(ids.length);
    expect(await Effect.runPromise(pseudonymizeAllEffect(ids.slice(0, 3), KEY))).toEqual(all.slice(0, 3));
  });

  test("reports every bad id at its index and pseudonymises nothing", async () => {
    await expect(pseudonymizeAll(["S1", "", "S3", " S4"], KEY)).rejects.toMatchObject({
      _tag: "ValidationError",
      issues: [{ path: ["ids", 1] }, { path: ["ids", 3] }],
    });
  });

  test("an empty list gives an empty list", async () => {
    expect(await pseudonymizeAll([], KEY)).toEqual([]);
  });
});
