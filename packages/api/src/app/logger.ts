import { pino, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { GripConfig, LogFormatSetting } from './config.js';

/**
 * Which format the server logs in: what GRIP_LOG_FORMAT asks, and for `auto` pretty lines only when a
 * person watches (stdout is a terminal). Log collectors read stdout through a pipe or a file and get
 * one JSON object a line, as before.
 */
export function chooseLogFormat(setting: LogFormatSetting, stdoutIsTerminal: boolean): 'pretty' | 'json' {
  if (setting !== 'auto') return setting;
  return stdoutIsTerminal ? 'pretty' : 'json';
}

/** Where the logs go: stdout, or (tests) any stream that says whether it is a terminal. */
export type LogOutput = NodeJS.WritableStream & { readonly isTTY?: boolean };

/**
 * The service's logger. Pretty printing runs in-process and synchronously (a pino-pretty stream, not
 * a worker-thread transport): the volume is a server's request log, and a crash must not lose the last
 * lines.
 */
export function createLogger(
  config: Pick<GripConfig, 'logLevel' | 'logFormat'>,
  output: LogOutput = process.stdout,
): Logger {
  const terminal = output.isTTY === true;
  const toStdout = output === process.stdout;
  if (chooseLogFormat(config.logFormat, terminal) === 'json')
    return toStdout ? pino({ level: config.logLevel }) : pino({ level: config.logLevel }, output);
  const pretty = PinoPretty({
    colorize: terminal,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
    sync: true,
    destination: toStdout ? 1 : output,
  });
  return pino({ level: config.logLevel }, pretty);
}
