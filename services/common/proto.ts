// Loads the shared protos once and hands out service definitions and client constructors.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { fileURLToPath } from "node:url";

/** The folder holding every .proto file. */
export const PROTO_ROOT: string = fileURLToPath(new URL("../../proto/", import.meta.url));

/** Every proto file the services serve, relative to {@linkcode PROTO_ROOT}. */
export const PROTO_FILES: readonly string[] = [
  "grpc/health/v1/health.proto",
  "sacv/common/v1/common.proto",
  "sacv/tts/v1/tts.proto",
  "sacv/media/v1/media.proto",
  "sacv/orchestrator/v1/orchestrator.proto",
];

/**
 * Loader options: field names stay snake_case as in the contracts, 64-bit
 * integers become numbers, enums strings, and unset fields get defaults.
 */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};

let cached: protoLoader.PackageDefinition | undefined;

/** The package definition for all protos (loaded once). */
export function packageDefinition(): protoLoader.PackageDefinition {
  cached ??= protoLoader.loadSync([...PROTO_FILES], LOADER_OPTIONS);
  return cached;
}

/** A service's fully-qualified name, e.g. `sacv.tts.v1.TtsService`. */
export type ServiceName =
  | "grpc.health.v1.Health"
  | "sacv.tts.v1.TtsService"
  | "sacv.media.v1.MediaService"
  | "sacv.orchestrator.v1.OrchestratorService";

/** The service definition to pass to `server.addService`. */
export function serviceDefinition(name: ServiceName): grpc.ServiceDefinition {
  const def = packageDefinition()[name];
  if (!def) throw new Error(`unknown service ${name}`);
  return def as grpc.ServiceDefinition;
}

/** A client constructor for a service. */
export function clientConstructor(name: ServiceName): grpc.ServiceClientConstructor {
  return grpc.makeGenericClientConstructor(serviceDefinition(name), name);
}

/**
 * A request as its sender builds it, from the generated receiver shape `T`
 * (`X__Output`): the fields in `K` are required, the others may be left out
 * (the receiver then sees their proto3 defaults: 0, "", false, [] or {}).
 *
 * @example
 * ```ts
 * type CutClipInit = Outgoing<CutClipRequest, "input" | "output" | "start" | "end">;
 * ```
 */
export type Outgoing<T, K extends keyof T = never> = Pick<T, K> & Partial<Omit<T, K>>;
