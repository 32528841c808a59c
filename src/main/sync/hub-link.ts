/**
 * The laptop's line to the hub, behind one interface so the sync code never knows the transport:
 * HTTP today, a sync server tomorrow, and in tests a link that can be cut and restored.
 * Every answer is checked against the protocol's schemas before anything is applied.
 */
import { HUB_ENDPOINTS, type HubEndpoint, type HubRequest, type HubResponse } from '../../shared/newsroom/protocol';
import { describeIssues } from '../../shared/article/schema';

export interface HubLink {
  call<E extends HubEndpoint>(endpoint: E, request: HubRequest<E>, session?: string, signal?: AbortSignal): Promise<HubResponse<E>>;
}

/** The hub could not be reached at all: work stays on the laptop and sync tries again. */
export class HubUnreachable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HubUnreachable';
  }
}

/** The hub answered with a refusal (its message is for people). */
export class HubRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HubRefusal';
  }
}

/** Normalizes what a person types as the hub's address: scheme, no trailing slash, no credentials. */
export function hubAddress(input: string): string {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `http://${input.trim()}`);
  } catch {
    throw new HubRefusal(400, `"${input}" is not a hub address. It looks like https://hub.newsroom.example or http://127.0.0.1:5180.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new HubRefusal(400, `A hub address starts with https:// (or http:// on this computer), not ${url.protocol}//.`);
  if (url.username || url.password)
    throw new HubRefusal(400, 'A hub address must not carry a user name or password; sign in with your code instead.');
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

export class HttpHubLink implements HubLink {
  constructor(
    private readonly base: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async call<E extends HubEndpoint>(endpoint: E, request: HubRequest<E>, session?: string, signal?: AbortSignal): Promise<HubResponse<E>> {
    const waitMs = endpoint === 'wait' ? ((request as { timeoutMs?: number }).timeoutMs ?? 25_000) : 0;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}/v1/${endpoint}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session}` } : {}) },
        body: JSON.stringify(request),
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(waitMs + 60_000)]) : AbortSignal.timeout(waitMs + 60_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw new HubUnreachable(
        `The newsroom hub at ${this.base} cannot be reached (${cause === 'TimeoutError' ? 'no answer' : (cause ?? 'network error')})`,
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new HubUnreachable(
        `The newsroom hub at ${this.base} answered ${response.status} with something that is not the hub's JSON (a proxy in the way?)`,
      );
    }
    if (!response.ok) {
      const message = (body as { error?: string })?.error ?? `answered ${response.status}`;
      // A hub that cannot reach its database is as good as unreachable: retry later.
      if (response.status >= 502) throw new HubUnreachable(message.replace(/\.$/, ''));
      throw new HubRefusal(response.status, message);
    }
    const parsed = HUB_ENDPOINTS[endpoint].response.safeParse(body);
    if (!parsed.success)
      throw new HubUnreachable(
        `The newsroom hub sent an answer this Copydesk does not understand (${describeIssues(parsed.error)}); update Copydesk`,
      );
    return parsed.data as HubResponse<E>;
  }
}
