/** Hash routes, so every view can be bookmarked and linked: #/, #/articles/ID, … */
import { useEffect, useState } from 'react';

export type Route =
  | { view: 'desk'; query: string; status: string; trashed: boolean; people: DeskPeopleFilter }
  | { view: 'article'; id: string }
  | { view: 'history'; id: string; version?: number }
  | { view: 'compare'; id: string; from: string; to: string }
  | { view: 'update'; id: string }
  | { view: 'settings' }
  | { view: 'backups' }
  | { view: 'audit' }
  | { view: 'not-found'; path: string };

/** Shared desk: only stories this person started ("Mine") or that are assigned to them. */
export interface DeskPeopleFilter {
  mine?: boolean;
  assigned?: boolean;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  const params = new URLSearchParams(search);
  if (path === '/' || path === '') {
    const people = { mine: params.get('mine') === '1', assigned: params.get('assigned') === '1' };
    return { view: 'desk', query: params.get('q') ?? '', status: params.get('status') ?? '', trashed: params.get('trash') === '1', people };
  }
  if (path === '/settings') return { view: 'settings' };
  if (path === '/backups') return { view: 'backups' };
  if (path === '/audit') return { view: 'audit' };
  let m = /^\/articles\/([a-z0-9]{4,40})$/.exec(path);
  if (m) return { view: 'article', id: m[1]! };
  m = /^\/articles\/([a-z0-9]{4,40})\/history(?:\/(\d+))?$/.exec(path);
  if (m) return { view: 'history', id: m[1]!, version: m[2] ? Number(m[2]) : undefined };
  m = /^\/articles\/([a-z0-9]{4,40})\/update$/.exec(path);
  if (m) return { view: 'update', id: m[1]! };
  m = /^\/articles\/([a-z0-9]{4,40})\/compare\/(\d+|draft|published)\.\.(\d+|draft|published)$/.exec(path);
  if (m) return { view: 'compare', id: m[1]!, from: m[2]!, to: m[3]! };
  return { view: 'not-found', path };
}

export function deskHash(query = '', status = '', trashed = false, people: DeskPeopleFilter = {}): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (status) params.set('status', status);
  if (trashed) params.set('trash', '1');
  if (people.mine) params.set('mine', '1');
  if (people.assigned) params.set('assigned', '1');
  const search = params.toString();
  return `#/${search ? '?' + search : ''}`;
}

export const backupsHash = '#/backups';
export const auditHash = '#/audit';
export const articleHash = (id: string) => `#/articles/${id}`;
export const historyHash = (id: string, version?: number) => `#/articles/${id}/history${version ? '/' + version : ''}`;
export const updateHash = (id: string) => `#/articles/${id}/update`;
export const compareHash = (id: string, from: string | number, to: string | number) => `#/articles/${id}/compare/${from}..${to}`;

export function navigate(hash: string, replace = false): void {
  if (replace) history.replaceState(null, '', hash);
  else location.hash = hash;
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
