// A test application key pair and Discord's request signing (Ed25519 over timestamp + body), for the HTTP
// interactions endpoint's tests and the load test.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface TestApplicationKey {
  /** The public key as the developer portal shows it: 64 hex digits. */
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function createTestKey(): TestApplicationKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKeyHex: der.subarray(-32).toString('hex'), privateKey };
}

/** The headers Discord sends with a body, signed at `timestamp` (seconds since the epoch). */
export function signedHeaders(
  key: TestApplicationKey,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`), key.privateKey).toString('hex');
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature,
    'x-signature-timestamp': String(timestamp),
  };
}
