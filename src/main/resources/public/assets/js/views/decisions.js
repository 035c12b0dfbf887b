// Decisions taken on the draft, with the tally of recorded votes; the report and the resolution.
import { h, clear, humanize } from '../dom.js';
import { unDate } from '../resolution.js';

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
            `Yes ${x.tally.yes} — No ${x.tally.no} — Abstain ${x.tally.abstain} — Absent ${x.tally.absent}`) : null))) : null,
        d && d.report ? h('p', {}, `Report: ${[d.report.symbol, d.report.paragraph ? `para. ${d.report.paragraph}` : null].filter(Boolean).join(', ')}`) : null,
        d && d.resolutionNumber ? h('p', {}, `Resolution ${d.resolutionNumber}`) : null);
    },
  };
}
