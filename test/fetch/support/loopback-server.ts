/**
 * A real HTTP server on 127.0.0.1 with an ephemeral port, routed by path, recording every request it receives.
 * Tests never send traffic anywhere else.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAddressPolicy, parseAllowList, type AddressPolicy } from '../../../lambdas/fetch/address-policy';

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface LoopbackServer {
  origin: string;
  url(path: string): string;
  /** Requests seen, in arrival order. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(routes: Record<string, Route> = {}): Promise<LoopbackServer> {
  const table = new Map(Object.entries(routes));
  const requests: LoopbackServer['requests'] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const handler = table.get(path);
    if (handler) handler(request, response);
    else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    route: (path, handler) => table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The policy tests use: loopback 127.0.0.1 allowed, everything else as in production. */
export function loopbackPolicy(): AddressPolicy {
  return createAddressPolicy(parseAllowList('127.0.0.1'));
}

export function html(body: string, headers: http.OutgoingHttpHeaders = {}): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };
}

/** A sleep that records the requested delays and returns at once. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}
