"""What an analyst would write instead of `retail-maturity portfolio`: load every assessment
under a folder with the json module, check it against the framework, score it, rank it.

usage: python3 portfolio.py FRAMEWORK.json DIR
"""
import json
import os
import sys

framework = json.load(open(sys.argv[1], encoding="utf-8"))
tops = {t["id"]: max(l["position"] for l in t["levels"]) for f in framework["families"] for t in f["tracks"]}
families = [(f["id"], f.get("weight", 1.0), [t["id"] for t in f["tracks"]]) for f in framework["families"]]

ranked, failed = [], 0
for root, _, files in os.walk(sys.argv[2]):
    for name in files:
        if not name.endswith(".json"):
            continue
        path = os.path.join(root, name)
        try:
            a = json.load(open(path, encoding="utf-8"))
            assert a["format"] == "retail-maturity-assessment" and a["version"] in (1, 2)
            levels = {}
            for t in a.get("tracks", []):
                top = tops[t["track"]]
                level = t.get("level") or 0
                assert 0 <= level <= top and t["track"] not in levels
                levels[t["track"]] = level
            na = set(a.get("not_applicable", []))
            total = weights = 0.0
            for fid, weight, tracks in families:
                if fid in na:
                    continue
                total += weight * max(levels.get(t, 0) / tops[t] * 100 for t in tracks)
                weights += weight
            ranked.append((total / weights if weights else 0.0, a.get("retailer", ""), path))
        except Exception:  # noqa: BLE001 - count and go on, as the real command does
            failed += 1
ranked.sort(reverse=True)
print(f"{len(ranked)} ranked, {failed} failed; best {ranked[0][1] if ranked else '-'}")
