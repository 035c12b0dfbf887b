// Decisions taken on the draft, with the tally of recorded votes; the report and the resolution.
import { h, clear, humanize } from '../dom.js';
import { unDate } from '../resolution.js';
import { voteSummary } from './vote.js';

export function decisionsPanel() {
  const body = h('div');
  const el = h('section', { class: 'panel', 'aria-labelledby': 'decisions-h', 'data-testid': 'decisions' },
    h('h2', { id: 'decisions-h' }, 'Decisions'), body);
  return {
    el,
    update({ draft }) {
      const d = (draft.procedure || {}).decisions;
      const list = d && Array.isArray(d.decisions) ? d.decisions : [];
      el.hidden = !list.length && !(d && d.report);
      clear(body,
        list.length ? h('ul', { class: 'decision-list' }, list.map(x => h('li', { 'data-method': x.method },
          h('strong', {}, `${humanize(x.subjectType)}${x.subjectRef ? ` ${x.subjectRef}` : ''}: `), x.description || (x.adopted ? 'adopted' : 'not adopted'),
          x.meeting || x.date ? ` (${[x.meeting, x.date ? unDate(x.date) : null].filter(Boolean).join(', ')})` : '',
          x.tally ? h('p', { class: 'tally', 'data-testid': 'decision-tally' },
            `Yes ${x.tally.yes} — No ${x.tally.no} — Abstain ${x.tally.abstain} — Absent ${x.tally.absent}`) : null,
          x.recordedVote ? h('details', { class: 'recorded-lists', 'data-testid': 'recorded-lists', open: true },
            h('summary', {}, 'How each State voted'), voteSummary({ tally: null, ...x.recordedVote })) : null))) : null,
        explanations(d),
        d && d.report ? h('p', { 'data-testid': 'report' }, `Report: ${[d.report.reportSymbol, d.report.paragraph ? `para. ${d.report.paragraph}` : null,
          d.report.recommendation || null].filter(Boolean).join(', ')}`) : null,
        d && d.resolutionNumber ? h('p', {}, `Resolution ${d.resolutionNumber}`) : null);
    },
  };
}

/** Explanations of vote, before and after the vote, in the words recorded. */
function explanations(d) {
  const list = d && Array.isArray(d.explanationsOfVote) ? d.explanationsOfVote : [];
  if (!list.length) return null;
  return h('section', { class: 'explanations', 'data-testid': 'explanations-of-vote' }, h('h3', {}, 'Explanations of vote'),
    h('ul', {}, list.map(e => h('li', {}, h('strong', {}, `${e.memberStateName || e.memberState} (${e.timing === 'BEFORE' ? 'before' : 'after'} the vote): `), e.text))));
}
