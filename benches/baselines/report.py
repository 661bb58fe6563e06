"""What an analyst would script instead of `retail-maturity report`: the same pages of one
assessment as a PDF with matplotlib (PdfPages): cover, summary, profile, radar with its data,
family by family, action plan, appendix.

usage: python3 report.py RESULTS.json OUT.pdf   (RESULTS.json from `retail-maturity export --json`)
"""
import json
import math
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

A4 = (8.27, 11.69)
r = json.load(open(sys.argv[1], encoding="utf-8"))
families = r["families"]
rows = [(t["name"], t["level"], t.get("target"), t["in_store"]) for f in families for t in f["tracks"]]


def page(title):
    fig = plt.figure(figsize=A4)
    fig.text(0.08, 0.94, title, fontsize=18, weight="bold", color="#0b6aa2")
    fig.text(0.08, 0.975, f'{r["retailer"]} — {r["date"]}', fontsize=8, color="#666")
    return fig


def table(fig, cells, top, height, cols):
    ax = fig.add_axes([0.08, top - height, 0.84, height])
    ax.axis("off")
    t = ax.table(cellText=cells, colLabels=cols, loc="upper left", cellLoc="left")
    t.auto_set_font_size(False)
    t.set_fontsize(7)
    return ax


with PdfPages(sys.argv[2]) as pdf:
    fig = plt.figure(figsize=A4)
    fig.text(0.08, 0.8, "Évaluation de la maturité en commerce digital", fontsize=20, weight="bold")
    fig.text(0.08, 0.75, r["retailer"], fontsize=14)
    fig.text(0.08, 0.68, f'Date {r["date"]}\nÉvaluateur {r["assessor"]}', fontsize=9)
    fig.text(0.08, 0.6, f'{r["overall_score"]:.1f} / 100 — {r["stage"]["name"]}', fontsize=16)
    pdf.savefig(fig)
    plt.close(fig)

    fig = page("Synthèse")
    fig.text(0.08, 0.85, f'Score {r["overall_score"]:.1f} / 100, étape {r["stage"]["name"]}, '
             f'couverture en magasin {100 * r["in_store_coverage"]:.1f} %', fontsize=10)
    best = sorted((f for f in families if f["applicable"]), key=lambda f: -f["score"])[:3]
    fig.text(0.08, 0.8, "Familles les plus avancées : " + ", ".join(f["name"] for f in best), fontsize=9)
    for i, s in enumerate(r["roadmap"][:3]):
        fig.text(0.08, 0.76 - 0.03 * i, f'{i + 1}. {s["name"]} ({s["level"]} → {s["next"]}) : {s["next_practice"]}', fontsize=9)
    pdf.savefig(fig)
    plt.close(fig)

    fig = page("Profil sur l'axe de complexité")
    ax = fig.add_axes([0.3, 0.1, 0.62, 0.78])
    y = list(range(len(rows)))[::-1]
    ax.plot([x[1] if x[1] is not None else float("nan") for x in rows], y, "o-", label="Niveau atteint")
    ax.plot([x[2] if x[2] is not None else float("nan") for x in rows], y, "D--", label="Cible", fillstyle="none")
    ax.set_yticks(y)
    ax.set_yticklabels([x[0] for x in rows], fontsize=7)
    ax.set_xticks(range(6))
    ax.set_xlim(-0.5, 5.5)
    ax.grid(True)
    ax.legend(fontsize=7, loc="lower right")
    pdf.savefig(fig)
    plt.close(fig)

    fig = page("Scores par famille")
    radar = fig.add_axes([0.15, 0.42, 0.7, 0.45], projection="polar")
    names = [f["name"] for f in families]
    scores = [f["score"] if f["applicable"] else 0 for f in families]
    angles = [2 * math.pi * i / len(names) for i in range(len(names))]
    radar.plot(angles + angles[:1], scores + scores[:1], "o-")
    radar.fill(angles + angles[:1], scores + scores[:1], alpha=0.2)
    radar.set_xticks(angles)
    radar.set_xticklabels(names, fontsize=6)
    radar.set_ylim(0, 100)
    table(fig, [[f["name"], f'{f["score"]:.1f}' if f["applicable"] else "s.o."] for f in families], 0.36, 0.3, ["Famille", "Score"])
    pdf.savefig(fig)
    plt.close(fig)

    for start in (0, 8):
        fig = page("Famille par famille")
        lines = []
        for f in families[start:start + 8]:
            lines.append(f["name"])
            for t in f["tracks"]:
                lines.append(f'   Atteint {t["level"]}/{t["top"]} — {t["practice"] or ""}')
                lines.append(f'   En magasin — {t["in_store_practice"]} — {t["in_store"]}')
        fig.text(0.08, 0.9, "\n".join(lines), fontsize=7, va="top")
        pdf.savefig(fig)
        plt.close(fig)

    fig = page("Plan d'action")
    table(fig, [[str(i + 1), s["name"], f'{s["level"]} → {s["next"]}', s["next_practice"][:60], f'{s["gap"]:.1f}']
                for i, s in enumerate(r["roadmap"])], 0.9, 0.3, ["#", "Famille", "De → à", "Pratique", "Écart"])
    pdf.savefig(fig)
    plt.close(fig)

    fig = page("Annexe")
    fig.text(0.08, 0.9, "Lecture du tableau, calcul des scores, étapes.", fontsize=9, va="top")
    pdf.savefig(fig)
    plt.close(fig)
