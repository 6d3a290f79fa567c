"""Serve the store with the Oxigraph server (SPARQL 1.1 Protocol, read-only)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .store import STORE_DIR, StoreError


def oxigraph_binary() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the `oxigraph` server is not installed: run `make setup` "
                         "(it comes from the `oxigraph` package on PyPI)")
    return found


def command(out: Path, host: str, port: int, timeout: int) -> list[str]:
    store = out / STORE_DIR
    if not store.exists():
        raise StoreError(f"no store in {out}: run `python -m kg build --out {out}` first")
    return [oxigraph_binary(), "serve-read-only", "--location", str(store),
            "--bind", f"{host}:{port}", "--timeout-s", str(timeout)]


def start(out: Path, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> subprocess.Popen:
    return subprocess.Popen(command(out, host, port, timeout), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
