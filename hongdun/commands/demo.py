"""`hongdun demo ...`: serve the demo marketplace, print its targets file, truth or a score."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hongdun.config import Config
from hongdun.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `demo` command group."""
    p = sub.add_parser("demo", help="the local demo marketplace (演示商城)",
                       description="The demo marketplace: fake Yantai shops on 127.0.0.1.")
    dsub = p.add_subparsers(dest="demo_command", metavar="ACTION")
    dsub.required = True
    serve = dsub.add_parser("serve", help="serve the demo shops until Ctrl-C")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--verbose", action="store_true", help="log every request")
    serve.set_defaults(handler=_serve)
    targets = dsub.add_parser("targets", help="write the demo targets CSV")
    targets.add_argument("--base-url", default="http://127.0.0.1:8765",
                         help="where the demo server runs (default %(default)s)")
    targets.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    _family_option(targets)
    targets.add_argument("--legacy-header", action="store_true",
                         help="leave out registered_name (for an importer that knows only the "
                              "old header)")
    targets.set_defaults(handler=_targets)
    truth = dsub.add_parser("truth", help="list what a correct sweep must find per target")
    _family_option(truth)
    truth.set_defaults(handler=_truth)
    score = dsub.add_parser("score", help="score findings (hongdun findings --json) against the "
                            "truth")
    score.add_argument("findings", type=Path, help="JSON Lines file of findings")
    score.add_argument("--roles", default="home,licence,item",
                       help="page roles the sweep visited (default %(default)s)")
    _family_option(score)
    score.set_defaults(handler=_score)


def _family_option(parser: argparse.ArgumentParser) -> None:
    from demo.families import CLASSIC, NAMES

    parser.add_argument("--family", default=CLASSIC, metavar="NAME",
                        help=f"page family: {', '.join(NAMES)} (default %(default)s)")


def _family(name: str) -> str:
    from demo.families import NAMES

    if name not in NAMES:
        raise UsageError(f"--family must be one of {', '.join(NAMES)}, not {name!r}")
    return name


def _serve(args: argparse.Namespace, cfg: Config) -> int:
    from demo.server import DemoServer

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be 0..65535, not {args.port}")
    server = DemoServer(args.host, args.port, quiet=not args.verbose)
    url = server.start()
    print(f"演示商城 demo marketplace at {url}/  (Ctrl-C to stop)", flush=True)
    print(f"targets file: {url}/targets.csv", flush=True)
    server.serve_until_interrupted()
    return 0


def _targets(args: argparse.Namespace, cfg: Config) -> int:
    from demo.families import CLASSIC, build
    from demo.families.truth import targets_csv as family_csv
    from demo.site import targets_csv

    name = _family(args.family)
    if not args.base_url.startswith(("http://", "https://")):
        raise UsageError(f"--base-url must start with http:// or https://, not {args.base_url!r}")
    text = (targets_csv(args.base_url) if name == CLASSIC
            else family_csv(build(name), args.base_url, legacy=args.legacy_header))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror}") from None
    print(f"wrote {text.count(chr(10)) - 1} targets to {args.output}")
    return 0


def _truth(args: argparse.Namespace, cfg: Config) -> int:
    from demo.families.truth import load_truth

    for target_id, rules in load_truth(_family(args.family)).items():
        print(f"{target_id}\t{','.join(sorted(rules)) or '(clean)'}")
    return 0


def _score(args: argparse.Namespace, cfg: Config) -> int:
    from demo.families.truth import load_truth
    from demo.score import read_findings, report, score
    from demo.site import ROLES

    name = _family(args.family)
    roles = tuple(r.strip() for r in args.roles.split(",") if r.strip())
    unknown = set(roles) - set(ROLES)
    if unknown or not roles:
        raise UsageError(f"--roles must be a comma list of {', '.join(ROLES)}")
    try:
        lines = args.findings.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {args.findings}: {exc.strerror}") from None
    print(report(score(read_findings(lines, str(args.findings)), load_truth(name, roles=roles))))
    return 0
