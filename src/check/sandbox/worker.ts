/**
 * The sandbox worker: imports one property module, reports the property as data, then evaluates
 * its predicate (fast kernel) or census form on the batches the host sends, each case decoded
 * afresh. It speaks over a private port (not parentPort, which user code could reach) and beats a
 * shared heartbeat after every case so the host can enforce the per-case time limit. process.exit
 * inside user code throws instead of ending the worker.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { type Property, isProperty, validateProperty } from '../../claim/property.js';
import { fastKernel } from '../kernel/index.js';
import { describeProperty } from './descriptor.js';
import { EvaluationError, type VariableCodec, codecsFor, evaluateCases, evaluateCells, firstLine } from './evaluate.js';
import { describeLoadError, importDefault } from './importModule.js';
import type { FromWorker, ToWorker } from './protocol.js';

const data = workerData as { modulePath: string; heartbeat: SharedArrayBuffer; port: MessagePort; shownName: string };
const { port, modulePath, shownName } = data;
const beat = new Int32Array(data.heartbeat);
// User code can read workerData: leave it nothing to forge answers or heartbeats with.
for (const key of Object.keys(data)) delete (data as Record<string, unknown>)[key];

process.exit = ((code?: number) => {
  throw new Error(`it called process.exit(${code ?? ''})`);
}) as typeof process.exit;
process.abort = (() => {
  throw new Error('it called process.abort()');
}) as typeof process.abort;
process.on('unhandledRejection', () => {});

const send = (m: FromWorker): void => port.postMessage(m);

let property: Property;
let codecs: VariableCodec[] = [];
let n = 0;

function heartbeat(id: number): (count: number) => void {
  Atomics.store(beat, 0, id);
  Atomics.store(beat, 1, 0);
  return (count) => Atomics.store(beat, 1, count);
}

function handle(m: ToWorker): void {
  if (m.type === 'bind') {
    n = m.n;
    codecs = codecsFor(m.variables);
    return;
  }
  try {
    const out = new Uint8Array(m.out);
    if (m.type === 'cases') {
      const done = evaluateCases(property, codecs, n, fastKernel, m.flat, m.count, m.stopOn, out, heartbeat(m.id));
      send({ type: 'result', id: m.id, done });
    } else {
      evaluateCells(property, m.cells, out, heartbeat(m.id));
      send({ type: 'result', id: m.id, done: m.cells.length });
    }
  } catch (e) {
    send({ type: 'predicate-error', id: m.id, message: e instanceof EvaluationError ? e.message : `the sandbox failed on ${property.id}: ${firstLine(e)}` });
  }
}

async function load(): Promise<FromWorker> {
  let exported: unknown;
  try {
    exported = await importDefault(modulePath);
  } catch (e) {
    return { type: 'bad-module', message: `property file ${shownName} does not load: ${describeLoadError(e, shownName, modulePath)}` };
  }
  if (!isProperty(exported)) return { type: 'bad-module', message: `property file ${shownName} has no property as its default export (export default defineProperty({...}))` };
  try {
    property = validateProperty(exported);
  } catch (e) {
    return { type: 'bad-module', message: `property file ${shownName}: ${firstLine(e)}` };
  }
  port.on('message', handle);
  return { type: 'loaded', descriptor: describeProperty(property) };
}

send(await load());
