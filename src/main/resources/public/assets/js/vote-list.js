// A voting system's result as pasted: one State and its vote per line ("France Yes", "FRA: Y",
// "Chile, in favour", "Yes Peru"). Names (as the UN prints them, with or without accents and
// case) or alpha-3 codes. A line that names no State, gives no vote, or repeats a State is
// refused with its number; nothing is taken while any line is refused.

const VOTES = [
  [/^(yes|y|in favour|in favor|favour|favor|for)$/, 'YES'],
  [/^(no|n|against)$/, 'NO'],
  [/^(abstain|abstained|abstaining|abstention|a|abs)$/, 'ABSTAIN'],
  [/^(absent|not voting|non-voting|did not vote)$/, 'ABSENT'],
];
const MOST_LINES = 400;

export function plain(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’']/g, "'").replace(/[^a-z0-9'()]+/g, ' ').trim();
}

function vote(word) {
  const w = plain(word);
  for (const [pattern, value] of VOTES) if (pattern.test(w)) return value;
  return null;
}

/** Reads the pasted lines; answers {ballots: {code: vote}, refused: [{line, text, reason}]}. */
export function readVoteList(text, states) {
  const byKey = new Map();
  for (const s of states) {
    byKey.set(plain(s.code), s);
    byKey.set(plain(s.name), s);
  }
  const ballots = {};
  const refused = [];
  const lines = String(text).split(/\r?\n/);
  if (lines.length > MOST_LINES) return { ballots: {}, refused: [{ line: MOST_LINES + 1, text: '', reason: `at most ${MOST_LINES} lines` }] };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const refuse = reason => refused.push({ line: i + 1, text: line, reason });
    const parts = line.split(/\s*[\t,;:|]\s*|\s+/).filter(Boolean);
    let found = null;
    // The vote is the last words of the line (or the first); the rest names the State.
    for (let k = 1; k <= Math.min(3, parts.length - 1) && !found; k++) {
      const v = vote(parts.slice(-k).join(' '));
      if (v) found = { vote: v, name: parts.slice(0, -k).join(' ') };
      const w = !found && vote(parts.slice(0, k).join(' '));
      if (w) found = { vote: w, name: parts.slice(k).join(' ') };
    }
    if (!found) { refuse('no vote (Yes, No, Abstain or Absent) on this line'); return; }
    const state = byKey.get(plain(found.name).replace(/\s*'\s*/g, "'"));
    if (!state) { refuse(`“${found.name}” is no Member State's name or code`); return; }
    if (ballots[state.code] && ballots[state.code] !== found.vote) { refuse(`${state.name} is given two different votes`); return; }
    ballots[state.code] = found.vote;
  });
  return { ballots, refused };
}
