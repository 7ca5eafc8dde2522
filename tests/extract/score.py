#!/usr/bin/env python3
"""Score the text engine (pilkada extract) against the labelled corpus.

usage: score.py <pilkada-cli> <corpus-dir> [--floors FILE] [--verbose] [--errors FIELD]
                [--min-files N] [--calibration] [--threshold T] [--by-class]

--min-files N (default 100) is the fewest paragraphs a directory must hold
to be scored (tests/extract/fresh/ has 50: --min-files 50).

--by-class prints, after the standard lines, per class of the labelled
incidents of the positives (by the labelled actor, asn/pns/pppk as one, and
by the labelled act's family): how many there are, how many got a draft
(paired), and how many have the actor, the act family, the region and the
occurrence date right (over those labelled with one), so that weak classes
show beside the totals.

--calibration prints, after the standard lines (which it leaves as they
are), a calibration report per field (actor, act, occurred, region,
district, village): every answer the engine gave (a filled field of a
draft, of a positive paragraph or a negative one: a draft of a paragraph
that tells no incident is a wrong answer in every field it fills), binned
by its confidence (< 0.5, 0.5-0.65, 0.65-0.8, >= 0.8) with the count and
the share right in each bin; then, keeping only the answers at or above
--threshold T (default 0.7), precision (share right of those kept),
recall (right ones kept over the labelled values of the positives) and
coverage (kept over all answers), beside the share right of the answers
below T. The act's confidence is the draft's (as in the P/R lines).

--errors FIELD prints, for one field (actor, act, occurred, region, district,
village), every error of the positives: "miss" (labelled, not given),
"wrong" (given, differs) and "silent" (given where the label is null), with
the draft's evidence (how, confidence) and the labelled text; and the
per-kind totals (the confusion list the error analysis starts from).

Feeds every paragraph of tests/extract/corpus/*.json (with its published
date as the reference date and its cycle, when it has them) through `pilkada extract
--batch - --json`, aligns the draft incidents with the labelled incidents of
the same paragraph (align(): the pairing with the highest total match,
equal totals settled by district, village and date), and prints per-field precision and recall for actor,
act, occurrence date, region and village, for the positive paragraphs (those
describing an incident) and the negative ones (no incident) separately.

Counting, per field, over aligned pairs and the unaligned leftovers:
  - a filled draft field equal to the label: true positive;
  - a filled draft field where the label differs or is null: false positive
    (and "silent" when the label is null: the text says nothing, the engine
    answered anyway; "confident" when its evidence confidence is >= 0.5);
  - a non-null label the draft does not give (or gives wrongly): false negative.
Equivalences the corpus README allows: actor "asn" matches "pns"/"pppk" and
the other way round; and "organizer" matches the engine's label "supervisor"
(Panwascam, PKD, pengawas TPS), whose pk_incident actor is organizer
(data/extract/README.md). Acts are also scored by family (README "Known
doubts"), printed beside the strict figure. Districts and villages are
scored by code ("district", "village": the draft's district_code and
village_code against the label) and by name alone ("*_named": the draft
names one where the label has one, whatever its code).

Fails (exit 1) when the CLI fails, when an output line is not valid JSON, or
when a figure is below its floor (tests/extract/floors.txt: "name value" lines).
"""
import glob
import json
import os
import subprocess
import sys

ACTOR_EQ = {"asn": {"asn", "pns", "pppk"}, "pns": {"pns", "asn"}, "pppk": {"pppk", "asn"},
            "organizer": {"organizer", "supervisor"}}
ACT_FAMILY = {
    "partisan_activity": "partisan", "decision_favouring": "partisan", "mobilise_civil_servants": "partisan",
    "use_state_facilities": "partisan", "use_programmes": "partisan", "organise_event": "partisan",
    "fund_event": "partisan", "other_neutrality": "partisan",
    "declare_support": "support", "video_support": "support", "support_at_campaign": "support",
    "ktp_support": "support",
    "socmed_campaign": "socmed", "socmed_post": "socmed", "socmed_share": "socmed", "socmed_comment": "socmed",
    "socmed_like": "socmed", "photo_with_candidate": "socmed", "socmed_join_group": "socmed",
    "attend_campaign": "attend", "attend_with_attributes": "attend", "campaign_without_leave": "attend",
    "give_money": "money", "receive_money": "money",
    "hand_out_campaign_goods": "goods", "install_banner": "goods",
    "hoax": "speech", "sara": "speech",
}


def actor_ok(gold, label):
    return label == gold or label in ACTOR_EQ.get(gold, ())


def fam(a):
    return ACT_FAMILY.get(a, a)


class Field:
    def __init__(self):
        self.tp = self.fp = self.fn = self.silent = self.silent_conf = self.wrong_conf = 0
        self.answers = []  # (confidence, right) of every filled answer, for --calibration

    def add(self, gold, pred, conf, same):
        if pred is not None:
            self.answers.append((conf, gold is not None and same))
            if gold is not None and same:
                self.tp += 1
            else:
                self.fp += 1
                if gold is None:
                    self.silent += 1
                    if conf >= 0.5:
                        self.silent_conf += 1
                elif conf >= 0.5:
                    self.wrong_conf += 1
        if gold is not None and not (pred is not None and same):
            self.fn += 1

    def p(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def r(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


FIELDS = ["actor", "act", "act_family", "occurred", "region", "district", "village", "district_named",
          "village_named"]


def conf_of(d, field):
    ev = d.get("evidence", {}).get(field)
    return ev["confidence"] if ev else 0.0


def pair_score(g, d):
    s = 0.0
    if d["act_label"] == g["act"]:
        s += 2
    elif fam(d["act_label"]) == fam(g["act"]):
        s += 1
    return s + pair_score_blind(g, d)


def pair_score_blind(g, d):
    """The part of pair_score() that does not look at the act: actor,
    region and negation (tools/extract_model_eval.py --blind-pairing pairs
    with it alone)."""
    s = 0.0
    if g["actor"] and d["actor_label"] and actor_ok(g["actor"], d["actor_label"]):
        s += 1
    if g["region"] and d["region"] == g["region"]:
        s += 0.5
    if bool(g.get("negated")) == bool(d["negated"]):
        s += 0.25
    return s


def place_tie(g, d):
    """Tie-break of equally scored pairs: how many of the fields pair_score()
    does not weigh agree between the label and the draft (district code,
    village code, occurrence date; 0 to 3). pair_score() ranks by act,
    actor and region; when several labelled incidents have the same act,
    actor and region (one per place, fresh3 050; one per day), the scores
    tie, and the greedy pairing used until round 8 settled ties by the
    larger indexes whatever the place, so a draft naming the right
    district could be scored against another incident and counted wrong."""
    t = 0
    for gk, dk in (("district", "district_code"), ("village", "village_code"), ("occurred", "occurred")):
        if g.get(gk) and d.get(dk) == g.get(gk):
            t += 1
    return t


def assign(w):
    """Maximum-weight assignment of rows to columns (Hungarian method,
    O(n^3), on the square matrix padded with zeros): the pairs (i, j) of
    real rows and columns it uses."""
    n = max(len(w), len(w[0]) if w else 0)
    big = max((v for row in w for v in row), default=0)
    cost = [[big - (w[i][j] if i < len(w) and j < len(w[i]) else 0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sorted((p[j] - 1, j - 1) for j in range(1, n + 1)
                  if p[j] and p[j] - 1 < len(w) and j - 1 < len(w[0]))


def align(gold, drafts):
    """Pairs (gold index, draft index) of one paragraph: the assignment
    with the highest total pair_score(), and among those the highest total
    place_tie(); every labelled incident gets a draft while drafts are left.
    (Until round 8 a greedy pass took the best pair first and settled
    equal scores by the larger indexes, whatever the place: fresh 038 paired
    the draft naming Lingsar with the incident of Gerung.) Scores are
    multiples of 0.25, so 4 * pair_score is whole; place_tie() is at most 3
    per pair, so weighing the score by 4 * (3 * pairs + 1) keeps it first;
    the + 1 makes any pair better than none."""
    if not gold or not drafts:
        return []
    k = 4 * (3 * min(len(gold), len(drafts)) + 1)
    w = [[int(round(4 * pair_score(g, x))) * k + place_tie(g, x) + 1 for x in drafts] for g in gold]
    return assign(w)


def score_pair(st, g, d):
    """g or d may be None (unaligned)."""
    gv = lambda k: g.get(k) if g else None
    if d is None:
        for f, k in (("actor", "actor"), ("act", "act"), ("act_family", "act"), ("occurred", "occurred"),
                     ("region", "region"), ("district", "district"), ("village", "village"),
                     ("district_named", "district"), ("village_named", "village")):
            st[f].add(gv(k), None, 0, False)
        return
    st["actor"].add(gv("actor"), d["actor_label"], conf_of(d, "actor"),
                    bool(g and g["actor"] and d["actor_label"] and actor_ok(g["actor"], d["actor_label"])))
    st["act"].add(gv("act"), d["act_label"], d["confidence"], bool(g and d["act_label"] == g["act"]))
    st["act_family"].add(gv("act"), d["act_label"], d["confidence"],
                         bool(g and fam(d["act_label"]) == fam(g["act"])))
    st["occurred"].add(gv("occurred"), d["occurred"], conf_of(d, "occurred"),
                       bool(g and d["occurred"] == g["occurred"]))
    st["region"].add(gv("region"), d["region"], conf_of(d, "region"), bool(g and d["region"] == g["region"]))
    st["district"].add(gv("district"), d.get("district_code"), conf_of(d, "district"),
                       bool(g and d.get("district_code") == g.get("district")))
    st["village"].add(gv("village"), d.get("village_code"), conf_of(d, "village"),
                      bool(g and d.get("village_code") == g.get("village")))
    st["district_named"].add(gv("district"), d["district"], conf_of(d, "district"), True)
    st["village_named"].add(gv("village"), d["village"], conf_of(d, "village"), True)


CAL_FIELDS = ["actor", "act", "occurred", "region", "district", "village"]
CAL_BINS = [(0.0, 0.5, "<0.5"), (0.5, 0.65, "0.5-0.65"), (0.65, 0.8, "0.65-0.8"), (0.8, 9.0, ">=0.8")]


def calibration(pos, neg, threshold):
    """Lines of the --calibration report: pos and neg are {field: Field} of
    the positive paragraphs and of the drafts of the negative ones."""
    out = ["calibration (answers of positives and negatives binned by confidence: n, share right; "
           "kept at >= %.2f: precision recall coverage | share right below):" % threshold]
    for f in CAL_FIELDS:
        ans = pos[f].answers + neg[f].answers
        cells = []
        for lo, hi, name in CAL_BINS:
            b = [r for c, r in ans if lo - 1e-9 <= c < hi - 1e-9]
            cells.append("%s %3d %5.1f%%" % (name, len(b), 100.0 * sum(b) / len(b) if b else 0.0))
        kept = [r for c, r in ans if c >= threshold - 1e-9]
        below = [r for c, r in ans if c < threshold - 1e-9]
        gold = pos[f].tp + pos[f].fn
        out.append("  %-9s %s | >=%.2f P %5.1f%% R %5.1f%% cov %5.1f%% (n %3d) | below %5.1f%% (n %3d)"
                   % (f, "  ".join(cells), threshold, 100.0 * sum(kept) / len(kept) if kept else 100.0,
                      100.0 * sum(kept) / gold if gold else 100.0, 100.0 * len(kept) / len(ans) if ans else 0.0,
                      len(kept), 100.0 * sum(below) / len(below) if below else 0.0, len(below)))
    return out


ERR_KEYS = {"actor": ("actor", "actor_label"), "act": ("act", "act_label"), "occurred": ("occurred", "occurred"),
            "region": ("region", "region"), "district": ("district", "district_code"),
            "village": ("village", "village_code")}
ERR_COUNTS = {}


def print_errors(doc, aligned, field):
    gk, dk = ERR_KEYS[field]
    for g, x in aligned:
        gv = g.get(gk) if g else None
        xv = (x.get(dk) or None) if x else None
        if field == "actor":
            same = gv is not None and xv is not None and actor_ok(gv, xv)
        else:
            same = gv == xv
        if same or (gv is None and xv is None):
            continue
        kind = "miss" if xv is None else "silent" if gv is None else "wrong"
        ERR_COUNTS[kind] = ERR_COUNTS.get(kind, 0) + 1
        ev = (x or {}).get("evidence", {}).get(field if field != "act" else "act") or {}
        txt = g.get(gk + "_text") if g else None
        print("%-6s %-45s gold %-14s got %-14s %s %.2f | %s" % (kind, doc["id"][:45], gv, xv, ev.get("how", "-"),
                                                              ev.get("confidence", 0), txt))


def by_class(rows):
    """Lines of the --by-class report; rows are (gold, draft or None) pairs
    of the positives' labelled incidents."""
    out = []
    for title, key in (("labelled actor", lambda g: "asn" if g["actor"] in ("asn", "pns", "pppk")
                        else g["actor"] or "(none)"),
                       ("labelled act family", lambda g: fam(g["act"]) if g["act"] else "(none)")):
        out.append("by %s (incidents, paired; right of the labelled: actor act-family region occurred):" % title)
        groups = {}
        for g, x in rows:
            groups.setdefault(key(g), []).append((g, x))
        for name in sorted(groups, key=lambda n: (-len(groups[n]), n)):
            rs = groups[name]
            cells = []
            for f, ok in (("actor", lambda g, x: actor_ok(g["actor"], x["actor_label"]) if x["actor_label"] else False),
                          ("act", lambda g, x: fam(x["act_label"]) == fam(g["act"])),
                          ("region", lambda g, x: x["region"] == g["region"]),
                          ("occurred", lambda g, x: x["occurred"] == g["occurred"])):
                lab = [(g, x) for g, x in rs if g.get(f)]
                right = sum(1 for g, x in lab if x and ok(g, x))
                cells.append("%s %2d/%-2d" % (f, right, len(lab)))
            out.append("  %-22s %3d  paired %3d | %s" % (name[:22], len(rs), sum(1 for _, x in rs if x),
                                                          "  ".join(cells)))
    return out


def extract_all(cli, docs):
    """{id: output} of one `pilkada extract --batch - --json` run over the
    labelled paragraphs docs (each with its published date as the reference
    date and its cycle, when it has them); None, after a message, when the
    CLI fails. tools/extract_model_eval.py reads the drafts the same way."""
    lines = []
    for d in docs:
        rec = {"id": d["id"], "text": d["text"]}
        if d.get("published"):
            rec["date"] = d["published"]
        if d.get("cycle"):
            rec["cycle"] = d["cycle"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    proc = subprocess.run([cli, "extract", "--batch", "-", "--json"], input="\n".join(lines).encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        print("pilkada extract failed (%d): %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")))
        return None
    out = {}
    for ln in proc.stdout.decode("utf-8").splitlines():
        o = json.loads(ln)
        out[o["id"]] = o
    return out


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        return 2
    cli, corpus = args[0], args[1]
    floors_path = None
    verbose = "--verbose" in args
    errors_field = args[args.index("--errors") + 1] if "--errors" in args else None
    if "--floors" in args:
        floors_path = args[args.index("--floors") + 1]
    files = sorted(glob.glob(os.path.join(corpus, "*.json")))
    docs = [json.load(open(f, encoding="utf-8")) for f in files]
    min_files = int(args[args.index("--min-files") + 1]) if "--min-files" in args else 100
    if len(docs) < min_files:
        print("corpus too small: %d files (--min-files %d)" % (len(docs), min_files))
        return 1
    out = extract_all(cli, docs)
    if out is None:
        return 1
    if set(out) != {d["id"] for d in docs}:
        print("missing outputs for: %s" % sorted({d["id"] for d in docs} - set(out)))
        return 1
    groups = {"positives": {f: Field() for f in FIELDS}, "positives_plain": {f: Field() for f in FIELDS},
              "positives_tricky": {f: Field() for f in FIELDS}}
    neg_fields = {f: Field() for f in FIELDS}  # the drafts of the negatives, for --calibration
    neg_paras = neg_alarm = neg_drafts = neg_conf_drafts = 0
    negated_gold = negated_ok = negated_conf_wrong = 0
    class_rows = []  # (gold, draft or None) of the positives, for --by-class
    for d in docs:
        drafts = out[d["id"]]["drafts"]
        gold = d["incidents"]
        if not gold:
            neg_paras += 1
            neg_drafts += len(drafts)
            conf = [x for x in drafts if x["confidence"] >= 0.5 and not x["negated"]]
            neg_conf_drafts += len(conf)
            for x in drafts:
                score_pair(neg_fields, None, x)
            if conf:
                neg_alarm += 1
                if verbose:
                    print("NEG %s: %s" % (d["id"], [(x["actor_label"], x["act_label"]) for x in conf]))
            continue
        used_g, used_d, aligned = set(), set(), []
        for gi, di in align(gold, drafts):
            used_g.add(gi)
            used_d.add(di)
            aligned.append((gold[gi], drafts[di]))
        aligned += [(gold[gi], None) for gi in range(len(gold)) if gi not in used_g]
        # drafts beyond the labelled incidents are extra claims: their fields count as false positives
        aligned += [(None, drafts[di]) for di in range(len(drafts)) if di not in used_d]
        class_rows += [(g, x) for g, x in aligned if g]
        for key in ("positives", "positives_tricky" if d.get("tricky") else "positives_plain"):
            for g, x in aligned:
                score_pair(groups[key], g, x)
        for g, x in aligned:
            if g and g.get("negated"):
                negated_gold += 1
                if x and x["negated"]:
                    negated_ok += 1
                elif x and x["act_label"] == g["act"] and x["confidence"] >= 0.5:
                    negated_conf_wrong += 1
        if errors_field:
            print_errors(d, aligned, errors_field)
        if verbose:
            for g, x in aligned:
                gs = g and (g["actor"], g["act"], g["occurred"], g["region"])
                xs = x and (x["actor_label"], x["act_label"], x["occurred"], x["region"], x["negated"])
                if not g or not x or gs[:4] != xs[:4]:
                    print("%s\n   gold %s\n   got  %s" % (d["id"], gs, xs))
    if errors_field:
        print("errors of %s: %s" % (errors_field, ERR_COUNTS))
    figures = {}
    for key in ("positives", "positives_plain", "positives_tricky"):
        print("%s (per field: precision recall tp fp fn | silent answers, confident ones | confident wrong):" % key)
        for f in FIELDS:
            st = groups[key][f]
            print("  %-15s P %5.1f%%  R %5.1f%%  tp %3d fp %3d fn %3d | silent %3d conf %3d | wrong-conf %3d"
                  % (f, 100 * st.p(), 100 * st.r(), st.tp, st.fp, st.fn, st.silent, st.silent_conf, st.wrong_conf))
            figures["%s.%s.precision" % (key, f)] = 100 * st.p()
            figures["%s.%s.recall" % (key, f)] = 100 * st.r()
    print("negatives: %d paragraphs with no incident; %d drafts (%d confident, not negated) in %d paragraphs"
          % (neg_paras, neg_drafts, neg_conf_drafts, neg_alarm))
    figures["negatives.clean"] = 100.0 * (neg_paras - neg_alarm) / neg_paras if neg_paras else 100.0
    print("  paragraphs without a confident draft: %.1f%%" % figures["negatives.clean"])
    print("negated incidents: %d labelled, %d drafted as negated, %d drafted as a confident positive"
          % (negated_gold, negated_ok, negated_conf_wrong))
    figures["negated.recall"] = 100.0 * negated_ok / negated_gold if negated_gold else 100.0
    if "--by-class" in args:
        print("\n".join(by_class(class_rows)))
    if "--calibration" in args:
        threshold = float(args[args.index("--threshold") + 1]) if "--threshold" in args else 0.7
        print("\n".join(calibration(groups["positives"], neg_fields, threshold)))
    rc = 0
    if floors_path:
        for ln in open(floors_path, encoding="utf-8"):
            ln = ln.split("#")[0].strip()
            if not ln:
                continue
            name, val = ln.split()
            if name not in figures:
                print("unknown floor %s" % name)
                rc = 1
            elif figures[name] + 1e-9 < float(val):
                print("BELOW FLOOR: %s = %.1f < %s" % (name, figures[name], val))
                rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main())
