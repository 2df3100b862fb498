// Original file: proto/sacv/tts/v1/tts.proto


/**
 * Credentials a caller supplies for one request (e.g. saved by a user through the API),
 * used instead of the service's environment credentials. Never logged, never part of
 * the cache key (a provider may add a hash of the server it names, e.g. base_url).
 */
export interface ProviderCredentials {
  /**
   * Tencent SecretId / SecretKey, and the token of temporary (STS) credentials.
   */
  'secret_id'?: (string);
  'secret_key'?: (string);
  'session_token'?: (string);
  /**
   * Tencent region, e.g. ap-guangzhou; empty means the service's configured region.
   */
  'region'?: (string);
  /**
   * Bearer key of an OpenAI-compatible speech server.
   */
  'api_key'?: (string);
  /**
   * Base URL of an OpenAI-compatible speech server, e.g. http://127.0.0.1:9880.
   */
  'base_url'?: (string);
}

/**
 * Credentials a caller supplies for one request (e.g. saved by a user through the API),
 * used instead of the service's environment credentials. Never logged, never part of
 * the cache key (a provider may add a hash of the server it names, e.g. base_url).
 */
export interface ProviderCredentials__Output {
  /**
   * Tencent SecretId / SecretKey, and the token of temporary (STS) credentials.
   */
  'secret_id': (string);
  'secret_key': (string);
  'session_token': (string);
  /**
   * Tencent region, e.g. ap-guangzhou; empty means the service's configured region.
   */
  'region': (string);
  /**
   * Bearer key of an OpenAI-compatible speech server.
   */
  'api_key': (string);
  /**
   * Base URL of an OpenAI-compatible speech server, e.g. http://127.0.0.1:9880.
   */
  'base_url': (string);
}
