// A draft as the UN prints it: heading, "The General Assembly,", paragraphs with italic opening
// phrases, footnote markers, and the footnotes. Every paragraph also shows its label (PP1, OP4(a)).
import { h, clear, joinNames } from './dom.js';

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORD = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function ordinalWords(n) {
  if (!n || n < 1 || n > 99) return String(n);
  const w = n < 20 ? UNITS[n] : n % 10 === 0 ? TENS_ORD[n / 10] : `${TENS[Math.floor(n / 10)]}-${UNITS[n % 10]}`;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function unDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The heading lines, in the order the UN prints them. */
export function heading(draft) {
  const m = draft.metadata || {};
  const lines = [];
  const line = (cls, ...text) => { if (text.every(Boolean)) lines.push(h('p', { class: cls }, text.join(''))); };
  const a = m.adoption;
  line('organ', m.organ || 'General Assembly');
  line('symbol', draft.symbol || m.symbol || '');
  if (m.distribution || m.date) {
    lines.push(h('p', { class: 'distr' }, m.distribution ? `Distr.: ${m.distribution}` : '', m.distribution && m.date ? h('br') : '',
      m.date ? unDate(m.date) : ''));
  }
  const session = draft.session || m.session;
  if (session) line('session', `${ordinalWords(session)} session`);
  if (!a) line('committee', draft.committee || m.committee || '');
  if (m.agendaItemNumber) line('agenda', `Agenda item ${m.agendaItemNumber}`);
  line('agenda-title', m.agendaItemTitle || '');
  if (a) {
    if (a.adoptionDate) line('adopted', `Resolution adopted by the General Assembly on ${unDate(a.adoptionDate)}`);
    const title = `${a.resolutionNumber ? `${a.resolutionNumber}. ` : ''}${draft.title || m.title || ''}`;
    lines.push(h('h2', { class: 'title' }, title));
  } else {
    const sponsors = (draft.mainSponsors || []).map(s => s.name);
    const printed = draft.procedure && draft.procedure.lifecycle && draft.procedure.lifecycle.heading;
    if (printed) line('sponsors', printed);
    else if (sponsors.length) line('sponsors', `${joinNames(sponsors)}: draft resolution`);
    lines.push(h('h2', { class: 'title' }, draft.title || m.title || 'Untitled draft'));
  }
  return h('header', { class: 'un-heading' }, lines);
}

/** What the UN prints before a paragraph: "4." for OP4, "(a)" for a sub-paragraph, nothing for PP1. */
export function printedNumber(p) {
  const sub = /\(([^)]+)\)$/.exec(p.label || '');
  if (p.depth > 0 && sub) return `(${sub[1]})`;
  const op = /^OP(\d+)$/.exec(p.label || '');
  return op ? `${op[1]}.` : '';
}

export function separator(p) {
  if (!p.openingPhrase || !p.text) return '';
  return /^[\s,;:.]/.test(p.text) ? '' : ' ';
}

/** Opening phrase + separator + text: the text amendments quote from. */
export function fullText(p) {
  return (p.openingPhrase || '') + separator(p) + (p.text || '');
}

const shownChoices = new WeakMap();

/**
 * Fills a <select> with the paragraphs ("OP3 — Decides to…"), keeping the chosen one when it is
 * still there; a live refresh that changes no paragraph leaves the list alone, open or not.
 */
export function paragraphChoices(list, paragraphs) {
  const choices = paragraphs.map(p => [p.label, `${p.label} — ${fullText(p).slice(0, 40)}…`]);
  const key = JSON.stringify(choices);
  if (shownChoices.get(list) === key) return;
  shownChoices.set(list, key);
  const keep = list.value;
  clear(list, choices.map(([value, label]) => h('option', { value }, label)));
  if (keep && paragraphs.some(p => p.label === keep)) list.value = keep;
}

/** The paragraph's words: opening phrase in italics, emphasis, footnote markers (not part of the text). */
export function paragraphText(p) {
  const box = h('span', { class: 'ptext', 'data-paragraph-id': p.id });
  if (p.openingPhrase) box.append(h('em', { class: 'opening' }, p.openingPhrase));
  const sep = separator(p);
  if (sep) box.append(sep);
  const text = p.text || '';
  const cuts = new Set([0, text.length]);
  for (const e of p.emphasis || []) { cuts.add(e.start); cuts.add(e.end); }
  for (const f of p.footnoteRefs || []) cuts.add(f.offset);
  const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((x, y) => x - y);
  for (let i = 0; i < points.length; i++) {
    for (const f of (p.footnoteRefs || []).filter(r => r.offset === points[i])) {
      box.append(h('sup', { class: 'fnref' }, h('a', { href: `#fn-${f.number}`, 'aria-label': `footnote ${f.number}` }, String(f.number))));
    }
    if (i === points.length - 1) break;
    const [from, to] = [points[i], points[i + 1]];
    if (from === to) continue;
    let node = document.createTextNode(text.slice(from, to));
    for (const e of p.emphasis || []) {
      if (e.start <= from && e.end >= to) node = h(e.style === 'BOLD' ? 'strong' : 'em', {}, node);
    }
    box.append(node);
  }
  return box;
}

/** The whole body; `decorate(p, element)` may add controls to each paragraph. */
export function resolution(draft, decorate = () => {}) {
  const body = h('div', { class: 'un-body' }, h('p', { class: 'formula' }, h('em', {}, 'The General Assembly'), ','));
  for (const p of draft.paragraphs || []) {
    const el = h('div', {
      class: `para ${p.kind === 'OPERATIVE' ? 'op' : 'pp'} depth-${p.depth}${p.inserted ? ' inserted' : ''}`,
      id: `para-${p.id}`, 'data-label': p.label, 'data-paragraph-id': p.id,
    },
    h('span', { class: 'plabel' }, p.label),
    h('span', { class: 'pnum', 'aria-hidden': 'true' }, printedNumber(p)),
    paragraphText(p));
    decorate(p, el);
    body.append(el);
  }
  const notes = (draft.footnotes || []).length ? h('section', { class: 'footnotes', 'aria-label': 'Footnotes' },
    h('ol', {}, draft.footnotes.map(f => h('li', { id: `fn-${f.number}`, value: f.number, tabindex: '-1' }, f.text)))) : null;
  return h('article', { class: 'resolution', 'aria-label': 'Text of the draft' }, heading(draft), body, notes);
}
