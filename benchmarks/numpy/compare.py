#!/usr/bin/python3
"""The numpy side of docs/performance.md: what a student would write for each big-input kernel.

Same sizes and shapes as the BenchmarkDotNet classes; each figure is the best of 5 runs after one
warm-up call. Run with Debian's python3-numpy (eng/install-numpy.sh):

    /usr/bin/python3 benchmarks/numpy/compare.py
"""
import time

import numpy as np

rng = np.random.default_rng(3)


def best(call, runs=5):
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def report(work, ms):
    print(f"| {work} | {ms:.2f} ms |")


print("| work | numpy (best of 5) |")
print("|---|---|")

answers = rng.integers(0, 11, 100_000_000, dtype=np.uint8)
report("0..10 distribution, 100 M bytes (np.bincount)", best(lambda: np.bincount(answers, minlength=11)))
report("NPS, 100 M bytes (two comparisons and counts)", best(lambda: (np.count_nonzero(answers >= 9), np.count_nonzero(answers <= 6))))
del answers

matrix = rng.integers(1, 10, (1_000_000, 24), dtype=np.uint8)
customer, selling = slice(0, 12), slice(12, 24)


def soco_scores():
    # Customer orientation = sum of the customer items + reversed selling items, per respondent.
    co = matrix[:, customer].sum(axis=1, dtype=np.int32)
    so = (10 - matrix[:, selling].astype(np.int32)).sum(axis=1)
    return co + so


report("SOCO scores, 1 M x 24 bytes (row sums)", best(soco_scores))

sample = matrix[:100_000].astype(np.float64)


def alpha():
    covariance = np.cov(sample, rowvar=False)
    k = covariance.shape[0]
    item_variances = np.diag(covariance)
    total_variance = covariance.sum()
    a = k / (k - 1) * (1 - item_variances.sum() / total_variance)
    totals = sample.sum(axis=1)
    item_total = [np.corrcoef(sample[:, i], totals - sample[:, i])[0, 1] for i in range(k)]
    return a, item_total


report("Cronbach's alpha + item-total r, 100 K x 24 (np.cov)", best(alpha))
del matrix, sample

durations = rng.exponential(20.0, 10_000_000)
report("SLA share within threshold, 10 M doubles", best(lambda: np.count_nonzero(durations <= 24.0)))
report("p95, 10 M doubles (np.percentile)", best(lambda: np.percentile(durations, 95)))
report("p95, 10 M doubles (np.partition)", best(lambda: np.partition(durations, int(0.95 * (len(durations) - 1)))))
del durations

n = 1_000_000
purchases = rng.integers(1_000, 100_000, n).astype(np.float64)
increase = rng.integers(-2_000, 5_000, n).astype(np.float64)
years = rng.integers(1, 11, n)
margin = rng.integers(5, 40, n) / 100.0
churn = rng.random(n)


def portfolio():
    lost = np.zeros(n)
    for year in range(1, 11):
        active = years >= year
        revenue = purchases + increase * (year - 1)
        lost += np.where(active, revenue * margin * 0.85 ** year / 1.08 ** year, 0.0)
    expected = churn * lost
    top = np.argpartition(expected, -10)[-10:]
    return expected.sum(), top


report("Client-loss portfolio, 1 M clients (vectorised over years)", best(portfolio))

orders = rng.integers(0, 2_500_000, 10_000_000)


def repeat_purchases():
    _, counts = np.unique(orders, return_counts=True)
    return len(counts), np.count_nonzero(counts >= 2)


report("Repeat purchases, 10 M orders (np.unique)", best(repeat_purchases, runs=3))

topics = np.array(["delivery late", "rude staff", "wrong item", "price", "no answer", "broken", "refund"])[rng.integers(0, 7, 1_000_000)]
report("Top complaint topics, 1 M strings (np.unique)", best(lambda: np.unique(topics, return_counts=True), runs=3))
