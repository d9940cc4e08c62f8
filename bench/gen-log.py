#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Write a realistic service log for benchmarks: access/debug lines with "code":200 noise and
a few percent of lines carrying eKYC codes in the shapes of docs/classification.md.

Usage: gen-log.py OUT_FILE [SIZE_MB] [--profile P] [--lines N] [--image-kb MIN-MAX]
       gen-log.py --folder DIR [--files N] [--lines N]

Profiles (docs/performance.md):
  ascii   every line ASCII (the default; the same bytes as before profiles existed)
  zh      20 % of lines hold Chinese text (UTF-8): messages, names, product titles, some inside
          the JSON values next to the codes
  gbk     as zh, and 1 % of lines are written in GB18030 instead of UTF-8
  images  as ascii, and 1 % of lines are eKYC responses of 50-200 KB holding a base64 image
          (BestFrameBase64) with the code after it
--folder writes N logs (default 10,000) of --lines lines (default 100) each, ascii profile,
named 00000.log ...: the many-small-inputs case of a support desk's folder of rotated logs.
Deterministic for the same arguments. --lines N writes N lines instead of SIZE_MB (fixtures).
"""
import argparse
import base64
import os
import random

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

# Chinese lines: messages, user names and product titles, as a mainland service logs them.
ZH_NOISE = [
    '{ts} INFO  [http-nio-8080-exec-{t}] c.e.user.LoginService - 用户登录成功 user={name} 来源=微信小程序 耗时{ms}毫秒',
    '{ts} INFO  [http-nio-8080-exec-{t}] c.e.api.Response - {{"code":200,"msg":"操作成功","data":{{"id":{n},"title":"{title}"}}}}',
    '{ts} WARN  [scheduler-{t}] c.e.jobs.Retry - 上游服务暂时不可用，{ms}毫秒后重试（第2次）',
    '{ts} INFO  [kafka-consumer-{t}] c.e.events.OrderListener - 订单 {n} 已支付 商品="{title}" 收货人={name}',
]
ZH_CODES = [
    '{ts} INFO  [faceid-{t}] c.e.kyc.H5Client - GetWebVerificationResultIntl resp={{"Response":{{"ErrorCode":{c},"ErrorMsg":"{zm}","VerificationDetailList":[{{"ErrorCode":{c}}}],"RequestId":"{n:x}"}}}}',
    '{ts} INFO  [faceid-{t}] c.e.kyc.SdkClient - GetFaceIdResultIntl {{"Result":"{c}","Description":"{zm}","RequestId":"{n:x}"}}',
    '{ts} ERROR [faceid-{t}] c.e.kyc.ApiClient - 核验失败 [TencentCloudSDKException] code:FailedOperation.{f} message:{zm} requestId:{n:x}',
]
ZH_NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"]
ZH_TITLES = ["华为 Mate 60 Pro 手机", "小米空气净化器", "儿童保温杯 500毫升", "无线蓝牙耳机（降噪版）"]
ZH_MSGS = ["比对失败", "光线太暗，请调整环境", "成功", "未检测到人脸", "活体检测未通过"]
IMAGE = ('{ts} INFO  [faceid-{t}] c.e.kyc.SdkClient - GetFaceIdResultIntl {{"BestFrameBase64":"{img}",'
         '"Result":"{c}","Description":"{m}","RequestId":"{n:x}"}}')


class Writer:
    def __init__(self, profile, rnd, image_kb):
        self.profile = profile
        self.rnd = rnd
        self.image_kb = image_kb
        self.sec = 0

    def block(self):
        """200 lines of one second, as bytes."""
        rnd = self.rnd
        self.sec += 1
        sec = self.sec
        ts = "2024-03-%02d %02d:%02d:%02d.%03d" % (1 + sec // 86400 % 28, sec // 3600 % 24, sec // 60 % 60, sec % 60, sec % 1000)
        out = []
        for _ in range(200):
            gb = False
            if self.profile == "images" and rnd.random() < 0.01:
                size = rnd.randrange(self.image_kb[0] * 1024, self.image_kb[1] * 1024) * 3 // 4
                img = base64.b64encode(rnd.randbytes(size)).decode("ascii")
                line = IMAGE.format(ts=ts, t=rnd.randrange(64), n=rnd.randrange(1 << 40), c=rnd.choice(NUMS),
                                    m=rnd.choice(MSGS), img=img)
            elif self.profile in ("zh", "gbk") and rnd.random() < 0.2:
                gb = self.profile == "gbk" and rnd.random() < 0.05  # 1 % of all lines
                if rnd.random() < 0.15:
                    line = rnd.choice(ZH_CODES).format(ts=ts, t=rnd.randrange(64), n=rnd.randrange(1 << 40),
                                                       c=rnd.choice(NUMS), f=rnd.choice(FAILS), zm=rnd.choice(ZH_MSGS))
                else:
                    line = rnd.choice(ZH_NOISE).format(ts=ts, t=rnd.randrange(64), n=rnd.randrange(1 << 40),
                                                       ms=rnd.randrange(1, 900), name=rnd.choice(ZH_NAMES),
                                                       title=rnd.choice(ZH_TITLES))
            elif rnd.random() < 0.03:
                line = rnd.choice(CODES).format(ts=ts, t=rnd.randrange(64), n=rnd.randrange(1 << 40),
                                                c=rnd.choice(NUMS), f=rnd.choice(FAILS), m=rnd.choice(MSGS))
            else:
                line = rnd.choice(NOISE).format(ts=ts, t=rnd.randrange(64), n=rnd.randrange(1 << 40),
                                                ms=rnd.randrange(1, 900))
            out.append(line.encode("gb18030" if gb else "utf-8"))
        return out


def write_log(path, profile, size_mb, lines, image_kb, seed):
    rnd = random.Random(seed)
    writer = Writer(profile, rnd, image_kb)
    target = size_mb * 1024 * 1024
    written = 0
    count = 0
    with open(path, "wb", buffering=1 << 20) as f:
        while (count < lines) if lines else (written < target):
            block = writer.block()
            if lines:
                block = block[:lines - count]
            text = b"\n".join(block) + b"\n"
            f.write(text)
            written += len(text)
            count += len(block)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?")
    parser.add_argument("size_mb", nargs="?", type=int, default=1536)
    parser.add_argument("--profile", choices=["ascii", "zh", "gbk", "images"], default="ascii")
    parser.add_argument("--lines", type=int, default=0)
    parser.add_argument("--image-kb", default="50-200")
    parser.add_argument("--folder")
    parser.add_argument("--files", type=int, default=10000)
    args = parser.parse_args()
    image_kb = tuple(int(x) for x in args.image_kb.split("-"))
    if args.folder:
        os.makedirs(args.folder, exist_ok=True)
        for i in range(args.files):
            write_log(os.path.join(args.folder, "%05d.log" % i), "ascii", 0, args.lines or 100, image_kb, i)
        return
    if not args.out:
        parser.error("OUT_FILE or --folder is needed")
    # The ascii profile keeps the seed it always had, so its logs stay byte for byte the same.
    seed = args.size_mb if args.profile == "ascii" else "%s-%d-%d" % (args.profile, args.size_mb, args.lines)
    write_log(args.out, args.profile, args.size_mb, args.lines, image_kb, seed)


if __name__ == "__main__":
    main()
