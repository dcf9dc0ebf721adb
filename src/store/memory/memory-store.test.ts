import { storeSuite } from '../store-suite.js';
import { MemoryStore } from './memory-store.js';

storeSuite('memory', () => new MemoryStore());
