"""Writes the scikit-learn reference values that SklearnReferenceTest compares against.

Run once with scikit-learn 1.2: python3 make_sklearn_reference.py
Each case file holds one sample per line as "truth,score"; reference.csv holds the ROC AUC and
average precision that scikit-learn computes for each case.
"""
import numpy as np
import sklearn
from sklearn.metrics import average_precision_score, roc_auc_score

rng = np.random.default_rng(20261204)
cases = {}

truth = (rng.random(400) < 0.3).astype(int)
cases["continuous"] = (truth, np.clip(0.35 * truth + rng.normal(0.4, 0.2, truth.size), 0, 1))

truth = (rng.random(300) < 0.2).astype(int)
cases["ties"] = (truth, np.round(np.clip(0.2 * truth + rng.random(truth.size) * 0.8, 0, 1), 1))

truth = (rng.random(50) < 0.5).astype(int)
cases["constant"] = (truth, np.full(truth.size, 0.5))

truth = np.zeros(200, dtype=int)
truth[40:70] = 1
truth[120:150] = 1
cases["runs"] = (truth, np.clip(0.5 * truth + rng.random(truth.size) * 0.6, 0, 1))

with open("reference.csv", "w") as out:
    out.write("# scikit-learn %s\n" % sklearn.__version__)
    out.write("case,roc_auc,average_precision\n")
    for name, (truth, score) in cases.items():
        with open(name + ".csv", "w") as f:
            for t, s in zip(truth, score):
                f.write("%d,%r\n" % (t, float(s)))
        out.write("%s,%r,%r\n" % (name, roc_auc_score(truth, score), average_precision_score(truth, score)))
