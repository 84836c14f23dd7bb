"""Regenerates every held-out family's truth.yaml and targets.csv (for http://127.0.0.1:8765).

Run `python -m demo.families.build` after changing a family; tests fail while stale.
"""

from __future__ import annotations

import importlib
import sys

from demo.families import HELD_OUT, build
from demo.families.truth import family_dir, render_truth, targets_csv
from demo.site import DEMO_BASE_URL


def main() -> int:
    """Write both generated files of every held-out family."""
    for name in HELD_OUT:
        family = build(name)
        folder = family_dir(name)
        (folder / "truth.yaml").write_text(render_truth(family), encoding="utf-8")
        (folder / "targets.csv").write_text(targets_csv(family, DEMO_BASE_URL), encoding="utf-8")
        print(f"wrote {folder}/truth.yaml and targets.csv ({len(family.targets)} targets)")
        registry = getattr(importlib.import_module(f"demo.families.{name}"), "registry_csv", None)
        if registry is not None:  # a family with a registry extract (licence.deregistered)
            (folder / "registry.csv").write_text(registry(), encoding="utf-8")
            print(f"wrote {folder}/registry.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
