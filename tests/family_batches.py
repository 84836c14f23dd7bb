"""Shape checks shared by the tests of each blind batch of page families.

A batch (tests/test_families_seventh.py, _eighth.py, _ninth.py) holds 10 to 13 targets per
family, a third to a half of them clean, at least as many decoys as violations and, over the
batch, a case of every rule; its registry extracts are fresh and import as Excel saves them;
every page and asset is served. Each batch's own tests add what is new about it.
"""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

from demo.families.corpus import RULES, Family
from demo.families.truth import family_dir, read_truth, registry_csv
from hongdun.registry import read_registry_file


def check_shape(batch: dict[str, Family]) -> None:
    """Targets, clean share and decoys per family; every rule violated somewhere."""
    for name, family in batch.items():
        truth = read_truth(name)
        clean = [t for t, entry in truth.items() if not entry["rules"]]
        assert 10 <= len(family.targets) <= 13, name
        assert len(family.targets) / 3 <= len(clean) <= len(family.targets) / 2, (name, clean)
        _, _, violations, decoys = family.counts()
        assert violations > 0 and decoys >= violations, (name, violations, decoys)
    violated = {r for name in batch for entry in read_truth(name).values()
                for r in entry["rules"]}  # type: ignore[attr-defined]
    assert violated == set(RULES)


def check_registry_extracts(batch: dict[str, Family], tmp_path: Path) -> None:
    """Each registry.csv is what the family builds, imports when saved as GB18030 (as Excel on
    a Chinese desktop saves it), names every target and backs its 注销/吊销 labels."""
    for name, family in batch.items():
        text = registry_csv(family)
        assert (family_dir(name) / "registry.csv").read_text(encoding="utf-8") == text, \
            f"{name}: python -m demo.families.build"
        gbk = tmp_path / f"{name}.csv"
        gbk.write_bytes(text.encode("gb18030"))
        records = {r.uscc: r for r in read_registry_file(gbk)}
        truth = read_truth(name)
        for t in family.targets:
            assert records[t.uscc].name == t.registered_name
            gone = records[t.uscc].status_kind in ("cancelled", "revoked")
            labelled = "licence.deregistered" in truth[t.target_id]["rules"]
            assert gone == labelled, (name, t.target_id)


def check_served(batch: dict[str, Family], base_url: str) -> None:
    """Every page and asset of the batch answers 200 with a body."""
    for name, family in batch.items():
        paths = [p.path for p in family.pages] + list(family.assets)
        for path in paths:
            with urllib.request.urlopen(f"{base_url}/f/{name}{path}", timeout=10) as resp:
                assert resp.status == 200 and resp.read(), (name, path)


_LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)


def check_links_resolve(batch: dict[str, Family]) -> None:
    """Every root-absolute link or source in a family's pages names one of its own pages or
    assets where demo.server serves it (/f/<family>/…): a link without that prefix leaves
    the family and a crawler following it meets a 404, not the seller's licence page."""
    for name, family in batch.items():
        served = f"/f/{name}"
        known = {p.path for p in family.pages} | set(family.assets)
        for page in family.pages:
            body = page.body.decode("utf-8", "replace") if isinstance(page.body, bytes) \
                else page.body
            for link in _LINK.findall(body):
                path = link.split("#")[0].split("?")[0]
                if not path.startswith("/") or path.startswith("//"):
                    continue  # relative, external or a fragment route: resolved by the page
                assert path.startswith(served + "/") and path[len(served):] in known, \
                    (name, page.path, link)


def fetch(url: str) -> tuple[bytes, str]:
    """(body, Content-Type) of a page or asset the demo server serves."""
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read(), resp.headers["Content-Type"]
