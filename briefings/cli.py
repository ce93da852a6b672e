"""The `briefings` command: build, serve, init, templates, schema, generate,
extract, stories, publish, ner, eval."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from briefings import __version__


def _generate_opts(args) -> object:
    from briefings.site import Options

    return Options(
        inputs=[Path(p) for p in args.seeds],
        docs_dir=Path(args.docs),
        templates_dir=Path(args.templates),
        cache_dir=Path(args.cache),
        max_bytes=int(args.max_mb * 1024 * 1024),
    )


def cmd_generate(args) -> int:
    from briefings.site import ensure_font, generate

    opts = _generate_opts(args)
    ensure_font(opts.docs_dir / "assets" / "fonts")
    report = generate(opts, jobs=args.jobs, progress=sys.stderr.isatty())
    _print_report(report)
    return 1 if (args.strict and report.skipped) else 0


def _print_report(report) -> None:
    # each skip was reported as it happened, one line naming the file
    print(report.summary_line(), file=sys.stderr)


def cmd_build(args) -> int:
    """Generate and build the site with the engine asked for (with MkDocs
    and ProperDocs the plugin does the generating, so `mkdocs build` alone
    does the same)."""
    from briefings import engines

    try:
        cfg, plugin = engines.load(args.engine, args.config_file, args.site_dir)
    except engines.EngineError as e:
        print(str(e), file=sys.stderr)
        return 2
    from mkdocs.exceptions import MkDocsException

    from briefings.fsutil import write_if_changed
    from briefings.site.dirty import QuietDirtyWarning, can_build_dirty, site_fingerprint, stamp_text

    plugin.config.strict = plugin.config.strict or args.strict
    if args.from_json:
        plugin.config.from_json = str(Path(args.from_json).resolve())
    if by := args.partition or plugin.config.partition:
        return _build_partitioned(args, cfg, plugin, by)
    # a rebuild renders only what changed, unless what every page depends
    # on did: then, and the first time, it is a cold build
    root = Path(cfg["config_file_path"]).resolve().parent
    stamp = root / plugin.config.cache / "site-fingerprint"
    # a site one engine built is built whole the first time another builds it
    fingerprint = site_fingerprint(Path(cfg["config_file_path"]), Path(cfg["docs_dir"]),
                                   Path(cfg["site_dir"])) + f" {args.engine}"
    dirty = can_build_dirty(stamp, fingerprint, Path(cfg["site_dir"]))
    quiet = QuietDirtyWarning()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    try:
        # a build that stops half-way through site/ is followed by a cold
        # one; one that stops before (in generation) leaves site/ as the
        # stamp says, and the next can still be dirty
        engines.build(args.engine, cfg, plugin, dirty=dirty, generated=lambda: stamp.unlink(missing_ok=True))
        write_if_changed(stamp, stamp_text(fingerprint, Path(cfg["site_dir"]), cfg["site_url"]))
    except MkDocsException as e:
        if plugin.report:
            _print_report(plugin.report)
        print(f"build failed: {e}", file=sys.stderr)
        return 1
    finally:
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)
        cfg.plugins.on_shutdown()
    if plugin.report:
        _print_report(plugin.report)
        if args.report:
            Path(args.report).write_text(plugin.report.to_json(), encoding="utf-8")
    return 0


def _build_partitioned(args, cfg, plugin, by: str) -> int:
    """A site per year or month and a top level that links them
    (briefings/site/partition/); MkDocs only."""
    if args.engine != "mkdocs":
        print("--partition builds with MkDocs only", file=sys.stderr)
        return 2
    from mkdocs.exceptions import MkDocsException

    from briefings.site.partition import PartitionError, build

    try:
        report, parts = build(cfg, plugin, by, scheduler=args.scheduler)
    except (PartitionError, MkDocsException) as e:
        print(f"build failed: {e}", file=sys.stderr)
        return 1
    finally:
        cfg.plugins.on_shutdown()
    for p in parts:
        how = "unchanged" if p.get("unchanged") else f"built in {p['seconds']} s, peak {p['peak_mb']} MB"
        print(f"partition {p['part']}: {p['briefings']} briefings, {how}", file=sys.stderr)
    _print_report(report)
    if args.report:
        Path(args.report).write_text(report.to_json(), encoding="utf-8")
    return 1 if (report.skipped and plugin.config.strict) else 0


def cmd_serve(args) -> int:
    """Serve the site on the engine's own server; an edit in seeds/ or
    templates/ regenerates what changed and the page reloads."""
    from briefings import engines

    try:
        engines.serve(args.engine, args.config_file, args.dev_addr)
    except engines.EngineError as e:
        print(str(e), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def cmd_init(args) -> int:
    """A new project in DIR: mkdocs.yml, seeds/ with a sample article, docs/."""
    from briefings.scaffold import init_project

    target = Path(args.dir)
    try:
        written = init_project(target)
    except FileExistsError as e:
        print(str(e), file=sys.stderr)
        return 1
    for p in written:
        print(p.relative_to(target).as_posix())
    print(f"next: cd {target} && briefings build", file=sys.stderr)
    return 0


def cmd_templates(args) -> int:
    """Copy the package's templates into the project's templates/, where a
    file overrides the package's of the same name."""
    from briefings.scaffold import copy_templates, package_templates

    if args.list:
        for f in sorted(package_templates().glob("*.j2")):
            print(f.name)
        return 0
    try:
        copied = copy_templates(Path(args.into), args.names or None, force=args.force)
    except KeyError as e:
        print(e.args[0], file=sys.stderr)
        return 2
    for p in copied:
        print(p.as_posix())
    if not copied:
        print("nothing copied: the files are there already (--force to overwrite)", file=sys.stderr)
    return 0


def cmd_schema(args) -> int:
    """The JSON schema of a briefing, as `extract` writes it."""
    from importlib import resources

    sys.stdout.write((resources.files("briefings.data") / "briefing.schema.json").read_text(encoding="utf-8"))
    return 0


def cmd_publish(args) -> int:
    """Build the site and push it to the gh-pages branch of a remote, as
    `mkdocs gh-deploy` does (with a .nojekyll file, so GitHub Pages serves
    it as is)."""
    from mkdocs.commands.build import build
    from mkdocs.commands.gh_deploy import gh_deploy
    from mkdocs.config import load_config

    from briefings.site.size_limit import GITHUB_PAGES, over_limit

    cfg = load_config(args.config_file, remote_name=args.remote, remote_branch=args.branch)
    build(cfg)
    plugin = cfg.plugins.get("briefings")
    if plugin and plugin.report:
        _print_report(plugin.report)
    # refused here rather than by the host after a long push
    limit = int(args.limit_mb * 1_000_000) if args.limit_mb is not None else GITHUB_PAGES
    if refusal := over_limit(Path(cfg["site_dir"]), limit):
        print(refusal, file=sys.stderr)
        return 1
    gh_deploy(cfg, message=args.message, force=True)
    return 0


def cmd_extract(args) -> int:
    """One <id>.json per article in DIR, nothing else."""
    from briefings.fsutil import write_if_changed
    from briefings.run import Options, Report, items

    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    opts = Options(inputs=[Path(p) for p in args.inputs], cache_dir=Path(args.cache), max_bytes=int(args.max_mb * 1024 * 1024))
    report = Report()
    if args.engine == "dask" and not args.scheduler:
        print("--engine dask needs --scheduler ADDRESS (tcp://host:8786)", file=sys.stderr)
        return 2
    scheduler = args.scheduler if args.engine == "dask" else None
    for item in items(opts, report, jobs=args.jobs, progress=sys.stderr.isatty() or args.progress, scheduler=scheduler,
                      texts=True):
        # one line each: indenting takes json's pure-Python encoder, three
        # times slower, a twentieth of an extraction run (pipe to `jq` to
        # read); a briefing extracted now was encoded for the cache already
        text = item.text if item.text is not None else json.dumps(item.whole(), ensure_ascii=False)
        if write_if_changed(out / f"{item.light.id}.json", text + "\n"):
            report.written += 1
        report.built.append(item.light.id)
    _print_report(report)
    if args.report:
        Path(args.report).write_text(report.to_json(), encoding="utf-8")
    return 1 if (args.strict and report.skipped) else 0


def cmd_stories(args) -> int:
    """Copy groups and stories of the inputs, as one JSON document; the
    extraction cache is shared with the other commands."""
    from briefings.fsutil import write_if_changed
    from briefings.run import Options, Report, briefings, briefings_from_json
    from briefings.stories import collect

    if args.engine == "dask" and not args.scheduler:
        print("--engine dask needs --scheduler ADDRESS (tcp://host:8786)", file=sys.stderr)
        return 2
    if not args.inputs and not args.from_json:
        print("usage: briefings stories INPUT... -o FILE.json (or --from-json DIR)", file=sys.stderr)
        return 2
    opts = Options(inputs=[Path(p) for p in args.inputs], cache_dir=Path(args.cache), max_bytes=int(args.max_mb * 1024 * 1024))
    report = Report()
    scheduler = args.scheduler if args.engine == "dask" else None

    def counted():
        found = (briefings_from_json(Path(args.from_json), report) if args.from_json else
                 briefings(opts, report, jobs=args.jobs, progress=sys.stderr.isatty(), scheduler=scheduler))
        for b in found:
            report.built.append(b["id"])
            yield b

    doc = collect(counted())
    # one line: json's C encoder; indenting takes its Python one, minutes
    # for the 100 MB of a 27,000-article collection (pipe to `jq` to read)
    write_if_changed(Path(args.output), json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{report.summary_line()}; {len(doc['groups'])} copy groups, {len(doc['stories'])} stories", file=sys.stderr)
    return 1 if (args.strict and report.skipped) else 0


def cmd_ner(args) -> int:
    """Tag the tokens of a CoNLL file (first column), one `token TAG` a line."""
    from briefings.extract.ner import default_tagger

    tagger = default_tagger()
    out = sys.stdout
    for toks in _conll_sentences(Path(args.conll)):
        if toks:
            for t, tag in zip(toks, tagger.tag(toks), strict=True):
                out.write(f"{t} {tag}\n")
        out.write("\n")
    return 0


def _conll_sentences(path: Path):
    toks: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                yield toks
                toks = []
            else:
                toks.append(parts[0])
    if toks:
        yield toks


def cmd_eval(args) -> int:
    if args.what == "ner":
        from briefings.extract.ner import default_tagger
        from briefings.training.conll import read_conll
        from briefings.training.evaluate import format_scores, score

        if not args.inputs:
            print("usage: briefings eval ner GOLD.conll", file=sys.stderr)
            return 2
        tagger = default_tagger()
        gold, pred = [], []
        for path in args.inputs:
            for toks, tags in read_conll(Path(path), wojood=args.wojood):
                gold.append(tags)
                pred.append(tagger.tag(toks))
        print(format_scores(score(gold, pred)))
        return 0
    from briefings.evaluate import format_table, parse_split, score_inputs, summary_numbers

    if not args.gold:
        print("usage: briefings eval --gold DIR INPUT... [--split NAME=SPEC]...", file=sys.stderr)
        return 2
    inputs = ([args.what] if args.what else []) + list(args.inputs)
    try:
        splits = dict(parse_split(s) for s in args.split) if args.split else None
    except ValueError as e:
        print(str(e), file=sys.stderr)
        return 2
    scores = score_inputs(Path(args.gold), [Path(p) for p in inputs], splits)
    if args.json:
        print(json.dumps({n: summary_numbers(s) for n, s in scores.items()}, indent=1))
    else:
        print(format_table(scores, per_article=args.per_article))
    return 0


def main(argv: list[str] | None = None) -> int:
    from briefings.engines import ENGINES

    ap = argparse.ArgumentParser(prog="briefings", description="Arabic news articles to briefing pages.")
    ap.add_argument("--version", action="version", version=__version__)
    sub = ap.add_subparsers(dest="command", required=True)

    def gen_args(p):
        p.add_argument("--seeds", nargs="+", default=["seeds"], help="input files or folders")
        p.add_argument("--docs", default="docs")
        p.add_argument("--templates", default="templates")
        p.add_argument("--cache", default=".briefings-cache")
        p.add_argument("--max-mb", type=float, default=20, help="size limit of one input file")
        p.add_argument("--strict", action="store_true", help="fail when any article is skipped")
        p.add_argument("-j", "--jobs", type=int, default=None, help="processes (default: all cores)")

    p = sub.add_parser("generate", help="write the briefing pages into docs/")
    gen_args(p)
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("build", help="generate and build the site (MkDocs, ProperDocs or Zensical)")
    p.add_argument("-f", "--config-file", default="mkdocs.yml")
    p.add_argument("-d", "--site-dir", default=None)
    p.add_argument("--engine", choices=ENGINES, default="mkdocs", help="the site engine (README: choosing an engine)")
    p.add_argument("--strict", action="store_true", help="fail when any article is skipped")
    p.add_argument("--report", default=None, help="also write the build summary as JSON here")
    p.add_argument("--from-json", default=None, help="build from briefings already extracted (briefings extract -o DIR)")
    p.add_argument("--partition", choices=("year", "month"), default=None,
                   help="a site per year or month under one top level (README: partitioned sites)")
    p.add_argument("--scheduler", default=None, help="with --partition: build the partitions on this Dask cluster")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("serve", help="serve the site, rebuilding it as seeds/ and templates/ change")
    p.add_argument("-f", "--config-file", default="mkdocs.yml")
    p.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", metavar="IP:PORT")
    p.add_argument("--engine", choices=ENGINES, default="mkdocs")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("init", help="write a new project: mkdocs.yml, seeds/ with a sample article, docs/")
    p.add_argument("dir", nargs="?", default=".")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("templates", help="copy the package's page templates into templates/ for editing")
    p.add_argument("names", nargs="*", help="the templates to copy (default: all)")
    p.add_argument("--into", default="templates", help="the project's templates folder")
    p.add_argument("--force", action="store_true", help="overwrite files that are there")
    p.add_argument("--list", action="store_true", help="only list the package's templates")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("schema", help="print the JSON schema of a briefing")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("publish", help="build and push the site to GitHub Pages (mkdocs gh-deploy)")
    p.add_argument("-f", "--config-file", default="mkdocs.yml")
    p.add_argument("--remote", default="origin", help="git remote to push to")
    p.add_argument("--branch", default="gh-pages")
    p.add_argument("-m", "--message", default=None)
    p.add_argument("--limit-mb", type=float, default=None,
                   help="refuse a site larger than this many MB (default: GitHub Pages' limit, 1000)")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("extract", help="write one <id>.json per article")
    p.add_argument("inputs", nargs="+")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--cache", default=".briefings-cache")
    p.add_argument("--max-mb", type=float, default=20)
    p.add_argument("--strict", action="store_true")
    p.add_argument("-j", "--jobs", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    p.add_argument("--report", default=None, help="also write the summary as JSON here")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="where extraction runs")
    p.add_argument("--scheduler", default=None, help="address of the Dask scheduler, with --engine dask")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("stories", help="write the wire-copy groups and stories of the inputs as JSON")
    p.add_argument("inputs", nargs="*")
    p.add_argument("-o", "--output", required=True, help="the JSON file to write")
    p.add_argument("--from-json", default=None, help="briefings already extracted (briefings extract … -o DIR)")
    p.add_argument("--cache", default=".briefings-cache")
    p.add_argument("--max-mb", type=float, default=20)
    p.add_argument("--strict", action="store_true")
    p.add_argument("-j", "--jobs", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="where extraction runs")
    p.add_argument("--scheduler", default=None, help="address of the Dask scheduler, with --engine dask")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("ner", help="tag a CoNLL file's tokens with PER/ORG/LOC")
    p.add_argument("--conll", required=True)
    p.set_defaults(func=cmd_ner)

    p = sub.add_parser("eval", help="score against gold: `eval ner GOLD.conll` or `eval --gold DIR INPUT...`")
    p.add_argument("what", nargs="?", default=None)
    p.add_argument("inputs", nargs="*")
    p.add_argument("--gold", default=None)
    p.add_argument("--wojood", action="store_true", help="the gold file is in Wojood's nested format")
    p.add_argument("--split", action="append", default=[], metavar="NAME=SPEC",
                   help="score a split apart: names and ranges (tune=000_f63168924004b052,dev01-dev27) or a folder; "
                        "repeat for each split, printed side by side")
    p.add_argument("--per-article", action="store_true", help="also print each article's F1 (never for a check split)")
    p.add_argument("--json", action="store_true", help="print the numbers as JSON")
    p.set_defaults(func=cmd_eval)

    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
