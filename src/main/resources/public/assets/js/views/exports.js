// Export and print: any version as Word, Akoma Ntoso or the server's print HTML (A4, as the UN
// lays it out), and the browser's own print (to paper or PDF), whose print stylesheet prints the
// document only. Comparisons and amendments have their own buttons (exportButtons).
import { h, clear, field, select, announce } from '../dom.js';
import { api, submitting } from '../api.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const AKN = '*/*';

/** The file name the server gives in Content-Disposition, or `fallback`. */
function fileNameOf(response, fallback) {
  const m = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  return m ? m[1] : fallback;
}

/** Downloads `path` under the server's file name. */
async function save(path, fallback, accept) {
  const response = await api('GET', path, undefined, { accept, raw: true });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileNameOf(response, fallback), hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return fileNameOf(response, fallback);
}

/** Opens the server's print HTML in a new tab (it carries its own A4 layout and page numbers). */
async function openPrintHtml(path) {
  const response = await api('GET', path, undefined, { accept: 'text/html', raw: true });
  const blob = new Blob([await response.arrayBuffer()], { type: 'text/html' });
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** Buttons for one document: `base` is its export path without the query. */
export function exportButtons(base, formats, labelOf = f => f) {
  const form = h('form', { class: 'exports' });
  const buttons = [];
  if (formats.includes('docx')) buttons.push(h('button', { type: 'button', 'data-export': 'docx', onclick: () => run('docx') }, labelOf('Word (.docx)')));
  if (formats.includes('akn')) buttons.push(h('button', { type: 'button', 'data-export': 'akn', onclick: () => run('akn') }, labelOf('Akoma Ntoso (.xml)')));
  if (formats.includes('html')) buttons.push(h('button', { type: 'button', 'data-export': 'html', onclick: () => run('html') }, labelOf('Print version (HTML)')));
  async function run(format) {
    await submitting(form, async () => {
      const from = typeof base === 'function' ? base() : base;
      const path = `${from}${from.includes('?') ? '&' : '?'}format=${format}`;
      if (format === 'html') {
        await openPrintHtml(path);
        announce('The print version opened in a new tab.');
      } else {
        const name = await save(path, `document.${format === 'akn' ? 'xml' : format}`, format === 'docx' ? DOCX : AKN);
        announce(`Downloaded ${name}.`);
      }
    });
  }
  clear(form, buttons);
  return form;
}

/** The draft page's panel: a version to export (the current one by default), and Print. */
export function exportsPanel(ctx) {
  const version = select('version', []);
  const buttons = exportButtons(() => `/api/drafts/${ctx.draftId}/versions/${version.value}/export`, ['docx', 'akn', 'html']);
  const print = h('button', { type: 'button', class: 'primary', 'data-export': 'print', onclick: () => window.print() }, 'Print or save as PDF');
  buttons.append(print);
  const el = h('section', { class: 'panel exports-panel', 'aria-labelledby': 'exports-h', 'data-testid': 'exports' },
    h('h2', { id: 'exports-h' }, 'Export and print'), field('Version', version), buttons,
    h('p', { class: 'hint' }, 'Print prints the text of the draft only, as the UN lays it out.'));
  let shown = '';
  return {
    el,
    update({ versions, draft }) {
      const key = versions.map(v => `${v.number}:${v.label || ''}`).join(',');
      if (key === shown) return;
      shown = key;
      clear(version, versions.map(v => h('option', { value: v.number }, `${v.number}${v.label ? ` — ${v.label}` : ''}`)));
      version.value = String(draft.currentVersion || versions[versions.length - 1]?.number || 1);
    },
  };
}
