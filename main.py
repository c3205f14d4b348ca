"""Relais composition root: parse the command line, then run a command or the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app import cli

    arguments = sys.argv[1:] if argv is None else argv
    args = cli.build_parser().parse_args(arguments)
    if args.self_test:
        from app import self_test

        return self_test.main()
    if args.command is not None:
        return cli.run(args)

    from ui.display_check import display_problem

    problem = display_problem()
    if args.check_display:
        print(problem or "This computer can show the Relais window.")
        return 1 if problem else 0
    if problem:
        print(f"relais: {problem}", file=sys.stderr)
        return 1

    import os

    from app.errors import RelaisError
    from ui.app import run_gui

    try:
        location = cli.database_location(args.db, os.environ)
    except RelaisError as exc:
        print(f"relais: {exc}", file=sys.stderr)
        return 2
    return run_gui(location, [sys.argv[0], *arguments])


if __name__ == "__main__":
    sys.exit(main())
