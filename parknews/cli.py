"""The ``parknews`` command line. It only parses arguments and calls library functions.

::

    parknews fetch URL... -o crawl.warc.gz [--contact URL] [--delay S] [--max-pages N]
    parknews extract PATH... [-o out.jsonl|out.csv|out.db] [--jobs N] [-q|-v] [--force]
    parknews clean PAGE [--json]
    parknews show PAGE
    parknews eval GOLD... [--corpus devset.jsonl] [--errors] [--json]
    parknews train [GOLD] [--corpus devset.jsonl] [-o model.json]

Tests (and notebooks) call :func:`main` with a list of arguments; it returns the exit
status: 0 all good, 1 some documents failed, 2 bad usage (a missing path, an output that
exists without ``--force``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from . import __version__

__all__ = ["main"]

log = logging.getLogger("parknews")


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING
    if verbose == 1:
        level = logging.INFO
    elif verbose > 1:
        level = logging.DEBUG
    if quiet:
        level = logging.ERROR
    if verbose:  # jieba's own lines ("Building prefix dict…") only when asked for
        from .segment import quiet_jieba  # imports jieba, which adds its own stderr handler

        quiet_jieba(True)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("parknews: %(levelname)s: %(message)s"))
    for name in ("parknews", "jieba"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        # jieba says everything at DEBUG: -v shows it, the default hides it
        logger.setLevel(logging.DEBUG if name == "jieba" and verbose else level)
        logger.propagate = False


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parknews",
        description="Structured project records from archived Chinese forum and news pages.",
    )
    p.add_argument("--version", action="version", version=f"parknews {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from files, folders, JSON Lines, WARC")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursive) or - for stdin")
    ex.add_argument("-o", "--output", metavar="OUT",
                    help="out.jsonl (default: stdout), out.csv (one row per project) or out.db (SQLite)")
    ex.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument("--published", metavar="DATE",
                    help="publish date for documents that carry none (ISO, e.g. 2022-03-31)")
    ex.add_argument("--user-dict", action="append", default=[], metavar="FILE",
                    help="an extra jieba dictionary (word [freq] [tag] per line); repeatable")
    ex.add_argument("--force", action="store_true", help="overwrite OUT (a .db is otherwise resumed)")
    _text_options(ex)
    _verbosity(ex)

    cl = sub.add_parser("clean", help="print the cleaned article: metadata and body")
    cl.add_argument("page", metavar="PAGE")
    cl.add_argument("--json", action="store_true", help="print the Article as JSON")
    _text_options(cl)
    _verbosity(cl)

    sh = sub.add_parser("show", help="print the record for a person: projects and their evidence")
    sh.add_argument("page", metavar="PAGE")
    sh.add_argument("--published", metavar="DATE", help="publish date if the page carries none")
    _verbosity(sh)

    fe = sub.add_parser("fetch", help="crawl forum threads and news pages politely into a WARC file")
    fe.add_argument("urls", nargs="+", metavar="URL", help="http(s) URLs of thread or news pages")
    fe.add_argument("-o", "--output", required=True, metavar="OUT",
                    help="the WARC file to write (crawl.warc.gz); read it with `parknews extract`")
    fe.add_argument("--max-pages", type=int, default=None, metavar="N",
                    help="request at most N pages (pagination included; default: no limit)")
    fe.add_argument("--delay", type=float, default=1.0, metavar="S",
                    help="seconds between requests to the same host (default 1)")
    fe.add_argument("--pages-per-thread", type=int, default=20, metavar="N",
                    help="follow a Discuz! thread's pager up to N pages (default 20)")
    fe.add_argument("--no-pagination", action="store_true", help="fetch only the URLs given")
    fe.add_argument("--contact", metavar="URL",
                    help="your web page or mailto: for the User-Agent, so webmasters can reach you")
    fe.add_argument("--user-agent", metavar="UA", help="replace the whole User-Agent")
    fe.add_argument("--timeout", type=float, default=30.0, metavar="S",
                    help="network timeout in seconds (default 30)")
    fe.add_argument("--retries", type=int, default=3, metavar="N",
                    help="retries after 5xx, 429 or a network error (default 3)")
    fe.add_argument("--force", action="store_true", help="overwrite OUT")
    _verbosity(fe)

    tr = sub.add_parser("train", help="rebuild the project-name ranker from the gold train split")
    tr.add_argument("gold", nargs="?", default="corpora/gold/train.jsonl", metavar="GOLD",
                    help="gold train split (default: corpora/gold/train.jsonl)")
    tr.add_argument("--corpus", metavar="JSONL", help="the articles the gold ids refer to "
                    "(default: ../shared/corpora/devset.jsonl beside the repository)")
    tr.add_argument("-o", "--output", metavar="JSON",
                    help="where to write the model (default: the packaged parknews/data/name_ranker.json)")
    tr.add_argument("--no-seed", action="store_true", help="do not also learn from the seed page")
    _verbosity(tr)

    from .evaluate import add_arguments as eval_arguments

    ev = sub.add_parser("eval", help="precision / recall / F1 against gold annotations")
    eval_arguments(ev)
    _verbosity(ev)
    return p


def _text_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--simplified", action="store_true",
                   help="convert traditional characters to simplified (OpenCC)")
    p.add_argument("--no-repair", action="store_true",
                   help="keep the page's characters as they are (no full-width or 區(qū) repair)")


def _verbosity(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    g.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv: debug)")


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    """Run the command line with ``argv``; returns the exit status."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    _setup_logging(args.verbose, args.quiet)
    try:
        if args.command == "extract":
            return _extract(args, out, err)
        if args.command == "clean":
            return _clean(args, out, err)
        if args.command == "show":
            return _show(args, out, err)
        if args.command == "eval":
            return _eval(args, out, err)
        if args.command == "fetch":
            return _fetch(args, out, err)
        if args.command == "train":
            return _train(args, out, err)
    except BrokenPipeError:  # `parknews extract ... | head`
        return 0
    except KeyboardInterrupt:
        print("parknews: interrupted", file=err)
        return 130
    raise AssertionError(args.command)  # pragma: no cover


def _usage_error(err: IO[str], message: str) -> int:
    print(f"parknews: error: {message}", file=err)
    return 2


def _extract(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .archive import iter_documents
    from .export import open_writer, output_format
    from .pipeline import Config, Pipeline, Result, document_id

    if args.jobs < 1:
        return _usage_error(err, f"--jobs must be at least 1, not {args.jobs}")
    try:
        fmt = output_format(args.output)
    except ValueError as exc:
        return _usage_error(err, str(exc))
    if args.output and args.output != "-" and Path(args.output).exists():
        if args.force:
            os.remove(args.output)
        elif fmt != "sqlite":
            return _usage_error(err, f"{args.output} exists; use --force to overwrite it")
    for p in args.paths:
        if p != "-" and not Path(p).exists():
            return _usage_error(err, f"no such file or folder: {p}")
    try:
        nlp = Pipeline(config=Config(user_dicts=tuple(args.user_dict), to_simplified=args.simplified,
                                     repair=not args.no_repair))
    except (FileNotFoundError, ValueError) as exc:
        return _usage_error(err, str(exc))

    docs = iter_documents(args.paths)
    if args.published:
        docs = (d if d.published else _with_published(d, args.published) for d in docs)

    n_docs = n_projects = n_failed = n_skipped = 0
    with open_writer(args.output, stdout=out) as writer:
        known = writer.known_ids()
        if known:
            def fresh(stream):
                nonlocal n_skipped
                for d in stream:
                    if (d.id or document_id(d.data)) in known:
                        n_skipped += 1
                    else:
                        yield d

            docs = fresh(docs)
        bar = _progress(args.quiet, err)
        try:
            result: Result
            for result in nlp.extract_many(docs, jobs=args.jobs):
                n_docs += 1
                bar.update(1)
                if result.ok:
                    assert result.record is not None
                    writer.write(result.record)
                    n_projects += len(result.record.projects)
                else:
                    n_failed += 1
                    writer.fail(result.name, result.error or "")
                    bar.clear()
                    print(f"parknews: {result.name}: {result.error}", file=err)
        finally:
            bar.close()
    if not args.quiet:
        where = f" → {args.output}" if args.output and args.output != "-" else ""
        skipped = f", {n_skipped} already stored" if n_skipped else ""
        print(f"parknews: {n_docs} documents, {n_projects} projects, {n_failed} failed{skipped}{where}",
              file=err)
    return 1 if n_failed else 0


def _with_published(doc, published: str):
    from dataclasses import replace

    return replace(doc, published=published)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def clear(self) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(quiet: bool, err: IO[str]):
    """A tqdm bar on a terminal; nothing when quiet or when stderr is a file or pipe."""
    if quiet or not getattr(err, "isatty", lambda: False)():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(file=err, unit="doc", desc="parknews", dynamic_ncols=True)


def _read_page(path: str, err: IO[str]) -> bytes | None:
    try:
        return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        print(f"parknews: error: {path}: {exc.strerror}", file=err)
        return None


def _clean(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .clean import clean_page
    from .errors import DocumentError

    data = _read_page(args.page, err)
    if data is None:
        return 2
    try:
        article = clean_page(data, name=args.page, to_simplified=args.simplified, repair=not args.no_repair)
    except DocumentError as exc:
        print(f"parknews: {exc}", file=err)
        return 1
    if args.json:
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2), file=out)
        return 0
    d = article.to_dict()
    for key in ("title", "site", "kind", "author", "published", "views", "replies", "location",
                "forum", "source", "editor", "url"):
        if d.get(key) is not None:
            print(f"{key}: {d[key]}", file=out)
    if article.posts:
        print(f"posts: {len(article.posts)} replies (use --json to see them)", file=out)
    print(file=out)
    print(article.text, file=out)
    return 0


def _show(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .errors import DocumentError
    from .pipeline import default_pipeline
    from .show import format_record

    data = _read_page(args.page, err)
    if data is None:
        return 2
    try:
        record = default_pipeline().extract(data, name=args.page, published=args.published)
    except DocumentError as exc:
        print(f"parknews: {exc}", file=err)
        return 1
    print(format_record(record), file=out)
    return 0


def _eval(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .evaluate import run

    return run(args, out, err)


def _train(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .rank import MODEL_PATH, train

    target = args.output or MODEL_PATH
    try:
        ranker = train(args.gold, corpus=args.corpus, out=target, seed=not args.no_seed)
    except (FileNotFoundError, ValueError) as exc:
        print(f"parknews: error: {exc}", file=err)
        return 2
    meta = ranker.meta
    print(f"parknews: name ranker trained on {meta.get('articles')} articles "
          f"({meta.get('candidates')} candidates, {meta.get('positives')} names) → {target}", file=out)
    return 0


def _fetch(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .fetch import crawl

    path = Path(args.output)
    if path.exists() and not args.force:
        return _usage_error(err, f"{path} exists; use --force to overwrite it")
    bar = _progress(args.quiet, err)
    try:
        report = crawl(
            args.urls, out=path, user_agent=args.user_agent, contact=args.contact,
            delay=args.delay, max_pages=args.max_pages,
            follow_pagination=not args.no_pagination, pages_per_thread=args.pages_per_thread,
            timeout=args.timeout, retries=args.retries,
            progress=lambda outcome, url: bar.update(1))
    except (TypeError, ValueError) as exc:
        return _usage_error(err, str(exc))
    except OSError as exc:
        return _usage_error(err, f"cannot write {path}: {exc}")
    finally:
        bar.close()
    for url, reason in report.failed:
        print(f"parknews: failed: {url}: {reason}", file=err)
    if not args.quiet:
        for url, reason in report.skipped:
            print(f"parknews: skipped: {url}: {reason}", file=err)
        print(f"parknews: {report}", file=err)
    return 0 if report.ok else 1
