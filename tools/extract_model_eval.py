#!/usr/bin/env python3
"""Does a small learned model choose the act family and the actor class of
the text engine's drafts better than its hand-written rules? (issue 9,
round 11; the write-up is tests/extract/MODEL.md)

usage: extract_model_eval.py <pilkada-cli> [--sets a,b,...] [--held a,b,...] [--threshold T]
                             [--no-engine-features] [--blind-pairing] [--train-fraction F]
                             [--errors SET]

Standard library only. Every labelled set under tests/extract/ (--sets,
default all ten) goes once through `pilkada extract --batch - --json`
(score.extract_all, as score.py feeds it); the drafts of each positive
paragraph are paired with its labelled incidents by score.align() (the
pairing score.py scores). Each paired draft is one example:

  features  the words of the draft's evidence sentences (the sentences its
            span, its act evidence and its actor evidence touch), lower-cased
            and affix-stripped (stem()), as unigrams and bigrams; the words
            of the actor evidence ("actor word"); the words within four of
            the actor evidence, marked by side (left or right); the words of
            the act evidence (the engine's cue); and, unless
            --no-engine-features, the engine's own act family and actor
            label (so the model can learn where the rules are right);
  targets   the labelled act's family (score.fam()), and separately the
            labelled actor's class (asn, pns and pppk as asn; supervisor as
            organizer; skipped when the label has no actor).

score.align() prefers the draft whose act (family) matches the label, so
on paired drafts the engine's family is right more often than on a
pairing blind to it; --blind-pairing pairs with score.pair_score_blind()
(actor, region, negation, then place_tie) instead, as a check of that bias.

--train-fraction F (default 1) trains on the first share F of each
training set's examples (in file order): a learning curve, to see whether
more labels would help.

Models: multinomial naive Bayes (add-0.1 smoothing) and an averaged
perceptron (10 passes in a fixed order, no randomness).

Leave-one-set-out: for each set of --held (default fresh4..fresh7) the
models are trained on the examples of every other set and tested on it.
Printed per set, for the act family and for the actor class:
  engine    share of the paired drafts the engine has right;
  nb, ap    share the model has right;
  hyb       the model's answer where the engine's confidence is below T
            (default 0.65), the engine's elsewhere (nb and ap);
  veto      of the engine's confident answers (confidence >= 0.5, as
            score.py's "wrong-conf"): how many are wrong, how many of
            those the model (ap) disagrees with (the confident wrong answers
            a veto would cut), and how many right ones it would cut too;
            and P(engine wrong | model disagrees).
With more than one held set, a pooled row sums the counts of the sets, and
a line gives the share right of the engine's confident answers before and
after the veto.
"""
import glob
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "extract"))
import score  # noqa: E402  (align, fam, actor_ok, extract_all: the scorer's own pairing)

ALL_SETS = ["corpus", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "dates_dev", "org_dev"]
HELD = ["fresh4", "fresh5", "fresh6", "fresh7"]
MIN_FILES = 10

PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "ber", "be", "per",
            "di", "ter", "ke", "se")
SUFFIXES = ("nya", "lah", "kah", "kan", "an", "i")


def stem(w):
    """A simple Indonesian affix strip: one particle or possessive (-nya,
    -lah, -kah), one suffix (-kan, -an, -i) and one prefix, each only while
    at least four letters stay (mengunggah, diunggah, unggahan -> unggah)."""
    for s in SUFFIXES[:3]:
        if w.endswith(s) and len(w) - len(s) >= 4:
            w = w[:-len(s)]
            break
    for s in SUFFIXES[3:]:
        if w.endswith(s) and len(w) - len(s) >= 4:
            w = w[:-len(s)]
            break
    for p in PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p):]
            break
    return w


WORD = re.compile(r"[^\W_]+", re.UNICODE)
SENT_END = re.compile(rb"[.!?\n]")


def words(b):
    """Stems of the words of the UTF-8 bytes b."""
    return [stem(w) for w in WORD.findall(b.decode("utf-8", "replace").lower()) if not w.isdigit()]


def sentence_bounds(text):
    """(start, end) byte spans of the sentences of text (bytes): cut after
    '.', '!', '?' or a line break."""
    out, start = [], 0
    for m in SENT_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def features(text, d, engine_features=True):
    """The feature list of draft d of the paragraph text (bytes)."""
    spans = [tuple(d["span"])] if d.get("span") else []
    ev = d.get("evidence", {})
    for k in ("act", "actor"):
        if ev.get(k) and ev[k].get("span"):
            spans.append(tuple(ev[k]["span"]))
    sents = [(a, b) for a, b in sentence_bounds(text) if any(s < b and e > a for s, e in spans)]
    f = []
    for a, b in sents:
        ws = words(text[a:b])
        f += ["w:" + w for w in ws]
        f += ["b:%s_%s" % (x, y) for x, y in zip(ws, ws[1:])]
    if ev.get("actor") and ev["actor"].get("span"):
        s, e = ev["actor"]["span"]
        f += ["a:" + w for w in words(text[s:e])]
        f += ["L:" + w for w in words(text[max(0, s - 60):s])[-4:]]
        f += ["R:" + w for w in words(text[e:e + 60])[:4]]
    else:
        f.append("a:(none)")
    if ev.get("act") and ev["act"].get("span"):
        s, e = ev["act"]["span"]
        f += ["c:" + w for w in words(text[s:e])]
    if engine_features:
        f.append("E:" + score.fam(d["act_label"] or "(none)"))
        f.append("A:" + actor_class(d.get("actor_label")))
    return f


def actor_class(a):
    if a in ("asn", "pns", "pppk"):
        return "asn"
    if a == "supervisor":
        return "organizer"
    return a or "(none)"


class NaiveBayes:
    def __init__(self, alpha=0.1):
        self.alpha = alpha

    def fit(self, xs, ys):
        self.classes = sorted(set(ys))
        self.prior, self.count, self.total, vocab = {}, {}, {}, set()
        for c in self.classes:
            self.prior[c] = math.log(sum(1 for y in ys if y == c) / len(ys))
            self.count[c], self.total[c] = {}, 0
        for x, y in zip(xs, ys):
            for t in x:
                self.count[y][t] = self.count[y].get(t, 0) + 1
                self.total[y] += 1
                vocab.add(t)
        self.v = len(vocab)
        self.vocab = vocab
        return self

    def scores(self, x):
        out = {}
        for c in self.classes:
            den = math.log(self.total[c] + self.alpha * self.v)
            out[c] = self.prior[c] + sum(math.log(self.count[c].get(t, 0) + self.alpha) - den
                                         for t in x if t in self.vocab)
        return out

    def predict(self, x):
        s = self.scores(x)
        return max(self.classes, key=lambda c: (s[c], c))


class AveragedPerceptron:
    def __init__(self, passes=10):
        self.passes = passes

    def fit(self, xs, ys):
        self.classes = sorted(set(ys))
        w, tot, stamp, step = {}, {}, {}, 0
        for _ in range(self.passes):
            for x, y in zip(xs, ys):  # fixed order: no shuffling, no randomness
                step += 1
                p = self._best(w, x)
                if p != y:
                    for c, sign in ((y, 1), (p, -1)):
                        for t in set(x):
                            k = (t, c)
                            tot[k] = tot.get(k, 0) + (step - stamp.get(k, 0)) * w.get(k, 0)
                            stamp[k] = step
                            w[k] = w.get(k, 0) + sign
        self.w = {k: (tot.get(k, 0) + (step - stamp.get(k, 0)) * v) / step for k, v in w.items()}
        return self

    def _best(self, w, x):
        s = {c: 0.0 for c in self.classes}
        for t in set(x):
            for c in self.classes:
                s[c] += w.get((t, c), 0)
        return max(self.classes, key=lambda c: (s[c], c))

    def predict(self, x):
        return self._best(self.w, x)


def load_set(cli, name, engine_features):
    """Examples of one labelled set: a list of dicts with the features, the
    labelled act family and actor class, and the engine's answers."""
    files = sorted(glob.glob(os.path.join(HERE, "..", "tests", "extract", name, "*.json")))
    docs = [json.load(open(f, encoding="utf-8")) for f in files]
    if len(docs) < MIN_FILES:
        sys.exit("set %s: %d files" % (name, len(docs)))
    out = score.extract_all(cli, docs)
    if out is None:
        sys.exit(1)
    ex = []
    for doc in docs:
        gold, drafts = doc["incidents"], out[doc["id"]]["drafts"]
        text = doc["text"].encode("utf-8")
        for gi, di in score.align(gold, drafts):
            g, d = gold[gi], drafts[di]
            ev = d.get("evidence", {})
            ex.append({
                "id": doc["id"], "x": features(text, d, engine_features),
                "fam": score.fam(g["act"]), "actor": actor_class(g["actor"]) if g["actor"] else None,
                "e_fam": score.fam(d["act_label"]) if d["act_label"] else None, "e_conf": d["confidence"],
                "e_actor": d.get("actor_label"),
                "e_actor_conf": ev["actor"]["confidence"] if ev.get("actor") else 0.0,
                "act_text": g.get("act_text"), "g_actor": g["actor"]})
    return ex


def actor_right(gold, pred):
    return bool(pred) and pred != "(none)" and score.actor_ok(gold, pred)


def evaluate(train, test, task, threshold):
    """Figures of one left-out set for task 'fam' or 'actor'."""
    tr = [e for e in train if e[task]]
    te = [e for e in test if e[task]]
    if task == "fam":
        right = lambda e, p: p == e["fam"]  # noqa: E731
        eng, conf = (lambda e: e["e_fam"]), (lambda e: e["e_conf"])
    else:
        right = lambda e, p: actor_right(e["g_actor"], p)  # noqa: E731
        eng, conf = (lambda e: e["e_actor"]), (lambda e: e["e_actor_conf"])
    r = {"n": len(te), "engine": sum(right(e, eng(e)) for e in te)}
    preds = {}
    for name, m in (("nb", NaiveBayes()), ("ap", AveragedPerceptron())):
        m.fit([e["x"] for e in tr], [e[task] for e in tr])
        preds[name] = [m.predict(e["x"]) for e in te]
        r[name] = sum(right(e, p) for e, p in zip(te, preds[name]))
        r["hyb_" + name] = sum(right(e, p if conf(e) < threshold else eng(e)) for e, p in zip(te, preds[name]))
    for name in ("nb", "ap"):
        confident = [(e, p) for e, p in zip(te, preds[name]) if eng(e) and conf(e) >= 0.5]
        wrong = [(e, p) for e, p in confident if not right(e, eng(e))]
        r["conf_" + name] = len(confident)
        r["conf_wrong_" + name] = len(wrong)
        r["cut_wrong_" + name] = sum(1 for e, p in wrong if not same(task, eng(e), p))
        r["cut_right_" + name] = sum(1 for e, p in confident if right(e, eng(e)) and not same(task, eng(e), p))
        dis = [(e, p) for e, p in zip(te, preds[name]) if eng(e) and not same(task, eng(e), p)]
        r["dis_" + name] = len(dis)
        r["dis_wrong_" + name] = sum(1 for e, p in dis if not right(e, eng(e)))
    r["preds"] = preds
    r["te"] = te
    return r


def same(task, engine, model):
    if task == "fam":
        return engine == model
    return actor_class(engine) == model


def pct(a, n):
    return 100.0 * a / n if n else 0.0


def print_row(name, r):
    n = r["n"]
    print("  %-8s %4d  %5.1f%% %5.1f%% %5.1f%% %6.1f%% %6.1f%% | wrong %2d/%-3d cut %2d right-cut %2d | %2d/%-2d %5.1f%%"
          % (name, n, pct(r["engine"], n), pct(r["nb"], n), pct(r["ap"], n), pct(r["hyb_nb"], n),
             pct(r["hyb_ap"], n), r["conf_wrong_ap"], r["conf_ap"], r["cut_wrong_ap"], r["cut_right_ap"],
             r["dis_wrong_ap"], r["dis_ap"], pct(r["dis_wrong_ap"], r["dis_ap"])))


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__)
        return 2
    cli = args[0]
    sets = args[args.index("--sets") + 1].split(",") if "--sets" in args else ALL_SETS
    held = args[args.index("--held") + 1].split(",") if "--held" in args else HELD
    threshold = float(args[args.index("--threshold") + 1]) if "--threshold" in args else 0.65
    errors = args[args.index("--errors") + 1] if "--errors" in args else None
    engine_features = "--no-engine-features" not in args
    fraction = float(args[args.index("--train-fraction") + 1]) if "--train-fraction" in args else 1.0
    if "--blind-pairing" in args:
        score.pair_score = score.pair_score_blind  # align() looks it up at call time
    data = {s: load_set(cli, s, engine_features) for s in sets}
    print("examples (paired drafts) per set: " + ", ".join("%s %d" % (s, len(data[s])) for s in sets))
    print("features: %s engine labels; pairing: %s; hybrid threshold %.2f; veto model: ap"
          % ("with" if engine_features else "without", "blind to the act" if "--blind-pairing" in args
             else "score.align()", threshold))
    for task, title in (("fam", "act family"), ("actor", "actor class")):
        print("\n%s (share right of the paired drafts; hyb = model where engine conf < %.2f;"
              " veto = engine answers at conf >= 0.5: wrong, cut by a disagreeing model, right ones cut;"
              " P(engine wrong | model disagrees)):" % (title, threshold))
        print("  %-8s %4s  %6s %6s %6s %7s %7s | %-28s | %s"
              % ("set", "n", "engine", "nb", "ap", "hyb_nb", "hyb_ap", "veto (ap)", "P(eng wrong|ap disagrees)"))
        total = {}
        for h in held:
            train = [e for s in sets if s != h for e in data[s]]
            if fraction < 1.0:  # the first share of each training set's examples, in file order
                train = [e for s in sets if s != h for e in data[s][:int(len(data[s]) * fraction)]]
            r = evaluate(train, data[h], task, threshold)
            print_row(h, r)
            for k, v in r.items():
                if isinstance(v, int):
                    total[k] = total.get(k, 0) + v
            if errors == h:
                for e, p in zip(r["te"], r["preds"]["ap"]):
                    print("     %-40s gold %-18s engine %-18s %.2f model %-18s | %s"
                          % (e["id"][:40], e[task], (e["e_fam"] if task == "fam" else e["e_actor"]),
                             e["e_conf"] if task == "fam" else e["e_actor_conf"], p, e["act_text"]))
        if len(held) > 1:
            print_row("pooled", total)
            kept = total["conf_ap"] - total["cut_wrong_ap"] - total["cut_right_ap"]
            kept_right = total["conf_ap"] - total["conf_wrong_ap"] - total["cut_right_ap"]
            print("  pooled confident answers (>= 0.5): %d, share right %.1f%%; after the veto %d, share right %.1f%%"
                  " (confident right ones kept %d of %d)"
                  % (total["conf_ap"], pct(total["conf_ap"] - total["conf_wrong_ap"], total["conf_ap"]), kept,
                     pct(kept_right, kept), kept_right, total["conf_ap"] - total["conf_wrong_ap"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
