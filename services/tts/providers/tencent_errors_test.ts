import assert from "node:assert/strict";
import { SacvError } from "../../common/errors.ts";
import { classifyTencentError, isRetriableTencentError, tencentCode } from "./tencent_errors.ts";

/** What the SDK throws: TencentCloudSDKHttpException with `code` set for API errors. */
function sdkError(code?: string, httpCode?: number): Error {
  const e = new Error("message from tencent") as Error & {
    code?: string;
    httpCode?: number;
    requestId: string;
  };
  if (code) e.code = code;
  if (httpCode) e.httpCode = httpCode;
  e.requestId = "req-1";
  return e;
}

Deno.test("the classification table: retriable codes and the status each becomes", () => {
  const table: [string | number | undefined, boolean, string, string][] = [
    ["RequestLimitExceeded", true, "RESOURCE_EXHAUSTED", "RequestLimitExceeded"],
    [
      "RequestLimitExceeded.UinLimitExceeded",
      true,
      "RESOURCE_EXHAUSTED",
      "RequestLimitExceeded.UinLimitExceeded",
    ],
    ["LimitExceeded.AccessLimit", true, "RESOURCE_EXHAUSTED", "LimitExceeded.AccessLimit"],
    ["InternalError", true, "UNAVAILABLE", "InternalError"],
    ["InternalError.ServerError", true, "UNAVAILABLE", "InternalError.ServerError"],
    ["AuthFailure.SignatureFailure", false, "UNAUTHENTICATED", "AuthFailure.SignatureFailure"],
    ["AuthFailure.SecretIdNotFound", false, "UNAUTHENTICATED", "AuthFailure.SecretIdNotFound"],
    ["InvalidParameter", false, "INVALID_ARGUMENT", "InvalidParameter"],
    [
      "InvalidParameterValue.TextTooLong",
      false,
      "INVALID_ARGUMENT",
      "InvalidParameterValue.TextTooLong",
    ],
    ["MissingParameter", false, "INVALID_ARGUMENT", "MissingParameter"],
    [
      "UnsupportedOperation.VoiceType",
      false,
      "FAILED_PRECONDITION",
      "UnsupportedOperation.VoiceType",
    ],
    [
      "ResourceUnavailable.InArrears",
      false,
      "FAILED_PRECONDITION",
      "ResourceUnavailable.InArrears",
    ],
    ["LimitExceeded.OtherQuota", false, "UNKNOWN", "LimitExceeded.OtherQuota"],
    [502, true, "UNAVAILABLE", "HTTP_502"],
    [429, true, "UNAVAILABLE", "HTTP_429"],
    [404, false, "UNAVAILABLE", "HTTP_404"],
    [undefined, true, "UNAVAILABLE", "NETWORK_ERROR"],
  ];
  for (const [code, retriable, status, reason] of table) {
    const err = typeof code === "number" ? sdkError(undefined, code) : sdkError(code);
    assert.equal(isRetriableTencentError(err), retriable, `${code} retriable`);
    const c = classifyTencentError(err, 3);
    assert.equal(c.status, status, `${code} status`);
    assert.equal(c.reason, reason, `${code} reason`);
    assert.equal(tencentCode(err), reason);
    assert.equal(c.retryable, retriable, `${code} retryable`);
    assert.equal(c.details.attempts, 3);
    assert.equal(c.details.request_id, "req-1");
    assert.ok(c.message.includes("message from tencent"));
  }
});

Deno.test("our own SacvErrors pass through unchanged and are retried only when retryable", () => {
  const own = new SacvError("INVALID_ARGUMENT", "bad voice", { reason: "INVALID_VOICE" });
  assert.equal(isRetriableTencentError(own), false);
  assert.equal(classifyTencentError(own), own);
  const empty = new SacvError("UNAVAILABLE", "no audio", {
    reason: "EMPTY_AUDIO",
    retryable: true,
  });
  assert.equal(isRetriableTencentError(empty), true);
});
