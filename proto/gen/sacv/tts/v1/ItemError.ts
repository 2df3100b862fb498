// Original file: proto/sacv/tts/v1/tts.proto


/**
 * A per-item failure on a stream.
 */
export interface ItemError {
  'request_id'?: (string);
  /**
   * gRPC status name, e.g. "RESOURCE_EXHAUSTED", "INVALID_ARGUMENT".
   */
  'code'?: (string);
  /**
   * Machine-readable reason, e.g. the provider's error code.
   */
  'reason'?: (string);
  'message'?: (string);
  'provider'?: (string);
  'attempts'?: (number);
  'retryable'?: (boolean);
}

/**
 * A per-item failure on a stream.
 */
export interface ItemError__Output {
  'request_id': (string);
  /**
   * gRPC status name, e.g. "RESOURCE_EXHAUSTED", "INVALID_ARGUMENT".
   */
  'code': (string);
  /**
   * Machine-readable reason, e.g. the provider's error code.
   */
  'reason': (string);
  'message': (string);
  'provider': (string);
  'attempts': (number);
  'retryable': (boolean);
}
