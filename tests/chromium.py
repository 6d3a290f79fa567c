"""Open generated pages in headless Chromium with the network cut off (for the tests
and the view benchmark): console errors, what vis-network drew, load time."""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path


def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromedriver = shutil.which("chromedriver")
    if not chromedriver:
        raise RuntimeError("chromedriver is not installed: `make system-deps` installs Debian's "
                           "chromium and chromium-driver")
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                # no network at all: every host resolves to nothing, every proxy is dead
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
                f"--user-data-dir={tempfile.mkdtemp(prefix='munikg-chromium-')}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(chromedriver), options=opts)


def open_view(drv, path: Path, timeout: float = 60.0) -> dict:
    """Load a view from file:// and wait until it is interactive."""
    start = time.perf_counter()
    drv.get(path.resolve().as_uri())
    while time.perf_counter() - start < timeout:
        if drv.execute_script("return window.munikgReady === true"):
            break
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    info = drv.execute_script("""return {
        ready: window.munikgReady === true,
        drawn: network.body.data.nodes.length,
        total: NODES.length,
        edges: network.body.data.edges.length,
        readyAt: window.munikgReadyAt }""")
    info["seconds"] = seconds
    info["errors"] = [e for e in drv.get_log("browser") if e.get("level") == "SEVERE"]
    return info
