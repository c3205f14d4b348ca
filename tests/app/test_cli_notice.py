"""`notice list` and `notice publish` from the command line, in the process with a fixed
clock on either engine: one line says what was done, a mistake is one line on stderr."""

from __future__ import annotations

import io
from datetime import date

from app import transparency
from app.cli import build_parser, run
from tests.helpers.fixtures import CliTarget


def _relais(target: CliTarget, clock, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    parsed = build_parser().parse_args([*args, "--db", target.db])
    code = run(parsed, out=out, err=err, environ=target.environ, clock=clock)
    return code, out.getvalue(), err.getvalue()


def test_publishing_and_listing_the_notice(database, cli_target, clock) -> None:
    assert _relais(cli_target, clock, "notice", "list") == (
        0,
        "No privacy notice published yet.\n",
        "",
    )
    code, said, err = _relais(
        cli_target, clock, "notice", "publish", "--version", "2026-03",
        "--summary", "Première version", "--on", "2026-03-02",
    )  # fmt: skip
    assert (code, said, err) == (0, "Privacy notice 2026-03 published on 2026-03-02.\n", "")
    code, said, err = _relais(
        cli_target, clock, "notice", "publish", "--version", "2026-11",
        "--summary", "Enquêtes de satisfaction par e-mail", "--reconfirm",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert said == "Privacy notice 2026-11 published on 2026-11-28; patients must agree again.\n"

    code, said, err = _relais(cli_target, clock, "notice", "list")
    assert (code, err) == (0, "")
    assert said.splitlines() == [
        "2026-11\t2026-11-28\tEnquêtes de satisfaction par e-mail\tagree again",
        "2026-03\t2026-03-02\tPremière version",
    ]
    # The report for the summer quarter names the March version, published before it.
    with database.read_session() as session:
        figures = transparency.compute(
            session, clock, transparency.Period(date(2026, 7, 1), date(2026, 9, 30))
        )
    assert figures.notice is not None
    assert (figures.notice.version, figures.notice.replaced) == ("2026-03", ())


def test_notice_mistakes_are_one_line(database, cli_target, clock) -> None:
    code, said, err = _relais(cli_target, clock, "notice", "publish", "--version", "2026-12")
    assert (code, said) == (1, "")
    assert err == "relais notice: error: notice publish needs --summary\n"

    code, _said, err = _relais(
        cli_target, clock, "notice", "publish", "--version", "2026-12",
        "--summary", "Trop tôt", "--on", "2026-12-01",
    )  # fmt: skip
    assert code == 1
    assert err.startswith("relais notice: error: ")
    assert "later than today" in err
    assert err.count("\n") == 1

    _relais(cli_target, clock, "notice", "publish", "--version", "V1", "--summary", "A")
    code, _said, err = _relais(
        cli_target, clock, "notice", "publish", "--version", "V1", "--summary", "B"
    )
    assert code == 1
    assert "'V1' already exists" in err
    _code, said, _err = _relais(cli_target, clock, "notice", "list")
    assert said == "V1\t2026-11-28\tA\n"
