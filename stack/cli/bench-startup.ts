/**
 * `npm run bench:startup`: time from `npm start` to its ready line, cold (fresh data folder) and
 * warm (existing data), median of 3 runs each, on free ports. Writes the result into README.md
 * between the bench:startup markers, with the machine it ran on.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { runningPid } from '../lock';
import os from 'node:os';
import path from 'node:path';
import { portEnv, ROOT_DIR, type StackPorts } from '../config';
import { freePorts } from '../testing/free-ports';

const RUNS = 3;

async function timeStart(dataDir: string, ports: StackPorts): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, STACK_DATA_DIR: dataDir, ...portEnv(ports) };
  const started = performance.now();
  // Its own process group, so that SIGINT reaches npm and the stack together, as Ctrl-C in a terminal does.
  const child = spawn('npm', ['start', '--silent'], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const elapsed = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready in')) resolve(performance.now() - started);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code} before ready:\n${output}`)));
  });
  child.removeAllListeners('exit');
  const exited = new Promise((r) => child.on('exit', r));
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  // The stack has stopped when it has released its lock file.
  while (runningPid(dataDir) !== undefined) await new Promise((r) => setTimeout(r, 50));
  return elapsed / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cold: number[] = [];
const warm: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
  chmodSync(dataDir, 0o755);
  try {
    const ports = await freePorts();
    cold.push(await timeStart(dataDir, ports));
    warm.push(await timeStart(dataDir, ports));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`run ${run + 1}: cold ${cold.at(-1)!.toFixed(2)} s, warm ${warm.at(-1)!.toFixed(2)} s`);
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
const table = [
  '| start | median of 3 | runs | target |',
  '|---|---|---|---|',
  `| cold (fresh data folder: initdb, migrations, seed) | ${median(cold).toFixed(2)} s | ${cold.map((s) => s.toFixed(2)).join(', ')} | ≤ 20 s |`,
  `| warm (existing data) | ${median(warm).toFixed(2)} s | ${warm.map((s) => s.toFixed(2)).join(', ')} | ≤ 5 s |`,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:startup\` on ${machine}.`,
].join('\n');
console.log(`\n${table}`);

const readmePath = path.join(ROOT_DIR, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const marker = /(<!-- bench:startup:start -->)[\s\S]*?(<!-- bench:startup:end -->)/;
if (marker.test(readme)) {
  writeFileSync(readmePath, readme.replace(marker, `$1\n${table}\n$2`));
  console.log('README.md updated.');
}
