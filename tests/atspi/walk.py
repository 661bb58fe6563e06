#!/usr/bin/env python3
"""A screen reader's view of the desktop app, through AT-SPI (what Orca reads).

Finds the app's window by its name, the 15 families, each radio group named by its question,
the chart's text alternative and the scores table's cells; answers a level through AT-SPI (a
click action, as a screen reader user does) and reads the new score. Exit 1 on any miss.
"""
import sys
import time

import pyatspi

FILE = "maison-dupont-2025"


def walk(node, depth=0, out=None):
    out = [] if out is None else out
    try:
        out.append(node)
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None and depth < 60:
                walk(child, depth + 1, out)
    except Exception:
        pass
    return out


def named(nodes, role, test):
    return [n for n in nodes if n.getRole() == role and test(n.name or "")]


def find_app(timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            for j in range(app.childCount):
                win = app.getChildAtIndex(j)
                if win is not None and FILE in (win.name or ""):
                    return app, win
        time.sleep(0.5)
    return None, None


def wait_for(check, timeout=15.0):
    """Polls `check` until it gives something (the app redraws on its own time), or None."""
    end = time.time() + timeout
    while time.time() < end:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    return None


def score_text(nodes):
    for n in nodes:
        if n.getRole() == pyatspi.ROLE_LABEL and (n.name or "").endswith("/ 100"):
            return n.name
    return None


def main():
    failures = []
    app, win = find_app()
    if win is None:
        print("atspi: no window named after the file", FILE)
        return 1
    print(f"atspi: window {win.name!r}")
    nodes = walk(win)
    print(f"atspi: {len(nodes)} nodes")
    families = [n for n in nodes if n.getRole() in (pyatspi.ROLE_TOGGLE_BUTTON,
                                                    pyatspi.ROLE_PUSH_BUTTON)
                and (n.name or "").split(". ")[0].isdigit()]
    names = sorted({n.name.split(" ")[0] for n in families})
    if len(names) < 15:
        failures.append(f"15 families expected, found {len(names)}: {names}")
    groups = [n.name for n in nodes if n.getRole() == pyatspi.ROLE_RADIO_MENU_ITEM
              or (n.getRole() in (pyatspi.ROLE_PANEL, pyatspi.ROLE_GROUPING)
                  and n.name and ":" in n.name)]
    for want in ["E-commerce: Reached level", "E-commerce: target level",
                 "E-commerce, in store:", "E-commerce: how sure the answer is"]:
        if not any(g.startswith(want) for g in groups):
            failures.append(f"no radio group named {want!r} (groups: {groups[:8]})")
    images = [n for n in nodes if n.getRole() == pyatspi.ROLE_IMAGE]
    alt = " ".join((n.name or "") + " " + (n.description or "") for n in images)
    if "Maturity score" not in alt:
        failures.append(f"the chart has no text alternative: {alt!r}")
    cells = [n for n in nodes if n.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_COLUMN_HEADER,
                                                  pyatspi.ROLE_ROW_HEADER)]
    print(f"atspi: {len(cells)} table cells (the chart data, when shown)")
    before = score_text(nodes)
    print(f"atspi: score before {before!r}")
    # Answer: the second family, then its level 1, through the click actions.
    social = [n for n in families if n.name.startswith("2. ")]
    if not social:
        failures.append("no family 2 to open")
    else:
        social[0].queryAction().doAction(0)
        radios = wait_for(lambda: [n for n in walk(win) if n.getRole() == pyatspi.ROLE_RADIO_BUTTON
                                   and (n.name or "").startswith("1 · ")])
        if not radios:
            failures.append("no level-1 radio in family 2")
        else:
            radios[0].queryAction().doAction(0)
            after = wait_for(lambda: (score_text(walk(win)) or before) != before
                             and score_text(walk(win)))
            print(f"atspi: score after {after!r}")
            if after is None or after == before:
                failures.append(f"the score did not change ({before!r} -> {after!r})")
    # The table of scores: the Table tab, through its click action.
    tab = [n for n in walk(win) if (n.name or "") == "Table"]
    if tab:
        tab[0].queryAction().doAction(0)
        wait_for(lambda: any(n.getRole() == pyatspi.ROLE_TABLE for n in walk(win)))
        nodes = walk(win)
        tables = [n for n in nodes if n.getRole() == pyatspi.ROLE_TABLE]
        cells = [n for n in nodes if n.getRole() in (pyatspi.ROLE_TABLE_CELL,
                                                      pyatspi.ROLE_COLUMN_HEADER,
                                                      pyatspi.ROLE_ROW_HEADER)]
        print(f"atspi: {len(tables)} table(s), {len(cells)} cells")
        if not tables or len(cells) < 15 * 6:
            failures.append(f"the scores are not a table of cells ({len(cells)})")
    else:
        failures.append("no Table tab")
    for f in failures:
        print("atspi: FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
