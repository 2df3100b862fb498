// Original file: proto/sacv/common/v1/common.proto


/**
 * Machine-readable detail attached to a failure, so it can be located.
 */
export interface ErrorDetail {
  'code'?: (string);
  'reason'?: (string);
  'message'?: (string);
  'segment_id'?: (string);
  'index'?: (number);
  'stage'?: (string);
  'provider'?: (string);
}

/**
 * Machine-readable detail attached to a failure, so it can be located.
 */
export interface ErrorDetail__Output {
  'code': (string);
  'reason': (string);
  'message': (string);
  'segment_id': (string);
  'index': (number);
  'stage': (string);
  'provider': (string);
}
