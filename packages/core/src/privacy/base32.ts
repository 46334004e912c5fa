// Internal: RFC 4648 §6 base32, lower-case, without padding. Not exported from the package barrel.

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/**
 * Encodes bytes as lower-case RFC 4648 base32 without `=` padding: ⌈8·n/5⌉ characters from `a–z2–7`. Case-insensitive
 * systems (spreadsheets, SQL collations, file systems) cannot merge two different ids, unlike base64.
 *
 * Source: RFC 4648 §6 (alphabet; test vectors in §10, lower-cased).
 */
export const base32 = (bytes: Uint8Array): string => {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
};
