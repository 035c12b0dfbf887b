// Main sponsors and co-sponsors. Co-sponsors come from the draft's procedure section when the
// co-sponsorship feature contributes one.
import { h, clear, joinNames, when } from '../dom.js';

export function sponsorsPanel() {
  const body = h('div');
  const el = h('section', { class: 'panel', 'aria-labelledby': 'sponsors-h' }, h('h2', { id: 'sponsors-h' }, 'Sponsors'), body);
  return {
    el,
    update({ draft }) {
      const main = draft.mainSponsors.map(s => s.name);
      const co = coSponsors(draft.procedure || {});
      clear(body,
        h('p', {}, h('strong', {}, 'Main sponsors: '), main.length ? joinNames(main) : 'none'),
        co === null ? null : h('p', { 'data-testid': 'co-sponsors' }, h('strong', {}, 'Co-sponsors: '), co.length ? joinNames(co) : 'none yet'),
        listState((draft.procedure || {}).sponsorship));
    },
  };
}

/** Names of co-sponsors from whichever shape the procedure section has; null when there is none. */
export function coSponsors(procedure) {
  const section = procedure.coSponsorship || procedure.cosponsorship || procedure.coSponsors || procedure.sponsorship;
  if (!section) return null;
  const list = Array.isArray(section) ? section : section.coSponsors || section.cosponsors || section.members || [];
  return list.map(s => (typeof s === 'string' ? s : s.name || s.memberStateName || s.code || s.memberState));
}

function listState(s) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return null;
  const parts = [];
  if (s.subsequentlyJoined) parts.push(s.subsequentlyJoined);
  if (s.deadline) parts.push(`Deadline for co-sponsorship: ${when(s.deadline)}`);
  if (s.open === false) parts.push(`The list of co-sponsors is closed${s.closedReason ? ` (${s.closedReason})` : ''}.`);
  return parts.length ? h('p', { class: 'hint', 'data-testid': 'sponsorship-state' }, parts.join(' ')) : null;
}
