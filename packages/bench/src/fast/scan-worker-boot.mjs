// Starts a scan worker. Under the source condition the worker is TypeScript: register the same
// loader this package's scripts run with (tsx) before importing it.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
