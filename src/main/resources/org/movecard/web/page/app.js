// movecard's page: plain JavaScript over the HTTP API of docs/api.md. No build step, no libraries.
"use strict";

const state = {
  config: null,
  moves: [],
  programme: [],     // {id, hold, times, sets, sides, often, note, text, typed}
  previewTimer: null,
  previewAbort: null,
};

const SIDES = [["", "—"], ["each side", "each side"], ["both sides", "both sides"],
  ["left side", "left side"], ["right side", "right side"]];
const OFTEN = [["", "—"], ["once a day", "once a day"], ["twice a day", "twice a day"],
  ["3 times a day", "3 times a day"], ["every other day", "every other day"],
  ["3 times a week", "3 times a week"], ["once a week", "once a week"]];

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

// ---- talking to the server -------------------------------------------------------------------

function headers(json) {
  const h = {};
  if (json) h["Content-Type"] = "application/json";
  const token = sessionStorage.getItem("movecard-token");
  if (token) h["Authorization"] = "Bearer " + token;
  return h;
}

class ApiProblem extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : "the server answered " + status);
    this.status = status;
    this.hint = body && body.hint;
    this.field = body && body.field;
  }
}

async function call(method, path, body, signal) {
  const response = await fetch(path, {
    method, signal, headers: headers(body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) $("token-box").hidden = false;
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { /* not JSON */ }
    throw new ApiProblem(response.status, problem);
  }
  return response;
}

// ---- the catalogue ---------------------------------------------------------------------------

async function load() {
  try {
    state.config = await (await call("GET", "/api/config")).json();
    state.moves = await (await call("GET", "/api/moves")).json();
  } catch (e) {
    $("catalogue-title").textContent = "Could not load the catalogue: " + e.message;
    return;
  }
  $("catalogue-title").textContent = state.config.catalogue
    + (state.config.clinic ? " · " + state.config.clinic : "");
  for (const s of state.config.settings) $("filter-setting").append(el("option", {value: s.id, text: s.label}));
  for (const r of state.config.regions) $("filter-region").append(el("option", {value: r.id, text: r.label}));
  if (!state.config.clinic) {
    const sheet = document.querySelector('input[name="kind"][value="sheet"]');
    sheet.disabled = true;
    document.querySelector('input[name="kind"][value="handout"]').checked = true;
    $("no-clinic").hidden = false;
  }
  $("template-folder").textContent = "They are saved as files in " + state.config.templateFolder + ".";
  const today = new Date();
  $("date").value = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-"
    + String(today.getDate()).padStart(2, "0");
  showKind();
  renderMoves();
  renderProgramme();
  loadTemplateNames();
  preview();
}

function label(list, id) {
  const found = (list || []).find((x) => x.id === id);
  return found ? found.label : id;
}

function visibleMoves() {
  const query = $("search").value.trim().toLowerCase();
  const setting = $("filter-setting").value;
  const region = $("filter-region").value;
  return state.moves.filter((m) => (!query || m.name.toLowerCase().includes(query) || m.id.includes(query))
    && (!setting || m.setting === setting)
    && (!region || m.regions.includes(region)));
}

function renderMoves() {
  const list = $("move-list");
  list.replaceChildren();
  const shown = visibleMoves();
  $("move-count").textContent = shown.length === state.moves.length
    ? state.moves.length + " moves" : shown.length + " of " + state.moves.length + " moves shown";
  for (const move of shown) {
    const picked = state.programme.some((p) => p.id === move.id);
    const picture = move.figure
      ? el("img", {src: move.figure, alt: move.figureAlt || "", width: 96, height: 96})
      : el("div", {class: "no-figure", text: "no picture"});
    const where = label(state.config.settings, move.setting) + " · "
      + move.regions.map((r) => label(state.config.regions, r)).join(", ");
    const button = el("button", {
      type: "button", class: "small", "data-move": move.id,
      // The visible words come first in the name a screen reader says (and a voice user speaks).
      "aria-label": (picked ? "Remove from programme: " : "Add to programme: ") + move.name,
      text: picked ? "Remove from programme" : "Add to programme",
      onclick: () => {
        if (picked) removeMove(move.id);
        else addMove(move.id);
        // The list was drawn anew: keep the keyboard on this move's button (now Add or Remove).
        const again = document.querySelector('#move-list button[data-move="' + move.id + '"]');
        if (again) again.focus();
      },
    });
    list.append(el("li", {class: "move" + (picked ? " picked" : ""), "data-id": move.id},
      picture,
      el("h3", {text: move.name}),
      el("p", {class: "meta", text: where}),
      el("p", {class: "dose", text: move.dose ? "Usual dose: " + move.dose : ""}),
      el("div", {class: "actions"}, button)));
  }
}

// ---- the programme ---------------------------------------------------------------------------

function addMove(id, dose) {
  if (state.programme.some((p) => p.id === id)) return;
  const item = {id, hold: "", times: "", sets: "", sides: "", often: "", note: "", text: id, typed: false};
  if (dose) Object.assign(item, fieldsFromText(id, dose));
  state.programme.push(item);
  changed();
}

function removeMove(id) {
  state.programme = state.programme.filter((p) => p.id !== id);
  changed();
}

function moveItem(index, by, focusClass) {
  const to = index + by;
  if (to < 0 || to >= state.programme.length) return;
  const [item] = state.programme.splice(index, 1);
  state.programme.splice(to, 0, item);
  changed();
  // Keep the keyboard where it was: on the same button of the item that moved.
  const button = document.querySelector('#programme-list li[data-id="' + item.id + '"] .' + focusClass);
  if (button && !button.disabled) button.focus();
  else {
    const other = document.querySelector('#programme-list li[data-id="' + item.id + '"] .' + (focusClass === "up" ? "down" : "up"));
    if (other) other.focus();
  }
}

/** The dose entry the CLI takes: "chair-twist: hold 20s, 3 times, 2 sets, each side, twice a day; note: …". */
function doseText(item) {
  const parts = [];
  if (item.hold) parts.push("hold " + item.hold + "s");
  if (item.times) parts.push(item.times + " times");
  if (item.sets) parts.push(item.sets + " sets");
  if (item.sides) parts.push(item.sides);
  if (item.often) parts.push(item.often);
  let text = item.id + (parts.length ? ": " + parts.join(", ") : "");
  if (item.note.trim()) text += "; note: " + item.note.trim();
  return text;
}

/** Fills the plain fields from a dose entry where its parts are simple; the text itself is kept as typed. */
function fieldsFromText(id, text) {
  const item = {text, typed: true, hold: "", times: "", sets: "", sides: "", often: "", note: ""};
  const noteAt = text.indexOf(";");
  const note = noteAt >= 0 ? text.slice(noteAt + 1).replace(/^\s*note\s*:/i, "").trim() : "";
  const head = noteAt >= 0 ? text.slice(0, noteAt) : text;
  const colon = head.indexOf(":");
  item.note = note;
  if (colon < 0) return item;
  for (const raw of head.slice(colon + 1).split(",")) {
    const part = raw.trim().toLowerCase();
    let m;
    if ((m = part.match(/^hold (\d+)\s*s(ec(ond)?s?)?$/))) item.hold = m[1];
    else if (OFTEN.some(([v]) => v && v === part)) item.often = part;
    else if ((m = part.match(/^(\d+) (times|x|reps)$/))) item.times = m[1];
    else if ((m = part.match(/^(\d+) sets?$/))) item.sets = m[1];
    else if (SIDES.some(([v]) => v && v === part)) item.sides = part;
  }
  return item;
}

function renderProgramme() {
  const list = $("programme-list");
  list.replaceChildren();
  $("programme-empty").hidden = state.programme.length > 0;
  state.programme.forEach((item, index) => {
    const move = state.moves.find((m) => m.id === item.id);
    const name = move ? move.name : item.id;
    const key = "p-" + item.id;
    const update = (field) => (event) => {
      item[field] = event.target.value;
      item.text = doseText(item);
      item.typed = false;
      $(key + "-text").value = item.text;
      schedulePreview();
    };
    const number = (field, text) => el("div", {class: "field"},
      el("label", {for: key + "-" + field, text}),
      el("input", {id: key + "-" + field, type: "number", min: 1, max: 999, inputmode: "numeric",
        value: item[field], oninput: update(field)}));
    const choice = (field, text, options) => {
      const select = el("select", {id: key + "-" + field, onchange: update(field)});
      for (const [value, shown] of options) select.append(el("option", {value, text: shown}));
      select.value = item[field];
      return el("div", {class: "field"}, el("label", {for: key + "-" + field, text}), select);
    };
    list.append(el("li", {class: "programme-item", "data-id": item.id},
      el("div", {class: "head"},
        el("h3", {id: key + "-name", text: name}),
        el("button", {type: "button", class: "small up", "aria-label": "Move " + name + " up",
          disabled: index === 0, text: "↑ Up", onclick: () => moveItem(index, -1, "up")}),
        el("button", {type: "button", class: "small down", "aria-label": "Move " + name + " down",
          disabled: index === state.programme.length - 1, text: "↓ Down", onclick: () => moveItem(index, 1, "down")}),
        el("button", {type: "button", class: "small remove", "aria-label": "Remove " + name,
          text: "Remove", onclick: () => { removeMove(item.id); $("programme-heading").focus(); }})),
      el("fieldset", {},
        el("legend", {text: "Dose for " + name}),
        el("div", {class: "dose-grid"},
          number("hold", "Hold (seconds)"),
          number("times", "Times"),
          number("sets", "Sets"),
          choice("sides", "Sides", SIDES),
          choice("often", "How often", OFTEN),
          el("div", {class: "field wide"},
            el("label", {for: key + "-note", text: "Note for this move"}),
            el("input", {id: key + "-note", type: "text", value: item.note, oninput: update("note")})),
          el("div", {class: "field wide"},
            el("label", {for: key + "-text", text: "Dose as text (the fields fill it; you may type it instead)"}),
            el("input", {id: key + "-text", type: "text", class: "dose-text", value: item.text,
              "aria-describedby": key + "-text-note",
              oninput: (event) => { item.text = event.target.value; item.typed = true; schedulePreview(); }}),
            el("p", {id: key + "-text-note", class: "muted small",
              text: "e.g. " + item.id + ": hold 20s, 3 times, 2 sets, each side, twice a day"}))))));
  });
}

function changed() {
  renderMoves();
  renderProgramme();
  schedulePreview();
}

// ---- the document ----------------------------------------------------------------------------

function kind() {
  return document.querySelector('input[name="kind"]:checked').value;
}

function showKind() {
  const k = kind();
  $("sheet-options").hidden = k !== "sheet";
  $("title-options").hidden = k === "sheet";
  $("card-options").hidden = k !== "card";
  $("handout-options").hidden = k !== "handout";
  $("paper-options").hidden = k === "card";
  $("dose-note").hidden = k === "sheet";
}

function selection() {
  if (state.programme.length) return {moves: state.programme.map((p) => p.id)};
  const body = {};
  if ($("filter-setting").value) body.settings = [$("filter-setting").value];
  if ($("filter-region").value) body.regions = [$("filter-region").value];
  const query = $("search").value.trim();
  if (query) body.moves = visibleMoves().map((m) => m.id);
  return body;
}

function optional(value) {
  const v = value.trim();
  return v ? v : undefined;
}

/** The request body for the chosen document; {@code preview} fills a blank patient name with a placeholder. */
function request(preview) {
  const k = kind();
  if (k === "sheet") {
    return {
      patient: $("patient").value.trim() || (preview ? "Patient name" : ""),
      clinician: optional($("clinician").value),
      date: optional($("date").value),
      notes: optional($("notes").value),
      moves: state.programme.map((p) => p.text),
      paper: $("paper").value,
      largePrint: $("large-print").checked,
      noFigures: $("no-figures").checked,
      language: optional($("language").value),
    };
  }
  if (k === "handout") {
    return Object.assign(selection(), {title: optional($("title").value), paper: $("paper").value,
      largePrint: $("large-print").checked, noFigures: $("no-figures").checked,
      language: optional($("language").value),
      pages: $("pages").value ? Number($("pages").value) : undefined});
  }
  return Object.assign(selection(), {title: optional($("title").value), format: $("format").value,
    sheet: $("sheet").value, duplex: $("duplex").value, noFigures: $("no-figures").checked,
    language: optional($("language").value)});
}

/** The form control that the field of a problem (an ApiProblem) stands for, to mark it. */
function control(problem) {
  const field = problem.field;
  if (!field) return null;
  const direct = {patient: "patient", clinician: "clinician", date: "date", notes: "notes", paper: "paper",
    format: "format", sheet: "sheet", duplex: "duplex", title: "title", pages: "pages", language: "language"}[field];
  if (direct) return $(direct);
  if (field === "moves") {
    // "move 2: …" names the entry; with one entry there is nothing to say.
    const inputs = document.querySelectorAll("#programme-list input.dose-text");
    const named = /^moves: move (\d+):/.exec(problem.message);
    if (named && inputs[Number(named[1]) - 1]) return inputs[Number(named[1]) - 1];
    if (inputs.length === 1) return inputs[0];
  }
  return null;
}

function clearInvalid() {
  for (const node of document.querySelectorAll('[aria-invalid="true"]')) node.removeAttribute("aria-invalid");
}

function showProblem(target, e) {
  target.textContent = e.message + (e.hint ? " — " + e.hint : "");
  target.classList.add("error");
  const input = control(e);
  if (input) input.setAttribute("aria-invalid", "true");
}

function schedulePreview() {
  clearTimeout(state.previewTimer);
  state.previewTimer = setTimeout(preview, 400);
}

async function preview() {
  clearTimeout(state.previewTimer);
  if (state.previewAbort) state.previewAbort.abort();
  const abort = new AbortController();
  state.previewAbort = abort;
  const status = $("preview-status");
  const k = kind();
  if (k === "sheet" && !state.programme.length) {
    status.textContent = "Pick moves into the programme to see the sheet.";
    status.classList.remove("error");
    $("preview-pages").replaceChildren();
    return;
  }
  $("preview-heading").closest("section").classList.add("busy");
  status.classList.remove("error");
  status.textContent = "Making the preview…";
  try {
    const response = await call("POST", "/api/preview/" + k + "?dpi=50", request(true), abort.signal);
    const body = await response.json();
    clearInvalid();
    const pages = $("preview-pages");
    pages.replaceChildren();
    body.images.forEach((src, i) => pages.append(el("figure", {},
      el("img", {src, alt: "Preview of page " + (i + 1) + " of " + body.pages}),
      el("figcaption", {text: "Page " + (i + 1) + " of " + body.pages}))));
    status.textContent = body.pages + (body.pages === 1 ? " page" : " pages")
      + (body.images.length < body.pages ? " (the first " + body.images.length + " shown)" : "");
  } catch (e) {
    if (e.name === "AbortError") return;
    showProblem(status, e);
  } finally {
    if (state.previewAbort === abort) $("preview-heading").closest("section").classList.remove("busy");
  }
}

async function download() {
  const status = $("status");
  status.classList.remove("error");
  clearInvalid();
  const k = kind();
  if (k === "sheet" && !$("patient").value.trim()) {
    status.textContent = "Give the patient’s name first.";
    status.classList.add("error");
    $("patient").setAttribute("aria-invalid", "true");
    $("patient").focus();
    return;
  }
  status.textContent = "Making the PDF…";
  try {
    const response = await call("POST", "/api/" + k, request(false));
    const blob = await response.blob();
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = disposition.match(/filename="([^"]+)"/);
    const link = el("a", {href: URL.createObjectURL(blob), download: match ? match[1] : k + ".pdf"});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    const pages = response.headers.get("X-Pages");
    status.textContent = "Downloaded " + link.download + (pages ? " (" + pages + (pages === "1" ? " page)" : " pages)") : "");
  } catch (e) {
    showProblem(status, e);
    const input = control(e);
    if (input) input.focus();
  }
}

// ---- templates -------------------------------------------------------------------------------

async function loadTemplateNames(select) {
  try {
    const body = await (await call("GET", "/api/templates")).json();
    const list = $("template-list");
    list.replaceChildren();
    if (!body.templates.length) list.append(el("option", {value: "", text: "(none saved yet)"}));
    for (const name of body.templates) list.append(el("option", {value: name, text: name}));
    if (select) list.value = select;
  } catch (e) {
    showProblem($("template-status"), e);
  }
}

function templateBody() {
  const k = kind();
  const body = {document: k, moves: state.programme.map((p) => p.text), noFigures: $("no-figures").checked};
  if (k !== "sheet") body.title = optional($("title").value);
  if (k === "card") Object.assign(body, {format: $("format").value, sheet: $("sheet").value, duplex: $("duplex").value});
  else Object.assign(body, {paper: $("paper").value, largePrint: $("large-print").checked});
  if (k === "handout" && $("pages").value) body.pages = Number($("pages").value);
  body.language = optional($("language").value);
  return body;
}

async function saveTemplate() {
  const status = $("template-status");
  status.classList.remove("error");
  const name = $("template-name").value.trim();
  $("template-name").removeAttribute("aria-invalid");
  try {
    await call("PUT", "/api/templates/" + encodeURIComponent(name), templateBody());
    status.textContent = "Saved template “" + name + "”.";
    await loadTemplateNames(name);
  } catch (e) {
    showProblem(status, e);
    if (e.field === "name") $("template-name").setAttribute("aria-invalid", "true");
  }
}

async function loadTemplate() {
  const status = $("template-status");
  status.classList.remove("error");
  const name = $("template-list").value;
  if (!name) return;
  try {
    const t = await (await call("GET", "/api/templates/" + encodeURIComponent(name))).json();
    const radio = document.querySelector('input[name="kind"][value="' + t.document + '"]');
    if (radio && !radio.disabled) radio.checked = true;
    $("title").value = t.title || "";
    for (const [field, id] of [["paper", "paper"], ["format", "format"], ["sheet", "sheet"], ["duplex", "duplex"]]) {
      if (t[field]) $(id).value = t[field];
    }
    $("large-print").checked = !!t.largePrint;
    $("pages").value = t.pages ? String(t.pages) : "";
    $("language").value = t.language || "";
    $("no-figures").checked = !!t.noFigures;
    state.programme = [];
    for (const entry of t.moves) {
      const id = entry.split(/[:;]/)[0].trim();
      state.programme.push(Object.assign({id}, fieldsFromText(id, entry)));
    }
    $("template-name").value = name;
    showKind();
    changed();
    status.textContent = "Loaded template “" + name + "” (" + t.moves.length + (t.moves.length === 1 ? " move)." : " moves).");
  } catch (e) {
    showProblem(status, e);
  }
}

async function deleteTemplate() {
  const status = $("template-status");
  status.classList.remove("error");
  const name = $("template-list").value;
  if (!name) return;
  try {
    await call("DELETE", "/api/templates/" + encodeURIComponent(name));
    status.textContent = "Deleted template “" + name + "”.";
    await loadTemplateNames();
  } catch (e) {
    showProblem(status, e);
  }
}

// ---- wiring ----------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  for (const id of ["search", "filter-setting", "filter-region"]) {
    $(id).addEventListener(id === "search" ? "input" : "change", () => {
      renderMoves();
      if (!state.programme.length) schedulePreview();
    });
  }
  for (const radio of document.querySelectorAll('input[name="kind"]')) {
    radio.addEventListener("change", () => { showKind(); schedulePreview(); });
  }
  for (const id of ["patient", "clinician", "date", "notes", "title", "pages", "paper", "large-print", "no-figures",
    "format", "sheet", "duplex", "language"]) {
    $(id).addEventListener($(id).type === "checkbox" || $(id).tagName === "SELECT" ? "change" : "input", () => {
      $(id).removeAttribute("aria-invalid");
      schedulePreview();
    });
  }
  $("download").addEventListener("click", download);
  $("refresh").addEventListener("click", preview);
  $("template-save").addEventListener("click", saveTemplate);
  $("template-load").addEventListener("click", loadTemplate);
  $("template-delete").addEventListener("click", deleteTemplate);
  $("token-save").addEventListener("click", () => {
    sessionStorage.setItem("movecard-token", $("token").value);
    $("token-box").hidden = true;
    load();
  });
  load();
});
