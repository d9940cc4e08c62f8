#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Write a realistic service log for benchmarks: access/debug lines with "code":200 noise and
a few percent of lines carrying eKYC codes in the shapes of docs/classification.md.

Usage: gen-log.py OUT_FILE [SIZE_MB]   (default 1536 MB; deterministic for a given size)
"""
import random
import sys

NOISE = [
    '{ts} INFO  [http-nio-8080-exec-{t}] c.e.gateway.AccessLog - GET /api/v1/users/{n}/profile 200 {ms}ms ua="Mozilla/5.0 (X11; Linux x86_64)"',
    '{ts} DEBUG [pool-3-thread-{t}] c.e.cache.RedisClient - HIT key=session:{n:x} ttl=1800',
    '{ts} INFO  [http-nio-8080-exec-{t}] c.e.api.Response - {{"code":200,"msg":"ok","data":{{"id":{n},"items":[1,2,3]}}}}',
    '{ts} INFO  [http-nio-8080-exec-{t}] c.e.api.Response - {{"code":0,"message":"success","traceId":"{n:x}"}}',
    '{ts} WARN  [scheduler-{t}] c.e.jobs.Retry - StatusCode=503 retrying upstream call in {ms}ms (attempt 2)',
    '{ts} DEBUG [http-nio-8080-exec-{t}] o.s.web.servlet.DispatcherServlet - Completed 200 OK in {ms} ms',
    '{ts} INFO  [kafka-consumer-{t}] c.e.events.OrderListener - order {n} state=PAID amount=1001 currency=CNY',
]
CODES = [
    '{ts} INFO  [faceid-{t}] c.e.kyc.H5Client - GetWebVerificationResultIntl resp={{"Response":{{"ErrorCode":{c},"ErrorMsg":"{m}","VerificationDetailList":[{{"ErrorCode":{c}}}],"RequestId":"{n:x}"}}}}',
    '{ts} INFO  [faceid-{t}] c.e.kyc.SdkClient - GetFaceIdResultIntl {{"Result":"{c}","Description":"{m}","RequestId":"{n:x}"}}',
    '{ts} ERROR [faceid-{t}] c.e.kyc.ApiClient - [TencentCloudSDKException] code:FailedOperation.{f} message:{m} requestId:{n:x}',
    '{ts} INFO  [faceid-{t}] c.e.kyc.ApiClient - CompareFaceLiveness {{"Response":{{"Result":"Success","Description":"Success","Sim":88.1,"RequestId":"{n:x}"}}}}',
    '{ts} INFO  [faceid-{t}] c.e.kyc.IdvClient - GetSdkVerificationResult {{"Response":{{"Result":"{c}","CompareResults":[{{"ErrorCode":"{c}"}}],"RequestId":"{n:x}"}}}}',
    '{ts} ERROR [faceid-{t}] c.e.kyc.Gateway - [TencentCloudSDKError] Code=UnauthorizedOperation.Arrears, Message={m}, RequestId={n:x}',
]
NUMS = ["0", "1001", "1004", "2015", "2016", "1101", "1203", "-999", "1409"]
FAILS = ["CompareLowSimilarity", "LipVoiceLow", "SilentThreshold", "ActionCloseEye", "SomethingNew"]
MSGS = ["Comparison failed", "The lighting is too dim", "Success", "Face detection failed"]


def main():
    out = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1536
    target = size * 1024 * 1024
    rnd = random.Random(size)
    written = 0
    with open(out, "w", encoding="utf-8", buffering=1 << 20) as f:
        block = []
        sec = 0
        while written < target:
            sec += 1
            ts = "2024-03-%02d %02d:%02d:%02d.%03d" % (1 + sec // 86400 % 28, sec // 3600 % 24, sec // 60 % 60, sec % 60, sec % 1000)
            for _ in range(200):
                if rnd.random() < 0.03:
                    line = rnd.choice(CODES).format(ts=ts, t=rnd.randrange(64), n=rnd.randrange(1 << 40),
                                                    c=rnd.choice(NUMS), f=rnd.choice(FAILS), m=rnd.choice(MSGS))
                else:
                    line = rnd.choice(NOISE).format(ts=ts, t=rnd.randrange(64), n=rnd.randrange(1 << 40),
                                                    ms=rnd.randrange(1, 900))
                block.append(line)
            text = "\n".join(block) + "\n"
            block.clear()
            f.write(text)
            written += len(text)


if __name__ == "__main__":
    main()
