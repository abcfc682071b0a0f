import { createRequire } from 'node:module';

/**
 * The service definitions and messages the client itself ships (the package has no .proto files).
 * They are CommonJS built with google-protobuf, whose exports Node's ESM loader cannot see, so they
 * are required; the types come from the .d.ts files beside them.
 */
const require = createRequire(import.meta.url);
const load = <T>(name: string): T => require(`@eventstore/db-client/generated/${name}`) as T;

export const streamsPb = load<typeof import('@eventstore/db-client/generated/streams_pb.js')>('streams_pb.js');
export const streamsGrpc =
  load<typeof import('@eventstore/db-client/generated/streams_grpc_pb.js')>('streams_grpc_pb.js');
export const sharedPb = load<typeof import('@eventstore/db-client/generated/shared_pb.js')>('shared_pb.js');
export const statusPb = load<typeof import('@eventstore/db-client/generated/status_pb.js')>('status_pb.js');
export const featuresPb =
  load<typeof import('@eventstore/db-client/generated/serverfeatures_pb.js')>('serverfeatures_pb.js');
export const featuresGrpc =
  load<typeof import('@eventstore/db-client/generated/serverfeatures_grpc_pb.js')>('serverfeatures_grpc_pb.js');
export const anyPb =
  require('google-protobuf/google/protobuf/any_pb.js') as typeof import('google-protobuf/google/protobuf/any_pb.js');

export type ReadReq = import('@eventstore/db-client/generated/streams_pb.js').ReadReq;
export type ReadResp = import('@eventstore/db-client/generated/streams_pb.js').ReadResp;
export type AppendReq = import('@eventstore/db-client/generated/streams_pb.js').AppendReq;
export type AppendResp = import('@eventstore/db-client/generated/streams_pb.js').AppendResp;
export type BatchAppendReq = import('@eventstore/db-client/generated/streams_pb.js').BatchAppendReq;
export type BatchAppendResp = import('@eventstore/db-client/generated/streams_pb.js').BatchAppendResp;
export const emptyPb =
  require('google-protobuf/google/protobuf/empty_pb.js') as typeof import('google-protobuf/google/protobuf/empty_pb.js');
