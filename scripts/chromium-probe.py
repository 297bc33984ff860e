#!/usr/bin/env python3
"""Opens an HTML file in headless Chromium at an exact viewport width (Chromium's own headless
window is at least 500 px wide; the DevTools protocol emulates any width), then evaluates a
JavaScript expression in the page and prints its value (JSON), and/or saves a screenshot.

    chromium-probe.py --width 390 --height 900 [--eval EXPR] [--screenshot OUT.png] FILE.html

The expression may return a promise. Talks to Chromium over --remote-debugging-pipe (fd 3 and 4),
so no port is opened. Exit status 2 when the page or the expression fails.
"""
import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--eval", dest="expression")
    parser.add_argument("--screenshot")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("file")
    args = parser.parse_args()

    # The browser reads commands from its fd 3 and writes replies to its fd 4: put the pipe ends
    # there in this process (after moving all four out of the way), and pass exactly those two.
    ends = [os.dup(fd) for fd in os.pipe() + os.pipe()]
    for fd in range(3, 20):
        if fd not in ends:
            try:
                os.close(fd)
            except OSError:
                pass
    moved = []
    for fd in ends:
        moved.append(os.dup2(fd, 30 + len(moved)))
        os.close(fd)
    to_browser_read, to_browser_write, from_browser_read, from_browser_write = moved
    os.dup2(to_browser_read, 3)
    os.dup2(from_browser_write, 4)
    profile = tempfile.mkdtemp(prefix="chromium-probe-")
    browser = subprocess.Popen(
        [args.chromium, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars",
         "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(3, 4))
    for fd in (3, 4, to_browser_read, from_browser_write):
        os.close(fd)
    writer = os.fdopen(to_browser_write, "wb")
    reader = os.fdopen(from_browser_read, "rb")
    buffer = b""
    counter = [0]
    events = []

    def receive():
        nonlocal buffer
        while b"\0" not in buffer:
            chunk = reader.read1(65536)
            if not chunk:
                raise SystemExit("chromium-probe: the browser closed the pipe")
            buffer += chunk
        message, _, buffer = buffer.partition(b"\0")
        return json.loads(message)

    def send(method, params=None, session=None):
        counter[0] += 1
        message = {"id": counter[0], "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        writer.write(json.dumps(message).encode() + b"\0")
        writer.flush()
        while True:
            reply = receive()
            if reply.get("id") == counter[0]:
                if "error" in reply:
                    raise SystemExit(f"chromium-probe: {method}: {reply['error']}")
                return reply.get("result", {})
            events.append(reply)

    def wait_for(method, session):
        while True:
            for index, event in enumerate(events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del events[index]
                    return event
            events.append(receive())

    status = 0
    try:
        target = send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        send("Page.enable", session=session)
        send("Runtime.enable", session=session)
        send("Emulation.setDeviceMetricsOverride",
             {"width": args.width, "height": args.height, "deviceScaleFactor": 1, "mobile": False}, session)
        send("Page.navigate", {"url": "file://" + os.path.abspath(args.file)}, session)
        wait_for("Page.loadEventFired", session)
        if args.expression:
            value = send("Runtime.evaluate", {"expression": args.expression, "returnByValue": True, "awaitPromise": True}, session)
            if "exceptionDetails" in value:
                print(json.dumps({"exception": value["exceptionDetails"].get("exception", {}).get("description",
                                                                                                  str(value["exceptionDetails"]))}))
                status = 2
            else:
                print(json.dumps(value["result"].get("value")))
        if args.screenshot:
            shot = send("Page.captureScreenshot", {"format": "png"}, session)
            with open(args.screenshot, "wb") as out:
                out.write(base64.b64decode(shot["data"]))
        try:
            send("Browser.close")
        except SystemExit:
            pass
    finally:
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()
        subprocess.run(["rm", "-rf", profile])
    return status


if __name__ == "__main__":
    sys.exit(main())
