"""Peak memory of ``conflictmap extract`` streaming a large JSON Lines corpus (issue 7).

Run from the repository root::

    python bench/bench_memory.py                      # 10,000 and 100,000 articles
    python bench/bench_memory.py --sizes 1000 20000   # other corpus sizes

For each size a corpus of synthetic Arabic articles (written here from templates: no evaluation
text) is generated in a temporary folder, then ``python -m conflictmap extract CORPUS --format
jsonl --quiet`` runs in a child process with its output sent to /dev/null. The child's peak RSS
comes from ``os.wait4`` (the kernel's ``ru_maxrss``); its RSS is also sampled from
``/proc/PID/status`` during the run to show that memory stays flat. Flat memory means the peak
for the largest corpus is close to the peak for the smallest. Nothing is asserted; results are
printed and written to ``bench/results/memory.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CITIES = ("حلب", "دمشق", "حمص", "حماة", "إدلب", "الرقة", "دير الزور", "درعا", "اللاذقية", "طرطوس",
          "القامشلي", "الحسكة", "منبج", "تدمر", "السويداء", "البوكمال", "الميادين", "جرابلس",
          "عفرين", "الباب", "السخنة", "معرة النعمان", "خان شيخون", "دوما", "حرستا")
ACTORS = ("قوات النظام", "الجيش السوري", "قوات سوريا الديمقراطية", "تنظيم داعش", "فصائل المعارضة",
          "هيئة تحرير الشام", "القوات التركية")
TEMPLATES = (
    "سيطرت {a} على مدينة {c1} بعد معارك عنيفة استمرت عدة أيام مع {b}.",
    "قصفت الطائرات الحربية مواقع في ريف {c1} الشرقي، ما أدى إلى سقوط قتلى وجرحى.",
    "وتقدمت {a} نحو بلدة {c2} من المحور الجنوبي، بحسب مصادر ميدانية.",
    "وقال مصدر عسكري إن {a} صدت هجوماً شنه {b} قرب {c2} يوم الخميس الماضي.",
    "وأعلنت وزارة الدفاع الروسية عن إنشاء منطقة لخفض التصعيد في محيط {c3}.",
    "وتواصلت الاشتباكات في أحياء {c3} حتى ساعات المساء وسط حركة نزوح للمدنيين.",
    "ارتفعت أسعار المواد الغذائية في أسواق {c1} بعد إغلاق الطرق المؤدية إليها.",
)


def write_corpus(path: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` synthetic articles; returns the file size in bytes."""
    rng = random.Random(seed)
    start = dt.date(2017, 1, 1)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            sentences = []
            for _ in range(rng.randint(4, 9)):
                template = rng.choice(TEMPLATES)
                sentences.append(template.format(
                    a=rng.choice(ACTORS), b=rng.choice(ACTORS), c1=rng.choice(CITIES),
                    c2=rng.choice(CITIES), c3=rng.choice(CITIES)))
            record = {"id": f"m{i:06d}", "date": (start + dt.timedelta(days=i % 365)).isoformat(),
                      "source": "bench", "url": f"https://example.org/{i}",
                      "title": sentences[0][:40], "text": " ".join(sentences)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def rss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def measure(corpus: Path, interval: float = 0.25) -> dict:
    """Run extract on ``corpus``; return wall time, peak RSS and RSS samples (KiB)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "conflictmap", "extract", str(corpus), "--format", "jsonl",
           "--quiet"]
    samples: list[tuple[float, int]] = []
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=devnull, stderr=subprocess.PIPE)
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                value = rss_kib(proc.pid)
                if value:
                    samples.append((time.perf_counter() - started, value))
                stop.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        sampler.join()
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"extract failed ({proc.returncode}): {err.strip()[:500]}")
    return {"seconds": round(elapsed, 2), "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
            "samples": samples}


def quartiles(samples: list[tuple[float, int]]) -> str:
    if len(samples) < 4:
        return "-"
    values = [v for _, v in samples]
    picks = [values[int(len(values) * q)] for q in (0.1, 0.5, 0.9)] + [values[-1]]
    return " / ".join(f"{v / 1024:.0f}" for v in picks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="corpus sizes in articles (default: 10000 100000)")
    parser.add_argument("--keep", type=Path, help="keep the generated corpora in this folder")
    args = parser.parse_args()

    results = []
    with tempfile.TemporaryDirectory(prefix="cm-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'articles':>9} {'corpus MiB':>10} {'seconds':>8} {'art/s':>7} "
              f"{'peak RSS MiB':>12}  RSS MiB at 10%/50%/90%/end of run")
        for size in args.sizes:
            corpus = folder / f"corpus_{size}.jsonl"
            nbytes = write_corpus(corpus, size)
            result = measure(corpus)
            rate = size / result["seconds"] if result["seconds"] else 0.0
            print(f"{size:>9} {nbytes / 2**20:>10.1f} {result['seconds']:>8.1f} {rate:>7.0f} "
                  f"{result['peak_rss_mib']:>12.1f}  {quartiles(result['samples'])}", flush=True)
            results.append({"articles": size, "corpus_mib": round(nbytes / 2**20, 1),
                            "seconds": result["seconds"], "articles_per_s": round(rate, 1),
                            "peak_rss_mib": result["peak_rss_mib"],
                            "rss_samples_mib": [round(v / 1024, 1)
                                                for _, v in result["samples"][:: max(
                                                    1, len(result["samples"]) // 40)]]})
    if len(results) > 1:
        low, high = results[0], results[-1]
        print(f"peak RSS x{high['peak_rss_mib'] / low['peak_rss_mib']:.2f} for "
              f"x{high['articles'] / low['articles']:.0f} articles")
    sys.path.insert(0, str(ROOT))
    from geo.atomic import atomic_write_text

    out = ROOT / "bench" / "results" / "memory.json"
    atomic_write_text(out, json.dumps(results, indent=2) + "\n")
    print(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
