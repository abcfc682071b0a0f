import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { chooseLogFormat, createLogger } from './logger.js';

describe('log format', () => {
  it.each([
    ['auto', true, 'pretty'],
    ['auto', false, 'json'],
    ['pretty', false, 'pretty'],
    ['json', true, 'json'],
  ] as const)('given GRIP_LOG_FORMAT=%s and a terminal: %s, then the logs are %s', (setting, tty, format) => {
    expect(chooseLogFormat(setting, tty)).toBe(format);
  });

  it('defaults to auto, and refuses a format it does not know, naming the variable', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ GRIP_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ GRIP_LOG_FORMAT: 'colour' })).toThrow(/GRIP_LOG_FORMAT/);
  });
});

describe('the logger', () => {
  const capture = (isTTY: boolean) => {
    const lines: string[] = [];
    const output = Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
      { isTTY },
    );
    return { output, text: () => lines.join('') };
  };

  it('given a terminal and auto, when it logs, then the line is readable text, not JSON', () => {
    const { output, text } = capture(true);
    createLogger({ logLevel: 'info', logFormat: 'auto' }, output).info({ port: 3000 }, 'listening');
    const plain = stripVTControlCharacters(text());
    expect(plain).not.toBe(text()); // coloured on a terminal
    expect(plain).toMatch(/INFO.*listening/);
    expect(plain).toContain('port: 3000');
    expect(() => JSON.parse(text())).toThrow();
  });

  it('given a pipe and auto, when it logs, then the line is one JSON object', () => {
    const { output, text } = capture(false);
    createLogger({ logLevel: 'info', logFormat: 'auto' }, output).info({ port: 3000 }, 'listening');
    expect(JSON.parse(text())).toMatchObject({ level: 30, msg: 'listening', port: 3000 });
  });
});
