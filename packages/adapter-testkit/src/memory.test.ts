import { createMemoryStore } from '@cadre/core';
import { runStoreConformance } from './index.js';

runStoreConformance({ name: 'memory', create: () => createMemoryStore() });
