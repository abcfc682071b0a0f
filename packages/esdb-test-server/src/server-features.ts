import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { featuresPb } from './generated.js';

type Method = { service: string; method: string; features?: string[] };

const STREAMS = 'event_store.client.streams.streams';
const BASE: readonly Method[] = [
  { service: STREAMS, method: 'read', features: ['position', 'events', 'filter'] },
  { service: STREAMS, method: 'append' },
];

/**
 * ServerFeatures.GetSupportedMethods: the client asks once per connection and takes BatchAppend only
 * when it is listed (lower-case service and method names, as the server sends them).
 */
export function createServerFeaturesHandler(options: { batchAppend: boolean; version: string }) {
  return (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>): void => {
    const methods = [...BASE, ...(options.batchAppend ? [{ service: STREAMS, method: 'batchappend' }] : [])];
    const response = new featuresPb.SupportedMethods();
    response.setEventStoreServerVersion(options.version);
    response.setMethodsList(
      methods.map((m) => {
        const supported = new featuresPb.SupportedMethod();
        supported.setServiceName(m.service);
        supported.setMethodName(m.method);
        supported.setFeaturesList(m.features ?? []);
        return supported;
      }),
    );
    callback(null, response);
  };
}
