"use strict";
// In-browser verification of a transparency-log entry: the RFC 6962 leaf
// hash of the entry's bytes, its inclusion proof up to the checkpoint's root
// hash, the checkpoint's Ed25519 signature under the log's verifier key, and
// witnesses' cosignatures (C2SP signed-note, tlog-checkpoint, tlog-cosignature).
// Only WebCrypto is trusted: the server supplies bytes, never verdicts.
const Verify = (() => {
  const enc = new TextEncoder();

  function b64(s) {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function hex(b) { return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(""); }
  function concat(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) { out.set(p, o); o += p.length; }
    return out;
  }
  function equal(a, b) { return a.length === b.length && a.every((x, i) => x === b[i]); }
  async function sha256(data) { return new Uint8Array(await crypto.subtle.digest("SHA-256", data)); }

  // leafHash and nodeHash are RFC 6962's domain-separated hashes.
  const leafHash = (entry) => sha256(concat(Uint8Array.of(0), entry));
  const nodeHash = (l, r) => sha256(concat(Uint8Array.of(1), l, r));

  // rootFromInclusion is RFC 9162 section 2.1.3.2: the root that proof
  // leads to from the leaf at index in a tree of size.
  async function rootFromInclusion(index, size, leaf, proof) {
    if (index >= size) throw new Error(`index ${index} is outside a tree of ${size}`);
    let fn = index, sn = size - 1, r = leaf;
    for (const p of proof) {
      if (p.length !== 32) throw new Error("a proof hash is not 32 bytes");
      if (sn === 0) throw new Error("the proof is longer than the tree is deep");
      if (fn % 2 === 1 || fn === sn) {
        r = await nodeHash(p, r);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
    }
    if (sn !== 0) throw new Error("the proof is shorter than the tree is deep");
    return r;
  }

  // parseVerifierKey reads a note verifier key "name+hash+base64(type||key)".
  async function parseVerifierKey(vkey) {
    const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey.trim());
    if (!m) throw new Error("not a verifier key (name+hash+key)");
    const [, name, hashHex, keyB64] = m;
    const raw = b64(keyB64);
    if (raw.length !== 33 || (raw[0] !== 1 && raw[0] !== 4)) throw new Error("not an Ed25519 note or cosignature key");
    const h = await sha256(concat(enc.encode(name + "\n"), raw));
    if (hex(h.slice(0, 4)) !== hashHex) throw new Error("the key hash does not match the key");
    const key = await crypto.subtle.importKey("raw", raw.slice(1), { name: "Ed25519" }, false, ["verify"]);
    return { name, type: raw[0], hash: h.slice(0, 4), key };
  }

  // parseCheckpoint splits a signed note into its text and signature lines
  // and reads the checkpoint body: origin, size, root hash.
  function parseCheckpoint(bytes) {
    const s = new TextDecoder().decode(bytes);
    const cut = s.lastIndexOf("\n\n");
    if (cut < 0) throw new Error("the checkpoint is not a signed note");
    const text = s.slice(0, cut + 1);
    const lines = text.split("\n");
    if (lines.length < 4 || !/^\d+$/.test(lines[1])) throw new Error("the checkpoint body is malformed");
    const sigs = [];
    for (const line of s.slice(cut + 2).split("\n")) {
      if (!line) continue;
      const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
      if (!m) throw new Error("a signature line is malformed");
      sigs.push({ name: m[1], bytes: b64(m[2]) });
    }
    return { text, origin: lines[0], size: Number(lines[1]), root: b64(lines[2]), sigs };
  }

  // verifyProof checks a proof from GET /v1/log/entries/{i}/proof against
  // the log's verifier key and, with quorum > 0, at least quorum valid
  // cosignatures by witnessKeys, returning each step with its result. ok is
  // true only if every required step passed.
  async function verifyProof(proof, logKey, witnessKeys = [], quorum = 0) {
    const steps = [];
    const step = (what, ok, detail) => { steps.push({ what, ok, detail }); return ok; };
    try {
      const entry = b64(proof.entry);
      const leaf = await leafHash(entry);
      step("leaf hash SHA-256(0x00 ‖ entry)", true, hex(leaf));
      const cp = parseCheckpoint(b64(proof.checkpoint));
      step("checkpoint read", true, `origin ${cp.origin}, size ${cp.size}, root ${hex(cp.root)}`);
      const vk = await parseVerifierKey(logKey);
      if (!step("checkpoint origin is the key's log", vk.name === cp.origin, `${cp.origin} vs key ${vk.name}`)) return { ok: false, steps };
      const sig = cp.sigs.find((x) => x.name === vk.name && equal(x.bytes.slice(0, 4), vk.hash));
      if (!step("checkpoint signed by the log key", !!sig && sig.bytes.length === 68 &&
        await crypto.subtle.verify({ name: "Ed25519" }, vk.key, sig.bytes.slice(4), enc.encode(cp.text)),
        sig ? "Ed25519 signature over the checkpoint body" : "no signature by this key")) return { ok: false, steps };
      if (!step("proof is for this checkpoint's tree", proof.tree_size === cp.size, `tree size ${proof.tree_size}, checkpoint size ${cp.size}`)) return { ok: false, steps };
      const root = await rootFromInclusion(proof.index, cp.size, leaf, (proof.inclusion || []).map(b64));
      if (!step(`inclusion of entry ${proof.index} (${(proof.inclusion || []).length} hashes)`, equal(root, cp.root),
        `computed root ${hex(root)}`)) return { ok: false, steps };
      let cosigned = 0;
      for (const wk of witnessKeys) {
        let w;
        try { w = await parseVerifierKey(wk); } catch (e) { step(`witness key ${wk.slice(0, 24)}…`, false, e.message); continue; }
        const cs = cp.sigs.find((x) => x.name === w.name && equal(x.bytes.slice(0, 4), w.hash));
        if (!cs) { steps.push({ what: `cosigned by ${w.name}`, ok: null, detail: "no cosignature by this witness on this checkpoint" }); continue; }
        if (cs.bytes.length !== 76) { step(`cosigned by ${w.name}`, false, "malformed cosignature"); continue; }
        const ts = new DataView(cs.bytes.buffer, cs.bytes.byteOffset + 4, 8).getBigUint64(0);
        const msg = enc.encode(`cosignature/v1\ntime ${ts}\n` + cp.text);
        if (step(`cosigned by ${w.name}`, await crypto.subtle.verify({ name: "Ed25519" }, w.key, cs.bytes.slice(12), msg),
          `cosignature/v1 at ${new Date(Number(ts) * 1000).toISOString()}`)) cosigned++;
      }
      if (quorum > 0) step(`witness quorum ${quorum}`, cosigned >= quorum, `${cosigned} valid cosignature${cosigned === 1 ? "" : "s"} from the given witnesses`);
      const others = cp.sigs.filter((x) => x.name !== vk.name && !witnessKeys.some((k) => k.startsWith(x.name + "+")));
      if (others.length) steps.push({ what: "other signatures (not checked: give their keys)", ok: null, detail: others.map((x) => x.name).join(", ") });
      return { ok: steps.every((s) => s.ok !== false), steps, entry };
    } catch (e) {
      step("verification", false, e.message);
      return { ok: false, steps };
    }
  }

  // entriesPath is the tlog-tiles path of entry bundle n (partial width w).
  function entriesPath(n, w) {
    let s = String(n);
    s = s.padStart(Math.ceil(s.length / 3) * 3, "0");
    const groups = s.match(/.{3}/g);
    const path = groups.map((g, i) => (i < groups.length - 1 ? "x" + g : g)).join("/");
    return "tile/entries/" + path + (w ? ".p/" + w : "");
  }

  // parseBundle splits an entry bundle: each entry is a big-endian uint16
  // length and that many bytes.
  function parseBundle(buf) {
    const b = new Uint8Array(buf), out = [];
    for (let o = 0; o + 2 <= b.length;) {
      const n = (b[o] << 8) | b[o + 1];
      if (o + 2 + n > b.length) throw new Error("truncated entry bundle");
      out.push(b.slice(o + 2, o + 2 + n));
      o += 2 + n;
    }
    return out;
  }

  return { verifyProof, parseCheckpoint, parseVerifierKey, entriesPath, parseBundle, hex, b64, sha256 };
})();
