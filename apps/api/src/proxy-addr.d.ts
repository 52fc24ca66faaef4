// proxy-addr (Express's own dependency) ships no types; the two calls this app uses.
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';
  type TrustFn = (address: string, hop: number) => boolean;
  function proxyaddr(req: IncomingMessage, trust: TrustFn | string | string[]): string;
  namespace proxyaddr {
    function compile(values: string | string[]): TrustFn;
  }
  export = proxyaddr;
}
