"""Regenerates every held-out family's truth.yaml and targets.csv (for http://127.0.0.1:8765),
and registry.csv for a family with a registry extract.

Run `python -m demo.families.build` after changing a family; tests fail while stale.
"""

from __future__ import annotations

import sys

from demo.families import HELD_OUT, build
from demo.families.truth import family_dir, registry_csv, render_truth, targets_csv
from demo.site import DEMO_BASE_URL


def main() -> int:
    """Write the generated files of every held-out family."""
    for name in HELD_OUT:
        family = build(name)
        folder = family_dir(name)
        (folder / "truth.yaml").write_text(render_truth(family), encoding="utf-8")
        (folder / "targets.csv").write_text(targets_csv(family, DEMO_BASE_URL), encoding="utf-8")
        if family.registry:
            (folder / "registry.csv").write_text(registry_csv(family), encoding="utf-8")
        print(f"wrote {folder}/truth.yaml and targets.csv ({len(family.targets)} targets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
