"use strict";
// The Comity console: a client of this node's API and nothing more. It keeps
// the token in sessionStorage, renders answers as text (never as HTML, so
// nothing a record holds can run in the page), routes by the URL's fragment
// so that every view, case, record and log entry has a link, and signs an
// authority's decisions with a key file that never leaves the page.
const $ = (s, root = document) => root.querySelector(s);
let token = sessionStorage.getItem("comity-token") || "";
let me = null, info = null;

// ---- API ----------------------------------------------------------------

class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || ("HTTP " + status));
    this.status = status;
    this.body = body;
  }
}

async function api(path, opts = {}) {
  const headers = { "Authorization": "Bearer " + token, "Accept": "application/json" };
  if (opts.json !== undefined) {
    headers["Content-Type"] = "application/json";
    opts = { ...opts, body: JSON.stringify(opts.json) };
  }
  const res = await fetch(path, { ...opts, headers });
  const ctype = res.headers.get("Content-Type") || "";
  const body = ctype.includes("json") ? await res.json() : await res.text();
  if (!res.ok || ctype.startsWith("application/problem+json")) throw new Problem(res.status, body);
  return body;
}

// ---- DOM helpers --------------------------------------------------------

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids.flat()) if (k !== undefined && k !== null) e.append(k instanceof Node ? k : String(k));
  return e;
}
const link = (href, text) => el("a", { href }, text);
const badge = (v) => el("span", { class: "badge " + v }, v);
const fmtTime = (t) => (t ? String(t).replace(/\.\d+Z$/, "Z") : "");

function dl(pairs) {
  return el("dl", {}, pairs.filter(([, v]) => v !== undefined && v !== null && v !== "").flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

// table renders rows under cols ([title, value(row) → string|Node]) with a
// CSV export of the same cells.
function table(name, cols, rows, empty = "Nothing to show.") {
  const t = el("table", {}, el("tr", {}, cols.map(([h]) => el("th", {}, h))));
  for (const r of rows) {
    t.append(el("tr", {}, cols.map(([, f]) => {
      const v = f(r);
      return el("td", { class: typeof v === "string" && ["allow", "deny", "pending", "approved", "refused"].includes(v) ? v : undefined }, v ?? "");
    })));
  }
  const csv = () => {
    const cell = (v) => {
      const s = v instanceof Node ? v.textContent : String(v ?? "");
      return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    const data = cols.filter(([h]) => h); // a column without a title holds buttons
    const lines = [data.map(([h]) => cell(h)).join(",")].concat(rows.map((r) => data.map(([, f]) => cell(f(r))).join(",")));
    const a = el("a", { href: URL.createObjectURL(new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv" })), download: name + ".csv" });
    document.body.append(a);
    a.click();
    a.remove();
  };
  return el("div", { class: "table" },
    el("div", { class: "tools" }, el("span", { class: "muted" }, `${rows.length} row${rows.length === 1 ? "" : "s"}`),
      el("button", { type: "button", class: "csv", onclick: csv }, "Export CSV")),
    rows.length ? t : el("p", { class: "muted" }, empty));
}

function show(...nodes) {
  $("#error").hidden = true;
  $("#view").replaceChildren(...nodes);
}

// fail shows an error and clears the view, so that no stale table stays on
// screen under it.
function fail(err) {
  $("#view").replaceChildren();
  $("#error").textContent = err.message;
  $("#error").hidden = false;
  if (err instanceof Problem && err.status === 401) signOut(false);
}

function form(fields, submit, label) {
  const f = el("form", { class: "grid" });
  for (const [lbl, input] of fields) {
    if (lbl === null) f.append(el("div", { class: "full" }, input));
    else f.append(el("label", { for: input.id }, lbl), input);
  }
  f.append(el("div", { class: "full" }, el("button", { class: "primary" }, label)));
  f.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try { await submit(); } catch (e) { fail(e); }
  });
  return f;
}
const input = (id, attrs = {}) => el("input", { id, name: id, ...attrs });
const textarea = (id, attrs = {}) => el("textarea", { id, name: id, ...attrs });
const select = (id, options, value) => el("select", { id, name: id }, options.map((o) => el("option", { value: o, selected: o === value }, o || "(any)")));
const val = (id) => ($("#" + id)?.value || "").trim();
const list = (s) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);

// ---- Keys and signatures (authorities) -----------------------------------

// importKeyFile reads an authority's Ed25519 private key (PKCS#8 PEM, as
// comity federation key new writes it) into a non-extractable WebCrypto key.
async function importKeyFile(file) {
  const pem = await file.text();
  const m = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem);
  if (!m) throw new Error("the key file is not a PKCS#8 PEM private key");
  return crypto.subtle.importKey("pkcs8", Verify.b64(m[1].replace(/\s+/g, "")), { name: "Ed25519" }, false, ["sign"]);
}
async function sign(key, bytes) { return new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, key, bytes)); }
const b64enc = (b) => btoa(String.fromCharCode(...b));
const b64url = (s) => btoa(unescape(encodeURIComponent(s))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

// goJSON is JSON.stringify as Go's encoding/json writes strings (it escapes
// <, >, & and the JavaScript line terminators), so that a signed message
// hashes the same bytes the node hashes.
const goJSON = (v) => JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
const goTime = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

// signApproval signs an approval as rulebook.Approval.Sign does: Ed25519
// over a domain string and the SHA-256 of its JSON (members in Go's order,
// empty ones omitted, times in whole seconds), and returns it with its
// signature.
async function signApproval(key, a) {
  const digest = await Verify.sha256(new TextEncoder().encode(goJSON(a)));
  const msg = new Uint8Array([...new TextEncoder().encode("comity approval v1\n"), ...digest]);
  return { ...a, signature: b64enc(await sign(key, msg)) };
}

function approvalDraft(fields, records, ttlHours) {
  const now = Math.floor(Date.now() / 1000) * 1000;
  const a = { ...fields };
  for (const k of ["action", "destination"]) if (!a[k]) delete a[k];
  if (records && records.length) a.record_ids = records;
  a.issued_at = goTime(new Date(now - 60000));
  a.expires = goTime(new Date(now + ttlHours * 3600000));
  return a;
}

// approvalFor drafts and signs the approval that meets a pending transfer
// case, field for field as rulebook.ApprovalFor does.
async function approvalFor(t, key, ttlHours) {
  const kinds = ["approval", "assessment", "contract", "certification"];
  const o = (t.obligations || []).find((o) => !o.met && kinds.includes(o.kind));
  const r = t.request;
  const a = approvalDraft({ id: t.id, kind: o ? o.kind : "approval", home: t.id.slice(0, 2), requester: r.requester.organisation,
    requester_jurisdiction: r.requester.jurisdiction, action: r.action, destination: r.destination }, r.record_ids, ttlHours);
  return b64url(goJSON(await signApproval(key, a)));
}

// orderFor signs a production order granting records of judicial case c,
// as judicial.NewOrder and Order.Sign do.
async function orderFor(c, key, records, partial, conditions, ttlHours) {
  const a = approvalDraft({ id: c.id, kind: "judicial-assistance", home: c.holding, requester: c.agency,
    requester_jurisdiction: c.requesting, action: "disclose-to-law-enforcement", destination: c.requesting }, records, ttlHours);
  const o = { case: c.id, approval: b64url(goJSON(await signApproval(key, a))), partial };
  if (conditions.length) o.conditions = conditions;
  const digest = await Verify.sha256(new TextEncoder().encode(goJSON(o)));
  o.signature = b64enc(await sign(key, new Uint8Array([...new TextEncoder().encode("comity production order v1\n"), ...digest])));
  return b64url(goJSON(o));
}

// ---- Views ----------------------------------------------------------------

const readers = ["controller", "requester", "agency", "dpa", "central-authority"];
const views = {
  requests: { title: "Requests", roles: readers, render: requestsView },
  transfers: { title: "Transfer cases", roles: ["dpa", "auditor", "operator"], render: transfersView, detailRoles: [...readers, "auditor", "operator"] },
  notices: { title: "Notices", roles: ["dpa", "auditor", "operator"], render: noticesView },
  notifications: { title: "Notifications", roles: ["controller"], render: notificationsView },
  cases: { title: "Judicial cases", roles: ["central-authority", "agency"], render: casesView },
  flows: { title: "Flows", roles: null, render: flowsView },
  log: { title: "Log", roles: null, render: logView },
  rulebooks: { title: "Rulebooks", roles: null, render: rulebooksView },
  agreements: { title: "Agreements", roles: null, render: agreementsView },
  principals: { title: "Principals", roles: ["operator"], render: principalsView },
  health: { title: "Health", roles: ["operator", "auditor"], render: healthView },
};
const may = (v, detail) => {
  const roles = (detail && v.detailRoles) || v.roles;
  return !roles || (me && me.roles.some((r) => roles.includes(r)));
};

// Requests: ask the gate for records and follow what it decides.
async function requestsView(id) {
  const out = el("div", { id: "answer" });
  const f = form([
    ["Record ids", input("ids", { value: id || "", placeholder: "CN-CUST-000001, CN-CUST-000002" })],
    [null, el("span", { class: "muted" }, "…or leave ids empty and query by filter:")],
    ["Home state", input("home", { placeholder: "CN", size: 3 })],
    ["Controller", input("controller")],
    ["Category", select("category", ["", "general", "personal", "sensitive-personal", "important", "core"], "")],
    ["Subject", input("subject")],
    ["Action", select("action", ["read", "transfer", "store-abroad", "bulk-export", "disclose-to-law-enforcement"], "read")],
    ["Purpose", input("purpose", { required: true, placeholder: "due diligence" })],
    ["Legal basis", input("legal_basis", { placeholder: "contract" })],
    ["Destination", input("destination", { placeholder: me.jurisdiction, size: 3 })],
    ["Approvals", textarea("approvals", { placeholder: "approval tokens, one per line (optional)" })],
  ], async () => {
    const body = { action: val("action"), purpose: val("purpose") };
    if (val("legal_basis")) body.legal_basis = val("legal_basis");
    if (val("destination")) body.destination = val("destination").toUpperCase();
    if (val("approvals")) body.approvals = list(val("approvals"));
    if (val("ids")) body.record_ids = list(val("ids"));
    else {
      body.filter = {};
      if (val("controller")) body.filter.controller = val("controller");
      if (val("category")) body.filter.category = val("category");
      if (val("subject")) body.filter.subject = val("subject");
      if (val("home")) body.home = val("home").toUpperCase();
      body.filter.limit = 100;
    }
    await ask(body, out);
  }, "Ask");
  show(el("h2", {}, "Requests"), el("div", { class: "card" }, f), out);
}

// ask sends one access request and renders the gate's answer: allowed with
// the records, denied with the reasons, or pending with the case to follow.
async function ask(body, out) {
  out.replaceChildren(el("p", { class: "muted" }, "Asking…"));
  let rel, problem;
  try { rel = await api("/v1/access", { method: "POST", json: body }); } catch (e) {
    if (!(e instanceof Problem) || !e.body || !e.body.decision) throw e;
    problem = e.body;
  }
  const d = (rel || problem).decision || {};
  const rc = (rel || problem).receipt;
  const parts = [el("h3", {}, "Decision ", badge(d.outcome || "error")),
    dl([["Reasons", (d.reasons || []).length ? el("ul", {}, d.reasons.map((r) => el("li", {}, r))) : ""],
      ["Policies", (d.policies || []).join(", ")],
      ["Obligations", (d.obligations || []).map((o) => o.kind + (o.authority ? " (" + o.authority + ")" : "") + (o.met ? " ✔" : "")).join(", ")],
      ["Receipt", rc ? el("span", {}, `entry ${rc.index} of log ${rc.origin} at ${fmtTime(rc.time)} — `,
        rc.origin === info.log_origin ? link("#/log/" + rc.index, "verify it") : "verify it at " + rc.origin) : ""],
      ["Problem", problem ? problem.detail : ""]])];
  if (problem && problem.transfer) {
    const status = el("div", { id: "follow" });
    const follow = async () => {
      const t = await api("/v1/transfers/" + encodeURIComponent(problem.transfer));
      status.replaceChildren(el("p", {}, "Case ", link("#/transfers/" + t.id, t.id), " is ", badge(t.state),
        t.state === "refused" ? ": " + (t.grounds || "") : ""));
      if (t.state === "approved" && t.approval) {
        status.append(el("button", { class: "primary", id: "retry", onclick: () =>
          ask({ ...body, approvals: [...(body.approvals || []), t.approval] }, out).catch(fail) }, "Ask again with the approval"));
      }
      return t;
    };
    parts.push(el("p", {}, "The request waits for the authority: case ", link("#/transfers/" + problem.transfer, problem.transfer), ". "),
      el("button", { id: "follow-case", onclick: () => follow().catch(fail) }, "Follow the case"), status);
  }
  if (rel) {
    parts.push(table("records", [["id", (r) => link("#/requests/" + r.id, r.id)], ["home", (r) => r.home], ["controller", (r) => r.controller],
      ["category", (r) => r.category], ["fields", (r) => JSON.stringify(r.fields)]], rel.records || [], "No records released."));
  }
  out.replaceChildren(...parts);
}

// Transfer cases: the list, and one case with its history and the
// authority's decision.
async function transfersView(id) {
  if (id) return transferDetail(id);
  const state = new URLSearchParams(location.hash.split("?")[1] || "").get("state") ?? "pending";
  const ts = await api("/v1/transfers?limit=500&state=" + encodeURIComponent(state));
  const filter = select("state", ["", "pending", "approved", "refused"], state);
  filter.addEventListener("change", () => { location.hash = "#/transfers?state=" + filter.value; });
  show(el("h2", {}, "Transfer cases"), el("div", { class: "tools" }, el("label", {}, "State ", filter)),
    table("transfer-cases", [["case", (t) => link("#/transfers/" + t.id, t.id)], ["state", (t) => t.state],
      ["requester", (t) => `${t.request.requester.organisation} (${t.request.requester.jurisdiction})`],
      ["action", (t) => t.request.action], ["purpose", (t) => t.request.purpose || ""], ["destination", (t) => t.request.destination || ""],
      ["records", (t) => String((t.request.record_ids || []).length)],
      ["obligations", (t) => (t.obligations || []).map((o) => o.kind).join(", ")], ["opened", (t) => fmtTime(t.created_at)],
      ["expires", (t) => fmtTime(t.expires)]], ts, "No cases in this state."));
}

async function transferDetail(id) {
  const t = await api("/v1/transfers/" + encodeURIComponent(id));
  const r = t.request;
  const parts = [el("h2", {}, "Transfer case ", t.id, " ", badge(t.state)),
    el("div", { class: "card" }, dl([["Requester", `${r.requester.organisation} (${r.requester.jurisdiction}), ${r.requester.id}`],
      ["Action", r.action], ["Purpose", r.purpose], ["Legal basis", r.legal_basis], ["Destination", r.destination],
      ["Policies", (t.policies || []).join(", ")],
      ["Obligations", (t.obligations || []).map((o) => o.kind + (o.authority ? " (" + o.authority + ")" : "") + (o.met ? " met" : "")).join(", ")],
      ["Opened", fmtTime(t.created_at)], ["Updated", fmtTime(t.updated_at)], ["Approved until", fmtTime(t.expires)], ["Grounds", t.grounds]])),
    el("h3", {}, "Records in scope"),
    table("case-records", [["record", (x) => link("#/requests/" + x, x)]], (r.record_ids || []).map(String))];
  parts.push(el("h3", {}, "History on the log"), await logHistory(t.id));
  if (t.state === "pending" && me.roles.includes("dpa")) parts.push(decideTransfer(t));
  show(...parts);
}

function decideTransfer(t) {
  const key = input("keyfile", { type: "file", accept: ".key,.pem" });
  const keyOrToken = async () => {
    const f = key.files[0];
    return f ? importKeyFile(f) : null;
  };
  const approve = form([
    ["Authority key", key],
    ["Valid for (hours)", input("ttl", { type: "number", min: 1, max: 8784, value: 24 })],
    ["…or approval token", textarea("token-paste", { placeholder: "signed with comity transfer approve (optional)" })],
  ], async () => {
    const k = await keyOrToken();
    const approval = k ? await approvalFor(t, k, Number(val("ttl"))) : val("token-paste");
    if (!approval) throw new Error("open the authority's key file or paste a signed approval");
    await api(`/v1/transfers/${encodeURIComponent(t.id)}/approve`, { method: "POST", json: { approval } });
    await transferDetail(t.id);
  }, "Approve");
  const rkey = input("refuse-keyfile", { type: "file", accept: ".key,.pem" });
  const refuse = form([
    ["Grounds", textarea("grounds", { required: true })],
    ["Authority key", rkey],
    ["…or signature", input("refuse-sig", { placeholder: "base64, over the refusal message" })],
  ], async () => {
    const grounds = val("grounds");
    let signature = val("refuse-sig");
    if (rkey.files[0]) {
      const k = await importKeyFile(rkey.files[0]);
      signature = b64enc(await sign(k, new TextEncoder().encode(`comity transfer refusal v1\n${t.id}\n${grounds}`)));
    }
    await api(`/v1/transfers/${encodeURIComponent(t.id)}/refuse`, { method: "POST", json: { grounds, signature } });
    await transferDetail(t.id);
  }, "Refuse");
  return el("div", { class: "card", id: "decide" }, el("h3", {}, "Decide"),
    el("p", { class: "muted" }, "The key is read in this page and signs here; it is never sent to the node."),
    el("h3", {}, "Approve exactly this scope"), approve, el("h3", {}, "Refuse"), refuse);
}

// Notices: releases this state's rulebook says its authority must know of
// at once.
async function noticesView() {
  const ns = await api("/v1/notices");
  show(el("h2", {}, "Notices"),
    el("p", { class: "muted" }, "Releases this state's rulebook says its authority must know of at once (emergencies, many new organisations). Each is also a notice entry on the log."),
    table("notices", [["time", (n) => fmtTime(n.time)], ["requester", (n) => `${n.requester} (${n.requester_jurisdiction})`],
      ["destination", (n) => n.destination], ["purpose", (n) => n.purpose || ""], ["records", (n) => String(n.records ?? "")],
      ["policies", (n) => (n.policies || []).join(", ")],
      ["decision", (n) => (n.receipt && n.receipt.origin === info.log_origin ? link("#/log/" + n.receipt.index, String(n.receipt.index)) : "")]], ns || []));
}

// Notifications: the signed-in customer's vulnerability notifications, the
// same list "comity notifications" prints, newest first. Each is on this
// node's log as a commitment only; its log entry is linked.
async function notificationsView() {
  const ns = ((await api("/v1/notifications")) || []).slice().reverse();
  const when = (n) => fmtTime((n.receipt && n.receipt.time) || n.created);
  const forced = (n) => !n.forced_upgrade ? "no"
    : el("span", { class: "forced", title: n.forced_upgrade_reason || "" }, "yes" + (n.finding ? " (" + n.finding.replace(/_/g, " ") + ")" : ""));
  show(el("h2", {}, "Notifications"),
    el("p", { class: "muted" }, "Advisories that name a component of an SBOM you registered here, and forced upgrades this node found. " +
      "The log holds only a commitment to each (it names neither you nor the component); the nonce that opens it is yours, in comity notifications."),
    table("notifications", [["notified", when], ["sbom", (n) => n.sbom], ["component", (n) => n.component],
      ["advisory", (n) => n.advisory + (n.advisory_version ? " v" + n.advisory_version : "")], ["vulnerability", (n) => n.vulnerability || ""],
      ["verdict", (n) => n.status || ""], ["remediations", (n) => (n.remediations || []).join(", ")], ["forced upgrade", forced],
      ["why", (n) => n.forced_upgrade_reason || ""],
      ["log entry", (n) => (n.receipt && n.receipt.origin === info.log_origin ? link("#/log/" + n.receipt.index, String(n.receipt.index)) : "")]],
    ns, "No notifications: no advisory names a component of your registered SBOMs."));
}

// Judicial cases.
async function casesView(id) {
  if (id) return caseDetail(id);
  const state = new URLSearchParams(location.hash.split("?")[1] || "").get("state") || "";
  const res = await api("/v1/judicial/cases" + (state ? "?state=" + encodeURIComponent(state) : ""));
  const cs = Array.isArray(res) ? res : (res.cases || []);
  const filter = select("state", ["", "draft", "submitted", "received", "under-review", "more-information-requested", "granted", "refused", "executed", "closed"], state);
  filter.addEventListener("change", () => { location.hash = "#/cases?state=" + filter.value; });
  show(el("h2", {}, "Judicial cases"), el("div", { class: "tools" }, el("label", {}, "State ", filter)),
    table("judicial-cases", [["case", (c) => link("#/cases/" + c.id, c.id)], ["state", (c) => c.state], ["requesting", (c) => c.requesting],
      ["holding", (c) => c.holding], ["agency", (c) => c.agency], ["offence", (c) => c.offence], ["legal basis", (c) => c.legal_basis],
      ["urgency", (c) => c.urgency], ["due", (c) => fmtTime(c.due)]], cs, "No cases."));
}

async function caseDetail(id) {
  const c = await api("/v1/judicial/cases/" + encodeURIComponent(id));
  const parts = [el("h2", {}, "Judicial case ", c.id, " ", badge(c.state)),
    el("div", { class: "card" }, dl([["Reference", c.reference], ["Requesting", c.requesting], ["Holding", c.holding], ["Agency", c.agency],
      ["Offence", c.offence], ["Legal basis", c.legal_basis], ["Urgency", c.urgency], ["Summary", c.summary], ["Due", fmtTime(c.due)],
      ["Grounds", c.grounds], ["Granted", c.grant ? (c.grant.partial ? "in part: " : "") + (c.grant.record_ids || []).join(", ") : ""],
      ["Conditions", c.grant ? (c.grant.conditions || []).join("; ") : ""], ["Evidence", c.evidence]])),
    el("h3", {}, "Records in scope"),
    table("case-records", [["record", (x) => x]], ((c.scope && c.scope.record_ids) || []).map(String)),
    el("h3", {}, "History"),
    table("case-history", [["state", (e) => e.state], ["at", (e) => fmtTime(e.at)], ["by", (e) => e.by], ["in", (e) => e.in], ["note", (e) => e.note || ""]], c.history || []),
    el("h3", {}, "On the log"), await logHistory(c.id)];
  if (me.roles.includes("central-authority") && me.jurisdiction === c.holding && c.state === "under-review") {
    const scope = (c.scope && c.scope.record_ids) || [];
    const key = input("grant-keyfile", { type: "file", accept: ".key,.pem" });
    parts.push(el("div", { class: "card", id: "grant" }, el("h3", {}, "Grant"),
      el("p", { class: "muted" }, "The production order is signed in this page with the central authority's key, which is never sent."),
      form([["Records", textarea("grant-records", { placeholder: "default: all requested" })],
        ["In part", el("input", { type: "checkbox", id: "grant-partial" })],
        ["Conditions", textarea("grant-conditions", { placeholder: "one per line, such as a use limitation" })],
        ["Executable for (hours)", input("grant-ttl", { type: "number", min: 1, max: 8784, value: 720 })],
        ["Central authority key", key]],
      async () => {
        if (!key.files[0]) throw new Error("open the central authority's key file");
        const records = val("grant-records") ? list(val("grant-records")) : scope;
        const partial = $("#grant-partial").checked || records.length < scope.length;
        const conditions = val("grant-conditions").split("\n").map((x) => x.trim()).filter(Boolean);
        const order = await orderFor(c, await importKeyFile(key.files[0]), records, partial, conditions, Number(val("grant-ttl")));
        await api(`/v1/judicial/cases/${encodeURIComponent(c.id)}/transitions`, { method: "POST", json: { to: "granted", order } });
        await caseDetail(c.id);
      }, "Grant")));
  }
  if (me.roles.includes("agency") && c.state === "granted") {
    const out = el("div", { id: "evidence" });
    parts.push(el("div", { class: "card", id: "execute" }, el("h3", {}, "Execute the production order"),
      el("p", { class: "muted" }, "Once: the holding node releases the granted records through its gate and returns signed evidence."),
      el("button", { class: "primary", id: "execute-order", onclick: async () => {
        try {
          const ev = await api(`/v1/judicial/cases/${encodeURIComponent(c.id)}/execute`, { method: "POST", json: {} });
          const blob = new Blob([JSON.stringify(ev, null, 2)], { type: "application/json" });
          out.replaceChildren(el("p", {}, `Evidence: ${(ev.records || []).length} records, decision `, badge(ev.decision ? ev.decision.outcome : ""),
            ev.receipt ? ` — receipt ${ev.receipt.index} of log ${ev.receipt.origin}. ` : ". ",
            el("a", { href: URL.createObjectURL(blob), download: `evidence-${c.id}.json` }, "Save the evidence"),
            " (check it offline with comity evidence verify)."),
          table("evidence-records", [["id", (r) => r.id], ["category", (r) => r.category], ["fields", (r) => JSON.stringify(r.fields)]], ev.records || []));
        } catch (e) { fail(e); }
      } }, "Execute"), out));
  }
  if (me.roles.includes("central-authority") && !["executed", "refused", "closed", "granted"].includes(c.state)) {
    parts.push(el("div", { class: "card", id: "move" }, el("h3", {}, "Act as central authority"),
      form([["Move to", select("to", ["submitted", "under-review", "more-information-requested", "refused", "closed"], c.state === "draft" ? "submitted" : "under-review")],
        ["Note", textarea("note", { placeholder: "the question, the grounds or the reason" })]],
      async () => {
        const step = { to: val("to") };
        if (val("note")) step.note = val("note");
        await api(`/v1/judicial/cases/${encodeURIComponent(c.id)}/transitions`, { method: "POST", json: step });
        await caseDetail(c.id);
      }, "Record the step")));
  }
  show(...parts);
}

// ---- The log ------------------------------------------------------------

async function checkpoint() {
  const res = await fetch("/log/checkpoint", { cache: "no-store" });
  if (!res.ok) return null;
  return Verify.parseCheckpoint(new Uint8Array(await res.arrayBuffer()));
}

// readEntries returns entries [from, to) of a log of size, decoded.
async function readEntries(from, to, size) {
  const out = [];
  for (let b = Math.floor(from / 256); b * 256 < to; b++) {
    const full = (b + 1) * 256 <= size;
    const res = await fetch("/log/" + Verify.entriesPath(b, full ? 0 : size % 256));
    if (!res.ok) throw new Error(`entry bundle ${b}: HTTP ${res.status}`);
    Verify.parseBundle(await res.arrayBuffer()).forEach((bytes, i) => {
      const index = b * 256 + i;
      if (index >= from && index < to) out.push(decodeEntry(index, bytes));
    });
  }
  return out;
}

// recordCount is how many records an entry concerns, whichever way its
// version names them (ids, a hashed list, or keyed commitments).
const recordCount = (e) => e.record_count || (e.record_ids || []).length || ((e.records && e.records.tags) || []).length;

function decodeEntry(index, bytes) {
  const text = new TextDecoder().decode(bytes);
  let e = {};
  try { e = JSON.parse(text); } catch { e = { kind: "(undecoded)" }; }
  return { index, text, ...e };
}

// logHistory lists the entries of this node's log that mention id (a case
// id), from the last 2048 entries.
async function logHistory(id) {
  try {
    const cp = await checkpoint();
    if (!cp) return el("p", { class: "muted" }, "No checkpoint published yet.");
    const es = (await readEntries(Math.max(0, cp.size - 2048), cp.size, cp.size)).filter((e) => e.text.includes(id));
    return table("case-log", [["entry", (e) => link("#/log/" + e.index, String(e.index))], ["time", (e) => fmtTime(e.time)],
      ["kind", (e) => e.kind], ["outcome", (e) => e.outcome || ""], ["by", (e) => e.requester || ""], ["detail", (e) => e.detail ? JSON.stringify(e.detail) : ""]],
    es, "No entries of this log name it (cases decided at another node are logged there).");
  } catch (e) {
    return el("p", { class: "deny" }, "Could not read the log: " + e.message);
  }
}

const pageSize = 25;
async function logView(index) {
  if (index !== undefined && index !== "") return entryDetail(Number(index));
  const q = new URLSearchParams(location.hash.split("?")[1] || "");
  const cp = await checkpoint();
  if (!cp) return show(el("h2", {}, "Log"), el("p", {}, "No checkpoint published yet."));
  const page = Math.max(0, Number(q.get("page") || 0));
  const to = Math.max(0, cp.size - page * pageSize), from = Math.max(0, to - pageSize);
  let es = (await readEntries(from, to, cp.size)).reverse();
  const f = { kind: q.get("kind") || "", requester: q.get("requester") || "", outcome: q.get("outcome") || "", since: q.get("since") || "" };
  es = es.filter((e) => (!f.kind || e.kind === f.kind) && (!f.requester || (e.requester || "").includes(f.requester)) &&
    (!f.outcome || e.outcome === f.outcome) && (!f.since || (e.time || "") >= f.since));
  const go = (p) => {
    const nq = new URLSearchParams({ ...Object.fromEntries(Object.entries(f).filter(([, v]) => v)), page: String(p) });
    location.hash = "#/log?" + nq;
  };
  const filters = el("form", { class: "tools", id: "log-filter" },
    el("label", {}, "Kind ", input("f-kind", { value: f.kind, size: 14 })), el("label", {}, "Requester ", input("f-requester", { value: f.requester, size: 14 })),
    el("label", {}, "Outcome ", select("f-outcome", ["", "allow", "deny", "pending"], f.outcome)),
    el("label", {}, "Since ", input("f-since", { value: f.since, placeholder: "2026-01-01T00:00", size: 16 })), el("button", {}, "Filter"));
  filters.addEventListener("submit", (ev) => {
    ev.preventDefault();
    f.kind = val("f-kind"); f.requester = val("f-requester"); f.outcome = val("f-outcome"); f.since = val("f-since");
    go(0);
  });
  show(el("h2", {}, "Log ", cp.origin),
    el("div", { class: "card" }, dl([["Checkpoint size", String(cp.size)], ["Root hash", Verify.hex(cp.root)],
      ["Signatures", cp.sigs.map((s) => s.name).join(", ")], ["Log key (from this node)", info.log_public_key],
      ["Witnesses", (info.log_witnesses || []).join(", ") || "none"],
      ["Audit it yourself", `comity audit --log ${location.origin}/log/ --log-key '${info.log_public_key}' --ca ca.pem --manifest manifest.json`]])),
    filters,
    table("log-entries", [["entry", (e) => link("#/log/" + e.index, String(e.index))], ["time", (e) => fmtTime(e.time)], ["kind", (e) => e.kind],
      ["requester", (e) => e.requester ? `${e.requester} (${e.requester_jurisdiction || ""})` : ""], ["action", (e) => e.action || ""],
      ["outcome", (e) => e.outcome || ""], ["records", (e) => String(recordCount(e) || "")],
      ["destination", (e) => e.destination || ""]], es, "No entries on this page match."),
    el("div", { class: "tools" },
      el("button", { id: "newer", disabled: page === 0, onclick: () => go(page - 1) }, "← Newer"),
      el("span", {}, `entries ${from}–${Math.max(from, to - 1)} of ${cp.size}`),
      el("button", { id: "older", disabled: from === 0, onclick: () => go(page + 1) }, "Older →")));
}

async function entryDetail(index) {
  const proof = await api(`/v1/log/entries/${index}/proof`);
  const e = decodeEntry(index, Verify.b64(proof.entry));
  const key = input("log-key", { value: info.log_public_key, size: 70 });
  // The witnesses come from the manifest the node serves; an auditor who
  // trusts their own copy of it replaces them (and the log key) here.
  const witnesses = textarea("witness-keys", { placeholder: "witness verifier keys, one per line" });
  witnesses.value = (info.log_witnesses || []).join("\n");
  const result = el("div", { id: "verify-result" });
  const run = async () => {
    result.replaceChildren(el("p", { class: "muted" }, "Verifying…"));
    const p = await api(`/v1/log/entries/${index}/proof`);
    const v = await Verify.verifyProof(p, val("log-key"), list(val("witness-keys")), Number(val("quorum") || 0));
    result.replaceChildren(
      el("p", { class: "verdict " + (v.ok ? "allow" : "deny"), id: "verdict" }, v.ok ? "Verified in this browser" : "NOT verified"),
      el("ol", { class: "steps" }, v.steps.map((s) => el("li", { class: s.ok === false ? "bad" : s.ok ? "ok" : "" }, s.what + ": " + (s.detail || "")))));
  };
  show(el("h2", {}, "Log entry ", String(index)),
    el("div", { class: "card" }, dl([["Kind", e.kind], ["Time", fmtTime(e.time)], ["Node", e.node],
      ["Requester", e.requester ? `${e.requester} (${e.requester_jurisdiction || ""})` : ""], ["Action", e.action], ["Purpose", e.purpose],
      ["Legal basis", e.legal_basis], ["Destination", e.destination], ["Outcome", e.outcome], ["Policies", (e.policies || []).join(", ")],
      ["Records", (e.record_ids || []).join(", ") || (recordCount(e) ? recordCount(e) + (e.records ? " (named by commitments: the controller's record secret finds them)" : " (hashed)") : "")],
      ["Obligations", (e.obligations || []).map((o) => o.kind).join(", ")]])),
    el("h3", {}, "Entry as logged"), el("pre", {}, e.text),
    el("h3", {}, "Verify"),
    el("div", { class: "card" }, form([["Log verifier key", key], ["Witness keys", witnesses],
      ["Witness quorum", input("quorum", { type: "number", min: 0, value: info.witness_quorum || 0 })]], run, "Verify in this browser"), result));
}

// ---- Flows ----------------------------------------------------------------

// flowsView draws the decisions this node's log holds about the data it
// keeps: this state in the middle, every state its data was asked for from
// around it, an arrow per destination and outcome whose width grows with
// the count, and the numbers in a table beside. The other states' logs are
// drawn by their own consoles.
async function flowsView() {
  const q = new URLSearchParams(location.hash.split("?")[1] || "");
  const f = { since: q.get("since") || "", until: q.get("until") || "", category: q.get("category") || "", requester: q.get("requester") || "" };
  const cp = await checkpoint();
  const es = cp ? await readEntries(Math.max(0, cp.size - 10240), cp.size, cp.size) : [];
  const home = info.jurisdiction;
  const flows = new Map();
  for (const e of es) {
    if (e.kind !== "decision" || !e.outcome) continue;
    const dest = e.destination || e.requester_jurisdiction || home;
    if (f.since && (e.time || "") < f.since) continue;
    if (f.until && (e.time || "") > f.until) continue;
    if (f.category && !(e.categories || []).includes(f.category)) continue;
    if (f.requester && !(e.requester || "").includes(f.requester)) continue;
    const k = dest + "|" + e.outcome + "|" + (e.requester || "") + "|" + (e.categories || []).join("+");
    const row = flows.get(k) || { dest, outcome: e.outcome, requester: e.requester || "", categories: (e.categories || []).join(", "), n: 0, records: 0 };
    row.n++;
    row.records += recordCount(e);
    flows.set(k, row);
  }
  const rows = [...flows.values()].sort((a, b) => b.n - a.n);
  const filters = el("form", { class: "tools", id: "flow-filter" },
    el("label", {}, "Since ", input("fl-since", { value: f.since, placeholder: "2026-01-01", size: 12 })),
    el("label", {}, "Until ", input("fl-until", { value: f.until, placeholder: "2026-12-31T23:59", size: 16 })),
    el("label", {}, "Category ", select("fl-category", ["", "general", "personal", "sensitive-personal", "important", "core"], f.category)),
    el("label", {}, "Requester ", input("fl-requester", { value: f.requester, size: 14 })), el("button", {}, "Show"));
  filters.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const nq = new URLSearchParams();
    for (const [k, id] of [["since", "fl-since"], ["until", "fl-until"], ["category", "fl-category"], ["requester", "fl-requester"]]) if (val(id)) nq.set(k, val(id));
    location.hash = "#/flows?" + nq;
  });
  show(el("h2", {}, "Flows of data homed in ", home),
    el("p", { class: "muted" }, `Decisions on this node's log (${es.length} most recent entries of ${cp ? cp.size : 0}), by destination and outcome.`),
    filters, el("div", { class: "card" }, flowPicture(home, rows)),
    table("flows", [["to", (r) => r.dest], ["outcome", (r) => r.outcome], ["requester", (r) => r.requester], ["categories", (r) => r.categories],
      ["decisions", (r) => String(r.n)], ["records", (r) => String(r.records)]], rows, "No decisions match."));
}

function flowPicture(home, rows) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = (tag, attrs, ...kids) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    kids.forEach((k) => e.append(k));
    return e;
  };
  const byDest = new Map();
  for (const r of rows) {
    const d = byDest.get(r.dest) || { allow: 0, deny: 0, pending: 0 };
    d[r.outcome] = (d[r.outcome] || 0) + r.n;
    byDest.set(r.dest, d);
  }
  const dests = [...byDest.keys()].filter((d) => d !== home).sort();
  const W = 640, H = 360, cx = W / 2, cy = H / 2, R = 140;
  const max = Math.max(1, ...[...byDest.values()].flatMap((d) => Object.values(d)));
  const colour = { allow: "#1d6b2f", deny: "#8a1c1c", pending: "#b07a00" };
  const pic = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", id: "flow-picture" },
    svg("title", {}, `Decisions on data homed in ${home}, by destination and outcome`));
  const defs = svg("defs", {});
  for (const [o, c] of Object.entries(colour)) defs.append(svg("marker", { id: "arrow-" + o, viewBox: "0 0 10 10", refX: 9, refY: 5, markerUnits: "userSpaceOnUse", markerWidth: 12, markerHeight: 12, orient: "auto" }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: c })));
  pic.append(defs);
  dests.forEach((d, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, dests.length) - Math.PI / 2;
    const x = cx + R * Math.cos(a), y = cy + R * Math.sin(a);
    ["allow", "deny", "pending"].forEach((o, j) => {
      const n = byDest.get(d)[o] || 0;
      if (!n) return;
      const off = (j - 1) * 10, nx = -Math.sin(a) * off, ny = Math.cos(a) * off;
      const x1 = cx + 34 * Math.cos(a) + nx, y1 = cy + 34 * Math.sin(a) + ny, x2 = x - 34 * Math.cos(a) + nx, y2 = y - 34 * Math.sin(a) + ny;
      pic.append(svg("line", { x1, y1, x2, y2, stroke: colour[o], "stroke-width": 1.5 + 6 * n / max, "marker-end": `url(#arrow-${o})`, class: "flow " + o },
        svg("title", {}, `${home} → ${d}: ${n} ${o}`)));
      pic.append(svg("text", { x: (x1 + x2) / 2 + nx, y: (y1 + y2) / 2 + ny, "font-size": 11, fill: colour[o] }, String(n)));
    });
    pic.append(svg("circle", { cx: x, cy: y, r: 30, fill: "#e4e8ee", stroke: "#17324d" }), svg("text", { x, y: y + 5, "text-anchor": "middle", "font-weight": 700 }, d));
  });
  const local = byDest.get(home);
  pic.append(svg("circle", { cx, cy, r: 32, fill: "#17324d" }), svg("text", { x: cx, y: cy + 5, "text-anchor": "middle", fill: "#fff", "font-weight": 700 }, home));
  if (local) pic.append(svg("text", { x: cx, y: cy + 50, "text-anchor": "middle", "font-size": 11 }, `within ${home}: ${local.allow || 0} allowed, ${local.deny || 0} denied`));
  return pic;
}

// ---- Rulebooks, agreements ------------------------------------------------

async function rulebooksView() {
  const rbs = await api("/v1/rulebooks");
  const parts = [el("h2", {}, "Rulebooks")];
  for (const rb of rbs) {
    parts.push(el("div", { class: "card" }, el("h3", {}, rb.jurisdiction ? `${rb.jurisdiction} rulebook` : "Baseline", ` — version ${rb.version}`),
      dl([["Kind", rb.kind], ["Digest", rb.digest], ["Signed by", (rb.signatories || rb.signed_by || []).join ? (rb.signatories || rb.signed_by || []).join(", ") : ""]]),
      table("rulebook-" + (rb.jurisdiction || "baseline"), [["policy", (p) => (typeof p === "string" ? p : p.id)],
        ["article", (p) => (typeof p === "object" && (p.article || p.articles)) ? [].concat(p.article || p.articles).join(", ") : ""],
        ["text", (p) => (typeof p === "object" && (p.text || p.description)) || ""]], rb.policies || [])));
  }
  show(...parts);
}

async function agreementsView() {
  const as = await api("/v1/agreements");
  show(el("h2", {}, "Agreements"), table("agreements", [["id", (a) => a.id], ["title", (a) => a.title], ["parties", (a) => (a.parties || []).join(", ")],
    ["signed by", (a) => (a.signatures || []).map((s) => s.jurisdiction).join(", ")]], as || []));
}

// ---- Operators --------------------------------------------------------------

async function principalsView() {
  const { principals } = await api("/v1/principals");
  const created = el("div", { id: "created" });
  const roles = ["controller", "requester", "auditor", "dpa", "central-authority", "agency", "operator"];
  const add = form([
    ["Id", input("p-id", { required: true })], ["Organisation", input("p-org", { required: true })],
    ["Roles", el("span", { id: "p-roles" }, roles.map((r) => el("label", {}, el("input", { type: "checkbox", value: r }), " " + r + " ")))],
    ["Lifetime (hours, 0: none)", input("p-ttl", { type: "number", min: 0, value: 0 })],
  ], async () => {
    const rs = [...document.querySelectorAll("#p-roles input:checked")].map((x) => x.value);
    const out = await api("/v1/principals", { method: "POST", json: { id: val("p-id"), organisation: val("p-org"), roles: rs, ttl_seconds: Number(val("p-ttl")) * 3600 } });
    await principalsView();
    $("#created").replaceChildren(el("p", {}, `Token for ${out.principal.id} (shown once; hand it over securely):`), el("pre", { id: "new-token" }, out.token));
  }, "Create");
  show(el("h2", {}, "Principals"),
    table("principals", [["id", (p) => p.id], ["organisation", (p) => p.organisation], ["state", (p) => p.jurisdiction], ["roles", (p) => p.roles.join(", ")],
      ["entity", (p) => p.entity || ""], ["created", (p) => fmtTime(p.created)], ["expires", (p) => fmtTime(p.expires) || "never"], ["revoked", (p) => (p.revoked ? "yes" : "")],
      ["", (p) => (p.revoked || p.id === me.id ? "" : el("button", { class: "revoke", onclick: async () => {
        if (!confirm(`Revoke ${p.id}'s token?`)) return;
        try { await api("/v1/principals/" + encodeURIComponent(p.id), { method: "DELETE" }); await principalsView(); } catch (e) { fail(e); }
      } }, "Revoke"))]], principals),
    el("h3", {}, "Add a principal"), el("div", { class: "card" }, add), created);
}

async function healthView() {
  const ready = await fetch("/readyz").then((r) => r.ok ? "ready" : "not ready (HTTP " + r.status + ")");
  const metrics = await api("/metrics").catch((e) => "");
  const series = [];
  for (const line of String(metrics).split("\n")) {
    if (line.startsWith("comity_") && !/_bucket\{|_sum\{|_count\{|_bucket |_sum |_count /.test(line)) {
      const i = line.lastIndexOf(" ");
      series.push({ name: line.slice(0, i), value: line.slice(i + 1) });
    }
  }
  const cp = await checkpoint().catch(() => null);
  show(el("h2", {}, "Health"),
    el("div", { class: "card" }, dl([["Node", `${info.name} (${info.jurisdiction})`], ["Readiness", ready], ["Log", info.log_origin],
      ["Log size", cp ? String(cp.size) : "no checkpoint"], ["Cosignatures on the checkpoint", cp ? String(cp.sigs.length - 1) : ""],
      ["Witness quorum", info.witness_quorum !== undefined ? String(info.witness_quorum) : "none"], ["Maximum merge delay", info.max_merge_delay]])),
    el("h3", {}, "Metrics"), table("metrics", [["series", (s) => s.name], ["value", (s) => s.value]], series));
}

// ---- Routing and sign-in -------------------------------------------------------

function route() {
  const [path] = location.hash.replace(/^#\/?/, "").split("?");
  const [name, ...rest] = path.split("/");
  return { name, id: decodeURIComponent(rest.join("/")) };
}

async function render() {
  if (!me) return;
  let { name, id } = route();
  const allowed = Object.keys(views).filter((v) => may(views[v]));
  if (!views[name] || !may(views[name], !!id)) name = allowed[0];
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === name));
  $("#view").replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try { await views[name].render(id || undefined); } catch (e) { fail(e); }
}

async function signIn() {
  try {
    [me, info] = await Promise.all([api("/v1/me"), api("/v1/node")]);
  } catch (e) {
    me = null;
    sessionStorage.removeItem("comity-token");
    $("#signin").hidden = false;
    return fail(e);
  }
  $("#signin").hidden = true;
  $("#signout").hidden = false;
  $("#node").textContent = `${info.name} (${info.jurisdiction})`;
  $("#who").hidden = false;
  $("#who").textContent = `${me.id} · ${me.organisation} · ${me.jurisdiction} · ${me.roles.join(", ")}`;
  const nav = $("#nav");
  nav.replaceChildren(...Object.entries(views).filter(([, v]) => may(v)).map(([k, v]) => el("a", { href: "#/" + k, "data-view": k }, v.title)));
  nav.hidden = false;
  render();
}

function signOut(reload = true) {
  sessionStorage.removeItem("comity-token");
  token = "";
  me = null;
  if (reload) location.reload();
  else { $("#signin").hidden = false; $("#nav").hidden = true; $("#who").hidden = true; $("#signout").hidden = true; }
}

$("#signin").addEventListener("submit", (ev) => {
  ev.preventDefault();
  token = $("#token").value.trim();
  sessionStorage.setItem("comity-token", token);
  $("#token").value = "";
  signIn();
});
$("#signout").addEventListener("click", () => signOut());
window.addEventListener("hashchange", render);
if (token) { $("#signin").hidden = true; signIn(); }
