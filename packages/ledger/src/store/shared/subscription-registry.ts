import type { Position } from '../../events/envelope.js';
import type { Subscription, SubscriptionHandler } from '../port.js';
import { startPollingSubscription, type SubscriptionSource } from './polling-subscription.js';

/** Keeps a store's open subscriptions so close() can stop every one of them before releasing resources. */
export function createSubscriptionRegistry(source: SubscriptionSource) {
  const open = new Set<Subscription>();
  return {
    start(handler: SubscriptionHandler, after?: Position): Subscription {
      const subscription = startPollingSubscription(source, handler, after);
      open.add(subscription);
      subscription.done.then(
        () => open.delete(subscription),
        () => open.delete(subscription),
      );
      return subscription;
    },
    async closeAll(): Promise<void> {
      await Promise.all([...open].map((s) => s.close()));
    },
  };
}

/** A minimal in-process "something was committed" signal. */
export function createAppendSignal() {
  const listeners = new Set<() => void>();
  return {
    // Arrow properties, not methods: adapters hand `onAppend` around detached from the signal.
    onAppend: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: (): void => {
      for (const listener of [...listeners]) listener();
    },
  };
}
