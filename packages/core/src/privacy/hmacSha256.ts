// Internal: the raw keyed MAC behind `pseudonymize`. Not exported from the package barrel, because it accepts keys of
// any length (RFC 4231's test vectors use a 4-byte key); callers go through `pseudonymize`, which checks the key.

/** A Web Crypto key, typed from the runtime's own `crypto.subtle` (DOM `CryptoKey` in browsers, Node's in Node). */
export type WebCryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** The Web Crypto implementation; a missing one is a defect of the platform, not a value to return. */
export const subtle = (): typeof globalThis.crypto.subtle => {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("Web Crypto (globalThis.crypto.subtle) is not available in this runtime");
  return s;
};

/** Copies bytes into a fresh `ArrayBuffer`-backed array (callers may reuse or mutate their own buffers). */
export const ownBytes = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/** Imports raw key bytes as a non-extractable HMAC-SHA-256 signing key. */
export const importHmacKey = (raw: Uint8Array): Promise<WebCryptoKey> =>
  subtle().importKey("raw", ownBytes(raw), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);

/**
 * HMAC-SHA-256 of `message` under `key`, via Web Crypto (`globalThis.crypto.subtle`: Node ≥ 20 and browsers; no
 * `node:crypto`). Returns the 32-byte MAC.
 *
 * Source: RFC 2104 (HMAC), FIPS 180-4 (SHA-256); test vectors RFC 4231 §4.
 */
export const hmacSha256 = async (key: Uint8Array | WebCryptoKey, message: Uint8Array): Promise<Uint8Array> => {
  const k = key instanceof Uint8Array ? await importHmacKey(key) : key;
  return new Uint8Array(await subtle().sign("HMAC", k, ownBytes(message)));
};
