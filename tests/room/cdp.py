"""Headless Chromium (Debian's package, never a download) driven through the DevTools
protocol with aiohttp's websocket client: enough to load a page on a phone-sized
screen, type, click, choose a file, wait for the browser's events, read it back and
take a screenshot."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import shutil
from collections import deque
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--remote-debugging-port=0",
]
MAX_EVENTS = 2_000  # a tab's events kept unread (the oldest go first)


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Page:
    def __init__(self, socket: aiohttp.ClientWebSocketResponse, session_id: str) -> None:
        self._socket = socket
        self._session = session_id
        self._ids = itertools.count(1000)
        self.events: deque[dict[str, Any]] = deque(maxlen=MAX_EVENTS)  # this tab's, unread

    async def _receive(self) -> dict[str, Any]:
        """The socket's next message; this tab's events are kept for `event`."""
        message: dict[str, Any] = json.loads((await self._socket.receive()).data)
        if "method" in message and message.get("sessionId") == self._session:
            self.events.append(message)
        return message

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        await self._socket.send_json(
            {"id": number, "method": method, "params": params, "sessionId": self._session}
        )
        while True:
            message = await self._receive()
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    async def event(self, method: str, timeout: float = 15) -> dict[str, Any]:
        """The params of this tab's next event `method` (of a domain enabled before, such
        as `Fetch.requestPaused`), taken from those kept or waited for."""
        async with asyncio.timeout(timeout):
            while True:
                for message in self.events:
                    if message["method"] == method:
                        self.events.remove(message)
                        return dict(message.get("params", {}))
                await self._receive()

    async def set_files(self, selector: str, *files: Path) -> None:
        """Choose `files` in the `<input type="file">` found by `selector`, as a person
        does in the phone's picker: the input's `change` event fires."""
        document = await self.send("DOM.getDocument", depth=0)
        found = await self.send(
            "DOM.querySelector", nodeId=document["root"]["nodeId"], selector=selector
        )
        if not found.get("nodeId"):
            raise LookupError(f"no element {selector}")
        await self.send(
            "DOM.setFileInputFiles", nodeId=found["nodeId"], files=[str(f) for f in files]
        )

    async def evaluate(self, expression: str) -> Any:
        result = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, timeout: float = 15) -> Any:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if loop.time() > deadline:
                raise TimeoutError(f"never true: {expression}")
            await asyncio.sleep(0.1)

    async def screenshot(self, *, whole_page: bool = False) -> bytes:
        """What the screen shows, or the whole page, scrolled or not."""
        options: dict[str, Any] = {"format": "png"}
        if whole_page:
            width, height = await self.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
            )
            options["clip"] = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
            options["captureBeyondViewport"] = True
        shot = await self.send("Page.captureScreenshot", **options)
        return base64.b64decode(shot["data"])


class Chromium:
    """One headless browser for the length of an `async with`."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile
        self._process: asyncio.subprocess.Process | None = None
        self._http: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self._ids = itertools.count(1)

    async def __aenter__(self) -> Chromium:
        binary = chromium_path()
        assert binary is not None
        self._process = await asyncio.create_subprocess_exec(
            binary,
            *FLAGS,
            f"--user-data-dir={self.profile}",
            "about:blank",
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        assert self._process.stderr is not None
        endpoint = ""
        while not endpoint:
            line = await asyncio.wait_for(self._process.stderr.readline(), 30)
            if not line:
                raise RuntimeError("Chromium ended before opening its DevTools port")
            found = re.search(rb"DevTools listening on (ws://\S+)", line)
            endpoint = found.group(1).decode() if found else ""
        self._drainer = asyncio.ensure_future(self._drain())
        self._http = aiohttp.ClientSession()
        self._socket = await self._http.ws_connect(endpoint, max_msg_size=64 * 1024 * 1024)
        return self

    async def _drain(self) -> None:
        assert self._process is not None and self._process.stderr is not None
        while await self._process.stderr.readline():
            pass

    async def _browser(self, method: str, **params: Any) -> dict[str, Any]:
        assert self._socket is not None
        number = next(self._ids)
        await self._socket.send_json({"id": number, "method": method, "params": params})
        while True:
            message = json.loads((await self._socket.receive()).data)
            if message.get("id") == number:
                return dict(message.get("result", {}))

    async def open(self, url: str, *, width: int = 390, height: int = 844) -> Page:
        """A tab the size of a phone (390 × 844 CSS pixels, as a recent iPhone)."""
        target = await self._browser("Target.createTarget", url="about:blank")
        attached = await self._browser(
            "Target.attachToTarget", targetId=target["targetId"], flatten=True
        )
        assert self._socket is not None
        page = Page(self._socket, attached["sessionId"])
        await page.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=2,
            mobile=True,
        )
        await page.send("Page.enable")
        await page.send("Page.navigate", url=url)
        await page.wait_for("document.readyState === 'complete'")
        return page

    async def __aexit__(self, *_exc: object) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._http is not None:
            await self._http.close()
        if self._process is not None:
            if self._process.returncode is None:
                self._process.kill()
            await self._process.wait()
