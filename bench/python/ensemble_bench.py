#!/usr/bin/env python3
"""Time scikit-learn soft voting (logistic regression + LDA + random forest) on the benchmark CSVs.

Settings match EnsembleBench.java: 100 trees, max depth 16, min leaf size 5, log2(32) + 1 = 6 features per
split, bootstrap samples of all rows, all processors. Prints training seconds and test ROC AUC.
"""
import argparse
import time

import numpy as np
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.ensemble import RandomForestClassifier, VotingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score


def load(path):
    table = np.loadtxt(path, delimiter=",", skiprows=1)
    return table[:, :-1], table[:, -1].astype(int)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train")
    parser.add_argument("test")
    parser.add_argument("--trees", type=int, default=100)
    parser.add_argument("--max-depth", type=int, default=16)
    parser.add_argument("--min-leaf", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=-1)
    args = parser.parse_args()

    x_train, y_train = load(args.train)
    x_test, y_test = load(args.test)
    features_per_split = int(np.log2(x_train.shape[1])) + 1
    model = VotingClassifier(
        estimators=[
            ("lr", LogisticRegression(C=1e4, max_iter=1000)),
            ("lda", LinearDiscriminantAnalysis()),
            ("rf", RandomForestClassifier(n_estimators=args.trees, max_depth=args.max_depth,
                                          min_samples_leaf=args.min_leaf, max_features=features_per_split,
                                          n_jobs=args.jobs, random_state=1)),
        ],
        voting="soft",
        n_jobs=args.jobs,
    )
    start = time.perf_counter()
    model.fit(x_train, y_train)
    seconds = time.perf_counter() - start
    auc = roc_auc_score(y_test, model.predict_proba(x_test)[:, 1])
    print(f"scikit-learn soft voting: train {seconds:.1f} s, test AUC {auc:.4f} "
          f"({x_train.shape[0]} rows x {x_train.shape[1]} features)")


if __name__ == "__main__":
    main()
