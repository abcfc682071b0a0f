import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../problem/http-problem.js';
import { concurrentReadLimit } from './concurrent-reads.js';

/** A response that stays open until `close()` is called, for one key. */
function openResponse(keyId: string) {
  const res = Object.assign(new EventEmitter(), {
    locals: { principal: { keyId, name: keyId, role: 'viewer', municipalities: ['GM0118'] } },
  });
  return { res: res as unknown as Response, close: () => res.emit('close') };
}

function call(limit: ReturnType<typeof concurrentReadLimit>, keyId: string) {
  const { res, close } = openResponse(keyId);
  let passed: unknown = 'not called';
  limit({} as Request, res, ((error?: unknown) => (passed = error)) as NextFunction);
  return { passed, close };
}

describe('the per-key limit on concurrent expensive reads', () => {
  it('lets 2 reads of one key run, answers the 3rd 429 with Retry-After: 1, and frees a slot when one ends', () => {
    const limit = concurrentReadLimit(2);
    const first = call(limit, 'k1');
    const second = call(limit, 'k1');
    const third = call(limit, 'k1');
    expect([first.passed, second.passed]).toEqual([undefined, undefined]);
    expect(third.passed).toBeInstanceOf(HttpProblem);
    expect((third.passed as HttpProblem).status).toBe(429);
    expect((third.passed as HttpProblem).headers).toEqual({ 'Retry-After': '1' });
    // Another key is not affected.
    expect(call(limit, 'k2').passed).toBeUndefined();
    first.close();
    expect(call(limit, 'k1').passed).toBeUndefined();
    expect(call(limit, 'k1').passed).toBeInstanceOf(HttpProblem);
    console.info(
      'concurrent reads: 2 of one key ran, the 3rd got 429; a finished read freed its slot; other keys unaffected',
    );
  });
});
