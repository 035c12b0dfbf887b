// The procedural actions the user may take now: exactly those in the draft's allowedActions.
// Each form is built once and only shown or hidden, so nothing typed is lost on a live refresh.
import { h, clear, field, select, announce, humanize } from '../dom.js';
import { get, post, del, submitting, keptETag } from '../api.js';
import { memberStates } from '../states.js';
import { voteGrid, voteSummary } from './vote.js';
import { confirmStep } from '../confirm.js';

const input = (name, type = 'text', attrs = {}) => h('input', { name, type, autocomplete: 'off', ...attrs });
const area = name => h('textarea', { name, rows: 3 });
const DECISIONS = [['WITHOUT_VOTE', 'Adopted without a vote'], ['RECORDED_VOTE', 'Recorded vote'],
  ['NO_ACTION_MOTION', 'Motion for no action adopted'], ['REJECTED', 'Rejected']];

/** name → [label, fields(ctx), request(values, ctx) → [method, path, body], danger?] */
const ACTIONS = {
  'join-co-sponsorship': ['Join as co-sponsor', () => [dateField('Date joined (default today)')], v => ['POST', '/cosponsors', v]],
  'leave-co-sponsorship': ['Leave co-sponsorship', () => [], (v, ctx) => ['DELETE', `/cosponsors/${ctx.user.memberState}`], true],
  'assign-facilitator': ['Assign a facilitator', () => [['username', 'Facilitator (choose from the list or type a user name)', facilitatorChoice()]],
    v => ['POST', '/facilitator', { username: v.username }]],
  'table': ['Table the draft', ctx => [symbolField(ctx), ['date', 'Date of issue (default today)', input('date', 'date')]],
    v => ['POST', '/table', v]],
  'revise': ['Publish a revision', () => [['date', 'Date of issue (default today)', input('date', 'date')]], v => ['POST', '/revise', v]],
  'set-co-sponsorship-deadline': ['Record the co-sponsorship deadline', () => [['deadline', 'Deadline', input('deadline', 'datetime-local')]],
    v => ['POST', '/cosponsorship-deadline', { deadline: v.deadline ? new Date(v.deadline).toISOString() : null }]],
  'record-pbi': ['Record programme budget implications (PBI)', () => [
    ['paragraphs', 'Operative paragraphs concerned', input('paragraphs', 'text', { placeholder: 'OP5, OP7' })],
    ['statement', 'Statement', area('statement')], ['symbol', 'Symbol of the statement', input('symbol', 'text', { placeholder: 'A/C.3/80/L.68' })]],
  v => ['POST', '/pbi', { ...v, paragraphs: (v.paragraphs || '').split(/[\s,;]+/).filter(Boolean) }]],
  'defer': ['Defer action', () => [['until', 'Until', input('until', 'date')], ['reason', 'Reason', input('reason')],
    dateField('Deferred on (default today)'), meetingField()], v => ['POST', '/defer', v]],
  'open-action': ['Open action on the draft', () => [dateField('Date (default today)'), meetingField()], v => ['POST', '/open-action', v]],
  'record-oral-revision': ['Record an oral revision', ctx => oralRevisionFields(ctx), v => ['POST', '/oral-revisions', oralRevisionBody(v)]],
  'record-action': ['Record the Committee\'s action', () => decisionFields(DECISIONS),
    (v, ctx, extra) => ['POST', '/action', decisionBody(v, extra)]],
  'record-explanation-of-vote': ['Record an explanation of vote', () => [
    ['memberState', 'Member State', stateSelect('memberState', false)],
    ['timing', 'When', select('timing', [['BEFORE', 'Before the vote'], ['AFTER', 'After the vote']])], ['text', 'Explanation', area('text')],
    dateField('Date (default today)'), meetingField()],
  v => ['POST', '/explanations-of-vote', v]],
  'record-report': ['Record the Committee\'s report', () => [['symbol', 'Report symbol', input('symbol', 'text', { placeholder: 'A/80/463' })],
    ['paragraph', 'Paragraph of the report (leave empty where the session prints none)', input('paragraph', 'number', { min: 1 })],
    ['recommendation', 'Recommendation (draft resolution number)', input('recommendation', 'text', { placeholder: 'IV' })],
    dateField('Date of the report (default today)')],
  v => ['POST', '/report', { ...v, paragraph: v.paragraph ? Number(v.paragraph) : null }]],
  'record-plenary-decision': ['Record the plenary decision', () => [...decisionFields(DECISIONS.filter(d => d[0] !== 'NO_ACTION_MOTION'), '53rd plenary meeting'),
    ['number', 'Resolution number (default: the next free one)', input('number', 'text', { placeholder: '80/186' })]],
  (v, ctx, extra) => ['POST', '/plenary', { ...decisionBody(v, extra), number: v.number }]],
  'record-issue': ['Record the issue of the resolution', () => [dateField('Date of issue (default today)')], v => ['POST', '/issue', v]],
  'start-silence': ['Put the text under silence', () => [['until', 'Silence until', input('until', 'datetime-local')]],
    (v, ctx) => ['POST', '/silence', { until: v.until ? new Date(v.until).toISOString() : null },
      { headers: { 'If-Match': keptETag(`/api/drafts/${ctx.draftId}`) || '' } }]],
  'break-silence': ['Break silence', () => [['text', 'Your delegation\'s text (why it breaks silence, what it proposes)', area('text')]],
    (v, ctx) => ['POST', '/silence/break', { text: v.text },
      { headers: { 'If-Match': ctx.state?.draft?.procedure?.silence?.etag || '' } }]],
  'withdraw': ['Withdraw the draft', () => [dateField('Date (default today)')], v => ['POST', '/withdraw', v], true],
};

/** allowedActions that show a field of another action's form, not a form of their own. */
const WITHIN_FORMS = new Set(['give-symbol']);

/** Steps that cannot be undone, besides the dangerous ones: confirmed before they are sent. */
const IRREVERSIBLE = new Set(['open-action', 'record-action', 'record-plenary-decision']);

/** What the confirmation says: for a recorded vote, the tally and who voted how; otherwise that it cannot be undone. */
function confirmation(values, extra) {
  if (values.decision === 'RECORDED_VOTE' && extra?.summary) return voteSummary(extra.summary());
  const decision = DECISIONS.find(d => d[0] === values.decision);
  return h('p', {}, decision ? `${decision[1]}. ` : '', 'This is recorded as it stands and cannot be undone.');
}

/**
 * The symbol to table the draft under, shown only while the draft's allowedActions hold give-symbol
 * (the secretariat's); without it the draft gets the next free symbol.
 */
function symbolField(ctx) {
  const symbol = input('symbol', 'text', { placeholder: 'A/C.3/80/L.20' });
  const wrapper = field('Symbol (empty: the next free one)', symbol);
  ctx.onDraft = [...(ctx.onDraft || []), draft => {
    wrapper.hidden = !draft.allowedActions.includes('give-symbol');
    if (wrapper.hidden) symbol.value = '';
  }];
  return ['symbol', null, symbol, null, wrapper];
}

/** The facilitators' accounts as a list to choose from (where the user may read the accounts), typing still possible. */
function facilitatorChoice() {
  let list = document.getElementById('facilitator-accounts');
  if (!list) {
    list = h('datalist', { id: 'facilitator-accounts' });
    document.body.append(list);
  }
  get('/api/users?role=facilitator').then(users => {
    const names = users.filter(u => u.active).map(u => u.username).sort();
    clear(list, names.map(n => h('option', { value: n })));
  }).catch(() => {});
  return input('username', 'text', { list: 'facilitator-accounts' });
}

const dateField = label => ['date', label, input('date', 'date')];
const meetingField = (placeholder = '45th meeting') => ['meeting', 'Meeting', input('meeting', 'text', { placeholder })];

function stateSelect(name, mainOnly, ctx) {
  const s = select(name, []);
  if (mainOnly && ctx) {
    // The main sponsors are known once the draft is read: the list is filled on every update.
    ctx.onDraft = [...(ctx.onDraft || []), draft => {
      const keep = s.value;
      clear(s, (draft.mainSponsors || []).map(x => h('option', { value: x.code }, x.name)));
      if ([...s.options].some(o => o.value === keep)) s.value = keep;
    }];
    return s;
  }
  memberStates().then(all => clear(s, all.filter(x => !x.observer).map(x => h('option', { value: x.code }, x.name)))).catch(() => {});
  return s;
}

/**
 * The paragraph's text after its opening phrase, which stays unless a new one is given: the server
 * refuses a text that begins by repeating the phrase, so it is never put into the text box.
 */
function oralRevisionFields(ctx) {
  const paragraph = select('paragraph', []);
  const text = area('text');
  const phrase = input('openingPhrase');
  const phraseNote = h('p', { class: 'hint', 'data-testid': 'opening-phrase-note' });
  paragraph.addEventListener('change', () => {
    const p = ctx.state.draft.paragraphs.find(x => x.label === paragraph.value);
    text.value = p ? p.text || '' : '';
    phrase.value = '';
    phrase.placeholder = p && p.openingPhrase ? p.openingPhrase : '';
    phraseNote.textContent = p && p.openingPhrase ? `The opening phrase “${p.openingPhrase}” stays; give a new one only to change it.` : '';
  });
  ctx.onParagraphs = [...(ctx.onParagraphs || []), paragraphs => {
    const keep = paragraph.value;
    clear(paragraph, h('option', { value: '' }, 'Choose a paragraph'), paragraphs.map(p => h('option', { value: p.label }, p.label)));
    paragraph.value = keep;
  }];
  return [['memberState', 'Read out by (a main sponsor)', stateSelect('memberState', true, ctx)], ['paragraph', 'Paragraph', paragraph],
    [null, null, phraseNote], ['openingPhrase', 'New opening phrase (only to change it)', phrase],
    ['text', 'Text as revised, after the opening phrase', text],
    ['footnoteAfter', 'Add a footnote after the words', input('footnoteAfter')], ['footnoteText', 'Text of the new footnote', input('footnoteText')],
    dateField('Date (default today)'), meetingField()];
}

function oralRevisionBody(v) {
  const change = { paragraph: v.paragraph };
  if (v.text) change.text = v.text;
  if (v.openingPhrase) change.openingPhrase = v.openingPhrase;
  if (v.footnoteAfter && v.footnoteText) change.footnotes = [{ after: v.footnoteAfter, text: v.footnoteText }];
  return { memberState: v.memberState, changes: [change], date: v.date, meeting: v.meeting };
}

function decisionFields(options, meetingPlaceholder = '45th meeting') {
  const decision = select('decision', options, 'WITHOUT_VOTE');
  const grid = voteGrid();
  grid.el.hidden = true;
  decision.addEventListener('change', () => { grid.el.hidden = decision.value !== 'RECORDED_VOTE'; });
  return [['decision', 'Decision', decision], [null, null, grid.el, grid],
    ['meeting', 'Meeting', input('meeting', 'text', { placeholder: meetingPlaceholder })], ['date', 'Date', input('date', 'date')]];
}

function decisionBody(v, extra) {
  const body = { decision: v.decision, meeting: v.meeting, date: v.date };
  if (v.decision === 'RECORDED_VOTE' && extra) body.ballots = extra.ballots();
  return body;
}

export function actionsPanel(ctx) {
  const body = h('div', { class: 'actions' });
  const el = h('section', { class: 'panel', 'aria-labelledby': 'actions-h', 'data-testid': 'actions' },
    h('h2', { id: 'actions-h' }, 'Actions'), body);
  const forms = new Map();
  for (const [name, [label, fields, request, danger]] of Object.entries(ACTIONS)) {
    const specs = fields(ctx).filter(Boolean);
    const extra = specs.find(s => s[3])?.[3];
    const controls = specs.map(([key, text, control, , wrapper]) => wrapper || (key ? field(text, control) : control));
    const button = h('button', { type: 'submit', class: danger ? 'danger' : 'primary' }, label);
    const form = h('form', { class: `action action-${name}`, 'data-action': name }, controls, button);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const values = {};
      for (const [key, , control] of specs) if (key && control.value !== '') values[key] = control.value;
      if ((danger || IRREVERSIBLE.has(name)) && !(await confirmStep(`${label}?`, confirmation(values, extra), label))) return;
      const [method, path, payload, opts] = request(values, ctx, extra);
      const url = `/api/drafts/${ctx.draftId}${path}`;
      const done = await submitting(form, () => (method === 'DELETE' ? del(url, opts) : post(url, payload, opts)));
      if (done !== undefined) {
        specs.forEach(([key, , control]) => { if (key && control.tagName !== 'SELECT') control.value = ''; });
        extra?.reset?.();
        announce(`${label}: done.`);
        await ctx.refresh();
      }
    });
    const wrapper = specs.length ? h('details', { class: 'form' }, h('summary', {}, label), form) : form;
    forms.set(name, wrapper);
    body.append(wrapper);
  }
  return {
    el,
    update({ draft }) {
      const allowed = new Set(draft.allowedActions);
      for (const [name, wrapper] of forms) wrapper.hidden = !allowed.has(name);
      // Actions that only change a form of another (give-symbol: the table form's symbol field) need no form of their own.
      (ctx.onDraft || []).forEach(f => f(draft));
      (ctx.onParagraphs || []).forEach(f => f(draft.paragraphs));
      const unknown = draft.allowedActions.filter(a => !forms.has(a) && !WITHIN_FORMS.has(a));
      el.hidden = ![...forms.keys()].some(n => allowed.has(n));
      el.dataset.unsupported = unknown.join(' ');
      if (unknown.length) console.info('Actions without a form in this client:', unknown.map(humanize).join(', '));
    },
  };
}
