"""Inserts or deletes worksheet rows with LibreOffice Calc, as a user does, through UNO.

usage: python3 lo-rows.py JOBS.json
JOBS.json: [{"src": ..., "dst": ..., "sheet": ..., "op": "insert" | "delete", "row": 1-based}]
Each job opens `src`, inserts an empty row above `row` (or deletes `row`) on `sheet`, and saves
the workbook as .xlsx to `dst`. One soffice process serves all jobs.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    port = free_port()
    profile = tempfile.mkdtemp(prefix="lo-rows-")
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nolockcheck",
            "-env:UserInstallation=file://" + profile,
            "--accept=socket,host=127.0.0.1,port=%d;urp;" % port,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port
                )
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise SystemExit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for job in jobs:
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(job["src"])), "_blank", 0, (prop("Hidden", True),)
            )
            rows = doc.Sheets.getByName(job["sheet"]).Rows
            if job["op"] == "insert":
                rows.insertByIndex(job["row"] - 1, 1)
            else:
                rows.removeByIndex(job["row"] - 1, 1)
            doc.storeToURL(
                uno.systemPathToFileUrl(os.path.abspath(job["dst"])),
                (prop("FilterName", "Calc MS Excel 2007 XML"),),
            )
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
