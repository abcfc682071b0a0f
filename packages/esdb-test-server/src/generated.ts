import { createRequire } from 'node:module';
import type * as AnyPb from 'google-protobuf/google/protobuf/any_pb.js';
import type * as EmptyPb from 'google-protobuf/google/protobuf/empty_pb.js';
import type * as FeaturesGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import type * as FeaturesPb from '@eventstore/db-client/generated/serverfeatures_pb.js';
import type * as SharedPb from '@eventstore/db-client/generated/shared_pb.js';
import type * as StatusPb from '@eventstore/db-client/generated/status_pb.js';
import type * as StreamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb.js';

/**
 * The service definitions and messages the client itself ships (the package has no .proto files).
 * They are CommonJS built with google-protobuf, whose exports Node's ESM loader cannot see, so they
 * are required; the types come from the .d.ts files beside them.
 */
const require = createRequire(import.meta.url);
const load = <T>(name: string): T => require(`@eventstore/db-client/generated/${name}`) as T;

export const streamsPb = load<typeof StreamsPb>('streams_pb.js');
export const streamsGrpc = load<typeof StreamsGrpc>('streams_grpc_pb.js');
export const sharedPb = load<typeof SharedPb>('shared_pb.js');
export const statusPb = load<typeof StatusPb>('status_pb.js');
export const featuresPb = load<typeof FeaturesPb>('serverfeatures_pb.js');
export const featuresGrpc = load<typeof FeaturesGrpc>('serverfeatures_grpc_pb.js');
export const anyPb = require('google-protobuf/google/protobuf/any_pb.js') as typeof AnyPb;
export const emptyPb = require('google-protobuf/google/protobuf/empty_pb.js') as typeof EmptyPb;

export type ReadReq = StreamsPb.ReadReq;
export type ReadResp = StreamsPb.ReadResp;
export type AppendReq = StreamsPb.AppendReq;
export type AppendResp = StreamsPb.AppendResp;
export type BatchAppendReq = StreamsPb.BatchAppendReq;
export type BatchAppendResp = StreamsPb.BatchAppendResp;
