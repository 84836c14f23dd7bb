"""Serves every family under its own prefix: /f/<family>/..., plus /f/<family>/targets.csv.

`FamilySites.respond(path, query, base_url)` is called by demo.server for paths
under /f/; families are built once per server instance, on first request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from urllib.parse import parse_qs

from demo.families import CLASSIC, HELD_OUT, build
from demo.families.corpus import Family
from demo.families.truth import targets_csv
from demo.site import Response, Site


def _not_found(text: str) -> Response:
    body = (f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>404"
            f"</title></head><body><h1>404</h1><p>{text}</p></body></html>")
    return Response(404, body.encode())


@dataclass
class FamilySites:
    """The held-out families, indexed by page path; `classic` answers its targets file."""

    classic: Site
    _built: dict[str, tuple[Family, dict[str, tuple[bytes, str]]]] = field(default_factory=dict)

    def family(self, name: str) -> tuple[Family, dict[str, tuple[bytes, str]]]:
        """A family and its path -> (body, content type) index, built on first use."""
        if name not in self._built:
            fam = build(name)
            index = {p.path: (p.body, p.content_type) for p in fam.pages}
            index.update(fam.assets)
            self._built[name] = (fam, index)
        return self._built[name]

    def asset(self, path: str) -> tuple[bytes, str] | None:
        """The (body, content type) served at a path under /f/, or None."""
        parts = path.split("/", 3)  # "", "f", name, rest
        if len(parts) < 4 or parts[2] not in HELD_OUT:
            return None
        return self.family(parts[2])[1].get("/" + parts[3])

    def respond(self, path: str, query: str, base_url: str) -> Response:
        """Route one request under /f/."""
        parts = path.split("/", 3)  # "", "f", name, rest
        name = parts[2] if len(parts) > 2 else ""
        rest = "/" + parts[3] if len(parts) > 3 else "/"
        legacy = parse_qs(query).get("header", [""])[0] == "legacy"
        if name == CLASSIC:
            if rest == "/targets.csv":
                return self.classic.respond("/targets.csv", "", base_url)
            return Response(301, b"", headers=(("Location", rest),))
        if name not in HELD_OUT:
            return _not_found(f"没有这个页面族 (no such family): {name}")
        fam, index = self.family(name)
        if rest == "/targets.csv":
            return Response(200, targets_csv(fam, base_url, legacy=legacy).encode(),
                            "text/csv; charset=utf-8")
        if rest == "/":
            links = "".join(f'<li><a href="/f/{name}{t.path}">{escape(t.shop_name)}</a></li>'
                            for t in fam.targets)
            body = (f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                    f"<title>{escape(fam.title)}</title></head><body><h1>{escape(fam.title)}</h1>"
                    f"<ul>{links}</ul></body></html>")
            return Response(200, body.encode())
        hit = index.get(rest)
        if hit is None:
            return _not_found("页面不存在 (no such page)")
        return Response(200, hit[0], hit[1])
