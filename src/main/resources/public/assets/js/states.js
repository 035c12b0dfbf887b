// The Member States, loaded once per page.
import { get } from './api.js';

let loading = null;
export function memberStates() {
  if (!loading) loading = get('/api/member-states').catch(e => { loading = null; throw e; });
  return loading;
}
