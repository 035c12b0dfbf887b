// A burst of live changes applied from what their events say: an amendment's new status, the
// draft's new version, the amendments a decision superseded. The draft page reads only what the
// events do not carry: the text when a decision made a new version, the decided amendments one by
// one (their decision and reason), the list when a new amendment came (its operations and whom it
// competes with). Anything else, or a burst it cannot place, revalidates the whole page as before.
import { get } from '../api.js';

/** Changes after which the amendment list is read again: a new amendment, co-sponsors, a symbol, re-anchored operations. */
const LISTED = new Set(['amendment.proposed', 'amendment.cosponsor-joined', 'amendment.cosponsor-left', 'amendment.symbol-issued',
  'amendment.re-anchored']);
/** Decisions that close amendments: each is read alone, with those its acceptance superseded. */
const DECIDED = new Set(['amendment.accepted', 'amendment.rejected', 'amendment.withdrawn']);
/** More amendments than this to read in one burst: the list is read once instead. */
const ONE_BY_ONE = 3;

/**
 * What a burst of changes needs read, or null when the page must revalidate everything (its first
 * stream, a resync, a change of the draft itself: stage, sponsors, votes, revisions). Answers
 * {draft: the text changed (a decision made a new version), list: the amendment list is read again,
 * numbers: the amendments read one by one}.
 */
export function planOf(changes, state, amendments) {
  if (!state || !amendments || amendments.unavailable) return null;
  let draft = false;
  let list = false;
  const numbers = new Set();
  for (const c of changes) {
    if (!c || !c.type) return null;
    if (LISTED.has(c.type)) {
      list = true;
    } else if (!DECIDED.has(c.type)) {
      return null;
    } else if (c.type === 'amendment.accepted' && c.version == null) {
      list = true; // a sub-amendment folded into the amendment it amends, whose operations changed
    } else {
      if (c.version != null && c.version > state.draft.currentVersion) draft = true;
      const n = numberOf(c.amendment, amendments.items);
      if (n == null) list = true;
      else numbers.add(n);
      for (const s of Array.isArray(c.superseded) ? c.superseded : []) numbers.add(s);
    }
  }
  if (numbers.size > ONE_BY_ONE) list = true;
  return { draft, list, numbers: list ? [] : [...numbers] };
}

/** An event names an amendment by number while it is pending, by its reference (symbol or "amendment 4") once decided. */
function numberOf(named, items) {
  if (typeof named === 'number') return named;
  if (typeof named !== 'string') return null;
  const found = items.find(a => a.reference === named);
  return found ? found.number : null;
}

/** The amendments as they stand after the burst: read again as the plan says, or the known ones with the decided ones replaced. */
export async function amendmentsAfter(plan, draftId, amendments) {
  if (plan.list) return get(`/api/drafts/${draftId}/amendments?size=200`);
  if (!plan.numbers.length) return amendments;
  const fresh = new Map((await Promise.all(plan.numbers.map(n => get(`/api/drafts/${draftId}/amendments/${n}`)))).map(a => [a.number, a]));
  const items = amendments.items.map(a => fresh.get(a.number) || a);
  // Competition is among pending amendments only: a decided one leaves every pair it was in.
  const pending = new Set(items.filter(a => a.status === 'PENDING').map(a => a.number));
  return {
    ...amendments,
    items: items.map(a => ({ ...a, competesWith: (a.competesWith || []).filter(n => pending.has(n)) })),
    competing: (amendments.competing || [])
      .map(c => ({ ...c, amendments: c.amendments.filter(n => pending.has(n)), pairs: c.pairs.filter(p => p.every(n => pending.has(n))) }))
      .filter(c => c.pairs.length),
  };
}

/** The versions known, with the draft's current one added when a decision made it (the event names it; the draft describes it). */
export function versionsWith(versions, draft) {
  return versions.some(v => v.number === draft.version.number) ? versions : [...versions, draft.version];
}
