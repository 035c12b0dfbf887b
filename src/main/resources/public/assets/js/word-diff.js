// A delegate's edit of a paragraph as the API's word operations: the two texts are compared word
// by word (longest common subsequence), each run of changed words becomes one operation — replace,
// insert or delete — quoting the original words exactly, with the occurrence that finds them.
import { h } from './dom.js';
import { nthIndex, occurrenceAt } from './amendment-text.js';

/** Beyond this many word pairs the comparison would be slow: the whole run is one replacement. */
const MOST_CELLS = 1_000_000;
const TOKEN = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Words and single marks, with where they stand. */
export function tokens(text) {
  return [...text.matchAll(TOKEN)].map(m => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Pairs of equal token indexes (a[i] = b[j]) in order, after the common beginning and end. */
function common(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head].text === b[head].text) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].text === b[b.length - 1 - tail].text) tail++;
  const pairs = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n > 0 && m > 0 && n * m <= MOST_CELLS) {
    const len = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        len[i][j] = a[head + i].text === b[head + j].text ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[head + i].text === b[head + j].text) { pairs.push([head + i, head + j]); i++; j++; }
      else if (len[i + 1][j] >= len[i][j + 1]) i++;
      else j++;
    }
  }
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

/**
 * The runs of change between `original` and `edited`: each {from, to} (tokens of the original
 * removed, as character offsets) and {text} (what the edit has there instead, '' for a deletion),
 * with `at` the offset where an insertion goes.
 */
export function hunks(original, edited) {
  const a = tokens(original);
  const b = tokens(edited);
  const pairs = [...common(a, b), [a.length, b.length]];
  const out = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    if (pi > i || pj > j) {
      const removed = a.slice(i, pi);
      const added = b.slice(j, pj);
      out.push({
        first: i, last: pi - 1,
        from: removed.length ? removed[0].start : null,
        to: removed.length ? removed[removed.length - 1].end : null,
        text: added.length ? edited.slice(added[0].start, added[added.length - 1].end) : '',
      });
    }
    i = pi + 1;
    j = pj + 1;
  }
  return { hunks: out, tokens: a };
}

/** `quote` starting at `start`, with the occurrence the API needs, or null if no occurrence number finds it there. */
function located(text, start, end) {
  const quote = text.slice(start, end);
  const occurrence = occurrenceAt(text, quote, start);
  return nthIndex(text, quote, occurrence) === start ? { quote, occurrence } : null;
}

/**
 * The API's word operations for the edit of paragraph `label` from `original` to `edited`.
 * Answers [] when nothing changed. Insertions quote the word before them (or after, at the start),
 * widened to more words when that alone would not say which occurrence is meant.
 */
export function wordOperations(label, original, edited) {
  const { hunks: list, tokens: words } = hunks(original, edited);
  return list.map(hunk => {
    if (hunk.from !== null) {
      let where = located(original, hunk.from, hunk.to);
      let text = hunk.text;
      // A quote no occurrence number reaches: take in the words around it, on both sides.
      for (let k = 1; !where && (hunk.first - k >= 0 || hunk.last + k < words.length); k++) {
        const first = words[Math.max(hunk.first - k, 0)];
        const last = words[Math.min(hunk.last + k, words.length - 1)];
        where = located(original, first.start, last.end);
        text = original.slice(first.start, hunk.from) + hunk.text + original.slice(hunk.to, last.end);
      }
      if (!where) return null;
      return text ? { type: 'REPLACE_WORDS', paragraph: label, quote: where.quote, occurrence: where.occurrence, text }
        : { type: 'DELETE_WORDS', paragraph: label, quote: where.quote, occurrence: where.occurrence };
    }
    const before = hunk.first - 1;
    if (before >= 0) {
      for (let k = before; k >= 0; k--) {
        const where = located(original, words[k].start, words[before].end);
        if (where) return { type: 'INSERT_WORDS', paragraph: label, position: 'AFTER', after: where.quote, quote: where.quote, occurrence: where.occurrence, text: hunk.text };
      }
    } else if (words.length) {
      for (let k = 0; k < words.length; k++) {
        const where = located(original, words[0].start, words[k].end);
        if (where) return { type: 'INSERT_WORDS', paragraph: label, position: 'BEFORE', before: where.quote, quote: where.quote, occurrence: where.occurrence, text: hunk.text };
      }
    }
    return null;
  }).filter(Boolean);
}

/** The original text with the edit shown as tracked changes: <del> for words taken out, <ins> for words put in. */
export function trackedEdit(original, edited) {
  const { hunks: list, tokens: words } = hunks(original, edited);
  const parts = [];
  let at = 0;
  for (const hunk of list) {
    if (hunk.from !== null) {
      parts.push(original.slice(at, hunk.from), h('del', {}, original.slice(hunk.from, hunk.to)));
      if (hunk.text) parts.push(' ', h('ins', {}, hunk.text));
      at = hunk.to;
    } else {
      const point = hunk.first > 0 ? words[hunk.first - 1].end : (words[0] ? words[0].start : original.length);
      parts.push(original.slice(at, point));
      parts.push(hunk.first > 0 ? ' ' : '', h('ins', {}, hunk.text), hunk.first > 0 ? '' : ' ');
      at = point;
    }
  }
  parts.push(original.slice(at));
  return parts.filter(p => p !== '');
}
