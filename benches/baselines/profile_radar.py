"""What an analyst would write instead: the profile and radar of one assessment with matplotlib.

usage: python3 profile_radar.py RESULTS.json OUT.png   (RESULTS.json from `retail-maturity export --json`)
"""
import json
import math
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

results = json.load(open(sys.argv[1], encoding="utf-8"))
rows = [(t["name"], t["level"], t.get("target")) for f in results["families"] for t in f["tracks"]]

fig = plt.figure(figsize=(16, 10), dpi=100)
fig.suptitle(f'{results["retailer"]} — {results["date"]} — score {results["overall_score"]:.1f} — {results["stage"]["name"]}')
ax = fig.add_subplot(1, 2, 1)
y = list(range(len(rows)))[::-1]
ax.plot([r[1] for r in rows], y, "o-", label="reached")
ax.plot([r[2] if r[2] is not None else r[1] for r in rows], y, "D--", label="target")
ax.set_yticks(y)
ax.set_yticklabels([r[0] for r in rows], fontsize=8)
ax.set_xticks(range(6))
ax.set_xlim(-0.5, 5.5)
ax.grid(True)
ax.legend()

radar = fig.add_subplot(1, 2, 2, projection="polar")
names = [f["name"] for f in results["families"]]
scores = [f["score"] for f in results["families"]]
angles = [2 * math.pi * i / len(names) for i in range(len(names))]
radar.plot(angles + angles[:1], scores + scores[:1], "o-")
radar.fill(angles + angles[:1], scores + scores[:1], alpha=0.2)
radar.set_xticks(angles)
radar.set_xticklabels(names, fontsize=7)
radar.set_ylim(0, 100)
fig.savefig(sys.argv[2])
