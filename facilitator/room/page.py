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

from facilitator.domain import phone_photos
from facilitator.domain.images import MAX_STORED_SIDE
from facilitator.domain.records import Language
from facilitator.room import limits
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
  showPoll(s.poll);
  showPhotos(s.photos);
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


POLL_STYLE = """
.poll-options { display: grid; gap: 0.5rem; margin: 0.4rem 0 0; }
.poll-options.hidden { display: none; }
.poll-options.row { grid-template-columns: repeat(auto-fit, minmax(3.2rem, 1fr)); }
button.answer { display: flex; align-items: center; gap: 0.75rem; width: 100%; min-height: 3.5rem;
  text-align: left; background: #fff; color: var(--ink); border: 2px solid #9aa5b1;
  padding: 0.5rem 0.75rem; font-weight: 600; }
.poll-options.row button.answer { justify-content: center; padding: 0.5rem; }
button.answer .mark { font-size: 1.6rem; font-weight: 800; min-width: 2rem; text-align: center;
  font-variant-numeric: tabular-nums; line-height: 1.1; }
button.answer .label { flex: 1; overflow-wrap: anywhere; }
button.answer.chosen { background: var(--accent); color: #fff; border-color: var(--accent);
  box-shadow: inset 0 0 0 3px #fff; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend { font-weight: 600; margin: 0.4rem 0 0.25rem; padding: 0; }
input.word { margin: 0 0 0.4rem; }
"""

# The open poll (issue 19), in the same rhythm as the rest: `refresh` hands it the state.
# One answer on its way at a time: a tap while one is sent is sent after it (the last tap
# wins), so answers never overtake each other; the state then says what was kept.
POLL_SCRIPT = r"""
let poll = null, pollShape = "", pollNext = null, pollSending = false, pollSeen = false;
function showPoll(p) {
  $("poll").classList.toggle("hidden", !p);
  $("poll-over").classList.toggle("hidden", !!p || !pollSeen);
  if (!p) { poll = null; pollShape = ""; return; }
  pollSeen = true; poll = p;
  const shape = JSON.stringify([p.id, p.question, p.options, p.words]);
  if (shape !== pollShape) { pollShape = shape; buildPoll(p); }
  if (!pollSending) markChosen(p.mine);
}
function buildPoll(p) {
  $("poll-question").textContent = p.question;
  say("poll-status", p.mine ? T.poll_sent : "", p.mine ? true : undefined);
  const list = $("poll-options"); list.replaceChildren();
  list.className = "poll-options " + (p.options.some((o) => o.label) ? "rows" : "row");
  list.classList.toggle("hidden", !p.options.length);
  for (const option of p.options) {
    const button = document.createElement("button");
    button.type = "button"; button.className = "answer"; button.dataset.option = option.id;
    button.setAttribute("aria-pressed", "false");
    if (p.kind === "scale" || option.icon) {
      const mark = document.createElement("span"); mark.className = "mark";
      mark.textContent = p.kind === "scale" ? String(option.value) : option.icon;
      if (p.kind !== "scale") mark.setAttribute("aria-hidden", "true");
      button.append(mark);
    }
    if (option.label) {
      const label = document.createElement("span"); label.className = "label";
      label.textContent = option.label; button.append(label);
    }
    button.addEventListener("click", () => answerPoll({option: option.id}));
    list.append(button);
  }
  const given = p.mine && p.mine.text ? p.mine.text : "";
  $("poll-form").classList.toggle("hidden", p.kind !== "words" && p.kind !== "text");
  $("poll-words").classList.toggle("hidden", p.kind !== "words");
  $("poll-text-field").classList.toggle("hidden", p.kind !== "text");
  const boxes = $("poll-word-boxes"); boxes.replaceChildren();
  if (p.kind === "words") {
    $("poll-words-legend").textContent =
      p.words === 1 ? T.poll_one_word : fill(T.poll_words, {n: p.words});
    const mine = given ? given.split("\n") : [];
    for (let n = 1; n <= p.words; n++) {
      const input = document.createElement("input");
      input.className = "word"; input.maxLength = p.word_chars; input.autocomplete = "off";
      input.setAttribute("aria-label", fill(T.poll_word, {n, total: p.words}));
      input.value = mine[n - 1] || ""; boxes.append(input);
    }
  }
  $("poll-text").maxLength = p.chars;
  $("poll-text").value = p.kind === "text" ? given : "";
}
function markChosen(mine) {
  for (const button of $("poll-options").children) {
    const on = !!mine && mine.option === button.dataset.option;
    button.classList.toggle("chosen", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }
}
function pollRefusal(data) {
  const limits = {answer_too_long: "chars", word_too_long: "word_chars", too_many_words: "words"};
  const limit = poll && limits[data.error] ? poll[limits[data.error]] : null;
  return limit ? fill(T[data.error], {n: limit}) : refused(data);
}
async function answerPoll(answer) {
  if (!poll) return;
  pollNext = Object.assign({poll: poll.id}, answer);
  if (answer.option) markChosen(answer);
  if (pollSending) return;
  pollSending = true;
  try {
    while (pollNext) {
      const body = pollNext; pollNext = null;
      const {status, data} = await call("POST", "poll", body);
      if (status === 200) say("poll-status", T.poll_sent, true);
      else if (status === 202) say("poll-status", T.poll_saved_later);
      else say("poll-status", pollRefusal(data), false);
    }
  } catch (e) { pollNext = null; say("poll-status", T.offline, false); }
  finally { pollSending = false; if (stateTimer) refresh(); }  // not once removed or closed
}
function sendTyped(event) {
  event.preventDefault();
  if (!poll) return;
  const text = poll.kind === "words"
    ? Array.from($("poll-word-boxes").children, (box) => box.value.trim()).filter(Boolean)
      .join("\n")
    : $("poll-text").value.trim();
  if (!text) { say("poll-status", T.answer_empty, false); return; }
  answerPoll({text});
}
$("poll-form").addEventListener("submit", sendTyped);
"""


def _poll_section(t: dict[str, str]) -> str:
    """The open poll's place on the room's page, above the idea form: filled by
    `POLL_SCRIPT` from the state (a scale's or a choice's buttons, a few words' boxes
    or a text's field); and the note left when it closes."""
    e = html.escape
    return f"""<section id="poll" class="hidden" aria-labelledby="poll-title">
    <h2 id="poll-title">{e(t["poll"])}</h2>
    <p id="poll-question" class="activity"></p>
    <div id="poll-options" class="poll-options hidden" role="group"
      aria-labelledby="poll-question"></div>
    <form id="poll-form" class="hidden">
      <fieldset id="poll-words" class="hidden">
        <legend id="poll-words-legend"></legend>
        <div id="poll-word-boxes"></div>
      </fieldset>
      <div id="poll-text-field" class="hidden">
        <label for="poll-text">{e(t["poll_text"])}</label>
        <textarea id="poll-text" name="poll-text" maxlength="500"></textarea>
      </div>
      <button id="send-answer" class="wide" type="submit">{e(t["send_answer"])}</button>
    </form>
    <p id="poll-status" class="status" role="status" aria-live="polite"></p>
  </section>
  <section id="poll-over" class="hidden"><p class="muted">{e(t["poll_closed"])}</p></section>
  """


PHOTO_STYLE = """
#photo .pick { display: flex; gap: 0.6rem; flex-wrap: wrap; }
#photo .pick label.button { flex: 1 1 9rem; margin: 0; text-align: center; font-weight: 700;
  border-radius: 0.6rem; padding: 0.75rem 1rem; background: var(--accent); color: #fff;
  min-height: 3rem; cursor: pointer; }
#photo .pick label.button.off { background: #9aa5b1; }
#photo .pick:focus-within label.button { outline: 3px solid #f0b429; outline-offset: 2px; }
#photo input.file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
#photo img.preview { display: block; max-width: 100%; max-height: 14rem; margin: 0.6rem auto 0;
  border-radius: 0.4rem; }
#photo fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
#photo legend { font-weight: 600; margin: 0.4rem 0 0.25rem; padding: 0; }
#photo label.choice { display: flex; align-items: center; gap: 0.5rem; font-weight: 400;
  margin: 0.2rem 0; overflow-wrap: anywhere; }
#photo label.choice input { width: 1.4rem; height: 1.4rem; flex: none; }
#photo progress { display: block; width: 100%; height: 1rem; margin-top: 0.8rem; border: 0;
  border-radius: 0.5rem; overflow: hidden; -webkit-appearance: none; appearance: none;
  background: #d9e2ec; color: var(--accent); }
#photo progress::-webkit-progress-bar { background: #d9e2ec; }
#photo progress::-webkit-progress-value { background: var(--accent); border-radius: 0.5rem; }
#photo progress::-moz-progress-bar { background: var(--accent); border-radius: 0.5rem; }
#photo form { margin-top: 0.4rem; }
#photo .hidden, #photo img.preview.hidden, #photo label.choice.hidden { display: none; }
"""

# Photos (issue 19), on the participant's page and on the facilitator's own: one at a
# time; scaled down here (a canvas, the photo turned as the camera held it) so that a
# slow Wi-Fi carries 1 MB, not 8; each photo has its own id, sent again with every retry
# and asked about first (`api/photo?id=`): the laptop stores it once. The page needs
# T, $, fill, say, call, refused, refresh and token from the script before it.
PHOTO_SCRIPT = r"""
const PHOTO_SIDE = Number(document.body.dataset.photoSide);
const PHOTO_BYTES = Number(document.body.dataset.photoBytes);
const PHOTO_PIXELS = Number(document.body.dataset.photoPixels);
const PHOTO_QUALITY = 0.85;
const FOR_GOOD = ["photo_not_image", "photo_svg", "photo_heic", "photo_avif", "photo_too_large",
  "photo_too_big", "photo_truncated", "photo_damaged", "photo_empty"];
const ON_ITS_WAY = ["photo_busy", "photo_in_progress"];
let photoJob = null, photoSending = false, photoShown = "";
const pause = (seconds) => new Promise((done) => setTimeout(done, seconds * 1000));
function newPhotoId() {
  const bytes = new Uint8Array(16); crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_")
    .replace(/=+$/, "");
}
// What a chosen file is, from its bytes (its name and type may lie), judged before the
// phone decodes it as the laptop judges it (domain/phone_photos.py `checked`): a HEIC or
// AVIF photo (`kind`: refused only if this phone cannot turn it into JPEG), a drawing
// (SVG), more pixels than the laptop takes (decoding 20,000 x 20,000 would take the
// phone's memory), a JPEG or PNG cut short: refused (`refusal`), nothing sent.
async function photoFacts(file) {
  const facts = {kind: "", refusal: ""};
  try {
    const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
    const text = String.fromCharCode(...head.subarray(0, 32));
    let size = null;
    if (text.slice(4, 8) === "ftyp") {
      if (/avi[fs]/.test(text)) facts.kind = "photo_avif";
      else if (/hei[cxms]|hev[cx]|mif1|msf1/.test(text)) facts.kind = "photo_heic";
      return facts;
    } else if (head[0] === 0xFF && head[1] === 0xD8) {
      facts.kind = "jpeg"; size = jpegSize(new Uint8Array(await file.arrayBuffer()));
    } else if (text.startsWith("\x89PNG\r\n\x1a\n")) {
      facts.kind = "png"; size = pngSize(new Uint8Array(await file.arrayBuffer()));
    } else if (file.type === "image/svg+xml" || /<svg/i.test(new TextDecoder().decode(head))) {
      facts.refusal = "photo_svg"; return facts;
    } else { return facts; }
    if (!size) facts.refusal = "photo_damaged";
    else if (size.width * size.height > PHOTO_PIXELS) facts.refusal = "photo_too_large";
    else if (!size.whole) facts.refusal = "photo_truncated";
  } catch (e) { /* unreadable here: the laptop says what it is */ }
  return facts;
}
function jpegSize(bytes) {
  let at = 2, width = 0, height = 0;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xFF) return null;
    const marker = bytes[at + 1];
    if (marker === 0xFF) { at += 1; continue; }
    if (marker === 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { at += 2; continue; }
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (marker >= 0xC0 && marker <= 0xCF && ![0xC4, 0xC8, 0xCC].includes(marker)) {
      height = (bytes[at + 5] << 8) | bytes[at + 6]; width = (bytes[at + 7] << 8) | bytes[at + 8];
    }
    if (marker === 0xDA) {  // after the first scan's start, FF D9 can only be the end
      let end = at + 2 + length;
      while ((end = bytes.indexOf(0xFF, end)) >= 0 && bytes[end + 1] !== 0xD9) end += 1;
      return width && height ? {width, height, whole: end >= 0} : null;
    }
    at += 2 + length;
  }
  return null;
}
function pngSize(bytes) {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer);
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, end - 8), end));
  return {width: view.getUint32(16), height: view.getUint32(20),
    whole: tail === "IEND\xaeB`\x82"};
}
async function decodedPhoto(file) {
  if (window.createImageBitmap) {
    try { return await createImageBitmap(file, {imageOrientation: "from-image"}); } catch (e) {}
    try { return await createImageBitmap(file); } catch (e) {}
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image(); image.src = url; await image.decode(); return image;
  } catch (e) { return null; } finally { URL.revokeObjectURL(url); }
}
async function scaledPhoto(file) {
  const image = await decodedPhoto(file);
  if (!image) return file;  // this phone cannot show it: the laptop will say what it is
  const width = image.naturalWidth || image.width, height = image.naturalHeight || image.height;
  const scale = Math.min(1, PHOTO_SIDE / Math.max(width, height, 1));
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const paint = canvas.getContext("2d");
  paint.fillStyle = "#ffffff";  // under a drawing's transparent background: JPEG has none
  paint.fillRect(0, 0, canvas.width, canvas.height);
  paint.drawImage(image, 0, 0, canvas.width, canvas.height);
  if (image.close) image.close();
  const blob = await new Promise((done) => canvas.toBlob(done, "image/jpeg", PHOTO_QUALITY));
  canvas.width = canvas.height = 0;  // its memory back at once (phones have little)
  return blob || file;
}
function showPhotos(p) {
  $("photo").classList.toggle("hidden", !p);
  if (!p) return;
  const shape = JSON.stringify([p.board, p.card]);
  if (shape !== photoShown) {
    photoShown = shape;
    $("to-board-text").textContent = p.board ? fill(T.photo_to_board, {title: p.board}) : "";
    $("to-card-text").textContent = p.card ? fill(T.photo_to_card, {title: p.card}) : "";
    $("to-board-row").classList.toggle("hidden", !p.board);
    $("to-card-row").classList.toggle("hidden", !p.card);
    if (!p.card) $("to-board").checked = true;
    else if (!p.board) $("to-card").checked = true;
  }
  $("photos-sent").textContent = fill(T.photos_sent, {n: p.sent || 0});
}
function photoBusy(busy) {
  photoSending = busy;
  for (const id of ["photo-take", "photo-choose", "send-photo", "retry-photo"]) {
    $(id).disabled = busy;
  }
  for (const label of document.querySelectorAll("#photo .pick label")) {
    label.classList.toggle("off", busy);
  }
}
function showJob() {
  const preview = $("photo-preview");
  if (preview.src) { URL.revokeObjectURL(preview.src); preview.removeAttribute("src"); }
  preview.classList.add("hidden");
  $("retry-photo").classList.add("hidden");
  $("photo-progress").classList.add("hidden");
  if (!photoJob || !photoJob.shown) return;  // this phone cannot show it: no broken image
  preview.src = URL.createObjectURL(photoJob.blob);
  preview.classList.remove("hidden");
}
async function photoChosen(event) {
  const file = event.target.files && event.target.files[0];
  if (!file || photoSending) return;
  photoBusy(true);
  say("photo-status", T.photo_preparing);
  try {
    const facts = await photoFacts(file);
    const blob = facts.refusal ? file : await scaledPhoto(file);
    const shown = blob !== file;  // not decoded here: a JPEG or PNG goes as it is (the
    // laptop decodes it again), anything else is refused (the laptop takes no other)
    const refusal = facts.refusal || (shown || ["jpeg", "png"].includes(facts.kind) ? ""
      : facts.kind || "photo_not_image");
    photoJob = refusal ? null : {id: newPhotoId(), blob, shown};
    say("photo-status", refusal ? T[refusal] : "", refusal ? false : undefined);
    showJob();
  } finally { event.target.value = ""; photoBusy(false); }
}
function photoTarget() { return $("to-card").checked ? "card" : "board"; }
function uploadPhoto(job) {
  return new Promise((done) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", BASE + "/api/photo");
    if (token) xhr.setRequestHeader("X-Participant", token);
    xhr.setRequestHeader("X-Upload-Id", job.id);
    const bar = $("photo-progress");
    bar.value = 0; bar.classList.remove("hidden");
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      const percent = Math.floor(event.loaded / event.total * 100);
      bar.value = percent; say("photo-status", fill(T.photo_sending, {percent}));
    };
    xhr.upload.onload = () => { bar.value = 100; say("photo-status", T.photo_checking); };
    xhr.onload = () => {
      let data = {};
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = {error: "bad_request"}; }
      done({status: xhr.status, data, wait: Number(xhr.getResponseHeader("Retry-After")) || 0});
    };
    xhr.onerror = xhr.onabort = xhr.ontimeout = () => done({status: 0, data: {}, wait: 0});
    const form = new FormData();
    form.append("caption", $("photo-caption").value.trim());
    form.append("target", photoTarget());
    form.append("photo", job.blob, "photo.jpg");
    xhr.send(form);
  });
}
async function askPhoto(job) {
  const query = "photo?id=" + job.id + "&bytes=" + job.blob.size + "&target=" + photoTarget();
  try { return await call("GET", query); } catch (e) { return {status: 0, data: {}}; }
}
function photoDone(data) {
  const sent = document.body.dataset.role === "facilitator" ? T.facilitator_photo_sent
    : T.photo_sent;
  say("photo-status", data.result === "saved_later" ? T.photo_saved_later : sent,
    data.result === "saved_later" ? undefined : true);
  photoJob = null; $("photo-caption").value = ""; showJob(); refresh();
}
async function sendPhoto(event) {
  event.preventDefault();
  if (photoSending) return;
  if (!photoJob) { say("photo-status", T.photo_empty, false); return; }
  if (photoJob.blob.size > PHOTO_BYTES) {
    say("photo-status", T.photo_too_big, false); photoJob = null; showJob(); return;
  }
  const job = photoJob;
  photoBusy(true);
  $("retry-photo").classList.add("hidden");
  try {
    for (let tries = 0; tries < 30; tries++) {
      let reply = await askPhoto(job);
      if (reply.status === 200 && reply.data.result === "send") {
        say("photo-status", fill(T.photo_sending, {percent: 0}));
        reply = await uploadPhoto(job);
      }
      $("photo-progress").classList.add("hidden");
      if (reply.status >= 200 && reply.status < 300) { photoDone(reply.data); return; }
      const error = reply.data.error;
      if (ON_ITS_WAY.includes(error) || (error === "slow_down" && reply.wait <= 10)) {
        say("photo-status", T[error] || T.photo_waiting);
        await pause(Math.min(Math.max(reply.wait || 3, 1), 10));
        continue;
      }
      if (reply.status === 0) say("photo-status", T.photo_failed, false);
      else say("photo-status", refused(reply.data), false);
      if (FOR_GOOD.includes(error)) { photoJob = null; showJob(); }
      else $("retry-photo").classList.remove("hidden");
      return;
    }
    say("photo-status", T.photo_busy, false); $("retry-photo").classList.remove("hidden");
  } finally { photoBusy(false); }
}
$("photo-take").addEventListener("change", photoChosen);
$("photo-choose").addEventListener("change", photoChosen);
$("photo-form").addEventListener("submit", sendPhoto);
$("retry-photo").addEventListener("click", sendPhoto);
"""

# The facilitator's own page (`/f/<facilitator code>`): the photo part only, sent as
# "Animation" / "Facilitator"; no token, no join.
FACILITATOR_SCRIPT = r"""
"use strict";
const T = JSON.parse(document.getElementById("words").textContent);
const BASE = location.pathname.replace(/\/+$/, "");
const token = "";
let stateTimer = null;
const $ = (id) => document.getElementById(id);
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
function say(id, text, good) {
  const node = $(id); node.textContent = text || "";
  node.className = "status " + (good === undefined ? "" : good ? "ok" : "bad");
}
async function call(method, path) {
  const response = await fetch(BASE + "/api/" + path, {method, cache: "no-store"});
  let data = {};
  try { data = await response.json(); } catch (e) { data = {error: "bad_request"}; }
  return {status: response.status, data};
}
function refused(data) {
  if (data.error === "closed" || data.error === "bad_code") {
    $("facilitator").classList.add("hidden"); $("gone").classList.remove("hidden");
    say("gone-text", T[data.error], data.error === "closed" ? undefined : false);
    if (stateTimer) clearInterval(stateTimer);
    stateTimer = null;
  }
  return T[data.error] || T.bad_request;
}
async function refresh() {
  let reply;
  try { reply = await call("GET", "state"); }
  catch (e) { say("room-status", T.offline, false); return; }
  if (reply.status !== 200) { say("room-status", refused(reply.data), false); return; }
  say("room-status", "");
  const s = reply.data;
  $("no-photos").classList.toggle("hidden", !!s.photos);
  showPhotos(s.photos ? Object.assign({}, s.photos, {sent: s.sent}) : null);
}
"""

FACILITATOR_START = """
refresh(); stateTimer = setInterval(refresh, 2500);
"""


def _photo_section(t: dict[str, str]) -> str:
    """The photo part, on the participant's page and on the facilitator's: take or choose
    a photo, a caption, where it goes (the board, or the card opened for photos), send;
    filled and run by `PHOTO_SCRIPT`."""
    e = html.escape
    return f"""<section id="photo" class="hidden" aria-labelledby="photo-title">
    <h2 id="photo-title">{e(t["photo"])}</h2>
    <div class="pick">
      <label class="button" for="photo-take">{e(t["photo_take"])}</label>
      <input id="photo-take" class="file" type="file" accept="image/*" capture="environment">
      <label class="button" for="photo-choose">{e(t["photo_choose"])}</label>
      <input id="photo-choose" class="file" type="file" accept="image/*">
    </div>
    <img id="photo-preview" class="preview hidden" alt="{e(t["photo_preview"])}">
    <form id="photo-form">
      <label for="photo-caption">{e(t["photo_caption"])}</label>
      <input id="photo-caption" name="caption" maxlength="{limits.MAX_CAPTION_CHARS}"
        autocomplete="off">
      <fieldset>
        <legend>{e(t["photo_where"])}</legend>
        <label id="to-board-row" class="choice"><input id="to-board" type="radio" name="where"
          value="board" checked><span id="to-board-text"></span></label>
        <label id="to-card-row" class="choice"><input id="to-card" type="radio" name="where"
          value="card"><span id="to-card-text"></span></label>
      </fieldset>
      <progress id="photo-progress" class="hidden" max="100" value="0"></progress>
      <button id="send-photo" class="wide" type="submit">{e(t["send_photo"])}</button>
      <button id="retry-photo" class="wide hidden" type="button">{e(t["photo_retry"])}</button>
    </form>
    <p id="photo-status" class="status" role="status" aria-live="polite"></p>
    <p id="photos-sent" class="muted"></p>
  </section>
  """


def _photo_data() -> str:
    """What the photo script needs to know, on the page's body: the longest side a photo
    is scaled to, the most bytes it may take and the most pixels the file chosen may
    have (`phone_photos.MAX_PIXELS`: more is refused before the phone decodes it); the
    laptop checks all three again."""
    return (
        f'data-photo-side="{MAX_STORED_SIDE}" data-photo-bytes="{limits.MAX_PHOTO_BYTES}" '
        f'data-photo-pixels="{phone_photos.MAX_PIXELS}"'
    )


def facilitator_page(language: Language) -> tuple[str, str]:
    """The facilitator's own page (photos from the facilitator's phone, sent as
    "Animation" / "Facilitator") and the nonce its script and style carry."""
    t = TEXT[language]
    e = html.escape
    nonce = secrets.token_urlsafe(16)
    body = f"""<!doctype html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{e(t["facilitator_title"])}</title>
<style nonce="{nonce}">{STYLE}{PHOTO_STYLE}</style>
</head>
<body data-role="facilitator" {_photo_data()}>
<main>
<div id="facilitator">
  <section aria-labelledby="facilitator-welcome">
    <h1 id="facilitator-welcome">{e(t["facilitator_welcome"])}</h1>
    <p>{e(t["facilitator_intro"])}</p>
    <p id="room-status" class="status" role="status" aria-live="polite"></p>
  </section>
  <section id="no-photos" class="hidden"><p class="muted">{e(t["photos_closed"])}</p></section>
  {_photo_section(t)}
</div>
<section id="gone" class="hidden"><p id="gone-text" class="status" role="alert"></p></section>
</main>
<script id="words" type="application/json" nonce="{nonce}">{_words(language)}</script>
<script nonce="{nonce}">{FACILITATOR_SCRIPT}{PHOTO_SCRIPT}{FACILITATOR_START}</script>
</body>
</html>
"""
    return body, nonce


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
<style nonce="{nonce}">{STYLE}{POLL_STYLE}{PHOTO_STYLE}</style>
</head>
<body {_photo_data()}>
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
  {_poll_section(t)}<section id="ideas" class="hidden" aria-labelledby="board">
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
  {_photo_section(t)}
</div>
<section id="gone" class="hidden"><p id="gone-text" class="status" role="alert"></p></section>
</main>
<script id="words" type="application/json" nonce="{nonce}">{_words(language)}</script>
<script nonce="{nonce}">{SCRIPT}{POLL_SCRIPT}{PHOTO_SCRIPT}</script>
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
