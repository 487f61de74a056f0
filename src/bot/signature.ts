// Discord signs every request it POSTs to an interactions endpoint with the application's Ed25519 key:
// the signature covers the timestamp header followed by the raw body. Checked with node:crypto alone.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

// The DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * A request older (or newer) than this is refused even when correctly signed, so a captured request cannot
 * be replayed later. Discord sends each at once; five minutes covers clock drift.
 */
export const MAX_SIGNATURE_AGE_SECONDS = 300;

/** The application's public key, from the 64 hex digits the developer portal shows. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function checkSignature(
  key: KeyObject,
  headers: { signature?: string; timestamp?: string },
  rawBody: Buffer,
  nowSeconds: number,
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-f]{128}$/i.test(signature)) return { ok: false, reason: 'malformed signature' };
  const sentAt = Number(timestamp);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - sentAt) > MAX_SIGNATURE_AGE_SECONDS)
    return { ok: false, reason: 'stale or malformed timestamp' };
  const signed = Buffer.concat([Buffer.from(timestamp), rawBody]);
  return verify(null, signed, key, Buffer.from(signature, 'hex'))
    ? { ok: true }
    : { ok: false, reason: 'bad signature' };
}
