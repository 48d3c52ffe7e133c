import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';

// Every test file that imports this refuses real network access and leaves no interceptor behind.
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());
