"""Two annotation schemes in one CRF: feature augmentation (Daumé 2007) and
the mix of the two corpora, chosen on dev parts of the training data only.

    .venv/bin/python bench/ner_domains.py NER_DIR [--fold K] VARIANT ...

A VARIANT is comma-separated settings: `aug=all|words` (each corpus's
features copied under its mark, train_ner --augment), `dup=N` (ANERcorp's
sentences given N times, a weight crfsuite has no other way to give),
`wojood=none`, `c1=`, `c2=`, `minfreq=` (crfsuite's feature.minfreq),
`feat=oov+say+nb+chars` (optional features, train_ner --features, `+` for
its commas); `base` is the recipe `make train` uses. With --consistent
each model is also scored with the article's pass (ner.consistent). Each is trained on ANERcorp's
training portion less one fifth (`bench/ner.py --dev`'s fold) and Wojood's
train file less its last fifth, and scored on that ANERcorp fifth and on
Wojood's validation file plus the last fifth of its train file: never on
the tail nor Wojood's test file. A model with marks is scored in each
convention (ner.SCHEME: anercorp, wojood, and the shared weights alone).
Sentences are featurized once for all variants.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner import dev_split  # noqa: E402

from briefings.extract.ner import Tagger  # noqa: E402
from briefings.extract.ner_features import CHARS, LETTERS, MARKS, Featurizer  # noqa: E402
from briefings.training.conll import read_conll, split_tail  # noqa: E402
from briefings.training.evaluate import score  # noqa: E402
from briefings.training.letters import build_letters  # noqa: E402
from briefings.training.train_ner import (  # noqa: E402
    ANERCORP,
    DATA,
    PARAMS,
    WOJOOD_TRAIN,
    documents,
    marked,
    optional_features,
)


def parse(spec: str) -> dict[str, str]:
    out = {}
    for part in spec.split(","):
        if part == "base":
            continue
        k, _, v = part.partition("=")
        out[k] = v
    return out


def micro(gold, pred) -> tuple[float, dict]:
    s = score(gold, pred)
    return s["micro"]["f1"], {t: round(s[t]["f1"], 3) for t in ("PER", "ORG", "LOC") if t in s}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("variants", nargs="+")
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--consistent", action="store_true", help="also score each model with the article's pass")
    args = ap.parse_args()
    head, _tail = split_tail(list(read_conll(args.ner_dir / ANERCORP)))
    fit, dev = dev_split(head, args.fold)
    w_train = list(read_conll(args.ner_dir / WOJOOD_TRAIN[0], wojood=True))
    w_fit, w_last = split_tail(w_train)
    w_dev = [*list(read_conll(args.ner_dir / WOJOOD_TRAIN[1], wojood=True)), *w_last]
    featurized: dict[tuple[str, ...], tuple[list, list]] = {}

    def features(optional: tuple[str, ...]) -> tuple[list, list]:
        # sentences featurized once for every variant of the same features
        if optional not in featurized:
            t = time.process_time()
            if CHARS in optional and not (DATA / LETTERS).exists():
                # the letters' table is made from the shipped lists, as train_ner makes it
                print(f"letter n-grams: {build_letters(DATA / LETTERS)}", flush=True)
            feat = Featurizer(optional=optional)
            featurized[optional] = ([feat.sentence(toks) for toks, _ in fit], [feat.sentence(toks) for toks, _ in w_fit])
            print(f"fold {args.fold}: fit {len(fit)} + Wojood {len(w_fit)} sentences; dev {len(dev)}, Wojood dev "
                  f"{len(w_dev)}; featurized ({','.join(optional) or 'plain'}) in "
                  f"{time.process_time() - t:.0f}s CPU", flush=True)
        return featurized[optional]

    import pycrfsuite

    for spec in args.variants:
        v = parse(spec)
        params = dict(PARAMS)
        for k in ("c1", "c2"):
            if k in v:
                params[k] = float(v[k])
        if "minfreq" in v:
            params["feature.minfreq"] = float(v["minfreq"])
        aug = v.get("aug")
        fit_x, w_x = features(optional_features(v.get("feat", "").replace("+", ",")))
        t = time.process_time()
        trainer = pycrfsuite.Trainer(verbose=False)
        for _ in range(int(v.get("dup", 1))):
            for x, (_, y) in zip(fit_x, fit, strict=True):
                trainer.append(marked(x, MARKS["anercorp"], aug), y)
        if v.get("wojood") != "none":
            for x, (_, y) in zip(w_x, w_fit, strict=True):
                trainer.append(marked(x, MARKS["wojood"], aug), y)
        trainer.set_params(params)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.crfsuite"
            trainer.train(str(path))
            size = path.stat().st_size / 1e6
            fit_s = time.process_time() - t
            readings = [(s, False) for s in (("anercorp", None, "wojood") if aug else ("anercorp",))]
            if args.consistent:
                readings.append(("anercorp", True))
            for scheme, consistent in readings:
                tagger = Tagger(str(path), scheme=scheme, consistent=consistent)
                row = []
                for sents in (dev, w_dev):
                    docs = [len(d) for d in documents(sents)]
                    pred = tagger.tag_many([s for s, _ in sents], docs)
                    f1, per = micro([g for _, g in sents], pred)
                    row.append(f"{f1:.3f} {per}")
                print(f"{spec:40} scheme={scheme!s:9}{' +pass' if consistent else ''} dev {row[0]} | wojood-dev {row[1]} "
                      f"({fit_s:.0f}s CPU, {size:.1f} MB)", flush=True)


if __name__ == "__main__":
    main()
