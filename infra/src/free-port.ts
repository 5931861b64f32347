import { createServer } from 'node:net';

const HOST = '127.0.0.1';

const tryListen = (port: number): Promise<number | undefined> =>
  new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen({ host: HOST, port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });

/** The preferred port when it is free on 127.0.0.1, else one the OS assigns. */
export const findFreePort = async (preferred?: number): Promise<number> => {
  if (preferred !== undefined && preferred > 0) {
    const port = await tryListen(preferred);
    if (port !== undefined) return port;
  }
  const port = await tryListen(0);
  if (port === undefined) throw new Error('No free TCP port on 127.0.0.1');
  return port;
};
