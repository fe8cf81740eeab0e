"""Train scikit-learn's soft-voting ensemble on the feature tables StudyAucBench.java wrote.

Reads WORK/study-fit.csv and WORK/study-test.csv (identical features to the Java run), trains
VotingClassifier(voting='soft') with members named like the Java ones, and prints the window-level
ROC AUC on R07 and the training seconds.

Run with the Debian Python: /usr/bin/python3 bench/python/study_auc.py WORK logistic,lda,random-forest
"""
import sys
import time

import numpy as np
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.ensemble import RandomForestClassifier, VotingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.naive_bayes import GaussianNB
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

MEMBERS = {
    "logistic": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "lda": lambda: LinearDiscriminantAnalysis(),
    "naive-bayes": lambda: GaussianNB(),
    "j48": lambda: DecisionTreeClassifier(min_samples_leaf=20, random_state=1),
    "random-forest": lambda: RandomForestClassifier(n_estimators=100, max_depth=16, min_samples_leaf=5,
                                                    n_jobs=-1, random_state=1),
}


def load(path):
    table = np.loadtxt(path, delimiter=",", skiprows=1)
    return table[:, :-1], table[:, -1].astype(int)


def main():
    work, names = sys.argv[1], sys.argv[2].split(",")
    x_fit, y_fit = load(f"{work}/study-fit.csv")
    x_test, y_test = load(f"{work}/study-test.csv")
    ensemble = VotingClassifier([(n, MEMBERS[n]()) for n in names], voting="soft")
    start = time.perf_counter()
    ensemble.fit(x_fit, y_fit)
    seconds = time.perf_counter() - start
    auc = roc_auc_score(y_test, ensemble.predict_proba(x_test)[:, 1])
    print(f"sklearn members={sys.argv[2]} train_seconds={seconds:.3f} window_auc={auc:.4f}")


if __name__ == "__main__":
    main()
