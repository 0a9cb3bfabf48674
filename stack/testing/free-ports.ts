/** Free TCP ports on 127.0.0.1, so every test run gets its own stack beside any other. */
import net from 'node:net';
import type { StackPorts } from '../config';
import { DEFAULT_PORTS } from '../config';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function freePorts(): Promise<StackPorts> {
  const ports = { ...DEFAULT_PORTS };
  // Never hand out a default port: a test stack must not take the one `npm start` needs.
  const taken = new Set<number>(Object.values(DEFAULT_PORTS));
  for (const key of Object.keys(ports) as (keyof StackPorts)[]) {
    let port = await freePort();
    while (taken.has(port)) port = await freePort();
    taken.add(port);
    ports[key] = port;
  }
  return ports;
}
