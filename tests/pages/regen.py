"""Regenerate the golden files of tests/pages/ from the pages in ../shared/pages/.

    python tests/pages/regen.py            # write, then review `git diff tests/pages`
    python tests/pages/regen.py --check    # exit 1 if a golden file would change

A golden file records what parknews makes of one page — metadata exactly, the body by its
size and by the chrome it must not contain — so a change in the cleaner shows up as a
reviewed diff. The page text itself stays in the shared folder (third-party text is never
copied into the repository); the truth for each page is its ``*.expected.json`` there.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED_PAGES = REPO.parent / "shared" / "pages"
sys.path.insert(0, str(REPO))

from parknews.clean import clean_page  # noqa: E402

# Chrome that must never reach a body: asserted absent on every page.
WITHOUT = [
    "马上注册",
    "您需要 登录",
    "下载次数",
    "保存到相册",
    "本帖最后由",
    "使用道具",
    "只看该作者",
    "发表于",
    "责任编辑",
    "ICP备",
    "Powered by",
    "上一篇",
    "下一篇",
    "分享到",
    "扫一扫",
    "跟贴",
    "版权所有",
    "TalkOP论坛官方提示",
]


def golden_for(path: Path) -> dict:
    article = clean_page(path.read_bytes(), name=path.name)
    d = article.to_dict()
    text = d.pop("text")
    posts = d.pop("posts")
    d.pop("url")
    return {
        "page": f"{path.parent.name}/{path.name}",
        **d,
        "body_chars": len(re.sub(r"\s+", "", text)),
        "body_lines": text.count("\n") + 1 if text else 0,
        "posts": len(posts),
        "post_authors": [p["author"] for p in posts[:3]],
        "without": [w for w in WITHOUT if w not in text],
    }


def pages() -> list[Path]:
    return sorted(SHARED_PAGES.glob("*/*.html"))


def main(argv: list[str]) -> int:
    if not SHARED_PAGES.is_dir():
        print(f"no shared pages at {SHARED_PAGES}", file=sys.stderr)
        return 2
    check = "--check" in argv
    changed = 0
    for path in pages():
        out = HERE / f"{path.parent.name}--{path.stem}.json"
        new = json.dumps(golden_for(path), ensure_ascii=False, indent=1) + "\n"
        old = out.read_text("utf-8") if out.exists() else None
        if old != new:
            changed += 1
            print(("would change " if check else "wrote ") + out.name)
            if not check:
                out.write_text(new, "utf-8")
    print(f"{len(pages())} pages, {changed} golden files {'differ' if check else 'written'}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
