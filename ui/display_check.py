"""Can Qt open a window here?  Say exactly what is missing before Qt says it badly.

PySide6's ``xcb`` platform plugin needs a few X libraries that many Linux
desktops lack (DESIGN §9); without them Qt prints "Could not load the Qt
platform plugin xcb" and aborts.  This module checks first and names the
Debian packages to install.  It imports no Qt, so it runs before Qt is loaded
(``make run``, ``main.py --check-display``, the Linux bundle).
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping

# Headless platforms that need neither a display nor the X libraries.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb"})

# (library name as ctypes.util.find_library spells it, Debian package)
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-cursor", "libxcb-cursor0"),
)

LibraryFinder = Callable[[str], str | None]


def find_library(name: str) -> str | None:
    """``ctypes.util.find_library``, falling back to the ``ldconfig -p`` cache."""
    found = ctypes.util.find_library(name)
    if found:
        return found
    try:
        listing = subprocess.run(
            ["/sbin/ldconfig", "-p"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    prefix = f"lib{name}.so"
    for line in listing.splitlines():
        entry = line.strip()
        if entry.startswith(prefix):
            return entry.split(" => ")[-1]
    return None


def display_problem(  # noqa: PLR0911 -- one return per situation, each its own message
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    finder: LibraryFinder = find_library,
) -> str | None:
    """A message saying why no window can open here, or None when all is well.

    ``environ``, ``platform`` and ``finder`` default to the real process
    environment, ``sys.platform`` and the system's library lookup; tests pass
    their own.
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if qpa in HEADLESS_PLATFORMS:
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if qpa == "wayland":
        if wayland:
            return None
        return (
            "Relais cannot open a window: QT_QPA_PLATFORM is 'wayland' but "
            "WAYLAND_DISPLAY is not set. Start Relais from the desktop session."
        )
    if not display and not wayland:
        return (
            "Relais cannot open a window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start Relais from a desktop session, or use "
            "the command line (python main.py --help) on a server."
        )
    if qpa != "xcb" and wayland:
        return None  # Qt uses its Wayland plugin, which needs none of the X libraries.
    if not display:
        return (
            "Relais cannot open a window: QT_QPA_PLATFORM is 'xcb' but DISPLAY is "
            "not set. Start Relais from an X11 desktop session."
        )
    missing = [package for library, package in XCB_LIBRARIES if not finder(library)]
    if not missing:
        return None
    return (
        "Relais cannot open a window: Qt needs system libraries that are not "
        f"installed ({', '.join(missing)}). Install them with:\n"
        f"    sudo apt-get install {' '.join(missing)}"
    )


def main() -> int:
    """Print the problem and return 1, or return 0 quietly; for ``make run``."""
    problem = display_problem()
    if problem is None:
        return 0
    print(problem, file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
