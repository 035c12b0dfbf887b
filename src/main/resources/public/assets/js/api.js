// The Draftroom API over fetch(). The token lives in sessionStorage only: closing the tab signs out.
import { h, clear } from './dom.js';

const TOKEN_KEY = 'draftroom.token';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  set: token => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
  user: null,
};

/** A refusal from the API, with the problem document's words. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.status = status;
    this.problem = problem;
  }
}

export function authHeaders(extra = {}) {
  const token = session.token();
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

/** Sends a request; answers parsed JSON, text (for HTML/text answers) or null; throws ApiError. */
export async function api(method, path, body, { accept = 'application/json', raw = false, headers: extra = {}, cache } = {}) {
  const headers = authHeaders({ Accept: accept, ...extra });
  const init = { method, headers };
  if (cache) init.cache = cache;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: 'The server cannot be reached. Check the connection and try again.' });
  }
  if (!response.ok && !(response.status === 304 && headers['If-None-Match'])) {
    throw new ApiError(response.status, await problemOf(response));
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  return response.text();
}

async function problemOf(response) {
  let problem = {};
  try {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) problem = await response.json();
  } catch (e) { /* not JSON */ }
  if (response.status === 401) {
    problem.title = problem.title || 'Your session has ended. Sign in again.';
    window.dispatchEvent(new CustomEvent('draftroom:unauthorized'));
  }
  if (!problem.title && !problem.detail) problem.title = `${response.status} ${response.statusText}`;
  return problem;
}

/**
 * Reads a client repeats after every change (a draft, its paragraphs, versions, history,
 * amendments, voting order) are revalidated: the last answer and its ETag are kept, the request
 * says If-None-Match, and a 304 (nothing changed, answered by the server from one version check)
 * gives back the kept answer. Kept per token, for at most REVALIDATED_KEPT paths.
 */
const REVALIDATED = /^\/api\/drafts\/\d+(\/(versions(\/\d+)?|paragraphs\/[^/?]+|history|amendments|amendments\/voting-order))?(\?.*)?$/;
const REVALIDATED_KEPT = 40;
const kept = new Map();
let keptFor = null;

export async function revalidated(path, opts = {}) {
  if (keptFor !== session.token()) { kept.clear(); keptFor = session.token(); }
  const accept = opts.accept || 'application/json';
  const key = `${accept} ${path}`;
  const last = kept.get(key);
  const headers = { ...(opts.headers || {}) };
  if (last) headers['If-None-Match'] = last.etag;
  const response = await api('GET', path, undefined, { ...opts, accept, headers, raw: true, cache: 'no-store' });
  if (response.status === 304 && last) {
    kept.delete(key);
    kept.set(key, last);
    return structuredClone(last.body);
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  const etag = response.headers.get('ETag');
  kept.delete(key);
  if (etag) {
    kept.set(key, { etag, body: structuredClone(body) });
    if (kept.size > REVALIDATED_KEPT) kept.delete(kept.keys().next().value);
  }
  return body;
}

/** The entity tag of the last answer kept for a revalidated read (such as a draft), to send as If-Match. */
export const keptETag = path => kept.get(`application/json ${path}`)?.etag;

export const get = (path, opts) => (REVALIDATED.test(path) && !(opts && opts.raw)
  ? revalidated(path, opts) : api('GET', path, undefined, opts));
export const post = (path, body, opts) => api('POST', path, body, opts);
export const put = (path, body, opts) => api('PUT', path, body, opts);
export const del = (path, opts) => api('DELETE', path, undefined, opts);

/** The words to show for an error, including field errors a problem document may carry. */
export function describe(error) {
  const lines = [error.message];
  const p = error.problem || {};
  for (const list of [p.errors, p['invalid-params'], p.violations]) {
    if (Array.isArray(list)) {
      for (const e of list) lines.push(typeof e === 'string' ? e : [e.name || e.field || e.pointer, e.reason || e.message || e.detail].filter(Boolean).join(': '));
    }
  }
  return lines.filter(Boolean).join(' — ');
}

/**
 * Runs `action` for a form: disables its submit buttons meanwhile, shows an error in words in the
 * form's own error area (role=alert) and never clears what was typed when the request fails.
 */
export async function submitting(form, action) {
  const buttons = form.querySelectorAll('button');
  const area = errorArea(form);
  clear(area);
  area.hidden = true;
  buttons.forEach(b => { b.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } catch (error) {
    showError(area, error);
    return undefined;
  } finally {
    buttons.forEach(b => { b.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}

export function errorArea(container) {
  let area = container.querySelector(':scope > .error');
  if (!area) {
    area = h('p', { class: 'error', role: 'alert', hidden: true });
    container.append(area);
  }
  return area;
}

export function showError(area, error) {
  clear(area, error instanceof ApiError ? describe(error) : String(error.message || error));
  area.hidden = false;
}

/** Downloads an authenticated response (the token is in a header, so a plain link cannot). */
export async function download(path, filename, accept) {
  const response = await api('GET', path, undefined, { accept, raw: true });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
