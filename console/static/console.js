"use strict";
// The console calls this node's API with the token in sessionStorage and
// renders the answers as text (never as HTML), so that nothing a record
// holds can run in the page.
const $ = (s) => document.querySelector(s);
let token = sessionStorage.getItem("comity-token") || "";

async function api(path, opts = {}) {
  const res = await fetch(path, {...opts, headers: {"Authorization": "Bearer " + token, "Accept": "application/json", ...(opts.headers || {})}});
  const body = res.headers.get("Content-Type")?.includes("json") ? await res.json() : await res.text();
  if (!res.ok || res.headers.get("Content-Type")?.startsWith("application/problem+json")) {
    throw new Error((body && body.detail) || (body && body.title) || ("HTTP " + res.status));
  }
  return body;
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function table(cols, rows) {
  const t = el("table"), h = el("tr");
  cols.forEach(([title]) => h.appendChild(el("th", title)));
  t.appendChild(h);
  rows.forEach((r) => {
    const tr = el("tr");
    cols.forEach(([, f]) => {
      const v = f(r);
      tr.appendChild(el("td", v ?? "", ["allow", "deny", "pending"].includes(v) ? v : undefined));
    });
    t.appendChild(tr);
  });
  return t;
}

function show(...nodes) {
  $("#error").hidden = true;
  const v = $("#view");
  v.replaceChildren(...nodes);
}

function fail(err) {
  $("#error").textContent = err.message;
  $("#error").hidden = false;
}

const views = {
  async records() {
    const rel = await api("/v1/records?limit=50&purpose=" + encodeURIComponent("console"));
    const t = table([["id", (r) => r.id], ["controller", (r) => r.controller], ["category", (r) => r.category],
      ["classification", (r) => r.classification ? r.classification.detected + (r.classification.overridden ? " (overridden)" : "") : ""],
      ["fields", (r) => JSON.stringify(r.fields)]], rel.records || []);
    const d = rel.decision || {};
    const p = el("p", `Decision: ${d.outcome} by ${(d.policies || []).join(", ")}` + (rel.receipt ? ` — receipt ${rel.receipt.index} of log ${rel.receipt.origin}` : ""));
    show(p, t);
  },
  async rulebooks() {
    const rbs = await api("/v1/rulebooks");
    show(table([["state", (r) => r.jurisdiction || "baseline"], ["kind", (r) => r.kind], ["version", (r) => r.version],
      ["digest", (r) => r.digest.slice(0, 16) + "…"], ["policies", (r) => r.policies.join(", ")]], rbs));
  },
  async agreements() {
    const as = await api("/v1/agreements");
    show(table([["id", (a) => a.id], ["title", (a) => a.title], ["parties", (a) => a.parties.join(", ")],
      ["signed by", (a) => (a.signatures || []).map((s) => s.jurisdiction).join(", ")]], as));
  },
  async transfers() {
    const ts = await api("/v1/transfers?state=");
    show(table([["case", (t) => t.id], ["state", (t) => t.state], ["requester", (t) => `${t.request.requester.organisation} (${t.request.requester.jurisdiction})`],
      ["action", (t) => t.request.action], ["records", (t) => (t.request.record_ids || []).length],
      ["obligations", (t) => (t.obligations || []).map((o) => o.kind).join(", ")], ["expires", (t) => t.expires || ""]], ts),
      el("p", "Approve or refuse with comity transfer approve|refuse: the authority signs with its own key, which never reaches this page."));
  },
  async notices() {
    const ns = await api("/v1/notices");
    show(table([["time", (n) => n.time], ["requester", (n) => `${n.requester} (${n.requester_jurisdiction})`],
      ["destination", (n) => n.destination], ["purpose", (n) => n.purpose || ""], ["records", (n) => n.records],
      ["policies", (n) => (n.policies || []).join(", ")], ["decision", (n) => n.receipt ? n.receipt.index : ""]], ns),
      el("p", "Releases this state's rulebook says its authority must know of at once (emergencies, many new organisations). Each is also a notice entry on the log."));
  },
  async cases() {
    const cs = await api("/v1/judicial/cases");
    show(table([["case", (c) => c.id], ["state", (c) => c.state], ["requesting", (c) => c.requesting], ["holding", (c) => c.holding],
      ["offence", (c) => c.offence], ["basis", (c) => c.legal_basis], ["due", (c) => c.due || ""]], cs));
  },
  async log() {
    const cp = await fetch("/log/checkpoint").then((r) => r.ok ? r.text() : "no checkpoint published yet");
    const info = await api("/v1/node");
    show(el("p", `Log ${info.log_origin}, verifier key ${info.log_public_key}, maximum merge delay ${info.max_merge_delay}.`),
      el("pre", cp), el("p", "Audit it yourself: comity audit " + location.origin + "/log --key '" + info.log_public_key + "'"));
  },
};

async function open(name) {
  document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.view === name));
  try { await views[name](); } catch (e) { fail(e); }
}

async function signedIn() {
  try {
    const info = await api("/v1/node");
    $("#node").textContent = `${info.name} (${info.jurisdiction})`;
    $("#signin").hidden = true;
    $("#signout").hidden = false;
    open("rulebooks");
  } catch (e) { fail(e); }
}

$("#signin").addEventListener("submit", (ev) => {
  ev.preventDefault();
  token = $("#token").value.trim();
  sessionStorage.setItem("comity-token", token);
  $("#token").value = "";
  signedIn();
});
$("#signout").addEventListener("click", () => { sessionStorage.removeItem("comity-token"); location.reload(); });
document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => open(b.dataset.view)));
if (token) signedIn();
