import { storeUnavailable } from '../shared/store-failures.js';

/**
 * Runs one call against the server with a time limit. The client sets no deadline on reads (it passes
 * Infinity) and none on the BatchAppend stream, so a stalled server would hang them forever; this is
 * the one place that bounds every call. `onTimeout` cancels the call so nothing stays open for close().
 */
export async function withDeadline<T>(
  ms: number,
  what: string,
  call: () => Promise<T>,
  onTimeout?: () => void,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(storeUnavailable(`EventStoreDB did not answer ${what} within ${ms} ms`));
    }, ms);
  });
  const running = call();
  running.catch(() => undefined); // after a timeout its own failure is no longer anyone's concern
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}
