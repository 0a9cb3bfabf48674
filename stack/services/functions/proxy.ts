/** Forwards one HTTP request to a function process, streaming both bodies unchanged (raw bodies matter for webhook signatures). */
import http from 'node:http';

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function proxyTo(port: number, agent: http.Agent, req: http.IncomingMessage, res: http.ServerResponse): void {
  const upstream = http.request(
    { host: '127.0.0.1', port, agent, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) =>
    sendJson(res, 502, { code: 'FUNCTION_ERROR', message: `The function did not answer: ${error.message}` }),
  );
  req.pipe(upstream);
}
