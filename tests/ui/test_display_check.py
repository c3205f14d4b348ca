"""The display check names what is missing, in words a practice's IT person can act on."""

from __future__ import annotations

from ui.display_check import XCB_LIBRARIES, display_problem


def finder_without(*missing: str):
    """A library lookup on a machine where the given libraries are not installed."""

    def find(name: str) -> str | None:
        return None if name in missing else f"lib{name}.so.0"

    return find


ALL_PRESENT = finder_without()


def test_a_complete_x11_desktop_has_no_problem() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux", ALL_PRESENT) is None


def test_no_display_at_all_is_explained() -> None:
    problem = display_problem({}, "linux", ALL_PRESENT)
    assert problem is not None
    assert "DISPLAY" in problem
    assert "WAYLAND_DISPLAY" in problem


def test_missing_xcb_libraries_name_the_debian_packages() -> None:
    problem = display_problem({"DISPLAY": ":0"}, "linux", finder_without("xcb-icccm", "xcb-cursor"))
    assert problem is not None
    assert "sudo apt-get install libxcb-icccm4 libxcb-cursor0" in problem
    assert "libxcb-keysyms1" not in problem


def test_every_library_is_checked_with_its_package() -> None:
    missing = [library for library, _package in XCB_LIBRARIES]
    problem = display_problem({"DISPLAY": ":1"}, "linux", finder_without(*missing))
    assert problem is not None
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0" in problem


def test_headless_platforms_need_nothing() -> None:
    nothing = finder_without(*(library for library, _package in XCB_LIBRARIES))
    for platform in ("offscreen", "minimal", "offscreen:fontengine=freetype"):
        assert display_problem({"QT_QPA_PLATFORM": platform}, "linux", nothing) is None


def test_a_wayland_session_does_not_need_the_x_libraries() -> None:
    nothing = finder_without(*(library for library, _package in XCB_LIBRARIES))
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", nothing) is None
    assert (
        display_problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", nothing) is None
    )


def test_forcing_xcb_on_wayland_still_needs_the_libraries() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}
    problem = display_problem(env, "linux", finder_without("xcb-keysyms"))
    assert problem is not None
    assert "libxcb-keysyms1" in problem


def test_forcing_wayland_without_a_compositor_is_explained() -> None:
    problem = display_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux")
    assert problem is not None
    assert "WAYLAND_DISPLAY" in problem


def test_windows_and_macos_are_never_blocked() -> None:
    nothing = finder_without(*(library for library, _package in XCB_LIBRARIES))
    assert display_problem({}, "win32", nothing) is None
    assert display_problem({}, "darwin", nothing) is None
