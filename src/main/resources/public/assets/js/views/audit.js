// The secretariat's audit trail: filters, pages, CSV / JSON Lines export and the chain check.
import { h, clear, field, when } from '../dom.js';
import { get, download, errorArea, showError, submitting } from '../api.js';

const FILTERS = [['draftId', 'Draft id', 'number'], ['memberState', 'Member State (alpha-3)', 'text'],
  ['username', 'User', 'text'], ['type', 'Event type (e.g. amendment.*)', 'text'], ['from', 'From (date)', 'date'], ['to', 'To (date)', 'date']];

export async function showAudit(main, query) {
  const title = h('h1', { tabindex: '-1' }, 'Audit trail');
  const inputs = FILTERS.map(([name, label, type]) => [name, h('input', { name, type, value: query.get(name) || '' }), label]);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the audit trail' },
    inputs.map(([, input, label]) => field(label, input)), h('button', { type: 'submit' }, 'Search'));
  const exports = h('div', { class: 'exports' },
    h('button', { type: 'button', onclick: () => exportAs('csv') }, 'Export CSV'),
    h('button', { type: 'button', onclick: () => exportAs('jsonl') }, 'Export JSON Lines'));
  const verifyResult = h('p', { class: 'verify-result', 'data-testid': 'verify-result', role: 'status' });
  const verify = h('div', { class: 'verify' }, h('button', { type: 'button', onclick: check }, 'Check the chain'), verifyResult);
  const table = h('div', { class: 'audit-results' });
  const more = h('button', { type: 'button', hidden: true }, 'Older entries');
  clear(main, title, form, h('div', { class: 'row' }, exports, verify), table, more);
  title.focus();

  const params = () => {
    const q = new URLSearchParams();
    for (const [name, input] of inputs) if (input.value.trim()) q.set(name, input.value.trim());
    return q;
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    location.hash = `#/audit?${params()}`;
  });
  async function exportAs(format) {
    const q = params();
    q.set('format', format);
    await submitting(exports, () => download(`/api/audit?${q}`, `audit-trail.${format}`, format === 'csv' ? 'text/csv' : 'application/x-ndjson'));
  }
  async function check() {
    clear(verifyResult, 'Checking…');
    try {
      const r = await get('/api/audit/verify');
      clear(verifyResult, r.intact
        ? `Intact: ${r.entriesChecked} entries checked, head ${r.headSeq} (${r.headHash.slice(0, 12)}…), in ${r.millis} ms.`
        : `BROKEN at entry ${r.firstMismatch?.seq}: ${r.firstMismatch?.problem}`);
      verifyResult.className = `verify-result ${r.intact ? 'ok' : 'bad'}`;
    } catch (e) {
      clear(verifyResult);
      showError(errorArea(verify), e);
    }
  }

  const rows = h('tbody');
  clear(table, h('table', { class: 'audit' }, h('caption', {}, 'Newest first'),
    h('thead', {}, h('tr', {}, ['#', 'When', 'Who', 'Role', 'State', 'Draft', 'Event', 'Details'].map(t => h('th', { scope: 'col' }, t)))), rows));
  async function page(cursor) {
    const q = params();
    if (cursor) q.set('cursor', cursor);
    try {
      const p = await get(`/api/audit?${q}`);
      rows.append(...p.entries.map(e => h('tr', {},
        h('td', {}, e.seq), h('td', {}, when(e.occurredAt)), h('td', {}, e.username), h('td', {}, e.role || ''),
        h('td', {}, e.memberState || ''), h('td', {}, e.draftId ? h('a', { href: `#/drafts/${e.draftId}` }, String(e.draftId)) : ''),
        h('td', {}, e.type), h('td', { class: 'payload' }, h('code', {}, JSON.stringify(e.payload))))));
      if (!p.entries.length && !cursor) rows.append(h('tr', {}, h('td', { colspan: 8 }, 'No entry matches.')));
      more.hidden = !p.nextCursor;
      more.onclick = () => page(p.nextCursor);
    } catch (e) {
      showError(errorArea(form), e);
    }
  }
  await page(null);
}
