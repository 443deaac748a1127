// Accord console: verification of an agreement's history in the browser.
//
// This module checks an audit bundle (docs/ledger.md §6) with nothing but the browser's own
// Web Crypto (crypto.subtle: SHA-256 and Ed25519), TextEncoder and atob. It is a plain ES module:
// no build step, no third-party code. It checks exactly what the Java reference verifier
// (accord.messages.ledger.verifier.BundleVerifier) checks:
//
//   1. the checkpoint is a C2SP signed note holding a tlog-checkpoint body, and its signature line
//      for the trusted key (name and key id) is a valid Ed25519 signature of the note's text;
//   2. every leaf hashes to its leafHash, SHA-256(0x00 || UTF-8(leaf)), and its RFC 9162 audit path
//      leads from that hash at its position to the checkpoint's root at the checkpoint's tree size;
//   3. every leaf is canonical RFC 8785 JSON of format accord/leaf/v1 naming the bundle's
//      agreement, the event's position and its version;
//   4. the versions run 0, 1, 2, … with none missing or repeated, and positions rise.
//
// The tree's size and root come only from the signed checkpoint, never from the proofs.
// docs/console-verification.md says what is checked and what is not.
//
// Nothing read from the service is trusted or inserted as HTML: every text goes in through
// textContent.

const LEAF_FORMAT = 'accord/leaf/v1';
const BUNDLE_FORMAT = 'accord/audit-bundle/v1';
const HASH_LENGTH = 32;
const ED25519_SIGNATURE_LENGTH = 64;
const ED25519_KEY_LENGTH = 32;
/** The signed-note algorithm byte for Ed25519 (C2SP signed-note). */
const ED25519_ALGORITHM = 0x01;
/** How every signature line of a signed note starts: an em dash (U+2014) and a space. */
const SIGNATURE_PREFIX = '\u2014 ';
/** Go's note package refuses notes with more signatures; so does this. */
const MAX_SIGNATURES = 100;
/** Beyond 2^53 a JSON number (an IEEE double) no longer tells whole numbers apart. */
const LARGEST_EXACT_INTEGER = 2 ** 53;
/** The members of every accord/leaf/v1 leaf, in RFC 8785 order (docs/ledger.md §2). */
const LEAF_MEMBERS = ['agreementId', 'causationId', 'correlationId', 'eventId', 'eventRevision', 'eventType',
  'format', 'occurredOn', 'payload', 'position', 'recordedAt', 'recordedBy', 'version'];

/** Where the console keeps what it remembers, in this browser's localStorage. */
export const STORAGE = Object.freeze({
  pinnedKey: 'accord.verification.pinned-key',
  checkpointPrefix: 'accord.verification.checkpoint:',
});

const encoder = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// Bytes, base64 and hashes
// ---------------------------------------------------------------------------------------------

/** Standard base64 with padding, nothing else (no spaces, no URL alphabet). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes standard padded base64 strictly, as the Java verifier does: the unused bits of the last
 * character must be zero, so every byte string has exactly one spelling.
 *
 * @param {string} text
 * @param {string} what what the text is, for the error
 * @returns {Uint8Array}
 */
export function base64Decode(text, what) {
  if (typeof text !== 'string' || !BASE64.test(text)) {
    throw new Error(`${what} is not standard padded base64`);
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  if (base64Encode(bytes) !== text) {
    throw new Error(`${what} is not in canonical base64 (its unused bits are not zero)`);
  }
  return bytes;
}

/** @param {Uint8Array} bytes @returns {string} standard padded base64 */
export function base64Encode(bytes) {
  let binary = '';
  for (const b of bytes) {
    binary += String.fromCharCode(b);
  }
  return btoa(binary);
}

/** @returns {string} lowercase hex */
function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function equalBytes(a, b) {
  if (a.length !== b.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    difference |= a[i] ^ b[i];
  }
  return difference === 0;
}

/** @returns {Promise<Uint8Array>} SHA-256 of the bytes, by Web Crypto */
export async function sha256(bytes) {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** @returns {Promise<Uint8Array>} the RFC 9162 §2.1.1 leaf hash, SHA-256(0x00 || leaf) */
export function leafHash(leafBytes) {
  return sha256(concat(Uint8Array.of(0x00), leafBytes));
}

/** @returns {Promise<Uint8Array>} the RFC 9162 §2.1.1 interior node hash, SHA-256(0x01 || left || right) */
export function nodeHash(left, right) {
  return sha256(concat(Uint8Array.of(0x01), left, right));
}

// ---------------------------------------------------------------------------------------------
// RFC 8785: the JSON Canonicalization Scheme
// ---------------------------------------------------------------------------------------------

/**
 * The canonical JSON text of a value as JSON.parse returns it (RFC 8785 §3.2): no whitespace,
 * object members sorted by their names' UTF-16 code units, strings escaped only where JSON
 * requires, numbers written as ECMAScript's Number::toString writes them (RFC 8785 §3.2.2.3
 * names that algorithm; in JavaScript it is String(number)).
 *
 * @param {*} value null, a boolean, a finite number, a string, an array or a plain object
 * @returns {string}
 * @throws {Error} for NaN, infinities, lone surrogates and values that are not JSON
 */
export function canonicalize(value) {
  if (value === null) {
    return 'null';
  }
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) {
        throw new Error(`JSON has no number for ${value}`);
      }
      // ECMAScript's Number::toString: shortest round-trip digits, exponent from 1e21 and below
      // 1e-6, and -0 written as "0" (RFC 8785 §3.2.2.3).
      return String(value);
    case 'string':
      return canonicalString(value);
    case 'object':
      if (Array.isArray(value)) {
        return '[' + value.map(canonicalize).join(',') + ']';
      }
      return '{' + Object.keys(value)
        // Relational comparison of strings compares UTF-16 code units: the order RFC 8785 §3.2.3 asks for.
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((name) => canonicalString(name) + ':' + canonicalize(value[name]))
        .join(',') + '}';
    default:
      throw new Error(`not a JSON value: ${typeof value}`);
  }
}

/** A string as RFC 8785 §3.2.2.2 writes it; lone surrogates cannot be UTF-8 and are refused. */
function canonicalString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      out += '\\"';
    } else if (c === 0x5c) {
      out += '\\\\';
    } else if (c === 0x08) {
      out += '\\b';
    } else if (c === 0x09) {
      out += '\\t';
    } else if (c === 0x0a) {
      out += '\\n';
    } else if (c === 0x0c) {
      out += '\\f';
    } else if (c === 0x0d) {
      out += '\\r';
    } else if (c < 0x20) {
      out += '\\u00' + c.toString(16).padStart(2, '0');
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length
        && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += s[i] + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      throw new Error(`a lone surrogate at index ${i} cannot be encoded as UTF-8`);
    } else {
      out += s[i];
    }
  }
  return out + '"';
}

// ---------------------------------------------------------------------------------------------
// Leaves (docs/ledger.md §2)
// ---------------------------------------------------------------------------------------------

/**
 * Reads a leaf, refusing anything that is not exactly a canonical accord/leaf/v1 leaf, as the Java
 * LeafRecord.parse does.
 *
 * @param {string} leaf the leaf text as the bundle carries it
 * @returns {object} the parsed leaf
 * @throws {Error} with a message a person can read
 */
export function parseLeaf(leaf) {
  let parsed;
  try {
    parsed = JSON.parse(leaf);
  } catch (e) {
    throw new Error('it is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('it is not a JSON object');
  }
  const members = Object.keys(parsed).sort();
  if (members.join(',') !== LEAF_MEMBERS.join(',')) {
    throw new Error(`it does not have exactly the members ${LEAF_MEMBERS.join(', ')}`);
  }
  if (parsed.format !== LEAF_FORMAT) {
    throw new Error(`its format is ${JSON.stringify(parsed.format)}, not ${LEAF_FORMAT}`);
  }
  for (const name of ['agreementId', 'eventId', 'eventType', 'recordedAt']) {
    if (typeof parsed[name] !== 'string') {
      throw new Error(`its ${name} is not a string`);
    }
  }
  for (const name of ['causationId', 'correlationId', 'eventRevision', 'recordedBy']) {
    if (parsed[name] !== null && typeof parsed[name] !== 'string') {
      throw new Error(`its ${name} is neither a string nor null`);
    }
  }
  for (const name of ['position', 'version']) {
    const n = parsed[name];
    if (!Number.isInteger(n) || n < 0 || n > LARGEST_EXACT_INTEGER) {
      throw new Error(`its ${name} is not a whole number from 0 to 2^53`);
    }
  }
  const payload = parsed.payload;
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new Error('its payload is not a JSON object');
  }
  let canonical;
  try {
    canonical = canonicalize(parsed);
    const occurredOn = Object.prototype.hasOwnProperty.call(payload, 'occurredOn') ? payload.occurredOn : null;
    if (canonicalize(occurredOn) !== canonicalize(parsed.occurredOn)) {
      throw new Error("its occurredOn is not the payload's");
    }
  } catch (e) {
    throw new Error(e.message.startsWith('its ') ? e.message : `it cannot be canonical JSON: ${e.message}`);
  }
  // RFC 8785: the leaf must be byte for byte the canonical form of what it says.
  if (!equalBytes(encoder.encode(canonical), encoder.encode(leaf))) {
    throw new Error('it is not in canonical RFC 8785 form (re-serialized canonically it gives other bytes)');
  }
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// RFC 9162 proofs (§2.1.3.2 inclusion, §2.1.4.2 consistency). Sizes and indexes are BigInts, since
// JavaScript's bitwise operators only work on 32 bits.
// ---------------------------------------------------------------------------------------------

/** @returns {number} how many hashes an audit path for this leaf in a tree of this size has */
export function inclusionPathLength(index, treeSize) {
  let length = 0;
  let lo = 0n;
  let hi = BigInt(treeSize);
  const position = BigInt(index);
  while (hi - lo > 1n) {
    const k = largestPowerOfTwoBelow(hi - lo);
    if (position < lo + k) {
      hi = lo + k;
    } else {
      lo += k;
    }
    length++;
  }
  return length;
}

function largestPowerOfTwoBelow(n) {
  let k = 1n;
  while (k << 1n < n) {
    k <<= 1n;
  }
  return k;
}

/**
 * Checks an audit path with the algorithm of RFC 9162 §2.1.3.2.
 *
 * @param {number|bigint} index the leaf's position
 * @param {number|bigint} treeSize the size of the tree whose root is given
 * @param {Uint8Array} leaf the leaf hash
 * @param {Uint8Array[]} auditPath the audit path, nearest the leaf first
 * @param {Uint8Array} root the root of the tree of treeSize leaves
 * @returns {Promise<boolean>} true only when the path proves the leaf hash at that index under that root
 */
export async function verifyInclusion(index, treeSize, leaf, auditPath, root) {
  let fn = BigInt(index);
  let sn = BigInt(treeSize) - 1n;
  if (fn < 0n || fn > sn || leaf.length !== HASH_LENGTH || root.length !== HASH_LENGTH
      || auditPath.some((p) => p.length !== HASH_LENGTH)) {
    return false;
  }
  let r = leaf;
  for (const p of auditPath) {
    if (sn === 0n) {
      return false; // the path is longer than the tree is deep
    }
    if ((fn & 1n) === 1n || fn === sn) {
      r = await nodeHash(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && equalBytes(r, root);
}

/**
 * Checks a consistency proof with the algorithm of RFC 9162 §2.1.4.2.
 *
 * @returns {Promise<boolean>} true only when the proof shows the tree of `from` leaves with root
 *     fromRoot is a prefix of the tree of `to` leaves with root toRoot
 */
export async function verifyConsistency(from, to, proof, fromRoot, toRoot) {
  const m = BigInt(from);
  const n = BigInt(to);
  if (m < 1n || m > n || fromRoot.length !== HASH_LENGTH || toRoot.length !== HASH_LENGTH
      || proof.some((p) => p.length !== HASH_LENGTH)) {
    return false;
  }
  if (m === n) {
    return proof.length === 0 && equalBytes(fromRoot, toRoot);
  }
  if (proof.length === 0) {
    return false;
  }
  // Step 1: when the older tree is a perfect tree, its root is the first node of the path.
  const path = (m & (m - 1n)) === 0n ? [fromRoot, ...proof] : [...proof];
  let fn = m - 1n;
  let sn = n - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0n) {
      return false;
    }
    if ((fn & 1n) === 1n || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && equalBytes(fr, fromRoot) && equalBytes(sr, toRoot);
}

// ---------------------------------------------------------------------------------------------
// Signed notes, checkpoints and verifier keys (docs/ledger.md §4)
// ---------------------------------------------------------------------------------------------

/**
 * Reads a C2SP signed note as Go's note.Open does: the signatures follow the last blank line and
 * every signature line must be well formed.
 *
 * @returns {{text: string, signatures: {name: string, keyId: Uint8Array, signature: Uint8Array}[]}}
 */
export function parseSignedNote(note) {
  if (typeof note !== 'string') {
    throw new Error('there is no note');
  }
  const split = note.lastIndexOf('\n\n');
  if (split < 0) {
    throw new Error('a signed note has a blank line before its signatures');
  }
  const text = note.substring(0, split + 1);
  const lines = note.substring(split + 2);
  if (lines === '' || !lines.endsWith('\n')) {
    throw new Error('a signed note ends with signature lines, each ending in a newline');
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) {
      throw new Error('a note text has no control characters other than newline');
    }
  }
  const signatures = lines.slice(0, -1).split('\n').map((line) => {
    if (!line.startsWith(SIGNATURE_PREFIX)) {
      throw new Error("a signature line starts with '\u2014 '");
    }
    const rest = line.substring(SIGNATURE_PREFIX.length);
    const space = rest.indexOf(' ');
    if (space < 0) {
      throw new Error("a signature line is '\u2014 <name> <base64>'");
    }
    const both = base64Decode(rest.substring(space + 1), 'a signature');
    if (both.length < 5) {
      throw new Error('a signature holds a 4-byte key id and the signature');
    }
    return { name: rest.substring(0, space), keyId: both.slice(0, 4), signature: both.slice(4) };
  });
  if (signatures.length > MAX_SIGNATURES) {
    throw new Error(`a signed note has at most ${MAX_SIGNATURES} signatures`);
  }
  return { text, signatures };
}

/**
 * Reads a C2SP tlog-checkpoint body: exactly three lines, origin, tree size in decimal without
 * leading zeros, root hash in padded base64.
 *
 * @returns {{origin: string, treeSize: number, rootHash: Uint8Array}}
 */
export function parseCheckpoint(body) {
  if (!body.endsWith('\n')) {
    throw new Error('a checkpoint body ends with a newline');
  }
  const lines = body.slice(0, -1).split('\n');
  if (lines.length !== 3) {
    throw new Error(`a checkpoint body has exactly three lines, not ${lines.length}`);
  }
  const [origin, size, root] = lines;
  if (origin === '') {
    throw new Error('the origin line is empty');
  }
  if (!/^(0|[1-9][0-9]{0,15})$/.test(size) || Number(size) > LARGEST_EXACT_INTEGER) {
    throw new Error(`the tree size '${size}' is not a decimal number without leading zeros`);
  }
  const rootHash = base64Decode(root, 'the root hash');
  if (rootHash.length !== HASH_LENGTH) {
    throw new Error(`the root hash is ${rootHash.length} bytes, not ${HASH_LENGTH}`);
  }
  return { origin, treeSize: Number(size), rootHash };
}

/** @returns {Promise<Uint8Array>} the C2SP key id: the first 4 bytes of SHA-256(name || 0x0A || 0x01 || key) */
async function keyIdOf(name, publicKey) {
  const digest = await sha256(concat(encoder.encode(name), Uint8Array.of(0x0a, ED25519_ALGORITHM), publicKey));
  return digest.slice(0, 4);
}

/**
 * Reads a verifier key, {@code <name>+<key id, 8 hex>+<base64(0x01 || Ed25519 public key)>}, and
 * checks its key id belongs to its name and key.
 *
 * @returns {Promise<{name: string, keyId: Uint8Array, keyIdHex: string, publicKey: Uint8Array, verifierKey: string}>}
 */
export async function parseVerifierKey(verifierKey) {
  if (typeof verifierKey !== 'string') {
    throw new Error('there is no verifier key');
  }
  // Names never contain '+', but base64 does: split at the first two only, as Go's note package does.
  const first = verifierKey.indexOf('+');
  const second = first < 0 ? -1 : verifierKey.indexOf('+', first + 1);
  if (second < 0) {
    throw new Error('a verifier key is <name>+<key id>+<key>');
  }
  const name = verifierKey.substring(0, first);
  const idHex = verifierKey.substring(first + 1, second);
  if (name === '' || /[\s+\p{Cc}\p{Z}]/u.test(name)) {
    throw new Error('a key name is not empty and has no spaces, + or control characters');
  }
  if (!/^[0-9a-f]{8}$/.test(idHex)) {
    throw new Error('a key id is 8 lowercase hex digits');
  }
  const typed = base64Decode(verifierKey.substring(second + 1), 'the key');
  if (typed.length !== 1 + ED25519_KEY_LENGTH || typed[0] !== ED25519_ALGORITHM) {
    throw new Error('it is not an Ed25519 key');
  }
  const publicKey = typed.slice(1);
  const keyId = await keyIdOf(name, publicKey);
  if (hex(keyId) !== idHex) {
    throw new Error(`the key id ${idHex} does not belong to this name and key`);
  }
  return { name, keyId, keyIdHex: idHex, publicKey, verifierKey };
}

/**
 * @returns {Promise<boolean>} true when the note has exactly one signature line with the key's
 *     name and key id and it is a valid Ed25519 signature of the note's text by that key
 */
async function noteVerifiedBy(note, key) {
  const matching = note.signatures.filter((s) => s.name === key.name && equalBytes(s.keyId, key.keyId));
  // Go's note.Open refuses a note that repeats a known key, rather than picking one line.
  if (matching.length !== 1 || matching[0].signature.length !== ED25519_SIGNATURE_LENGTH) {
    return false;
  }
  const publicKey = await crypto.subtle.importKey('raw', key.publicKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, matching[0].signature, encoder.encode(note.text));
}

// ---------------------------------------------------------------------------------------------
// The audit bundle (docs/ledger.md §6)
// ---------------------------------------------------------------------------------------------

/**
 * Verifies an audit bundle.
 *
 * @param {object} bundle the audit bundle, as parsed JSON
 * @param {{pinnedVerifierKey?: string}} options the verifier key to trust; without one, the
 *     bundle's own verifierKey is used, which only shows the bundle is consistent with itself
 * @returns {Promise<{ok: boolean, reason: string|null, agreementId: *, verifiedCount: number,
 *     checkpoint: {ok: boolean, reason: string|null, origin: string|null, treeSize: number|null,
 *     rootHash: string|null, keyName: string|null, keyId: string|null, trustedKey: string|null,
 *     bundleKey: string|null, keySource: 'pinned'|'bundle', note: string|null},
 *     events: {eventId: string|null, position: *, version: *, ok: boolean, reason: string|null}[]}>}
 *     never rejects: every problem is a failed check with a reason
 */
export async function verifyAuditBundle(bundle, { pinnedVerifierKey } = {}) {
  const keySource = pinnedVerifierKey ? 'pinned' : 'bundle';
  const checkpoint = {
    ok: false, reason: null, origin: null, treeSize: null, rootHash: null, keyName: null, keyId: null,
    trustedKey: pinnedVerifierKey || (bundle && typeof bundle.verifierKey === 'string' ? bundle.verifierKey : null),
    bundleKey: bundle && typeof bundle.verifierKey === 'string' ? bundle.verifierKey : null,
    keySource, note: null,
  };
  const result = { ok: false, reason: null, agreementId: bundle ? bundle.agreementId : null, verifiedCount: 0,
    checkpoint, events: [] };
  try {
    const problem = bundleShape(bundle);
    if (problem) {
      result.reason = problem;
      checkpoint.reason = 'the audit bundle cannot be read, so its checkpoint is not checked';
      return result;
    }
    const tree = await checkCheckpoint(bundle, pinnedVerifierKey, checkpoint);
    let previousVersion = -1;
    let previousPosition = -1;
    for (const event of bundle.events) {
      result.events.push(await checkEvent(bundle, event, tree, checkpoint, previousVersion, previousPosition));
      previousVersion = event.version;
      previousPosition = event.position;
    }
    result.verifiedCount = result.events.filter((e) => e.ok).length;
    if (bundle.events.length === 0) {
      result.reason = 'the audit bundle has no events, but every agreement in the ledger has at least one';
    } else if (!checkpoint.ok) {
      result.reason = checkpoint.reason;
    } else if (result.verifiedCount < result.events.length) {
      const failed = result.events.length - result.verifiedCount;
      result.reason = `${failed} of ${result.events.length} events could not be verified`;
    }
    result.ok = result.reason === null;
  } catch (e) {
    // Not expected; a hostile bundle must never leave the page saying nothing.
    result.ok = false;
    result.reason = `the verification could not finish: ${e && e.message ? e.message : e}`;
  }
  return result;
}

/** @returns {string|null} why the bundle is not an audit bundle this verifier reads, or null */
function bundleShape(bundle) {
  if (bundle === null || typeof bundle !== 'object' || Array.isArray(bundle)) {
    return 'the audit bundle is not a JSON object';
  }
  if (bundle.format !== BUNDLE_FORMAT) {
    return `the audit bundle's format is ${JSON.stringify(bundle.format)}, not ${BUNDLE_FORMAT}`;
  }
  for (const name of ['agreementId', 'checkpoint', 'verifierKey']) {
    if (typeof bundle[name] !== 'string') {
      return `the audit bundle's ${name} is not a string`;
    }
  }
  if (!Array.isArray(bundle.events)) {
    return "the audit bundle's events are not a list";
  }
  for (const [i, event] of bundle.events.entries()) {
    if (event === null || typeof event !== 'object' || typeof event.leaf !== 'string'
        || typeof event.leafHash !== 'string' || !Array.isArray(event.auditPath)
        || !Number.isInteger(event.position) || !Number.isInteger(event.version)
        || event.position < 0 || event.version < 0) {
      return `event ${i} of the audit bundle lacks a position, version, leaf, leafHash or auditPath`;
    }
  }
  return null;
}

/** Fills in the checkpoint part of the result; returns the tree {treeSize, rootHash} or null. */
async function checkCheckpoint(bundle, pinnedVerifierKey, checkpoint) {
  checkpoint.note = bundle.checkpoint;
  let note;
  let tree;
  try {
    note = parseSignedNote(bundle.checkpoint);
    tree = parseCheckpoint(note.text);
  } catch (e) {
    checkpoint.reason = `the checkpoint is not a signed checkpoint note: ${e.message}`;
    return null;
  }
  checkpoint.origin = tree.origin;
  checkpoint.treeSize = tree.treeSize;
  checkpoint.rootHash = base64Encode(tree.rootHash);
  const from = pinnedVerifierKey ? 'the pinned key' : "the bundle's own key";
  let key;
  try {
    key = await parseVerifierKey(checkpoint.trustedKey);
  } catch (e) {
    checkpoint.reason = `${from} is not a verifier key: ${e.message}`;
    return tree;
  }
  checkpoint.keyName = key.name;
  checkpoint.keyId = key.keyIdHex;
  if (key.name !== tree.origin) {
    checkpoint.reason = `${from} is named ${key.name}, but the checkpoint's origin is ${tree.origin};`
      + " a log's checkpoints are signed by the key named after its origin";
    return tree;
  }
  let verified;
  try {
    verified = await noteVerifiedBy(note, key);
  } catch (e) {
    checkpoint.reason = `this browser could not check an Ed25519 signature (${e.message});`
      + ' use a browser whose Web Crypto supports Ed25519';
    return tree;
  }
  if (!verified) {
    checkpoint.reason = `the checkpoint's signature does not verify with ${from} ${key.name}+${key.keyIdHex};`
      + ' the checkpoint was altered or signed by another key';
    return tree;
  }
  checkpoint.ok = true;
  return tree;
}

/** Checks one bundled event; returns its part of the result. */
async function checkEvent(bundle, event, tree, checkpoint, previousVersion, previousPosition) {
  const reasons = [];
  const { position, version } = event;
  if (version === previousVersion) {
    reasons.push(`version ${version} is repeated`);
  } else if (version < previousVersion) {
    reasons.push(`version ${version} comes after version ${previousVersion}; versions must be in order`);
  } else if (version === previousVersion + 2) {
    reasons.push(`version ${previousVersion + 1} is missing before it`);
  } else if (version > previousVersion + 2) {
    reasons.push(`versions ${previousVersion + 1} to ${version - 1} are missing before it`);
  }
  if (position <= previousPosition) {
    reasons.push(`its position ${position} does not come after position ${previousPosition} of the event before it`);
  }
  const leafBytes = encoder.encode(event.leaf);
  let eventId = null;
  try {
    const leaf = parseLeaf(event.leaf);
    eventId = leaf.eventId;
    if (leaf.agreementId !== bundle.agreementId) {
      reasons.push(`the leaf belongs to agreement ${leaf.agreementId}, not to ${bundle.agreementId}`);
    }
    if (leaf.position !== position) {
      reasons.push(`the leaf's position is ${leaf.position}, not the event's position ${position}`);
    }
    if (leaf.version !== version) {
      reasons.push(`the leaf's version is ${leaf.version}, not the event's version ${version}`);
    }
  } catch (e) {
    reasons.push(`the leaf is not a canonical ${LEAF_FORMAT} leaf: ${e.message}`);
  }
  const hash = await leafHash(leafBytes);
  try {
    const claimed = base64Decode(event.leafHash, 'the leafHash');
    if (claimed.length !== HASH_LENGTH) {
      reasons.push(`the leafHash is ${claimed.length} bytes, not ${HASH_LENGTH}`);
    } else if (!equalBytes(claimed, hash)) {
      reasons.push('the leafHash is not SHA-256(0x00 || leaf): the leaf or its hash was altered');
    }
  } catch (e) {
    reasons.push(e.message);
  }
  await checkInclusion(event, hash, tree, reasons);
  let reason = null;
  if (reasons.length > 0) {
    reason = reasons.join('; ');
  } else if (!checkpoint.ok) {
    reason = `it is in the tree the checkpoint claims, but the checkpoint is not verified: ${checkpoint.reason}`;
  }
  return { eventId, position, version, ok: reason === null, reason };
}

async function checkInclusion(event, hash, tree, reasons) {
  if (tree === null) {
    reasons.push('it cannot be proven: there is no readable checkpoint');
    return;
  }
  const { position } = event;
  if (position >= tree.treeSize) {
    reasons.push(`its position ${position} is beyond the checkpoint's tree of ${tree.treeSize} leaves`);
    return;
  }
  const expected = inclusionPathLength(position, tree.treeSize);
  if (event.auditPath.length !== expected) {
    reasons.push(`the inclusion proof has ${event.auditPath.length} hashes, but a proof for position ${position}`
      + ` in a tree of ${tree.treeSize} leaves has ${expected}`);
    return;
  }
  const path = [];
  for (const [i, text] of event.auditPath.entries()) {
    let node;
    try {
      node = base64Decode(text, `hash ${i} of the inclusion proof`);
    } catch (e) {
      reasons.push(e.message);
      return;
    }
    if (node.length !== HASH_LENGTH) {
      reasons.push(`hash ${i} of the inclusion proof is ${node.length} bytes, not ${HASH_LENGTH}`);
      return;
    }
    path.push(node);
  }
  if (!(await verifyInclusion(position, tree.treeSize, hash, path, tree.rootHash))) {
    reasons.push("the inclusion proof does not lead to the checkpoint's root: the leaf or the proof was altered");
  }
}

// ---------------------------------------------------------------------------------------------
// Consistency with the last checkpoint this browser verified (RFC 9162 §2.1.4)
// ---------------------------------------------------------------------------------------------

/**
 * Checks that a newly verified checkpoint and the last one this browser verified for the same
 * origin describe one append-only history: equal sizes must have equal roots, and otherwise the
 * service's consistency proof between the two sizes must verify. A verified new checkpoint that is
 * larger replaces the remembered one.
 *
 * @param {{origin: string, treeSize: number, rootHash: string}} current a verified checkpoint
 * @param {Storage} storage where the last verified checkpoint per origin is remembered
 * @param {(from: number, to: number) => Promise<string[]>} fetchProof the consistency proof's hashes
 * @returns {Promise<{ok: boolean, reason: string|null, previous: object|null}>}
 */
export async function checkConsistency(current, storage, fetchProof) {
  const name = STORAGE.checkpointPrefix + current.origin;
  let previous = null;
  try {
    previous = JSON.parse(storage.getItem(name));
  } catch (e) {
    previous = null;
  }
  const remember = () => storage.setItem(name, JSON.stringify(
    { origin: current.origin, treeSize: current.treeSize, rootHash: current.rootHash }));
  if (!previous || !Number.isInteger(previous.treeSize) || typeof previous.rootHash !== 'string'
      || previous.treeSize < 1) {
    remember();
    return { ok: true, reason: null, previous: null };
  }
  const older = previous.treeSize <= current.treeSize ? previous : current;
  const newer = older === previous ? current : previous;
  let ok;
  if (older.treeSize === newer.treeSize) {
    ok = older.rootHash === newer.rootHash;
  } else {
    try {
      const proof = (await fetchProof(older.treeSize, newer.treeSize)).map((h) => base64Decode(h, 'a proof hash'));
      ok = await verifyConsistency(older.treeSize, newer.treeSize, proof,
        base64Decode(older.rootHash, 'a root'), base64Decode(newer.rootHash, 'a root'));
    } catch (e) {
      return { ok: false, previous,
        reason: `the consistency with the checkpoint of size ${previous.treeSize} this browser verified before`
          + ` could not be checked: ${e.message}` };
    }
  }
  if (!ok) {
    return { ok: false, previous,
      reason: `the checkpoint of size ${current.treeSize} is not consistent with the checkpoint of size`
        + ` ${previous.treeSize} this browser verified before: the ledger's history was rewritten or`
        + ' the service shows different histories to different people' };
  }
  if (current.treeSize > previous.treeSize) {
    remember();
  }
  return { ok: true, reason: null, previous };
}

// ---------------------------------------------------------------------------------------------
// The console page
// ---------------------------------------------------------------------------------------------

const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];

/**
 * @returns {Storage} this origin's localStorage, or, where the browser refuses it (some private
 *     modes), a storage that lasts as long as the page, so that nothing is pinned or remembered
 */
function browserStorage() {
  try {
    const storage = window.localStorage;
    const probe = STORAGE.pinnedKey + ':probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (e) {
    const items = new Map();
    return {
      getItem: (name) => (items.has(name) ? items.get(name) : null),
      setItem: (name, value) => items.set(name, String(value)),
      removeItem: (name) => items.delete(name),
    };
  }
}

/** Reads the pinned key, or null when there is none (or storage is unavailable). */
function pinnedKey(storage) {
  try {
    return storage.getItem(STORAGE.pinnedKey) || null;
  } catch (e) {
    return null;
  }
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function fetchJson(path, what) {
  const answer = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    throw new HttpError(answer.status, `the service answered ${answer.status} for ${what}`);
  }
  return answer.json();
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child);
  }
  return node;
}

function term(list, name, value, className) {
  list.append(element('dt', {}, name));
  const dd = element('dd', className ? { class: className } : {});
  dd.append(value);
  list.append(dd);
  return dd;
}

/**
 * Verifies the agreement named by the section's data-agreement-id, fills the section and sets the
 * status of every timeline entry (an element with data-event-id) on the page. Re-verifies when the
 * page announces a new event (document event accord:event-added, detail {eventId, position}).
 *
 * @param {HTMLElement} section the &lt;section id="verification" data-agreement-id="…"&gt;
 * @param {{storage?: Storage}} options where the pinned key and the last verified checkpoint are kept
 * @returns {{ready: Promise<object>, refresh: (waitFor?: {eventId?: string, position?: number}) => Promise<object>}}
 */
export function renderVerification(section, { storage = browserStorage() } = {}) {
  const agreementId = section.dataset.agreementId;
  let generation = 0;
  section.dataset.verification = 'started';

  const refresh = async (waitFor = null) => {
    const mine = ++generation;
    section.setAttribute('aria-busy', 'true');
    if (waitFor && waitFor.eventId) {
      setStatus(entryFor(waitFor.eventId), 'waiting', 'Waiting for a checkpoint that includes it');
    }
    let outcome;
    for (let attempt = 0; ; attempt++) {
      outcome = await verifyOnce(agreementId, storage);
      const covered = !waitFor || (outcome.result && outcome.result.events.some(
        (e) => e.eventId === waitFor.eventId || (waitFor.position !== undefined && e.position === waitFor.position)));
      const retry = outcome.retry || !covered;
      if (!retry || attempt >= RETRY_DELAYS_MS.length) {
        break;
      }
      if (mine !== generation) {
        return outcome.result; // a newer verification has started; it draws the section
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
    if (mine === generation) {
      draw(section, outcome, storage, refresh, waitFor);
      section.setAttribute('aria-busy', 'false');
      section.dataset.verification = 'done';
    }
    return outcome.result;
  };

  document.addEventListener('accord:event-added', (event) => {
    const detail = event.detail || {};
    refresh({ eventId: detail.eventId, position: detail.position });
  });
  return { ready: refresh(), refresh };
}

/** Fetches the bundle and the service's key, verifies, and checks consistency; never rejects. */
async function verifyOnce(agreementId, storage) {
  const path = `/agreements/${encodeURIComponent(agreementId)}/audit-bundle`;
  let bundle;
  let serviceKey = null;
  try {
    [bundle, serviceKey] = await Promise.all([
      fetchJson(path, 'the audit bundle'),
      fetchJson('/ledger/key', 'the ledger key').then((k) => k.verifierKey).catch(() => null),
    ]);
  } catch (e) {
    // 503: no checkpoint covers the newest event yet; worth another try.
    return { result: null, error: e.message, retry: e instanceof HttpError ? e.status === 503 : true, serviceKey };
  }
  const pinned = pinnedKey(storage);
  const result = await verifyAuditBundle(bundle, { pinnedVerifierKey: pinned || undefined });
  let consistency = null;
  if (result.checkpoint.ok) {
    try {
      consistency = await checkConsistency(result.checkpoint, storage, async (from, to) => {
        const proof = await fetchJson(`/ledger/proofs/consistency?from=${from}&to=${to}`, 'a consistency proof');
        return Array.isArray(proof.proof) ? proof.proof : [];
      });
    } catch (e) {
      // Only the browser's storage can fail here (checkConsistency turns proof failures into reasons).
      consistency = { ok: true, reason: null, previous: null, unavailable: `this browser's storage failed: ${e.message}` };
    }
    if (!consistency.ok) {
      // A checkpoint that contradicts one already verified proves nothing about its events.
      result.checkpoint.ok = false;
      result.checkpoint.reason = consistency.reason;
      result.ok = false;
      result.reason = consistency.reason;
      for (const event of result.events) {
        if (event.ok) {
          event.ok = false;
          event.reason = `the checkpoint it is proven against is not trusted: ${consistency.reason}`;
        }
      }
      result.verifiedCount = 0;
    }
  }
  return { result, serviceKey, pinned, consistency, retry: false };
}

function entryFor(eventId) {
  return Array.from(document.querySelectorAll('[data-event-id]')).find((e) => e.dataset.eventId === eventId) || null;
}

function setStatus(entry, state, text) {
  if (!entry) {
    return;
  }
  let status = entry.querySelector('.verification-status');
  if (!status) {
    status = element('span', { class: 'verification-status' });
    entry.append(status);
  }
  status.classList.remove('verified', 'not-verified', 'waiting');
  status.classList.add(state);
  status.textContent = text;
}

/** Draws the section and the timeline statuses from one verification. */
function draw(section, outcome, storage, refresh, waitFor) {
  const { result, serviceKey, pinned, consistency } = outcome;
  section.replaceChildren();
  section.append(element('h2', {}, 'Verification in this browser'));
  if (!result) {
    section.append(element('p', { class: 'verification-summary' },
      `Not verified: the audit bundle could not be fetched (${outcome.error}).`));
    for (const entry of document.querySelectorAll('[data-event-id]')) {
      setStatus(entry, 'not-verified', 'Not verified: the audit bundle could not be fetched');
    }
    return;
  }
  const { checkpoint } = result;
  const summary = checkpoint.treeSize === null
    ? `${result.verifiedCount} of ${result.events.length} events verified: ${result.reason}`
    : `${result.verifiedCount} of ${result.events.length} events verified against checkpoint of size ${checkpoint.treeSize}`;
  section.append(element('p', { class: 'verification-summary' }, summary));
  if (!result.ok && result.reason) {
    section.append(element('p', { class: 'verification-problem', role: 'alert' }, `Not verified: ${result.reason}.`));
  }

  // The key: which one is trusted, where it came from, and whether the service still names it.
  const keyMismatch = [];
  if (pinned && checkpoint.bundleKey && checkpoint.bundleKey !== pinned) {
    keyMismatch.push(`The audit bundle names the key ${checkpoint.bundleKey}, not the key pinned in this browser.`);
  }
  if (pinned && serviceKey && serviceKey !== pinned) {
    keyMismatch.push(`The service publishes the key ${serviceKey} at /ledger/key, not the key pinned in this browser.`);
  }
  if (!pinned && serviceKey && checkpoint.bundleKey && serviceKey !== checkpoint.bundleKey) {
    keyMismatch.push(`The audit bundle names the key ${checkpoint.bundleKey}, but the service publishes ${serviceKey}.`);
  }
  if (keyMismatch.length > 0) {
    section.append(element('p', { class: 'verification-key-mismatch', role: 'alert' },
      element('strong', {}, 'Key mismatch: '), keyMismatch.join(' '),
      pinned ? ' Checkpoints are checked only with the pinned key.' : ''));
  }

  section.append(element('h3', {}, 'Checkpoint'));
  const cp = element('dl', { class: 'verification-checkpoint' });
  term(cp, 'Origin', checkpoint.origin ?? 'unknown');
  term(cp, 'Tree size', checkpoint.treeSize === null ? 'unknown' : String(checkpoint.treeSize));
  term(cp, 'Root hash', element('code', {}, checkpoint.rootHash ?? 'unknown'));
  term(cp, 'Signature', checkpoint.ok || (consistency && !consistency.ok)
    ? `Verified with key ${checkpoint.keyName}+${checkpoint.keyId}`
    : `Not verified: ${checkpoint.reason}`, 'verification-signature');
  term(cp, 'Consistency', consistencyText(consistency), 'verification-consistency');
  section.append(cp);

  section.append(element('h3', {}, 'Trusted key'));
  const keys = element('dl', { class: 'verification-keys' });
  term(keys, 'Verifier key', element('code', { class: 'verification-key' }, checkpoint.trustedKey ?? 'none'));
  term(keys, 'Where it came from', pinned
    ? 'Pinned in this browser: only this key is trusted.'
    : 'Taken from the audit bundle, not pinned: this shows the bundle is consistent with itself, not who signed it.'
      + ' Compare the key with one obtained independently, then pin it.', 'verification-key-source');
  term(keys, 'Published by the service', serviceKey ? element('code', {}, serviceKey) : 'unavailable');
  section.append(keys);

  const pin = element('button', { type: 'button', class: 'verification-pin' }, 'Pin this key');
  pin.disabled = !checkpoint.trustedKey || pinned === checkpoint.trustedKey;
  pin.addEventListener('click', () => {
    storage.setItem(STORAGE.pinnedKey, checkpoint.trustedKey);
    refresh();
  });
  const forget = element('button', { type: 'button', class: 'verification-forget' }, 'Forget pinned key');
  forget.disabled = !pinned;
  forget.addEventListener('click', () => {
    storage.removeItem(STORAGE.pinnedKey);
    refresh();
  });
  section.append(element('p', {}, pin, ' ', forget));

  // The timeline: every entry on the page gets a status in words, not only a colour.
  // An event id the bundle repeats counts as verified only when every one of its copies is.
  const byId = new Map();
  for (const event of result.events.filter((e) => e.eventId)) {
    const known = byId.get(event.eventId);
    if (!known || (known.ok && !event.ok)) {
      byId.set(event.eventId, event);
    }
  }
  for (const entry of document.querySelectorAll('[data-event-id]')) {
    const event = byId.get(entry.dataset.eventId);
    if (result.events.length === 0 && result.reason) {
      setStatus(entry, 'not-verified', `Not verified: ${result.reason}`);
    } else if (!event && waitFor && waitFor.eventId === entry.dataset.eventId) {
      setStatus(entry, 'not-verified', 'Not verified: no signed checkpoint included it after several tries;'
        + ' reload the page to try again');
    } else if (!event) {
      setStatus(entry, 'not-verified', 'Not verified: not in the audit bundle');
    } else if (entry.dataset.position !== undefined && String(event.position) !== entry.dataset.position) {
      setStatus(entry, 'not-verified',
        `Not verified: the page shows it at position ${entry.dataset.position}, the ledger at ${event.position}`);
    } else if (entry.dataset.version !== undefined && String(event.version) !== entry.dataset.version) {
      setStatus(entry, 'not-verified',
        `Not verified: the page shows it as version ${entry.dataset.version}, the ledger as version ${event.version}`);
    } else if (event.ok) {
      setStatus(entry, 'verified', 'Verified');
    } else {
      setStatus(entry, 'not-verified', `Not verified: ${event.reason}`);
    }
  }
}

function consistencyText(consistency) {
  if (!consistency) {
    return 'Not checked: the checkpoint is not verified.';
  }
  if (!consistency.ok) {
    return `Not consistent: ${consistency.reason}.`;
  }
  if (consistency.unavailable) {
    return `Not checked: ${consistency.unavailable}.`;
  }
  if (!consistency.previous) {
    return 'First checkpoint this browser has verified for this ledger; remembered for next time.';
  }
  return `Consistent with the checkpoint of size ${consistency.previous.treeSize} this browser verified before.`;
}

// The page needs no script of its own: the module starts itself when the section is there.
if (typeof document !== 'undefined') {
  const start = () => {
    const section = document.getElementById('verification');
    if (section && !section.dataset.verification) {
      renderVerification(section);
    }
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}
