"""The pages a phone loads: built in memory, self-contained (no external script, font
or style: the room has no internet), light, large type, usable with a screen reader.

User text never goes through HTML here: the script sets `textContent`. The page's own
words are passed as JSON inside the script, with `<` escaped so that no text can end
the script element.
"""

from __future__ import annotations

import html
import json
import secrets

from facilitator.domain.records import Language
from facilitator.room.page_text import TEXT

STYLE = """
:root { color-scheme: light; --ink: #14202b; --soft: #52606d; --accent: #0b5cad;
  --ok: #1d6b35; --bad: #a4161a; --paper: #ffffff; --band: #eef2f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 18px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--band); }
main { max-width: 34rem; margin: 0 auto; padding: 0.75rem; }
section { background: var(--paper); border-radius: 0.8rem; padding: 1rem; margin: 0 0 0.8rem;
  box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
h1 { font-size: 1.3rem; margin: 0.3rem 0 0.8rem; }
h2 { font-size: 1.05rem; margin: 0 0 0.5rem; color: var(--soft); font-weight: 600; }
label { display: block; font-weight: 600; margin: 0.4rem 0 0.25rem; }
input, textarea { width: 100%; font: inherit; padding: 0.6rem; border: 2px solid #9aa5b1;
  border-radius: 0.5rem; background: #fff; color: var(--ink); }
textarea { min-height: 6.5rem; resize: vertical; }
input:focus, textarea:focus, button:focus { outline: 3px solid #f0b429; outline-offset: 2px; }
button { font: inherit; font-weight: 700; border: 0; border-radius: 0.6rem; padding: 0.75rem 1rem;
  background: var(--accent); color: #fff; min-height: 3rem; }
button.wide { width: 100%; margin-top: 0.6rem; }
button[disabled] { background: #9aa5b1; }
.countdown { font-size: 3rem; font-weight: 800; font-variant-numeric: tabular-nums;
  text-align: center; letter-spacing: 0.02em; margin: 0.2rem 0; }
#clock-note { text-align: center; margin: 0; }
#clock-note:empty, .status:empty { min-height: 0; margin: 0; }
.activity { font-size: 1.25rem; font-weight: 700; text-align: center; margin: 0.2rem 0; }
.muted { color: var(--soft); }
.status { min-height: 1.5rem; font-weight: 600; margin-top: 0.5rem; }
.status.ok { color: var(--ok); } .status.bad { color: var(--bad); }
ul.options { list-style: none; margin: 0; padding: 0; }
ul.options li { display: flex; align-items: center; gap: 0.5rem; padding: 0.5rem 0;
  border-bottom: 1px solid #d9e2ec; }
ul.options li span.label { flex: 1; overflow-wrap: anywhere; }
ul.options button { min-width: 3rem; padding: 0.5rem; }
ul.options output { min-width: 1.6rem; text-align: center; font-weight: 800; font-size: 1.2rem; }
.hidden { display: none; }
"""

SCRIPT = r"""
"use strict";
const T = JSON.parse(document.getElementById("words").textContent);
const BASE = location.pathname.replace(/\/+$/, "");
// One token for the laptop's address, whatever the join code: a link started again (a
// new code) recognises the phone, with its name and its one ballot.
const KEY = "facilitator-room:token";
let token = localStorage.getItem(KEY) || "";
let left = null, fetched = 0, running = false, stateTimer = null, vote = null, placed = {};
const $ = (id) => document.getElementById(id);
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
function say(id, text, good) {
  const node = $(id); node.textContent = text || "";
  node.className = "status " + (good === undefined ? "" : good ? "ok" : "bad");
}
async function call(method, path, body) {
  const headers = {"Content-Type": "application/json"};
  if (token) headers["X-Participant"] = token;
  const response = await fetch(BASE + "/api/" + path,
    {method, headers, body: body ? JSON.stringify(body) : undefined, cache: "no-store"});
  let data = {};
  try { data = await response.json(); } catch (e) { data = {error: "bad_request"}; }
  return {status: response.status, data};
}
function refused(data) {
  if (data.error === "closed") { show("gone"); say("gone-text", T.closed); stop(); }
  if (data.error === "bad_code") { show("gone"); say("gone-text", T.bad_code, false); stop(); }
  if (data.error === "unknown_phone") { token = ""; localStorage.removeItem(KEY); show("join"); }
  if (data.error === "removed") {
    token = ""; localStorage.removeItem(KEY); show("gone"); say("gone-text", T.removed, false);
    stop();
  }
  return (T[data.error] || T.bad_request);
}
function show(part) {
  for (const id of ["join", "room", "gone"]) $(id).classList.toggle("hidden", id !== part);
}
function stop() { if (stateTimer) clearInterval(stateTimer); stateTimer = null; }
async function join(event) {
  event.preventDefault();
  const name = $("name").value.trim();
  const {status, data} = await call("POST", "join", {name});
  if (status !== 201) { say("join-status", refused(data), false); return; }
  token = data.token; localStorage.setItem(KEY, token);
  localStorage.setItem("facilitator-room:name", name);
  show("room"); await refresh(); start();
}
function start() { stop(); stateTimer = setInterval(refresh, 2500); }
async function refresh() {
  let reply;
  try { reply = await call("GET", "state"); }
  catch (e) { say("room-status", T.offline, false); return; }
  if (reply.status !== 200) { say("room-status", refused(reply.data), false); return; }
  say("room-status", "");
  const s = reply.data;
  $("activity").textContent = s.activity || "";
  left = s.countdown ? s.countdown.ms : null;
  running = !!(s.countdown && s.countdown.running);
  fetched = performance.now();
  tick();
  $("ideas").classList.toggle("hidden", !s.ideas);
  $("no-ideas").classList.toggle("hidden", !!s.ideas);
  if (s.ideas) {
    $("board").textContent = s.ideas.board;
    $("question").textContent = s.ideas.question || "";
    $("sent").textContent = fill(T.ideas_sent, {n: s.ideas.sent});
  }
  showVote(s.vote);
}
function tick() {
  const node = $("countdown");
  if (left === null) {
    node.textContent = "—"; $("clock-note").textContent = T.no_countdown; return;
  }
  const ms = running ? left - (performance.now() - fetched) : left;
  const seconds = Math.ceil(Math.abs(ms) / 1000), m = Math.floor(seconds / 60);
  node.textContent = (ms < 0 ? "+" : "") + m + ":" + String(seconds % 60).padStart(2, "0");
  $("clock-note").textContent = running ? "" : T.paused;
}
async function sendIdea(event) {
  event.preventDefault();
  const text = $("idea").value.trim();
  if (!text) { say("idea-status", T.idea_empty, false); return; }
  const button = $("send-idea"); button.disabled = true;
  try {
    const {status, data} = await call("POST", "idea", {text, name: $("name").value.trim()});
    if (status === 201 || status === 202) {
      $("idea").value = "";
      const said = {pending: T.idea_pending, saved_later: T.idea_saved_later}[data.result];
      say("idea-status", said || T.idea_sent, status === 201 ? true : undefined);
      refresh();
    } else { say("idea-status", refused(data), false); }
  } catch (e) { say("idea-status", T.offline, false); }
  finally { button.disabled = false; $("idea").focus(); }
}
function used() { return Object.values(placed).reduce((a, b) => a + b, 0); }
function showVote(v) {
  $("vote").classList.toggle("hidden", !v);
  $("no-vote").classList.toggle("hidden", !!v);
  if (!v) { vote = null; return; }
  const fresh = !vote || vote.title !== v.title || vote.options.length !== v.options.length;
  vote = v;
  if (!fresh) { counts(); return; }
  placed = {};
  $("vote-title").textContent = v.title;
  $("per-idea").textContent = fill(T.per_idea, {n: v.per_idea});
  const list = $("options"); list.replaceChildren();
  for (const option of v.options) {
    placed[option.id] = option.mine;
    const item = document.createElement("li");
    const label = document.createElement("span"); label.className = "label";
    label.textContent = option.label;
    const minus = document.createElement("button"); minus.type = "button"; minus.textContent = "−";
    minus.setAttribute("aria-label", fill(T.remove_dot, {label: option.label}));
    const count = document.createElement("output"); count.id = "count-" + option.id;
    const plus = document.createElement("button"); plus.type = "button"; plus.textContent = "+";
    plus.setAttribute("aria-label", fill(T.add_dot, {label: option.label}));
    minus.addEventListener("click", () => change(option.id, -1));
    plus.addEventListener("click", () => change(option.id, 1));
    item.append(label, minus, count, plus); list.append(item);
  }
  counts();
}
function change(id, step) {
  const next = (placed[id] || 0) + step;
  if (next < 0 || next > vote.per_idea || (step > 0 && used() >= vote.dots)) return;
  placed[id] = next; counts();
}
function counts() {
  for (const id in placed) {
    const node = $("count-" + id); if (node) node.textContent = placed[id];
  }
  $("dots-left").textContent = fill(T.dots_left, {n: vote.dots - used(), total: vote.dots});
}
async function sendDots() {
  const dots = {}; for (const id in placed) if (placed[id]) dots[id] = placed[id];
  try {
    const {status, data} = await call("POST", "dots", {dots});
    const said = status === 200 ? T.dots_counted : status === 202 ? T.dots_saved_later : null;
    say("vote-status", said || refused(data), status === 202 ? undefined : status === 200);
  } catch (e) { say("vote-status", T.offline, false); }
}
$("join-form").addEventListener("submit", join);
$("idea-form").addEventListener("submit", sendIdea);
$("send-dots").addEventListener("click", sendDots);
$("name").value = localStorage.getItem("facilitator-room:name") || "";
setInterval(tick, 250);
if (token) { show("room"); refresh(); start(); } else { show("join"); }
"""


def _words(language: Language) -> str:
    return json.dumps(TEXT[language], ensure_ascii=False).replace("<", "\\u003c")


def participant_page(language: Language) -> tuple[str, str]:
    """The room's page and the nonce its script and style carry (for the CSP)."""
    t = TEXT[language]
    e = html.escape
    nonce = secrets.token_urlsafe(16)
    body = f"""<!doctype html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{e(t["title"])}</title>
<style nonce="{nonce}">{STYLE}</style>
</head>
<body>
<main>
<section id="join" class="hidden" aria-labelledby="join-title">
  <h1 id="join-title">{e(t["welcome"])}</h1>
  <p>{e(t["join_intro"])}</p>
  <form id="join-form">
    <label for="name">{e(t["name_label"])}</label>
    <input id="name" name="name" maxlength="60" autocomplete="given-name">
    <button class="wide" type="submit">{e(t["join"])}</button>
  </form>
  <p id="join-status" class="status" role="status" aria-live="polite"></p>
</section>
<div id="room" class="hidden">
  <section aria-labelledby="activity-title">
    <h2 id="activity-title">{e(t["activity"])}</h2>
    <p id="activity" class="activity"></p>
    <p id="countdown" class="countdown" aria-live="off">—</p>
    <p id="clock-note" class="muted"></p>
    <p id="room-status" class="status" role="status" aria-live="polite"></p>
  </section>
  <section id="ideas" class="hidden" aria-labelledby="board">
    <h2 id="board"></h2>
    <p id="question"></p>
    <form id="idea-form">
      <label for="idea">{e(t["idea_label"])}</label>
      <textarea id="idea" name="idea" maxlength="500" required></textarea>
      <button id="send-idea" class="wide" type="submit">{e(t["send_idea"])}</button>
    </form>
    <p id="idea-status" class="status" role="status" aria-live="polite"></p>
    <p id="sent" class="muted"></p>
  </section>
  <section id="no-ideas" class="hidden"><p class="muted">{e(t["no_ideas"])}</p></section>
  <section id="vote" class="hidden" aria-labelledby="vote-title">
    <h2 id="vote-title"></h2>
    <p id="dots-left" role="status" aria-live="polite"></p>
    <p id="per-idea" class="muted"></p>
    <ul id="options" class="options"></ul>
    <button id="send-dots" class="wide" type="button">{e(t["send_dots"])}</button>
    <p id="vote-status" class="status" role="status" aria-live="polite"></p>
  </section>
  <section id="no-vote" class="hidden"><p class="muted">{e(t["no_vote"])}</p></section>
</div>
<section id="gone" class="hidden"><p id="gone-text" class="status" role="alert"></p></section>
</main>
<script id="words" type="application/json" nonce="{nonce}">{_words(language)}</script>
<script nonce="{nonce}">{SCRIPT}</script>
</body>
</html>
"""
    return body, nonce  # the page finds its code in its own URL


def welcome_page(language: Language, *, problem: str = "") -> tuple[str, str]:
    """The page at the server's root: type the code shown on the screen (no script)."""
    t = TEXT[language]
    e = html.escape
    nonce = secrets.token_urlsafe(16)
    said = f'<p class="status bad" role="alert">{e(t.get(problem, ""))}</p>' if problem else ""
    body = f"""<!doctype html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(t["title"])}</title>
<style nonce="{nonce}">{STYLE}</style>
</head>
<body>
<main>
<section>
  <h1>{e(t["welcome"])}</h1>
  {said}
  <form action="/go" method="get">
    <label for="code">{e(t["code_label"])}</label>
    <input id="code" name="code" maxlength="12" autocomplete="off" autocapitalize="characters"
      inputmode="text" required>
    <button class="wide" type="submit">{e(t["go"])}</button>
  </form>
</section>
</main>
</body>
</html>
"""
    return body, nonce
